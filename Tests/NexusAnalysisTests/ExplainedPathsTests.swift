import NexusCore
import Testing
@testable import NexusAnalysis

/// A hand-built entity graph: a–b–c is the short way from a to c, a–d–e–c the long one.
@Suite struct ExplainedPathsTests {
    let graph = EntityGraph(
        nodes: ["a", "b", "c", "d", "e"].map { GraphNode(id: $0, label: $0.uppercased(), kind: .country) },
        edges: [
            GraphEdge(source: "a", target: "b", kind: .comention, evidence: [evidence("doc", 1, "A met B.")]),
            GraphEdge(source: "b", target: "c", kind: .affiliation, label: "minister", evidence: [evidence("doc", 2, "B of C.")]),
            GraphEdge(source: "b", target: "c", kind: .comention, evidence: [evidence("doc", 2, "B of C."), evidence("doc", 5, "C and B.")]),
            GraphEdge(source: "a", target: "d", kind: .comention, weight: 5, evidence: [evidence("doc", 3)]),
            GraphEdge(source: "d", target: "e", kind: .comention, weight: 5, evidence: [evidence("doc", 3)]),
            GraphEdge(source: "e", target: "c", kind: .comention, weight: 5, evidence: [evidence("doc", 4)]),
        ])

    @Test func shortestPathQuotesEveryHop() throws {
        let paths = try EntityPaths(entityGraph: graph)
        let path = try #require(try paths.shortestPath(from: "a", to: "c"))
        #expect(path.nodes == ["a", "b", "c"])
        #expect(path.length == 2)
        #expect(path.hops.map(\.from) == ["a", "b"])
        #expect(path.hops[0].evidence.map(\.text) == ["A met B."])
        #expect(path.hops[1].edges.map(\.kind) == [.affiliation, .comention], "both edges explain the hop")
        #expect(path.hops[1].evidence.map(\.sentence) == [2, 5], "shared evidence listed once")
    }

    /// Weighted search uses 1/weight: a–d–e–c costs 3 × 1/5 = 0.6; a–b–c costs 1/1 + 1/2 = 1.5
    /// (b–c merges two edges of weight 1).
    @Test func weightedPathPrefersStrongTies() throws {
        let paths = try EntityPaths(entityGraph: graph)
        let path = try #require(try paths.shortestPath(from: "a", to: "c", weighted: true))
        #expect(path.nodes == ["a", "d", "e", "c"])
        #expect(abs(path.length - 0.6) < 1e-12)
    }

    @Test func kShortestAndEgo() throws {
        let paths = try EntityPaths(entityGraph: graph)
        let two = try paths.kShortestPaths(from: "a", to: "c", k: 5)
        #expect(two.map(\.nodes) == [["a", "b", "c"], ["a", "d", "e", "c"]], "only two simple paths exist")
        let ego = try paths.egoNetwork(of: "a", radius: 1)
        #expect(ego.depths == ["a": 0, "b": 1, "d": 1])
        #expect(ego.edges.map { "\($0.from)-\($0.to)" } == ["a-b", "a-d"])
        #expect(throws: AnalysisError.unknownNode("nobody")) { try paths.shortestPath(from: "a", to: "nobody") }
    }

    @Test func kindsFilterLimitsHops() throws {
        let paths = try EntityPaths(entityGraph: graph, kinds: [.affiliation])
        #expect(try paths.shortestPath(from: "a", to: "c") == nil)
        #expect(try paths.shortestPath(from: "b", to: "c")?.hops.first?.edges.map(\.kind) == [.affiliation])
    }
}

@Suite struct EntityGraphConversionTests {
    /// Parallel edges of different kinds between b and c merge into one analysis edge whose
    /// strength is the sum; kinds can be filtered; edges naming unknown nodes are rejected.
    @Test func mergesKindsAndChecksNodes() throws {
        let graph = EntityGraph(
            nodes: ["a", "b", "c"].map { GraphNode(id: $0, label: $0, kind: .person) },
            edges: [
                GraphEdge(source: "a", target: "b", kind: .comention, weight: 2),
                GraphEdge(source: "b", target: "c", kind: .comention, weight: 1),
                GraphEdge(source: "c", target: "b", kind: .affiliation, weight: 1),
            ])
        let all = try AnalysisGraph(entityGraph: graph)
        #expect(all.weight(between: 1, and: 2) == 2)
        let comentions = try AnalysisGraph(entityGraph: graph, kinds: [.comention])
        #expect(comentions.weight(between: 1, and: 2) == 1)
        #expect(comentions.weight(between: 0, and: 1) == 2)
        var broken = graph
        broken.edges.append(GraphEdge(source: "a", target: "ghost", kind: .comention))
        #expect(throws: AnalysisError.unknownNode("ghost")) { try AnalysisGraph(entityGraph: broken) }
    }
}
