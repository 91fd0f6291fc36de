import NexusCore
import Testing
@testable import NexusGraphviz

@Suite struct LayoutPolicyTests {
    let all = ["circo", "dot", "fdp", "neato", "osage", "patchwork", "sfdp", "twopi"]

    @Test func smallDrawingsRouteEdgesAroundNodes() {
        let small = GraphvizRenderer.engineAttributes(LayoutEngine("neato"), nodeCount: 51, edgeCount: 141)
        #expect(small["splines"] == .text("true") && small["overlap"] == .text("false"))
        #expect(GraphvizRenderer.engineAttributes(LayoutEngine("fdp"), nodeCount: 60, edgeCount: 250)["splines"] == .text("true"))
        #expect(GraphvizRenderer.engineAttributes(LayoutEngine("neato"), nodeCount: 150, edgeCount: 251)["splines"] == nil)
        #expect(GraphvizRenderer.engineAttributes(LayoutEngine("sfdp"), nodeCount: 20, edgeCount: 20)["splines"] == nil)
    }

    @Test func defaultEngineFollowsGraphSize() {
        let policy = LayoutPolicy()
        #expect(policy.defaultEngine(nodeCount: 10, available: all) == .neato)
        #expect(policy.defaultEngine(nodeCount: 200, available: all) == .neato)
        #expect(policy.defaultEngine(nodeCount: 201, available: all) == .sfdp)
        #expect(policy.defaultEngine(nodeCount: 10, available: ["dot", "sfdp"]) == .sfdp)
    }

    @Test func nodeLimitsComeFromTheMeasuredTimes() {
        let policy = LayoutPolicy(timeBudget: 5)
        // Quadratic engines: n = 500 · √(5 / t₅₀₀).
        #expect(policy.nodeLimit(for: .dot) == 353)  // 500 · √0.5 = 353.6
        #expect(policy.nodeLimit(for: .fdp) == 263)  // 500 · √(5/18) = 263.5
        #expect(policy.nodeLimit(for: .circo) == 119)  // 500 · √(5/88) = 119.2
        #expect(policy.nodeLimit(for: .neato) == 385)  // 500 · √(5/8.4) = 385.8
        // Near-linear engines: n = 500 · 5 / t₅₀₀.
        #expect(policy.nodeLimit(for: .sfdp) == 1086)  // 500 · 5 / 2.3 = 1086.9
        #expect(policy.nodeLimit(for: .osage) == 5000)
        #expect(policy.nodeLimit(for: LayoutEngine("custom")) == nil)
    }

    @Test func slowLayoutIsPrunedWithAWarning() throws {
        let graph = Self.star(leaves: 30)
        let renderer = GraphvizRenderer(policy: LayoutPolicy(timeBudget: 0.01))  // circo limit: 500·√(0.01/88) = 5
        let rendering = try renderer.render(graph, as: .svg, engine: "circo")
        #expect(rendering.nodeCount == 5)
        // Only the policy's warning is counted: what Graphviz itself says (a font the machine
        // lacks, another test thread's stderr in the capture window) depends on the machine.
        #expect(rendering.announcedCount == 1, "\(rendering.warnings)")
        #expect(rendering.warnings[0].contains("circo"))
    }

    @Test func slowLayoutCanProceedWithAWarning() throws {
        let renderer = GraphvizRenderer(policy: LayoutPolicy(timeBudget: 0.01, slowLayoutAction: .proceed))
        let rendering = try renderer.render(Self.star(leaves: 30), as: .svg, engine: "circo")
        #expect(rendering.nodeCount == 31)
        #expect(rendering.announcedCount == 1, "\(rendering.warnings)")
        #expect(rendering.warnings[0].contains("circo"))
    }

    @Test func pruningKeepsTheStrongestNodes() {
        // Hub h has weighted degree 30; leaf l0 has weight 1·... leaves li carry weight i + 1.
        let pruned = GraphPruning.keepingTop(3, of: Self.star(leaves: 30))
        #expect(pruned.nodes.map(\.id) == ["h", "l29", "l28"])
        #expect(pruned.edges.map(\.source) == ["h", "h"])
        let byScore = GraphPruning.keepingTop(2, of: Self.star(leaves: 30), rankedBy: "rank")
        #expect(byScore.nodes.map(\.id) == ["l00", "l01"])
    }

    /// A hub `h` joined to leaves `l00`...; leaf i has edge weight i + 1 and score "rank" = −i.
    static func star(leaves: Int) -> EntityGraph {
        var nodes = [GraphNode(id: "h", label: "hub", kind: .organization)]
        var edges: [GraphEdge] = []
        for index in 0..<leaves {
            let id = index < 10 ? "l0\(index)" : "l\(index)"
            nodes.append(GraphNode(id: id, label: id, kind: .person, scores: ["rank": -Double(index)]))
            edges.append(GraphEdge(source: "h", target: id, kind: .affiliation, weight: Double(index + 1)))
        }
        return EntityGraph(nodes: nodes, edges: edges)
    }
}
