import NexusAnalysis
import NexusCore

/// What changed between two periods of a corpus: `nexus changes --from PERIOD --to PERIOD`.
///
/// Each period's graph is built from the documents dated in it (``TimeSlice``), as
/// `--since`/`--until` would, then compared:
/// - **Ranks**: an entity's rank is its place in the PageRank ranking of the period's entity
///   graph (``GraphScorer/entityAnalysisGraph(of:relations:)``, ranked as `nexus rank
///   --measure pagerank` ranks: score descending, then id), 1 for the first. Entities in both
///   graphs are compared; ``rose`` lists those whose rank number fell the most (they moved
///   up), ``fell`` those whose rank number grew the most, `limit` of each, ties by id.
/// - **Ties**: edges between two entities (co-mentions, affiliations, events), identified by
///   their ends, kind, label and event code. ``newTies`` are in the `to` graph and not the
///   `from` graph; ``vanishedTies`` the other way round; `limit` of each, heaviest first, then
///   by ends.
/// - **Commitments**: grouped as ``CommitmentGroup`` in each period. ``made`` lists the `to`
///   groups, each marked `repeated` when the `from` period holds the same group;
///   ``notRepeated`` lists the `from` groups absent from `to`.
public struct PeriodChanges: Sendable {
    public struct RankChange: Hashable, Sendable {
        public var id: String
        public var label: String
        public var fromRank: Int
        public var toRank: Int
        /// Places moved up: `fromRank - toRank` (negative when it fell).
        public var change: Int { fromRank - toRank }
    }

    public struct Tie: Hashable, Sendable {
        public var source: String
        public var target: String
        public var sourceLabel: String
        public var targetLabel: String
        public var kind: RelationKind
        public var label: String?
        public var weight: Double
    }

    public struct MadeCommitment: Hashable, Sendable {
        public var group: CommitmentGroup
        /// Whether the `from` period holds the same commitment.
        public var repeated: Bool
    }

    public var from: CalendarPeriod
    public var to: CalendarPeriod
    /// Documents in each period.
    public var fromDocuments: Int
    public var toDocuments: Int
    public var rose: [RankChange]
    public var fell: [RankChange]
    public var newTies: [Tie]
    public var vanishedTies: [Tie]
    public var made: [MadeCommitment]
    public var notRepeated: [CommitmentGroup]

    /// Compares periods `from` and `to` of `corpus`, building each graph with `builder` and
    /// ranking over the ties of kinds `relations`.
    public static func compare(_ corpus: CorpusExtraction, from: CalendarPeriod, to: CalendarPeriod, builder: GraphBuilder.Options = .init(),
                               relations: Set<RelationKind> = GraphScorer.defaultRelations, limit: Int = 10) throws -> PeriodChanges {
        let before = TimeSlice(from).apply(to: corpus).corpus
        let after = TimeSlice(to).apply(to: corpus).corpus
        let builder = GraphBuilder(options: builder)
        let fromGraph = builder.build(before), toGraph = builder.build(after)
        let (rose, fell) = try rankChanges(fromGraph, toGraph, relations: relations, limit: limit)
        let fromTies = ties(fromGraph), toTies = ties(toGraph)
        let beforeGroups = before.groupedCommitments(), afterGroups = after.groupedCommitments()
        let beforeKeys = Set(beforeGroups.map(\.key)), afterKeys = Set(afterGroups.map(\.key))
        return PeriodChanges(
            from: from, to: to, fromDocuments: before.documents.count, toDocuments: after.documents.count,
            rose: rose, fell: fell,
            newTies: heaviest(toTies.filter { fromTies[$0.key] == nil }.map(\.value), limit: limit),
            vanishedTies: heaviest(fromTies.filter { toTies[$0.key] == nil }.map(\.value), limit: limit),
            made: afterGroups.map { MadeCommitment(group: $0, repeated: beforeKeys.contains($0.key)) },
            notRepeated: beforeGroups.filter { !afterKeys.contains($0.key) })
    }

    /// The PageRank places of the entities of both graphs that moved.
    static func rankChanges(_ before: EntityGraph, _ after: EntityGraph, relations: Set<RelationKind>, limit: Int) throws -> ([RankChange], [RankChange]) {
        func places(_ graph: EntityGraph) throws -> [String: Int] {
            let analysis = try GraphScorer.entityAnalysisGraph(of: graph, relations: relations)
            guard analysis.nodeCount > 0 else { return [:] }
            let ranking = try analysis.ranking(.pagerank)
            return Dictionary(uniqueKeysWithValues: ranking.enumerated().map { ($1.id, $0 + 1) })
        }
        let fromPlaces = try places(before), toPlaces = try places(after)
        let labels = Dictionary(after.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        let changes = fromPlaces.compactMap { id, fromRank -> RankChange? in
            guard let toRank = toPlaces[id], toRank != fromRank else { return nil }
            return RankChange(id: id, label: labels[id] ?? id, fromRank: fromRank, toRank: toRank)
        }
        let rose = changes.filter { $0.change > 0 }.sorted { ($1.change, $0.id) < ($0.change, $1.id) }
        let fell = changes.filter { $0.change < 0 }.sorted { ($0.change, $0.id) < ($1.change, $1.id) }
        return (Array(rose.prefix(limit)), Array(fell.prefix(limit)))
    }

    struct TieKey: Hashable {
        var source: String, target: String, kind: RelationKind, label: String?, code: String?
    }

    /// The edges of `graph` between two entities, by identity.
    static func ties(_ graph: EntityGraph) -> [TieKey: Tie] {
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        let commitments = Set(graph.nodes.filter { $0.kind == .commitment }.map(\.id))
        var out: [TieKey: Tie] = [:]
        for edge in graph.edges where !commitments.contains(edge.source) && !commitments.contains(edge.target) {
            let key = TieKey(source: edge.source, target: edge.target, kind: edge.kind, label: edge.label, code: edge.code?.description)
            out[key] = Tie(source: edge.source, target: edge.target, sourceLabel: labels[edge.source] ?? edge.source,
                           targetLabel: labels[edge.target] ?? edge.target, kind: edge.kind, label: edge.label, weight: edge.weight)
        }
        return out
    }

    static func heaviest(_ ties: [Tie], limit: Int) -> [Tie] {
        Array(ties.sorted {
            ($1.weight, $0.source, $0.target, $0.kind.rawValue, $0.label ?? "") < ($0.weight, $1.source, $1.target, $1.kind.rawValue, $1.label ?? "")
        }.prefix(limit))
    }
}
