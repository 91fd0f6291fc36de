import Testing
@testable import NexusAnalysis

/// Every centrality against NetworkX on classic and seeded random graphs.
@Suite struct CentralityFixtureTests {
    @Test(arguments: Fixture.names)
    func degree(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        expectScores(graph.degreeCentrality(), fixture.degree_centrality, in: graph, tolerance: 1e-12, "\(name) degree")
        expectScores(graph.weightedDegree(), fixture.weighted_degree, in: graph, tolerance: 1e-9, "\(name) weighted degree")
    }

    @Test(arguments: Fixture.names)
    func betweenness(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        expectScores(graph.betweennessCentrality(), fixture.betweenness, in: graph, tolerance: 1e-9, "\(name) betweenness")
        expectScores(
            graph.betweennessCentrality(normalized: false), fixture.betweenness_raw, in: graph, tolerance: 1e-9,
            "\(name) raw betweenness")
        expectScores(
            graph.betweennessCentrality(weighted: true), fixture.betweenness_distance, in: graph, tolerance: 1e-9,
            "\(name) weighted betweenness")
    }

    @Test(arguments: Fixture.names)
    func parallelBetweennessMatchesNetworkX(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        expectScores(graph.betweennessCentrality(threads: 3), fixture.betweenness, in: graph, tolerance: 1e-9, "\(name) 3 threads")
        expectScores(
            graph.betweennessCentrality(weighted: true, threads: 2), fixture.betweenness_distance, in: graph,
            tolerance: 1e-9, "\(name) weighted, 2 threads")
    }

    @Test(arguments: Fixture.names)
    func closeness(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        expectScores(graph.closenessCentrality(), fixture.closeness, in: graph, tolerance: 1e-9, "\(name) closeness")
        expectScores(
            graph.closenessCentrality(weighted: true, threads: 2), fixture.closeness_distance, in: graph, tolerance: 1e-9,
            "\(name) weighted closeness")
    }

    @Test(arguments: Fixture.names)
    func eigenvector(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        expectScores(try graph.eigenvectorCentrality(), fixture.eigenvector, in: graph, tolerance: 1e-6, "\(name) eigenvector")
        expectScores(
            try graph.eigenvectorCentrality(weighted: true), fixture.eigenvector_weighted, in: graph, tolerance: 1e-6,
            "\(name) weighted eigenvector")
    }

    @Test(arguments: Fixture.names)
    func pageRank(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        expectScores(try graph.pageRank(), fixture.pagerank, in: graph, tolerance: 1e-6, "\(name) pagerank")
        expectScores(
            try graph.pageRank(weighted: false), fixture.pagerank_unweighted, in: graph, tolerance: 1e-6,
            "\(name) unweighted pagerank")
    }

    /// Hand-checkable cases from NetworkX's own tests: the middle of P3 lies on the one pair's
    /// only path (normalized 1), and no node of K5 lies between others.
    @Test func smallGraphs() throws {
        let path = try AnalysisGraph(edges: [.init("a", "b"), .init("b", "c")])
        #expect(path.betweennessCentrality() == [0, 1, 0])
        #expect(path.degreeCentrality() == [0.5, 1, 0.5])
        let names = ["a", "b", "c", "d", "e"]
        var edges: [AnalysisGraph.Edge] = []
        for i in 0..<5 { for j in (i + 1)..<5 { edges.append(.init(names[i], names[j])) } }
        let complete = try AnalysisGraph(edges: edges)
        #expect(complete.betweennessCentrality() == [0, 0, 0, 0, 0])
        #expect(complete.closenessCentrality() == [1, 1, 1, 1, 1])
    }
}

@Suite struct SourceSampledBetweennessTests {
    /// Sampling every node as a source is the exact computation (scale n/k = 1).
    @Test func allSourcesIsExact() throws {
        let fixture = try Fixture.load("les_miserables")
        let graph = try fixture.graph()
        let scores = graph.betweennessCentrality(sampledSources: graph.nodeCount, seed: 3, threads: 2)
        expectScores(scores, fixture.betweenness, in: graph, tolerance: 1e-9, "all sources")
    }

    /// Fewer sources: seeded (same seed, same scores), and extrapolated by n/k so the total
    /// stays near the exact total.
    @Test func fewerSourcesIsSeededAndExtrapolated() throws {
        let fixture = try Fixture.load("gnm_unweighted")
        let graph = try fixture.graph()
        let a = graph.betweennessCentrality(sampledSources: 40, seed: 5)
        #expect(a == graph.betweennessCentrality(sampledSources: 40, seed: 5))
        #expect(a != graph.betweennessCentrality(sampledSources: 40, seed: 6))
        let exactTotal = fixture.betweenness.values.reduce(0, +)
        #expect(abs(a.reduce(0, +) - exactTotal) / exactTotal < 0.15)
    }
}
