import NexusCore
import Testing
@testable import NexusPipeline

@Suite struct GraphFilterTests {
    /// p1 → p2 ← p3 → p4 → p5 (a path whose directions alternate), plus c1 (country)
    /// joined to p3, and o1 (organization) isolated.
    ///
    /// Weighted degrees by hand: p1 1, p2 1 + 4 = 5, p3 4 + 2 + 3 = 9, p4 2 + 1 = 3, p5 1,
    /// c1 3, o1 0.
    static let path = EntityGraph(
        nodes: [
            GraphNode(id: "person:p1", label: "Person One", kind: .person, scores: ["pagerank": 0.1]),
            GraphNode(id: "person:p2", label: "Pérson Two", kind: .person, scores: ["pagerank": 0.4]),
            GraphNode(id: "person:p3", label: "Person Three", kind: .person, scores: ["pagerank": 0.2]),
            GraphNode(id: "person:p4", label: "Person Four", kind: .person),
            GraphNode(id: "person:p5", label: "Twin", kind: .person, scores: ["pagerank": 0.3]),
            GraphNode(id: "country:c1", label: "Twin", kind: .country),
            GraphNode(id: "organization:o1", label: "Lonely Org", kind: .organization),
        ],
        edges: [
            GraphEdge(source: "person:p1", target: "person:p2", kind: .comention, weight: 1),
            GraphEdge(source: "person:p3", target: "person:p2", kind: .affiliation, weight: 4),
            GraphEdge(source: "person:p3", target: "person:p4", kind: .comention, weight: 2),
            GraphEdge(source: "person:p4", target: "person:p5", kind: .comention, weight: 1),
            GraphEdge(source: "country:c1", target: "person:p3", kind: .comention, weight: 3),
        ]
    )

    private func ids(_ graph: EntityGraph) -> [String] { graph.nodes.map(\.id) }

    @Test func keepsKinds() throws {
        let people = try GraphFilter(kinds: [.person]).apply(to: Self.path)
        #expect(ids(people) == ["person:p1", "person:p2", "person:p3", "person:p4", "person:p5"])
        #expect(people.edges.count == 4)
    }

    @Test func keepsHeavyEdgesAndOptionallyDropsIsolatedNodes() throws {
        let heavy = try GraphFilter(minimumWeight: 2).apply(to: Self.path)
        #expect(heavy.nodes.count == 7)
        #expect(heavy.edges.map(\.weight) == [3, 4, 2])
        let trimmed = try GraphFilter(minimumWeight: 2, dropsIsolated: true).apply(to: Self.path)
        #expect(ids(trimmed) == ["country:c1", "person:p2", "person:p3", "person:p4"])
    }

    @Test func egoNetworkFollowsEdgesBothWays() throws {
        #expect(ids(try GraphFilter(ego: "person:p1", depth: 0).apply(to: Self.path)) == ["person:p1"])
        #expect(ids(try GraphFilter(ego: "person:p1", depth: 1).apply(to: Self.path)) == ["person:p1", "person:p2"])
        #expect(ids(try GraphFilter(ego: "person:p1", depth: 2).apply(to: Self.path)) == ["person:p1", "person:p2", "person:p3"])
        let three = try GraphFilter(ego: "person:p1", depth: 3).apply(to: Self.path)
        #expect(ids(three) == ["country:c1", "person:p1", "person:p2", "person:p3", "person:p4"])
        #expect(three.edges.count == 4)
    }

    @Test func egoCentreMayBeALabelWithoutCaseOrAccents() throws {
        let ego = try GraphFilter(ego: "person two", depth: 1).apply(to: Self.path)
        #expect(ids(ego) == ["person:p1", "person:p2", "person:p3"])
    }

    @Test func topNodesByWeightedDegreeOrByScore() throws {
        // Degrees by hand: p3 9, p2 5, then c1 and p4 tie at 3: the smaller id, country:c1, wins.
        #expect(ids(try GraphFilter(top: 3).apply(to: Self.path)) == ["country:c1", "person:p2", "person:p3"])
        // PageRank scores: p2 0.4, p5 0.3, p3 0.2.
        let byScore = try GraphFilter(top: 3, rankingScore: "pagerank").apply(to: Self.path)
        #expect(ids(byScore) == ["person:p2", "person:p3", "person:p5"])
        #expect(byScore.edges.map(\.source) == ["person:p3"])
    }

    @Test func stepsRunInOrder() throws {
        // Kinds first (c1 goes), then the ego network of p5 within 2 hops, then the top 2 by degree there.
        let filter = GraphFilter(kinds: [.person], ego: "person:p5", depth: 2, top: 2)
        #expect(ids(try filter.apply(to: Self.path)) == ["person:p3", "person:p4"])
    }

    @Test func identityFilterOnlySorts() throws {
        #expect(GraphFilter().isIdentity)
        let reversed = EntityGraph(nodes: Self.path.nodes.reversed(), edges: Self.path.edges.reversed())
        #expect(try GraphFilter().apply(to: reversed) == Self.path.sorted())
    }

    @Test func namingErrorsSayWhatToDo() {
        #expect(throws: GraphFilter.Failure.ambiguousNode("twin", ids: ["country:c1", "person:p5"])) {
            try GraphFilter(ego: "twin").apply(to: Self.path)
        }
        // "Person" is a word of four labels (accents ignored): ambiguous, not unknown.
        #expect(throws: GraphFilter.Failure.ambiguousNode("Person", ids: ["person:p1", "person:p2", "person:p3", "person:p4"])) {
            try GraphFilter(ego: "Person").apply(to: Self.path)
        }
        // Two letters swapped: edit distance 2 of 10 characters, the only label that close.
        #expect(throws: GraphFilter.Failure.unknownNode("Lonley Org", suggestions: ["Lonely Org"])) {
            try GraphFilter(ego: "Lonley Org").apply(to: Self.path)
        }
        #expect(throws: GraphFilter.Failure.unknownNode("Nobody", suggestions: [])) {
            try GraphFilter(ego: "Nobody").apply(to: Self.path)
        }
        #expect(throws: GraphFilter.Failure.invalidDepth(-1)) { try GraphFilter(ego: "person:p1", depth: -1).apply(to: Self.path) }
        #expect(throws: GraphFilter.Failure.invalidTop(0)) { try GraphFilter(top: 0).apply(to: Self.path) }
        #expect(GraphFilter.Failure.unknownNode("x", suggestions: ["Y"]).description == "no node named 'x' in the graph; did you mean 'Y'?")
    }
}

/// The readable backbone of `render`: a dense co-mention graph is thinned to at most four edges
/// per node without unlinking anyone; facts (affiliations) are never thinned; a sparse graph
/// is left alone.
@Suite struct GraphBackboneTests {
    static func complete(_ n: Int) -> EntityGraph {
        let nodes = (0..<n).map { GraphNode(id: "person:p\($0)", label: "P\($0)", kind: .person) }
        var edges: [GraphEdge] = []
        for a in 0..<n { for b in (a + 1)..<n { edges.append(GraphEdge(source: "person:p\(a)", target: "person:p\(b)", kind: .comention, weight: 1)) } }
        edges.append(GraphEdge(source: "person:p0", target: "person:p1", kind: .affiliation, weight: 1))
        return EntityGraph(nodes: nodes, edges: edges)
    }

    @Test func aDenseGraphIsThinnedAndNobodyIsUnlinked() throws {
        let dense = Self.complete(12)  // 66 co-mentions + 1 affiliation on 12 nodes: 5.6 per node
        let thinned = GraphFilter.backbone(.standard, in: dense)
        #expect(Double(thinned.edges.count) / 12 <= 4)
        #expect(thinned.edges.contains { $0.kind == .affiliation })
        let linked = Set(thinned.edges.flatMap { [$0.source, $0.target] })
        #expect(linked.count == 12)
    }

    @Test func aSparseGraphIsLeftAlone() {
        let sparse = Self.complete(5)  // 10 + 1 edges on 5 nodes
        #expect(GraphFilter.backbone(.standard, in: sparse) == sparse)
    }
}
