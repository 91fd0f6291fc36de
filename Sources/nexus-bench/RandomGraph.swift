import Foundation
import NexusAnalysis

/// Erdős–Rényi G(n, m) graphs: `m` distinct edges drawn uniformly among the `n(n − 1)/2`
/// possible ones, from a seeded generator (the same seed gives the same edge list).
enum RandomGraph {
    static func gnm(nodes n: Int, edges m: Int, seed: UInt64) throws -> [AnalysisGraph.Edge] {
        guard n >= 2, m >= 0, m <= n * (n - 1) / 2 else {
            throw BenchOptions.Failure(description: "G(n, m) needs n ≥ 2 and m ≤ n(n − 1)/2; got n = \(n), m = \(m)")
        }
        var generator = SplitMix64(seed: seed)
        var seen = Set<UInt64>()
        seen.reserveCapacity(m)
        var edges: [AnalysisGraph.Edge] = []
        edges.reserveCapacity(m)
        while edges.count < m {
            let a = Int.random(in: 0..<n, using: &generator)
            let b = Int.random(in: 0..<n, using: &generator)
            if a == b { continue }
            let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
            if seen.insert(key).inserted { edges.append(AnalysisGraph.Edge(String(a), String(b))) }
        }
        return edges
    }

    /// The graph of a benchmark: read from `--input FILE` with the reader `nexus rank` uses,
    /// or generated from `--nodes`, `--edges` and `--seed` and, with `--edge-list FILE`,
    /// written there so that other implementations measure the same graph.
    static func graph(_ options: BenchOptions, nodes: Int, edges: Int) throws -> AnalysisGraph {
        if let input = options.string("input") {
            return try EdgeList.graph(String(contentsOfFile: input, encoding: .utf8), file: input)
        }
        let list = try gnm(
            nodes: options.int("nodes", default: nodes), edges: options.int("edges", default: edges),
            seed: UInt64(options.int("seed", default: 1)))
        if let path = options.string("edge-list") {
            try EdgeList.format(list).write(toFile: path, atomically: true, encoding: .utf8)
        }
        return try AnalysisGraph(edges: list)
    }
}
