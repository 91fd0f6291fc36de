import PropertyBased
import Testing
@testable import NexusAnalysis

/// Invariants that hold on any graph, checked on generated ones: up to 12 nodes (some
/// isolated, none at all sometimes), up to 30 edges with strengths 1–5, self-loops and
/// parallel edges included (the graph drops the first and merges the second).
struct GeneratedGraph: CustomStringConvertible {
    var nodeCount: Int
    var edges: [AnalysisGraph.Edge]
    /// Node `i`'s id; zero-padded so that id order is index order.
    static func id(_ i: Int) -> String { i < 10 ? "v0\(i)" : "v\(i)" }

    init(nodeCount: Int, codes: [Int], weights: [Int]) {
        self.nodeCount = nodeCount
        edges = nodeCount == 0 ? [] : zip(codes, weights).map { code, weight in
            AnalysisGraph.Edge(Self.id((code / 12) % nodeCount), Self.id(code % nodeCount), weight: Double(weight))
        }
    }

    func graph(relabel: (Int) -> String = GeneratedGraph.id) throws -> AnalysisGraph {
        let names = (0..<nodeCount).map { Self.id($0) }
        let rename = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, relabel($0)) })
        return try AnalysisGraph(
            nodes: names.map { rename[$0]! },
            edges: edges.map { AnalysisGraph.Edge(rename[$0.u]!, rename[$0.v]!, weight: $0.weight) })
    }

    /// The simple graph written down independently of AnalysisGraph: loops dropped, parallel
    /// edges summed, keyed by the ordered pair of node numbers.
    var simpleEdges: [[Int]: Double] {
        var out: [[Int]: Double] = [:]
        for edge in edges {
            let u = Int(edge.u.dropFirst())!, v = Int(edge.v.dropFirst())!
            if u != v { out[[min(u, v), max(u, v)], default: 0] += edge.weight }
        }
        return out
    }

    var description: String { "\(nodeCount) nodes, edges \(edges.map { "\($0.u)-\($0.v):\(Int($0.weight))" })" }

    static let generator = zip(Gen.int(in: 0...12), Gen.int(in: 0...143).array(of: 0...30), Gen.int(in: 1...5).array(of: 30))
        .map { GeneratedGraph(nodeCount: $0, codes: $1, weights: $2) }
}

@Suite struct AnalysisPropertyTests {
    @Test func pageRankIsADistribution() async {
        await propertyCheck(count: 200, input: GeneratedGraph.generator) { generated in
            let graph = try generated.graph()
            for weighted in [true, false] {
                let rank = try graph.pageRank(weighted: weighted)
                #expect(rank.count == generated.nodeCount)
                guard !rank.isEmpty else { continue }
                #expect(abs(rank.reduce(0, +) - 1) <= 1e-9, "\(generated): sums to \(rank.reduce(0, +))")
                #expect(rank.allSatisfy { $0 > 0 && $0 <= 1 }, "\(generated): \(rank)")
            }
        }
    }

    /// A node with at most one neighbour lies on no shortest path between two others.
    @Test func betweennessIsZeroOnLeavesAndIsolatedNodes() async {
        await propertyCheck(count: 200, input: GeneratedGraph.generator) { generated in
            let graph = try generated.graph()
            for weighted in [false, true] {
                let scores = graph.betweennessCentrality(weighted: weighted)
                #expect(scores.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 + 1e-12 }, "\(generated): \(scores)")
                for v in 0..<graph.nodeCount where graph.degree(of: v) <= 1 {
                    #expect(scores[v] == 0, "\(generated): leaf \(graph.ids[v]) scores \(scores[v])")
                }
            }
        }
    }

    /// Renaming the nodes (which reorders every index) moves the scores with the names.
    @Test func centralitiesFollowTheNodesUnderRelabelling() async {
        await propertyCheck(count: 100, input: GeneratedGraph.generator, Gen.shuffled(Array(0..<12))) { generated, permutation in
            let graph = try generated.graph()
            let renamed = try generated.graph { "w\(String(permutation[$0], radix: 16))" }
            func name(_ i: Int) -> String { "w\(String(permutation[i], radix: 16))" }
            let measures: [(String, (AnalysisGraph) throws -> [Double])] = [
                ("betweenness", { $0.betweennessCentrality() }),
                ("weighted betweenness", { $0.betweennessCentrality(weighted: true) }),
                ("closeness", { $0.closenessCentrality() }),
                ("degree", { $0.degreeCentrality() }),
                ("pagerank", { try $0.pageRank() }),
            ]
            for (label, measure) in measures {
                let before = try measure(graph), after = try measure(renamed)
                for i in 0..<generated.nodeCount {
                    let a = before[try graph.requireIndex(of: GeneratedGraph.id(i))]
                    let b = after[try renamed.requireIndex(of: name(i))]
                    #expect(abs(a - b) <= 1e-9, "\(label) of node \(i) in \(generated): \(a) then \(b)")
                }
            }
        }
    }

    @Test func closenessLiesInTheUnitInterval() async {
        await propertyCheck(count: 200, input: GeneratedGraph.generator) { generated in
            let graph = try generated.graph()
            for weighted in [false, true] {
                let scores = graph.closenessCentrality(weighted: weighted)
                #expect(scores.count == generated.nodeCount)
                if !weighted {
                    #expect(scores.allSatisfy { $0 >= 0 && $0 <= 1 }, "\(generated): \(scores)")
                } else {
                    // Lengths are 1/weight ≤ 1, so weighted closeness may exceed 1, never go negative or non-finite.
                    #expect(scores.allSatisfy { $0.isFinite && $0 >= 0 }, "\(generated): \(scores)")
                }
                for v in 0..<graph.nodeCount where graph.degree(of: v) == 0 { #expect(scores[v] == 0) }
            }
        }
    }

    /// The length of a path, summed here from the generated edges, not by AnalysisGraph.
    func expectPath(_ path: GraphPath, from s: Int, to t: Int, weighted: Bool, in generated: GeneratedGraph, _ graph: AnalysisGraph) {
        let simple = generated.simpleEdges
        #expect(path.nodes.first == s && path.nodes.last == t, "\(generated): \(path.nodes) is not \(s)→\(t)")
        #expect(Set(path.nodes).count == path.nodes.count, "\(generated): \(path.nodes) repeats a node")
        var length = 0.0
        for (a, b) in zip(path.nodes, path.nodes.dropFirst()) {
            let u = Int(graph.ids[a].dropFirst())!, v = Int(graph.ids[b].dropFirst())!
            guard let weight = simple[[min(u, v), max(u, v)]] else {
                Issue.record("\(generated): \(graph.ids[a])–\(graph.ids[b]) in \(path.nodes) is not an edge")
                return
            }
            length += weighted ? 1 / weight : 1
        }
        #expect(abs(length - path.length) <= 1e-9, "\(generated): \(path.nodes) has length \(length), claims \(path.length)")
    }

    @Test func everyShortestPathIsAPathOfTheGraphWithItsLength() async {
        await propertyCheck(count: 150, input: GeneratedGraph.generator, Gen.int(in: 0...11), Gen.int(in: 0...11)) { generated, a, b in
            guard generated.nodeCount > 0 else { return }
            let graph = try generated.graph()
            let s = a % generated.nodeCount, t = b % generated.nodeCount
            for weighted in [false, true] {
                let distances = graph.distances(from: s, weighted: weighted)
                guard let path = graph.shortestPath(from: s, to: t, weighted: weighted) else {
                    #expect(distances[t] == nil, "\(generated): no path \(s)→\(t) but a distance")
                    continue
                }
                expectPath(path, from: s, to: t, weighted: weighted, in: generated, graph)
                #expect(distances[t].map { abs($0 - path.length) <= 1e-9 } == true, "\(generated): \(path.length) vs \(distances[t] as Any)")
            }
        }
    }

    @Test func kShortestPathsAreSimpleDistinctAndSorted() async {
        await propertyCheck(count: 150, input: GeneratedGraph.generator, Gen.int(in: 0...11), Gen.int(in: 0...11), Gen.int(in: 1...6)) { generated, a, b, k in
            guard generated.nodeCount > 0 else { return }
            let graph = try generated.graph()
            let s = a % generated.nodeCount, t = b % generated.nodeCount
            for weighted in [false, true] {
                let paths = graph.kShortestPaths(from: s, to: t, k: k, weighted: weighted)
                #expect(paths.count <= k)
                #expect(Set(paths.map(\.nodes)).count == paths.count, "\(generated): repeated path in \(paths.map(\.nodes))")
                for path in paths { expectPath(path, from: s, to: t, weighted: weighted, in: generated, graph) }
                for (p, q) in zip(paths, paths.dropFirst()) {
                    #expect(p.length <= q.length + 1e-12, "\(generated): \(p.nodes) (\(p.length)) before \(q.nodes) (\(q.length))")
                }
                let shortest = graph.distances(from: s, weighted: weighted)[t]
                #expect(paths.first.map { abs($0.length - shortest!) <= 1e-9 } ?? (shortest == nil), "\(generated): first is not shortest")
            }
        }
    }

    /// Louvain's reported modularity is the modularity of its partition, recomputed here from
    /// the generated edges with Newman's formula (not with AnalysisGraph.modularity).
    @Test func louvainModularityIsThatOfItsPartition() async {
        await propertyCheck(count: 150, input: GeneratedGraph.generator, Gen.int(in: 0...1000)) { generated, seed in
            let graph = try generated.graph()
            let result = graph.louvainCommunities(seed: UInt64(seed))
            #expect(result.communities.flatMap { $0 }.sorted() == Array(0..<generated.nodeCount), "\(generated): not a partition")
            var community: [Int: Int] = [:]
            for (c, members) in result.communities.enumerated() {
                for v in members { community[Int(graph.ids[v].dropFirst())!] = c }
            }
            let edges = generated.simpleEdges
            let m = edges.values.reduce(0, +)
            var q = 0.0
            if m > 0 {
                var inside: [Int: Double] = [:], degree: [Int: Double] = [:]
                for (pair, w) in edges {
                    let (cu, cv) = (community[pair[0]]!, community[pair[1]]!)
                    degree[cu, default: 0] += w
                    degree[cv, default: 0] += w
                    if cu == cv { inside[cu, default: 0] += w }
                }
                for (c, d) in degree { q += (inside[c] ?? 0) / m - (d / (2 * m)) * (d / (2 * m)) }
            }
            #expect(abs(result.modularity - q) <= 1e-9, "\(generated): reports \(result.modularity), partition has \(q)")
            #expect(result.modularity >= -0.5 - 1e-12 && result.modularity <= 1)
        }
    }
}
