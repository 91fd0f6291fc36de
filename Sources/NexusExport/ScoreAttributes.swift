import NexusCore

/// The node scores of a graph as attributes of a file format: one attribute per score name.
struct ScoreAttributes {
    /// The score names present on at least one node, sorted.
    let names: [String]
    /// The attribute name of each score: the score name itself, or `score_<name>` when the
    /// score name is one of the writer's own attribute names (so `label` never shadows).
    let attributeNames: [String]

    init(_ graph: EntityGraph, reserved: Set<String>) {
        var all = Set<String>()
        for node in graph.nodes { all.formUnion(node.scores.keys) }
        names = all.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        attributeNames = names.map { reserved.contains($0) ? "score_\($0)" : $0 }
    }
}
