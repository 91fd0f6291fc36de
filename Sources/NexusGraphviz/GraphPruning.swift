import NexusCore

/// Cuts a graph down to its most important nodes, for layouts that would otherwise take
/// minutes.
public enum GraphPruning {
    /// The subgraph induced by the `limit` highest-ranked nodes.
    ///
    /// Rank: the score `key` when given (nodes without it rank last), then weighted degree
    /// (the sum of the weights of the node's edges), then node id — so the result is
    /// deterministic. Edges between kept nodes are kept.
    /// - Complexity: O(m + n log n) for n nodes and m edges.
    public static func keepingTop(_ limit: Int, of graph: EntityGraph, rankedBy key: String? = nil) -> EntityGraph {
        guard graph.nodes.count > limit else { return graph }
        var strength: [String: Double] = [:]
        for edge in graph.edges {
            strength[edge.source, default: 0] += edge.weight
            strength[edge.target, default: 0] += edge.weight
        }
        func rank(_ node: GraphNode) -> (Double, Double) {
            let score = key.flatMap { node.scores[$0] }.flatMap { $0.isFinite ? $0 : nil } ?? -.infinity
            return (score, strength[node.id] ?? 0)
        }
        let ranked = graph.nodes.sorted { lhs, rhs in
            let (l, r) = (rank(lhs), rank(rhs))
            if l.0 != r.0 { return l.0 > r.0 }
            if l.1 != r.1 { return l.1 > r.1 }
            return lhs.id < rhs.id
        }
        let kept = Array(ranked.prefix(max(0, limit)))
        let keptIDs = Set(kept.map(\.id))
        return EntityGraph(
            nodes: kept,
            edges: graph.edges.filter { keptIDs.contains($0.source) && keptIDs.contains($0.target) },
            title: graph.title
        )
    }
}
