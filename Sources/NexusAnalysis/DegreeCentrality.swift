extension AnalysisGraph {
    /// Degree centrality: the fraction of the other nodes a node is adjacent to,
    /// `deg(v) / (n − 1)`, as `networkx.degree_centrality`. A graph of one node scores 1.
    ///
    /// - Returns: one score per node index.
    /// - Complexity: O(n).
    public func degreeCentrality() -> [Double] {
        let n = nodeCount
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let scale = 1 / Double(n - 1)
        return (0..<n).map { Double(degree(of: $0)) * scale }
    }

    /// Weighted degree (strength): the sum of the weights of a node's edges, not normalized,
    /// as `G.degree(weight="weight")` in NetworkX.
    ///
    /// - Complexity: O(n + m).
    public func weightedDegree() -> [Double] {
        (0..<nodeCount).map { v in
            var sum = 0.0
            for e in offsets[v]..<offsets[v + 1] { sum += weights[e] }
            return sum
        }
    }
}
