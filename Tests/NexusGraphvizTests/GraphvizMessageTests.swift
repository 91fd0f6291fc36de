import Foundation
import NexusCore
import Testing
@testable import NexusGraphviz

/// Issue 14: Graphviz's own messages are captured and told in Nexus's words; a slow layout is
/// announced before it starts, and its cost counts the edges.
@Suite struct GraphvizMessageTests {
    /// A path of `count` people with names long enough to make a wide drawing.
    static func chain(_ count: Int) -> EntityGraph {
        let nodes = (0..<count).map { GraphNode(id: "person:p\($0)", label: "Person Number \($0) With A Long Name", kind: .person, scores: [:], evidence: []) }
        let edges = (1..<count).map { GraphEdge(source: "person:p\($0 - 1)", target: "person:p\($0)", kind: .comention, weight: 1, evidence: []) }
        return EntityGraph(nodes: nodes, edges: edges)
    }

    /// `nodes` people, each tied to the next `perNode` others (mod n): a dense graph.
    static func dense(nodes: Int, perNode: Int) -> EntityGraph {
        let list = (0..<nodes).map { GraphNode(id: "person:p\($0)", label: "P\($0)", kind: .person, scores: [:], evidence: []) }
        var edges: [GraphEdge] = []
        for i in 0..<nodes {
            for step in 1...perNode {
                edges.append(GraphEdge(source: "person:p\(i)", target: "person:p\((i + step) % nodes)", kind: .comention,
                                       weight: Double(1 + (i * step) % 7), evidence: []))
            }
        }
        return EntityGraph(nodes: list, edges: edges)
    }

    @Test func cgraphAndPluginMessagesAreRead() {
        let messages = GraphvizMessage.lines("""
            Warning: node p1, port e unrecognized
            Error: syntax error in line 3
               near 'x'
            (null): graph is too large for cairo-renderer bitmaps. Scaling by 0.467879 to fit
            cairo: out of memory

            """)
        #expect(messages.map(\.text) == [
            "node p1, port e unrecognized", "syntax error in line 3 near 'x'",
            "graph is too large for cairo-renderer bitmaps. Scaling by 0.467879 to fit", "cairo: out of memory",
        ])
        #expect(messages.map(\.isError) == [false, true, false, false])
        #expect(messages.map(\.isFatal) == [false, false, false, true])
        #expect(messages[0].warning == "Graphviz: node p1, port e unrecognized")
        #expect(messages[2].warning.hasPrefix("the drawing is larger than the 32,767 pixels a side cairo can make, so the bitmap is scaled by 0.467879"))
        #expect(GraphvizMessage.lines("(null): failure to create cairo surface: out of memory\n")[0].isFatal)
    }

    /// Before: "(null): graph is too large for cairo-renderer bitmaps. Scaling by ..." went
    /// straight to stderr. Now it is a warning of the rendering.
    @Test func aBitmapTooLargeForCairoIsAWarningOfTheRendering() throws {
        let rendering = try GraphvizRenderer().render(Self.chain(150), as: .png, engine: "dot")
        #expect(rendering.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(rendering.announcedCount == 0)
        // Exactly one warning is cairo's. Another test's thread may write to stderr while fd 2
        // is captured (the documented window of `CGraph.capturingStderr`), so other lines are not
        // counted: CI failed once on that race.
        let cairo = rendering.laterWarnings.filter { $0.contains("larger than the 32,767 pixels a side cairo can make") }
        #expect(cairo.count == 1, "\(rendering.warnings)")
    }

    /// Before: the cost model counted nodes only, so 60 nodes with 600 edges went to dot
    /// unpruned and ran for minutes, and the warning came after the layout. Now the estimate
    /// counts the edges, the kept graph fits the budget, and the warning is announced first.
    @Test func aDenseGraphIsPrunedByItsEdgesAndAnnouncedBeforeTheLayout() throws {
        let graph = Self.dense(nodes: 60, perNode: 10)
        #expect(try #require(LayoutEngine.dot.estimatedSeconds(nodes: 60, edges: 600)) > 60)
        #expect(try #require(LayoutEngine.dot.estimatedSeconds(nodes: 60)) < 1, "nodes alone looked cheap")
        var announced: [String] = []
        let rendering = try GraphvizRenderer().render(graph, as: .svg, engine: "dot") { announced.append($0) }
        #expect(announced.count == 1)
        #expect(announced.first?.contains("on 60 nodes and 600 edges would take about") == true, "\(announced)")
        #expect(rendering.announcedCount == 1 && rendering.warnings.first == announced.first)
        #expect(rendering.nodeCount < 60)
        let kept = try #require(LayoutEngine.dot.estimatedSeconds(nodes: rendering.nodeCount, edges: rendering.edgeCount))
        #expect(kept <= LayoutPolicy().timeBudget)
    }

    /// Before: a 10,000-character name stayed one word and was drawn 122,000 pt wide.
    @Test func aVeryLongWordIsCutInTheLabel() throws {
        let label = GraphStyler.wrapped(String(repeating: "x", count: 10_000))
        #expect(label.count == 48 && label.hasSuffix("…"))
        #expect(GraphStyler.wrapped("Abdulrahman Mohammed bin Abdulaziz") == "Abdulrahman Mohammed bin\nAbdulaziz")
        let graph = EntityGraph(nodes: [GraphNode(id: "person:x", label: String(repeating: "x", count: 10_000), kind: .person, scores: [:], evidence: [])], edges: [])
        let svg = try #require(try GraphvizRenderer(style: StyleOptions(showLegend: false)).render(graph, as: .svg).text)
        let width = try #require(svg.firstRange(of: #/<svg width="(\d+)pt"/#).flatMap { Int(svg[$0].dropFirst(12).prefix { $0.isNumber }) })
        #expect(width < 600, "drawn \(width) pt wide")
    }
}
