import NexusCore

/// What happened to one entity in each period: `nexus timeline NAME --by day|week|month`.
///
/// For every document, the document's period (``PeriodLength/period(of:)`` of its date, or
/// ``undated``) receives:
/// - `mentions`: the times the entity is named in the document;
/// - `documents`: 1 when the document names it or holds one of the facts below;
/// - `ties`: the evidence sentences of the graph edges between the entity and another
///   entity (co-mentions, affiliations, events), one per edge and sentence, dated by the
///   sentence's document;
/// - `eventsAsActor`, `eventsAsTarget`: the asserted events (neither negated nor
///   hypothetical, as in the graph) with the entity as actor or as target;
/// - `commitments`: the commitments the entity made (as actor).
///
/// Periods where all of these are zero are left out; rows are in time order, the `undated`
/// row last.
///
/// ```swift
/// let rows = EntityTimeline.rows(for: "country:france", in: corpus, graph: graph, by: .month)
/// rows.first?.period   // "2021-05"
/// ```
///
/// - Complexity: O(D + M + R + S) for D documents, M mentions, R events and commitments and
///   S evidence sentences of the entity's edges.
public enum EntityTimeline {
    /// The name of the row of undated documents.
    public static let undated = "undated"

    public struct Row: Hashable, Sendable {
        public var period: String
        public var mentions = 0
        public var documents = 0
        public var ties = 0
        public var eventsAsActor = 0
        public var eventsAsTarget = 0
        public var commitments = 0

        public init(period: String) {
            self.period = period
        }

        var isEmpty: Bool {
            mentions == 0 && documents == 0 && ties == 0 && eventsAsActor == 0 && eventsAsTarget == 0 && commitments == 0
        }
    }

    /// The rows of entity `id`, with the graph built by `builder` from `corpus` with every
    /// evidence sentence kept.
    public static func rows(for id: String, in corpus: CorpusExtraction, builder: GraphBuilder.Options, by length: PeriodLength) -> [Row] {
        var options = builder
        options.evidenceLimit = Int.max
        return rows(for: id, in: corpus, graph: GraphBuilder(options: options).build(corpus), by: length)
    }

    /// The rows of entity `id`. `graph` is the corpus graph built with every evidence sentence
    /// kept (``GraphBuilder/Options/evidenceLimit`` = `Int.max`), so that ties count them all.
    public static func rows(for id: String, in corpus: CorpusExtraction, graph: EntityGraph, by length: PeriodLength) -> [Row] {
        var periodOfDocument: [String: String] = [:]
        for extraction in corpus.documents {
            periodOfDocument[extraction.document.id] = extraction.document.date.map { length.period(of: $0.date) } ?? undated
        }
        var rows: [String: Row] = [:]
        func update(_ document: String, _ change: (inout Row) -> Void) {
            let period = periodOfDocument[document] ?? undated
            change(&rows[period, default: Row(period: period)])
        }
        for extraction in corpus.documents {
            let document = extraction.document.id
            let mentions = extraction.entities.filter { $0.id == id }.reduce(0) { $0 + $1.mentions.count }
            let asActor = extraction.events.filter { $0.isAsserted && $0.actor == id }.count
            let asTarget = extraction.events.filter { $0.isAsserted && $0.target == id }.count
            let commitments = extraction.commitments.filter { $0.actor == id }.count
            let named = extraction.entities.contains { $0.id == id }
            update(document) { row in
                row.mentions += mentions
                row.eventsAsActor += asActor
                row.eventsAsTarget += asTarget
                row.commitments += commitments
                if named || asActor + asTarget + commitments > 0 { row.documents += 1 }
            }
        }
        let commitmentNodes = Set(graph.nodes.filter { $0.kind == .commitment }.map(\.id))
        for edge in graph.edges where (edge.source == id || edge.target == id) && edge.source != edge.target {
            guard !commitmentNodes.contains(edge.source), !commitmentNodes.contains(edge.target) else { continue }
            for evidence in edge.evidence {
                update(evidence.document) { $0.ties += 1 }
            }
        }
        return rows.values.filter { !$0.isEmpty }.sorted { a, b in
            if (a.period == undated) != (b.period == undated) { return b.period == undated }
            return a.period < b.period
        }
    }
}
