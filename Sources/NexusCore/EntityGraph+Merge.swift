/// Combining several graphs (for instance one per saved run) into one.
extension EntityGraph {
    /// The union of `graphs`, keyed by node id and by edge (source, target, kind, label).
    ///
    /// - A node named by several graphs keeps the label and kind of the first graph that
    ///   names it, every score key (the first value of each key wins), and the union of the
    ///   evidence, sorted.
    /// - Edges with the same key become one edge whose evidence is the sorted union and whose
    ///   weight is the sum of the weights of the distinct edges merged (an edge repeated
    ///   verbatim, as when one file is given twice, counts once).
    /// - The result is in canonical order (`sorted()`).
    ///
    /// - Complexity: O(N log N) for N nodes, edges and evidence items in all graphs.
    public static func merging(_ graphs: [EntityGraph]) -> EntityGraph {
        var nodes: [String: GraphNode] = [:]
        var nodeOrder: [String] = []
        for graph in graphs {
            for node in graph.nodes {
                guard var merged = nodes[node.id] else {
                    nodes[node.id] = node
                    nodeOrder.append(node.id)
                    continue
                }
                merged.scores.merge(node.scores) { first, _ in first }
                merged.evidence += node.evidence
                nodes[node.id] = merged
            }
        }
        struct EdgeKey: Hashable { var source, target: String; var kind: RelationKind; var label: String? }
        var edges: [EdgeKey: GraphEdge] = [:]
        var seen = Set<GraphEdge>()
        for graph in graphs {
            for edge in graph.edges where seen.insert(edge).inserted {
                let key = EdgeKey(source: edge.source, target: edge.target, kind: edge.kind, label: edge.label)
                guard var merged = edges[key] else { edges[key] = edge; continue }
                merged.weight += edge.weight
                merged.evidence += edge.evidence
                edges[key] = merged
            }
        }
        return EntityGraph(
            nodes: nodeOrder.map { id in
                var node = nodes[id]!
                node.evidence = Array(Set(node.evidence)).sorted()
                return node
            },
            edges: edges.values.map { edge in
                var edge = edge
                edge.evidence = Array(Set(edge.evidence)).sorted()
                return edge
            }
        ).sorted()
    }
}
