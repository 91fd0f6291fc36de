extension AnalysisGraph {
    /// Closeness centrality in the Wasserman–Faust form, which stays meaningful on
    /// disconnected graphs (S. Wasserman & K. Faust, *Social Network Analysis*, 1994), as
    /// `networkx.closeness_centrality(G, wf_improved=True)`:
    ///
    ///     C(u) = (r − 1) / Σ_v d(u, v) · (r − 1) / (n − 1)
    ///
    /// where the sum runs over the `r − 1` other nodes reachable from `u` (`r` counts `u`).
    /// A node that reaches no other node scores 0. With `weighted`, `d` uses the edge length
    /// `1 / weight` (NetworkX's `distance=` with `distance = 1 / weight`); otherwise hops.
    ///
    /// - Complexity: O(n·m) unweighted, O(n·m log n) weighted; split across `threads` workers.
    public func closenessCentrality(weighted: Bool = false, threads: Int = 1) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let workers = max(1, min(threads, n))
        let lengths = weighted ? weights.map { 1 / $0 } : []
        let result = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        result.initialize(repeating: 0)
        defer { result.deallocate() }
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { adj in
                lengths.withUnsafeBufferPointer { len in
                    let shared = SharedPointers((off, adj, len, result))
                    runWorkers(workers) { worker in
                        let (off, adj, len, result) = shared.value
                        var kernel = BrandesKernel(n: n, offsets: off, targets: adj, lengths: len)
                        var u = worker
                        while u < n {
                            var total = 0.0
                            if weighted {
                                kernel.searchWeighted(from: u)
                                for v in kernel.settledNodes { total += kernel.dist[Int(v)] }
                            } else {
                                kernel.searchUnweighted(from: u)
                                for v in kernel.settledNodes { total += Double(kernel.hopCount(Int(v))) }
                            }
                            let reached = Double(kernel.settled - 1)
                            if total > 0 && n > 1 {
                                result[u] = reached / total * (reached / Double(n - 1))
                            }
                            kernel.reset()
                            u += workers
                        }
                    }
                }
            }
        }
        return Array(result)
    }
}
