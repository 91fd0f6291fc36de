extension AnalysisGraph {
    /// The connected components of the undirected graph, found by breadth-first search.
    ///
    /// - Returns: each component as ascending node indices; components ordered by their
    ///   smallest index. Isolated nodes are components of one.
    /// - Complexity: O(n + m).
    public func connectedComponents() -> [[Int]] {
        let labels = componentLabels()
        var components: [[Int]] = []
        for v in 0..<nodeCount {
            if labels[v] == components.count { components.append([]) }
            components[labels[v]].append(v)
        }
        return components
    }

    /// The component number of every node; components are numbered by their smallest node.
    /// - Complexity: O(n + m).
    public func componentLabels() -> [Int] {
        var labels = [Int](repeating: -1, count: nodeCount)
        var queue: [Int] = []
        queue.reserveCapacity(nodeCount)
        var next = 0
        for start in 0..<nodeCount where labels[start] < 0 {
            labels[start] = next
            queue.removeAll(keepingCapacity: true)
            queue.append(start)
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for w in neighbors(of: v) where labels[Int(w)] < 0 {
                    labels[Int(w)] = next
                    queue.append(Int(w))
                }
            }
            next += 1
        }
        return labels
    }
}
