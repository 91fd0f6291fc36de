import NexusCore

/// One line of the entity table of `nexus extract --format table`: an entity with how often
/// and where it is named, its roles and its affiliations.
public struct EntitySummary: Hashable, Sendable {
    public var entity: CorpusEntity
    /// Times named in the corpus (the graph node's `mentions` score; 0 without a node).
    public var mentions: Int
    /// "role, organization" (or just the organization or country when the link has no role),
    /// one per affiliation edge leaving the entity, sorted.
    public var affiliations: [String]
    /// The roles that no affiliation already states ("role, ..."), then the affiliations.
    public var details: [String] {
        entity.roles.filter { role in !affiliations.contains { $0.hasPrefix(role + ", ") } } + affiliations
    }

    /// The summaries of the entities of `types`, most mentioned first, ties by name then id.
    ///
    /// - Complexity: O(N log N + E) for N entities and E edges.
    public static func summaries(of corpus: CorpusExtraction, graph: EntityGraph, types: Set<EntityType>) -> [EntitySummary] {
        var mentions: [String: Int] = [:]
        var labels: [String: String] = [:]
        for node in graph.nodes {
            mentions[node.id] = Int(node.scores["mentions"] ?? 0)
            labels[node.id] = node.label
        }
        var affiliations: [String: [String]] = [:]
        for edge in graph.edges where edge.kind == .affiliation {
            let target = labels[edge.target] ?? edge.target
            affiliations[edge.source, default: []].append(edge.label.map { "\($0), \(target)" } ?? target)
        }
        return corpus.entities.filter { types.contains($0.type) }
            .map { EntitySummary(entity: $0, mentions: mentions[$0.id] ?? 0, affiliations: (affiliations[$0.id] ?? []).sorted()) }
            .sorted { ($1.mentions, $0.entity.name, $0.entity.id) < ($0.mentions, $1.entity.name, $1.entity.id) }
    }
}
