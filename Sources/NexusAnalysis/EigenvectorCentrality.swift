extension AnalysisGraph {
    /// Eigenvector centrality (P. Bonacich, 1972) as `networkx.eigenvector_centrality`:
    /// power iteration on `A + I` (the identity shift keeps bipartite graphs from
    /// oscillating and does not change the leading eigenvector), starting from the uniform
    /// vector, each iterate scaled to unit Euclidean norm.
    ///
    /// Stops when `Σ_v |x_v − x'_v| < n · tolerance`. NetworkX's default tolerance is 1e-6;
    /// ours is tighter (1e-12) so the result is the converged vector. With `weighted`, `A`
    /// holds edge weights (NetworkX's `weight="weight"`), otherwise 0/1.
    ///
    /// - Throws: ``AnalysisError/notConverged(algorithm:iterations:)``.
    /// - Complexity: O(m) per iteration.
    public func eigenvectorCentrality(
        weighted: Bool = false, tolerance: Double = 1e-12, maxIterations: Int = 100_000
    ) throws -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = x[v]
                if weighted {
                    for e in offsets[v]..<offsets[v + 1] { sum += x[Int(targets[e])] * weights[e] }
                } else {
                    for e in offsets[v]..<offsets[v + 1] { sum += x[Int(targets[e])] }
                }
                next[v] = sum
            }
            var squares = 0.0
            for value in next { squares += value * value }
            let norm = squares > 0 ? squares.squareRoot() : 1
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw AnalysisError.notConverged(algorithm: "eigenvector centrality", iterations: maxIterations)
    }
}
