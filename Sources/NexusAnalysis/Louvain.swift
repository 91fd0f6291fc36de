/// The communities found by ``AnalysisGraph/louvainCommunities(resolution:threshold:seed:)``.
public struct CommunityPartition: Equatable, Sendable {
    /// Each community as ascending node indices, ordered by smallest member.
    public var communities: [[Int]]
    /// The community number of every node index (an index into ``communities``).
    public var labels: [Int]
    /// The partition's modularity on the analysed graph (see ``AnalysisGraph/modularity(labels:resolution:weighted:)``).
    public var modularity: Double
    /// How many aggregation levels the algorithm ran.
    public var levels: Int
}

extension AnalysisGraph {
    /// Communities by the Louvain method (V. Blondel, J.-L. Guillaume, R. Lambiotte &
    /// E. Lefebvre, "Fast unfolding of communities in large networks", J. Stat. Mech. 2008).
    ///
    /// Each level moves single nodes, visited in a seeded random order, to the neighbouring
    /// community with the largest positive modularity gain until no node moves; the
    /// communities then become the nodes of the next level. The method stops when a level
    /// raises modularity by no more than `threshold`. The gain rule, threshold and stopping
    /// rule are those of `networkx.community.louvain_communities`, but the random order comes
    /// from ``SplitMix64``, so partitions equal NetworkX's only up to that order.
    ///
    /// - Parameters:
    ///   - resolution: γ; below 1 favours larger communities, above 1 smaller ones.
    ///   - threshold: the minimum modularity gain for another level.
    ///   - seed: the seed of the visiting order; same seed, same partition.
    /// - Complexity: about O(m) per pass; typically a few passes per level and few levels.
    public func louvainCommunities(resolution: Double = 1, threshold: Double = 1e-7, seed: UInt64 = 0) -> CommunityPartition {
        let n = nodeCount
        var generator = SplitMix64(seed: seed)
        var labels = Array(0..<n)
        var level = LouvainLevel(graph: self)
        let m = level.totalWeight
        var modularity = self.modularity(labels: labels, resolution: resolution)
        var levels = 0
        guard m > 0 else { return makePartition(labels: labels, modularity: modularity, levels: 0) }
        while true {
            let (membership, moved) = level.moveNodes(m: m, resolution: resolution, generator: &generator)
            levels += 1
            if !moved { break }
            let previous = modularity
            labels = labels.map { membership[$0] }
            modularity = self.modularity(labels: labels, resolution: resolution)
            // As NetworkX: a level's partition is kept; another level runs only when this one
            // raised modularity by more than the threshold.
            if modularity - previous <= threshold { break }
            level = level.aggregated(by: membership)
        }
        return makePartition(labels: labels, modularity: modularity, levels: levels)
    }

    private func makePartition(labels: [Int], modularity: Double, levels: Int) -> CommunityPartition {
        var renumber: [Int: Int] = [:]
        var communities: [[Int]] = []
        var dense = [Int](repeating: 0, count: labels.count)
        for (v, label) in labels.enumerated() {
            let c = renumber[label] ?? {
                renumber[label] = communities.count
                communities.append([])
                return communities.count - 1
            }()
            communities[c].append(v)
            dense[v] = c
        }
        return CommunityPartition(communities: communities, labels: dense, modularity: modularity, levels: levels)
    }
}

/// One level of the Louvain method: a weighted graph whose nodes are the communities of the
/// level below, with the weight inside each community kept as a self-loop.
struct LouvainLevel {
    /// Neighbours and weights of each node, self-loops excluded.
    var adjacency: [[(node: Int, weight: Double)]]
    /// Weighted degree of each node, a self-loop of weight w counting 2w.
    var degrees: [Double]
    var selfLoops: [Double]

    var totalWeight: Double {
        (degrees.reduce(0, +)) / 2
    }

    init(graph: AnalysisGraph) {
        adjacency = (0..<graph.nodeCount).map { v in
            (graph.offsets[v]..<graph.offsets[v + 1]).map { (Int(graph.targets[$0]), graph.weights[$0]) }
        }
        degrees = graph.weightedDegree()
        selfLoops = [Double](repeating: 0, count: graph.nodeCount)
    }

    init(adjacency: [[(node: Int, weight: Double)]], degrees: [Double], selfLoops: [Double]) {
        self.adjacency = adjacency
        self.degrees = degrees
        self.selfLoops = selfLoops
    }

    /// The local-moving phase. Returns each node's community (numbered densely in order of
    /// first appearance by node) and whether any node moved.
    func moveNodes(m: Double, resolution: Double, generator: inout SplitMix64) -> (membership: [Int], moved: Bool) {
        let n = adjacency.count
        var community = Array(0..<n)
        var totals = degrees
        var order = Array(0..<n)
        order.shuffle(using: &generator)
        var weightTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var anyMove = false
        var moves = 1
        while moves > 0 {
            moves = 0
            for u in order {
                let own = community[u]
                let degree = degrees[u]
                touched.removeAll(keepingCapacity: true)
                for (v, w) in adjacency[u] {
                    let c = community[v]
                    if weightTo[c] == 0 { touched.append(c) }
                    weightTo[c] += w
                }
                totals[own] -= degree
                let removeCost = -weightTo[own] / m + resolution * totals[own] * degree / (2 * m * m)
                var bestGain = 0.0
                var best = own
                for c in touched {
                    let gain = removeCost + weightTo[c] / m - resolution * totals[c] * degree / (2 * m * m)
                    if gain > bestGain {
                        bestGain = gain
                        best = c
                    }
                }
                for c in touched { weightTo[c] = 0 }
                totals[best] += degree
                if best != own {
                    community[u] = best
                    moves += 1
                    anyMove = true
                }
            }
        }
        var dense: [Int: Int] = [:]
        let membership = community.map { c in
            if let d = dense[c] { return d }
            dense[c] = dense.count
            return dense.count - 1
        }
        return (membership, anyMove)
    }

    /// The next level: one node per community, edge weights summed, inner weight as self-loop.
    func aggregated(by membership: [Int]) -> LouvainLevel {
        let count = (membership.max() ?? -1) + 1
        var selfLoops = [Double](repeating: 0, count: count)
        var degrees = [Double](repeating: 0, count: count)
        var between: [[Int: Double]] = Array(repeating: [:], count: count)
        for u in 0..<adjacency.count {
            let cu = membership[u]
            selfLoops[cu] += self.selfLoops[u]
            degrees[cu] += self.degrees[u]
            for (v, w) in adjacency[u] where v > u {
                let cv = membership[v]
                if cu == cv {
                    selfLoops[cu] += w
                } else {
                    between[cu][cv, default: 0] += w
                    between[cv][cu, default: 0] += w
                }
            }
        }
        let adjacency = between.map { row in row.keys.sorted().map { (node: $0, weight: row[$0]!) } }
        return LouvainLevel(adjacency: adjacency, degrees: degrees, selfLoops: selfLoops)
    }
}
