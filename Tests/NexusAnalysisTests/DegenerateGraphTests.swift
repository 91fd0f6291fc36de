import Foundation
import Testing
@testable import NexusAnalysis

/// The small graphs at the edges of every definition (written by
/// `Scripts/make-analysis-fixtures.py` into `Fixtures/degenerate.json`, with the NetworkX
/// version that produced them): no node, one node, two isolated nodes, one edge, an edge and an
/// isolated node, two disconnected edges, a star with an isolated node, self-loops (dropped by
/// ``AnalysisGraph``, so NetworkX runs on the graph without them). Every measure must give
/// NetworkX's numbers, and never NaN or infinity.
struct DegenerateFixture: Decodable, Sendable {
    /// NetworkX's scores, or the error it raised (the null graph has no eigenvector centrality,
    /// a graph without edges no modularity).
    enum Answer<Value: Decodable & Sendable>: Decodable, Sendable {
        case value(Value)
        case refused(String)

        private struct Refusal: Decodable, Sendable { var error: String }

        init(from decoder: Decoder) throws {
            if let refusal = try? Refusal(from: decoder) {
                self = .refused(refusal.error)
            } else {
                self = .value(try Value(from: decoder))
            }
        }
    }

    struct Case: Decodable, Sendable {
        var name: String
        var nodes: [String]
        var edges_given: [[Fixture.Value]]
        var edges: [[Fixture.Value]]
        var degree_centrality: Answer<[String: Double]>
        var weighted_degree: Answer<[String: Double]>
        var betweenness: Answer<[String: Double]>
        var betweenness_raw: Answer<[String: Double]>
        var betweenness_distance: Answer<[String: Double]>
        var closeness: Answer<[String: Double]>
        var closeness_distance: Answer<[String: Double]>
        var eigenvector: Answer<[String: Double]>
        var eigenvector_weighted: Answer<[String: Double]>
        var pagerank: Answer<[String: Double]>
        var pagerank_unweighted: Answer<[String: Double]>
        var components: [[String]]
        var modularity_singletons: Answer<Double>
        var modularity_components: Answer<Double>
        var louvain: Answer<[[String]]>
        var shortest_path_lengths: [String: [String: Double]]
        var distance_path_lengths: [String: [String: Double]]
        var k_shortest: [Fixture.KShortest]
        var ego: [Fixture.Ego]

        /// The graph as NexusAnalysis is given it: self-loops included.
        func graph() throws -> AnalysisGraph {
            try Fixture.graph(nodes: nodes, edges: edges_given)
        }
    }

    var networkx_version: String
    var cases: [Case]

    static let loaded: DegenerateFixture = {
        try! Fixture.decoded(DegenerateFixture.self, "degenerate")
    }()

    static let names = [
        "empty", "one_node", "one_node_self_loop", "two_isolated", "one_edge", "one_edge_weighted",
        "one_edge_and_isolated", "two_disconnected_edges", "path_with_self_loop", "star_and_isolated",
        "triangle_and_pair",
    ]

    static func named(_ name: String) throws -> Case {
        try #require(loaded.cases.first { $0.name == name }, "no degenerate case \(name)")
    }
}

@Suite struct DegenerateGraphTests {
    /// Scores NetworkX computed, compared as ``expectScores(_:_:in:tolerance:_:sourceLocation:)``
    /// does; where NetworkX refused the graph, ours must give no score rather than a made-up one.
    func expect(
        _ ours: [Double], _ answer: DegenerateFixture.Answer<[String: Double]>, in graph: AnalysisGraph,
        tolerance: Double, _ label: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        switch answer {
        case .value(let expected):
            expectScores(ours, expected, in: graph, tolerance: tolerance, label, sourceLocation: sourceLocation)
        case .refused(let reason):
            #expect(ours.isEmpty, "\(label): NetworkX refuses (\(reason)), we gave \(ours)", sourceLocation: sourceLocation)
        }
    }

    @Test func fixtureListsEveryCase() {
        #expect(DegenerateFixture.loaded.cases.map(\.name) == DegenerateFixture.names)
        #expect(DegenerateFixture.loaded.networkx_version.hasPrefix("3."), "made with NetworkX \(DegenerateFixture.loaded.networkx_version)")
    }

    @Test(arguments: DegenerateFixture.names)
    func selfLoopsAreDroppedAsDocumented(_ name: String) throws {
        let c = try DegenerateFixture.named(name)
        let graph = try c.graph()
        #expect(graph.ids == c.nodes)
        #expect(graph.edgeCount == c.edges.count)
        for edge in c.edges {
            let u = try graph.requireIndex(of: edge[0].text), v = try graph.requireIndex(of: edge[1].text)
            #expect(graph.weight(between: u, and: v) == edge[2].number)
        }
    }

    @Test(arguments: DegenerateFixture.names)
    func degree(_ name: String) throws {
        let c = try DegenerateFixture.named(name)
        let graph = try c.graph()
        expect(graph.degreeCentrality(), c.degree_centrality, in: graph, tolerance: 1e-12, "\(name) degree")
        expect(graph.weightedDegree(), c.weighted_degree, in: graph, tolerance: 1e-12, "\(name) weighted degree")
    }

    @Test(arguments: DegenerateFixture.names)
    func betweenness(_ name: String) throws {
        let c = try DegenerateFixture.named(name)
        let graph = try c.graph()
        expect(graph.betweennessCentrality(), c.betweenness, in: graph, tolerance: 1e-12, "\(name) betweenness")
        expect(graph.betweennessCentrality(normalized: false), c.betweenness_raw, in: graph, tolerance: 1e-12, "\(name) raw")
        expect(graph.betweennessCentrality(weighted: true), c.betweenness_distance, in: graph, tolerance: 1e-12, "\(name) weighted")
        expect(graph.betweennessCentrality(threads: 3), c.betweenness, in: graph, tolerance: 1e-12, "\(name) 3 threads")
        expect(
            graph.betweennessCentrality(sampledSources: graph.nodeCount, seed: 1), c.betweenness, in: graph, tolerance: 1e-12,
            "\(name) every source sampled")
        let oneSource = graph.betweennessCentrality(sampledSources: 1, seed: 1)
        #expect(oneSource.count == graph.nodeCount && oneSource.allSatisfy(\.isFinite), "\(name) one source: \(oneSource)")
        if case .value(let exact) = c.betweenness, exact.values.allSatisfy({ $0 == 0 }) {
            #expect(oneSource.allSatisfy { $0 == 0 }, "\(name): no inner node, yet one source gives \(oneSource)")
        }
    }

    /// Sampled paths on a graph too small to have inner nodes: zeros, with a finite bound;
    /// on the star the estimate is within its bound of NetworkX's exact value.
    @Test(arguments: DegenerateFixture.names)
    func approximateBetweenness(_ name: String) throws {
        let c = try DegenerateFixture.named(name)
        let graph = try c.graph()
        guard case .value(let exact) = c.betweenness else { Issue.record("NetworkX gave no betweenness"); return }
        for weighted in [false, true] {
            let estimate = try graph.approximateBetweenness(epsilon: 0.1, seed: 3, weighted: weighted, threads: 2)
            #expect(estimate.errorBound.isFinite)
            expectScores(estimate.scores, exact, in: graph, tolerance: estimate.errorBound, "\(name) sampled weighted=\(weighted)")
        }
    }

    @Test(arguments: DegenerateFixture.names)
    func closeness(_ name: String) throws {
        let c = try DegenerateFixture.named(name)
        let graph = try c.graph()
        expect(graph.closenessCentrality(), c.closeness, in: graph, tolerance: 1e-12, "\(name) closeness")
        expect(graph.closenessCentrality(weighted: true, threads: 2), c.closeness_distance, in: graph, tolerance: 1e-12, "\(name) weighted closeness")
    }

    @Test(arguments: DegenerateFixture.names)
    func eigenvector(_ name: String) throws {
        let c = try DegenerateFixture.named(name)
        let graph = try c.graph()
        expect(try graph.eigenvectorCentrality(), c.eigenvector, in: graph, tolerance: 1e-6, "\(name) eigenvector")
        expect(try graph.eigenvectorCentrality(weighted: true), c.eigenvector_weighted, in: graph, tolerance: 1e-6, "\(name) weighted eigenvector")
    }

    @Test(arguments: DegenerateFixture.names)
    func pageRank(_ name: String) throws {
        let c = try DegenerateFixture.named(name)
        let graph = try c.graph()
        expect(try graph.pageRank(), c.pagerank, in: graph, tolerance: 1e-9, "\(name) pagerank")
        expect(try graph.pageRank(weighted: false), c.pagerank_unweighted, in: graph, tolerance: 1e-9, "\(name) unweighted pagerank")
    }

    /// Every measure `nexus rank` offers, with every option it passes on, gives one finite score
    /// per node: what the CLI prints is never `nan`.
    @Test(arguments: DegenerateFixture.names)
    func everyRankingIsFinite(_ name: String) throws {
        let graph = try DegenerateFixture.named(name).graph()
        let optionSets = [
            RankingOptions(), RankingOptions(weighted: true), RankingOptions(threads: 3),
            RankingOptions(weighted: true, threads: 2), RankingOptions(epsilon: 0.2, seed: 4),
        ]
        for measure in CentralityMeasure.allCases {
            for options in optionSets where options.epsilon == nil || measure == .betweenness {
                let ranking = try graph.ranking(measure, options: options)
                #expect(ranking.count == graph.nodeCount)
                #expect(ranking.allSatisfy { $0.score.isFinite }, "\(name) \(measure) \(options): \(ranking)")
                #expect(!ranking.contains { $0.tsvLine.lowercased().contains("nan") || $0.tsvLine.contains("inf") })
            }
        }
    }

    @Test(arguments: DegenerateFixture.names)
    func componentsAndModularity(_ name: String) throws {
        let c = try DegenerateFixture.named(name)
        let graph = try c.graph()
        let components = graph.connectedComponents().map { $0.map { graph.ids[$0] }.sorted() }
            .sorted { $0.lexicographicallyPrecedes($1) }
        #expect(components == c.components)
        let singletons = (0..<graph.nodeCount).map { [$0] }
        let byComponent = graph.connectedComponents()
        for (ours, theirs, label) in [
            (graph.modularity(communities: singletons), c.modularity_singletons, "singletons"),
            (graph.modularity(communities: byComponent), c.modularity_components, "components"),
        ] {
            switch theirs {
            case .value(let q):
                #expect(abs(ours - q) <= 1e-12, "\(name) \(label): \(ours) vs NetworkX \(q)")
            case .refused(let reason):
                // NetworkX divides by the total weight; ours defines Q = 0 without edges (Modularity.swift).
                #expect(ours == 0, "\(name) \(label): NetworkX refuses (\(reason)), ours is \(ours)")
            }
        }
    }

    /// On these graphs the best partition is unique, so Louvain must find NetworkX's.
    @Test(arguments: DegenerateFixture.names)
    func louvain(_ name: String) throws {
        let c = try DegenerateFixture.named(name)
        let graph = try c.graph()
        guard case .value(let expected) = c.louvain else { Issue.record("NetworkX gave no partition"); return }
        for seed: UInt64 in [0, 1, 9] {
            let result = graph.louvainCommunities(seed: seed)
            let ours = result.communities.map { $0.map { graph.ids[$0] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
            #expect(ours == expected, "\(name) seed \(seed)")
            #expect(result.modularity.isFinite)
            #expect(abs(result.modularity - graph.modularity(communities: result.communities)) <= 1e-12)
        }
    }

    @Test(arguments: DegenerateFixture.names)
    func pathsAndEgoNetworks(_ name: String) throws {
        let c = try DegenerateFixture.named(name)
        let graph = try c.graph()
        for (weighted, table) in [(false, c.shortest_path_lengths), (true, c.distance_path_lengths)] {
            #expect(table.count == graph.nodeCount)
            for (source, lengths) in table {
                let s = try graph.requireIndex(of: source)
                let distances = graph.distances(from: s, weighted: weighted)
                for t in 0..<graph.nodeCount {
                    let expected = lengths[graph.ids[t]]
                    #expect(distances[t] == expected, "\(name) \(source)→\(graph.ids[t]) weighted=\(weighted)")
                    let path = graph.shortestPath(from: s, to: t, weighted: weighted)
                    #expect(path?.length == expected, "\(name) path \(source)→\(graph.ids[t])")
                }
            }
        }
        for query in c.k_shortest {
            let ours = try graph.kShortestPaths(from: query.source, to: query.target, k: query.k, weighted: query.weighted)
            #expect(ours.map { $0.nodes.map { graph.ids[$0] } } == query.paths, "\(name) \(query.source)→\(query.target)")
            #expect(ours.map(\.length) == query.lengths)
        }
        for ego in c.ego {
            let network = graph.egoNetwork(of: try graph.requireIndex(of: ego.center), radius: ego.radius)
            #expect(network.nodes.map { graph.ids[$0.node] }.sorted() == ego.nodes, "\(name) ego \(ego.center) r=\(ego.radius)")
        }
    }
}
