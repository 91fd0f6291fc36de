/// A path through the analysis graph.
public struct GraphPath: Hashable, Sendable {
    /// Node indices from source to target.
    public var nodes: [Int]
    /// Hops (unweighted) or the sum of the edge lengths `1 / weight` (weighted).
    public var length: Double
}

extension AnalysisGraph {
    /// The length of a path: its hop count, or with `weighted` the sum of `1 / weight` over its
    /// edges taken in order (the same sum a search from the first node computes).
    /// Returns `nil` when two consecutive nodes are not adjacent.
    public func length(of nodes: [Int], weighted: Bool) -> Double? {
        var total = 0.0
        for (a, b) in zip(nodes, nodes.dropFirst()) {
            guard let w = weight(between: a, and: b) else { return nil }
            total += weighted ? 1 / w : 1
        }
        return total
    }

    /// A shortest path between two nodes: fewest hops by breadth-first search, or with
    /// `weighted` least total length `1 / weight` by Dijkstra's algorithm (E. Dijkstra, 1959).
    /// Among equally short paths the one found first is returned: neighbours are visited in
    /// ascending index, and equal distances leave the heap by ascending index.
    ///
    /// - Returns: `nil` when `target` is unreachable.
    /// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted.
    public func shortestPath(from source: Int, to target: Int, weighted: Bool = false) -> GraphPath? {
        shortestPath(from: source, to: target, weighted: weighted, blockedNodes: [], blockedEdges: [])
    }

    /// The node-id form of ``shortestPath(from:to:weighted:)-(Int,Int,_)``.
    /// - Throws: ``AnalysisError/unknownNode(_:)``.
    public func shortestPath(from source: String, to target: String, weighted: Bool = false) throws -> GraphPath? {
        shortestPath(from: try requireIndex(of: source), to: try requireIndex(of: target), weighted: weighted)
    }

    /// A shortest path avoiding some nodes and edges (edges as ``edgeKey(_:_:)``), for Yen's algorithm.
    func shortestPath(from source: Int, to target: Int, weighted: Bool, blockedNodes: Set<Int>, blockedEdges: Set<UInt64>) -> GraphPath? {
        if source == target { return GraphPath(nodes: [source], length: 0) }
        var parent = [Int](repeating: -1, count: nodeCount)
        var found = false
        if weighted {
            var dist = [Double](repeating: .infinity, count: nodeCount)
            var done = [Bool](repeating: false, count: nodeCount)
            var heap = DistanceHeap(capacity: 16)
            dist[source] = 0
            heap.push(0, Int32(source))
            while let (d, node) = heap.pop() {
                let v = Int(node)
                if done[v] { continue }
                done[v] = true
                if v == target { found = true; break }
                for e in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[e])
                    if done[w] || blockedNodes.contains(w) || blockedEdges.contains(edgeKey(v, w)) { continue }
                    let candidate = d + 1 / weights[e]
                    if candidate < dist[w] {
                        dist[w] = candidate
                        parent[w] = v
                        heap.push(candidate, Int32(w))
                    }
                }
            }
        } else {
            var queue = [source]
            var seen = [Bool](repeating: false, count: nodeCount)
            seen[source] = true
            var head = 0
            search: while head < queue.count {
                let v = queue[head]
                head += 1
                for w32 in neighbors(of: v) {
                    let w = Int(w32)
                    if seen[w] || blockedNodes.contains(w) || blockedEdges.contains(edgeKey(v, w)) { continue }
                    seen[w] = true
                    parent[w] = v
                    if w == target { found = true; break search }
                    queue.append(w)
                }
            }
        }
        guard found else { return nil }
        var nodes = [target]
        while let last = nodes.last, last != source { nodes.append(parent[last]) }
        nodes.reverse()
        return GraphPath(nodes: nodes, length: length(of: nodes, weighted: weighted)!)
    }

    /// The key of the undirected edge `{a, b}`.
    func edgeKey(_ a: Int, _ b: Int) -> UInt64 {
        UInt64(min(a, b)) << 32 | UInt64(max(a, b))
    }

    /// Shortest-path distances from `source` to every node: hops, or with `weighted` sums of
    /// `1 / weight`; `nil` for unreachable nodes.
    /// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted.
    public func distances(from source: Int, weighted: Bool = false) -> [Double?] {
        let lengths = weighted ? weights.map { 1 / $0 } : []
        return offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { adj in
                lengths.withUnsafeBufferPointer { len in
                    var kernel = BrandesKernel(n: nodeCount, offsets: off, targets: adj, lengths: len)
                    var result = [Double?](repeating: nil, count: nodeCount)
                    if weighted {
                        kernel.searchWeighted(from: source)
                        for v in kernel.settledNodes { result[Int(v)] = kernel.dist[Int(v)] }
                    } else {
                        kernel.searchUnweighted(from: source)
                        for v in kernel.settledNodes { result[Int(v)] = Double(kernel.hopCount(Int(v))) }
                    }
                    return result
                }
            }
        }
    }
}
