import Testing
@testable import NexusAnalysis

/// Components, modularity, Louvain, shortest paths, Yen's k shortest paths and ego networks
/// against NetworkX.
@Suite struct StructureFixtureTests {
    @Test(arguments: Fixture.names)
    func components(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        let ours = graph.connectedComponents().map { $0.map { graph.ids[$0] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(ours == fixture.components)
    }

    @Test(arguments: Fixture.names)
    func modularityOfFixedPartitions(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        for partition in fixture.partitions {
            let communities = try partition.communities.map { try $0.map { try graph.requireIndex(of: $0) } }
            let q = graph.modularity(communities: communities)
            #expect(abs(q - partition.modularity) < 1e-9, "\(name) \(partition.label): \(q) vs \(partition.modularity)")
            let half = graph.modularity(communities: communities, resolution: 0.5)
            #expect(abs(half - partition.modularity_resolution_0_5) < 1e-9, "\(name) \(partition.label) γ=0.5")
        }
    }

    /// Our Louvain partition is a partition of the nodes, its reported modularity is the
    /// modularity of that partition, and it is as good as NetworkX's Louvain within 0.02.
    @Test(arguments: Fixture.names)
    func louvain(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        let result = graph.louvainCommunities(seed: 42)
        #expect(result.communities.flatMap { $0 }.sorted() == Array(0..<graph.nodeCount))
        #expect(abs(graph.modularity(communities: result.communities) - result.modularity) < 1e-12)
        let reference = try #require(fixture.partitions.first { $0.label == "louvain" })
        #expect(result.modularity > reference.modularity - 0.02, "\(name): \(result.modularity) vs NetworkX \(reference.modularity)")
        #expect(graph.louvainCommunities(seed: 42) == result, "same seed, same partition")
        for community in result.communities {
            let labels = Set(community.map { graph.componentLabels()[$0] })
            #expect(labels.count == 1, "a community never spans two components")
        }
    }

    @Test(arguments: Fixture.names)
    func shortestPathLengths(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        for (weighted, table) in [(false, fixture.shortest_path_lengths), (true, fixture.distance_path_lengths)] {
            for (source, lengths) in table {
                let s = try graph.requireIndex(of: source)
                let distances = graph.distances(from: s, weighted: weighted)
                #expect(distances.compactMap { $0 }.count == lengths.count, "\(name) from \(source): reachable count")
                for (target, expected) in lengths {
                    let t = try graph.requireIndex(of: target)
                    let d = try #require(distances[t])
                    #expect(abs(d - expected) < 1e-9, "\(name) \(source)→\(target) weighted=\(weighted)")
                    let path = try #require(graph.shortestPath(from: s, to: t, weighted: weighted))
                    #expect(path.nodes.first == s && path.nodes.last == t)
                    #expect(abs(path.length - expected) < 1e-9)
                    #expect(graph.length(of: path.nodes, weighted: weighted) == path.length)
                }
            }
        }
    }

    /// Yen's k shortest paths: the k lengths equal NetworkX's `shortest_simple_paths` (ties may
    /// be ordered differently, the lengths cannot), every path is simple and valid, and the
    /// paths strictly shorter than the k-th length are exactly NetworkX's.
    @Test(arguments: Fixture.names)
    func kShortestPaths(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        for query in fixture.k_shortest {
            let ours = try graph.kShortestPaths(from: query.source, to: query.target, k: query.k, weighted: query.weighted)
            let label = "\(name) \(query.source)→\(query.target) weighted=\(query.weighted)"
            #expect(ours.count == query.paths.count, "\(label): path count")
            for (path, expected) in zip(ours, query.lengths) {
                #expect(abs(path.length - expected) < 1e-9, "\(label): length \(path.length) vs \(expected)")
                #expect(Set(path.nodes).count == path.nodes.count, "\(label): simple")
                let recomputed = try #require(graph.length(of: path.nodes, weighted: query.weighted))
                #expect(abs(recomputed - path.length) < 1e-12)
            }
            guard let last = query.lengths.last else { continue }
            let strict = { (paths: [[String]], lengths: [Double]) in
                Set(zip(paths, lengths).filter { $0.1 < last - 1e-9 }.map(\.0))
            }
            let oursNamed = ours.map { $0.nodes.map { graph.ids[$0] } }
            #expect(strict(oursNamed, ours.map(\.length)) == strict(query.paths, query.lengths), "\(label): paths below the k-th length")
        }
    }

    @Test(arguments: Fixture.names)
    func egoNetworks(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        for query in fixture.ego {
            let ego = graph.egoNetwork(of: try graph.requireIndex(of: query.center), radius: query.radius)
            #expect(ego.nodes.map { graph.ids[$0.node] }.sorted() == query.nodes)
            let members = Set(ego.nodes.map(\.node))
            var expectedEdges = 0
            for v in members { expectedEdges += graph.neighbors(of: v).filter { members.contains(Int($0)) }.count }
            #expect(ego.edges.count * 2 == expectedEdges, "induced subgraph")
        }
    }
}

@Suite struct LouvainHandCheckedTests {
    /// Two 5-cliques joined by one edge: Louvain must find the two cliques. Modularity by hand:
    /// m = 21; each clique has L = 10 and degree sum 21, so Q = 2 · (10/21 − (21/42)²) = 0.452380…
    @Test func twoCliquesBridge() throws {
        var edges: [AnalysisGraph.Edge] = []
        for side in ["a", "b"] {
            for i in 0..<5 { for j in (i + 1)..<5 { edges.append(.init("\(side)\(i)", "\(side)\(j)")) } }
        }
        edges.append(.init("a0", "b0"))
        let graph = try AnalysisGraph(edges: edges)
        for seed: UInt64 in [0, 1, 2, 3] {
            let result = graph.louvainCommunities(seed: seed)
            let named = result.communities.map { $0.map { graph.ids[$0] } }
            #expect(named == [["a0", "a1", "a2", "a3", "a4"], ["b0", "b1", "b2", "b3", "b4"]], "seed \(seed)")
            #expect(abs(result.modularity - (2 * (10.0 / 21 - 0.25))) < 1e-12)
        }
    }
}
