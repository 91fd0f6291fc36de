extension AnalysisGraph {
    /// The `k` shortest simple (loopless) paths between two nodes, shortest first, by Yen's
    /// algorithm (J. Y. Yen, "Finding the k shortest loopless paths in a network",
    /// Management Science 17(11), 1971).
    ///
    /// Each new path deviates from an accepted one at a *spur node*: the root (the accepted
    /// path up to the spur node) is kept, the edges that accepted paths sharing that root take
    /// next are removed, as are the root's other nodes, and a shortest path from the spur node
    /// to the target completes the candidate. The shortest candidate is accepted next; ties
    /// go to fewer hops, then to the lexicographically smaller node-index sequence, so the
    /// output is deterministic. Lengths are hops, or with `weighted` sums of `1 / weight`.
    ///
    /// - Returns: up to `k` paths (fewer when fewer simple paths exist), lengths nondecreasing.
    /// - Complexity: O(k · n · (m + n log n)) in the worst case.
    public func kShortestPaths(from source: Int, to target: Int, k: Int, weighted: Bool = false) -> [GraphPath] {
        guard k > 0, let first = shortestPath(from: source, to: target, weighted: weighted) else { return [] }
        var accepted = [first]
        var candidates: [GraphPath] = []
        var known: Set<[Int]> = [first.nodes]
        while accepted.count < k {
            let previous = accepted[accepted.count - 1].nodes
            for i in 0..<(previous.count - 1) {
                let spur = previous[i]
                let root = Array(previous[0...i])
                var blockedEdges = Set<UInt64>()
                for path in accepted where path.nodes.count > i + 1 && Array(path.nodes[0...i]) == root {
                    blockedEdges.insert(edgeKey(path.nodes[i], path.nodes[i + 1]))
                }
                let blockedNodes = Set(root.dropLast())
                guard let spurPath = shortestPath(
                    from: spur, to: target, weighted: weighted, blockedNodes: blockedNodes, blockedEdges: blockedEdges
                ) else { continue }
                let nodes = root + spurPath.nodes.dropFirst()
                guard known.insert(nodes).inserted else { continue }
                candidates.append(GraphPath(nodes: nodes, length: length(of: nodes, weighted: weighted)!))
            }
            guard let best = candidates.indices.min(by: { Self.precedes(candidates[$0], candidates[$1]) }) else { break }
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }

    /// The node-id form of ``kShortestPaths(from:to:k:weighted:)-(Int,Int,_,_)``.
    /// - Throws: ``AnalysisError/unknownNode(_:)``.
    public func kShortestPaths(from source: String, to target: String, k: Int, weighted: Bool = false) throws -> [GraphPath] {
        kShortestPaths(from: try requireIndex(of: source), to: try requireIndex(of: target), k: k, weighted: weighted)
    }

    static func precedes(_ a: GraphPath, _ b: GraphPath) -> Bool {
        if a.length != b.length { return a.length < b.length }
        if a.nodes.count != b.nodes.count { return a.nodes.count < b.nodes.count }
        return a.nodes.lexicographicallyPrecedes(b.nodes)
    }
}
