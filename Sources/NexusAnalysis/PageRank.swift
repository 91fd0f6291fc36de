extension AnalysisGraph {
    /// PageRank (S. Brin & L. Page, 1998) as `networkx.pagerank` with its defaults: damping
    /// `alpha = 0.85`, uniform personalization and teleport, edges weighted by `"weight"`.
    /// Each undirected edge is followed both ways; a node's out-weights are normalized to sum
    /// to 1. Dangling nodes (no edges) spread their rank uniformly over all nodes.
    ///
    ///     x' = alpha · (xᵀ·P + (Σ_{dangling} x) / n) + (1 − alpha) / n
    ///
    /// Iterates from the uniform vector until `Σ_v |x'_v − x_v| < n · tolerance`. NetworkX's
    /// default tolerance is 1e-6; ours is tighter (1e-10) so the result is the converged vector.
    ///
    /// - Parameters:
    ///   - weighted: follow edges in proportion to their weight (NetworkX's default); `false`
    ///     treats every edge as weight 1.
    /// - Throws: ``AnalysisError/notConverged(algorithm:iterations:)``,
    ///   ``AnalysisError/invalidParameter(name:value:expected:)`` for `alpha` outside [0, 1).
    /// - Complexity: O(n + m) per iteration, O(n) extra memory.
    public func pageRank(
        alpha: Double = 0.85, weighted: Bool = true, tolerance: Double = 1e-10, maxIterations: Int = 1000
    ) throws -> [Double] {
        guard alpha >= 0, alpha < 1 else {
            throw AnalysisError.invalidParameter(name: "alpha", value: "\(alpha)", expected: "in [0, 1)")
        }
        let n = nodeCount
        guard n > 0 else { return [] }
        let useWeights = weighted && isWeighted
        let outWeight: [Double] = useWeights ? weightedDegree() : (0..<n).map { Double(degree(of: $0)) }
        let inverseOut = outWeight.map { $0 > 0 ? 1 / $0 : 0 }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        var next = x
        let teleport = (1 - alpha) / Double(n)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for v in 0..<n {
                share[v] = x[v] * inverseOut[v]
                if outWeight[v] == 0 { dangling += x[v] }
            }
            let base = alpha * dangling / Double(n) + teleport
            var change = 0.0
            offsets.withUnsafeBufferPointer { off in
                targets.withUnsafeBufferPointer { adj in
                    weights.withUnsafeBufferPointer { wts in
                        for v in 0..<n {
                            var sum = 0.0
                            if useWeights {
                                for e in off[v]..<off[v + 1] { sum += share[Int(adj[e])] * wts[e] }
                            } else {
                                for e in off[v]..<off[v + 1] { sum += share[Int(adj[e])] }
                            }
                            let value = alpha * sum + base
                            change += abs(value - x[v])
                            next[v] = value
                        }
                    }
                }
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw AnalysisError.notConverged(algorithm: "PageRank", iterations: maxIterations)
    }
}
