extension AnalysisGraph {
    /// Newman–Girvan modularity of a partition (M. Newman & M. Girvan, Phys. Rev. E 69, 2004),
    /// with resolution γ (Reichardt & Bornholdt 2006), as `networkx.community.modularity`:
    ///
    ///     Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]
    ///
    /// where `m` is the total edge weight, `L_c` the weight of edges inside community `c` and
    /// `d_c` the sum of the weighted degrees of its nodes. A graph without edges scores 0.
    ///
    /// - Parameter labels: the community of every node index (any integers).
    /// - Complexity: O(n + m).
    public func modularity(labels: [Int], resolution: Double = 1, weighted: Bool = true) -> Double {
        precondition(labels.count == nodeCount, "one label per node")
        var inside: [Int: Double] = [:]
        var degreeSum: [Int: Double] = [:]
        var total = 0.0
        for v in 0..<nodeCount {
            for e in offsets[v]..<offsets[v + 1] {
                let w = weighted ? weights[e] : 1
                degreeSum[labels[v], default: 0] += w
                let u = Int(targets[e])
                if u > v {
                    total += w
                    if labels[u] == labels[v] { inside[labels[v], default: 0] += w }
                }
            }
        }
        guard total > 0 else { return 0 }
        var q = 0.0
        for community in degreeSum.keys.sorted() {
            let share = degreeSum[community]! / (2 * total)
            q += (inside[community] ?? 0) / total - resolution * share * share
        }
        return q
    }

    /// Modularity of a partition given as lists of node indices covering every node once.
    public func modularity(communities: [[Int]], resolution: Double = 1, weighted: Bool = true) -> Double {
        var labels = [Int](repeating: -1, count: nodeCount)
        for (c, members) in communities.enumerated() {
            for v in members { labels[v] = c }
        }
        precondition(!labels.contains(-1), "the communities must cover every node")
        return modularity(labels: labels, resolution: resolution, weighted: weighted)
    }
}
