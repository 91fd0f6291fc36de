import NexusCore

/// How often two entities are named together.
public struct CoMention: Hashable, Sendable {
    /// The two entity ids, `first < second`.
    public var first: String
    public var second: String
    /// Distinct (document, sentence) pairs naming both.
    public var sentenceCount: Int
    /// Distinct documents naming both in one sentence.
    public var documentCount: Int
    /// The supporting sentences, sorted, without duplicates.
    public var evidence: [Evidence]
}

/// The co-mention table of an entity graph: for each pair of entities named in a common
/// sentence, the number of sentences and of documents they share, with those sentences.
///
/// Built from the graph's ``NexusCore/RelationKind/comention`` edges; several edges for one
/// pair (in either direction) are merged. Counts come from the evidence, not from the edge
/// weights, so they count distinct sentences even when evidence is repeated.
///
/// Rows are ordered by sentence count (descending), then document count (descending), then
/// by the ids, so the table prints the same way every time.
public struct CoMentionTable: Hashable, Sendable {
    public var rows: [CoMention]

    /// - Complexity: O(E log E) for E pieces of evidence.
    public init(entityGraph: EntityGraph) {
        var evidenceByPair: [[String]: Set<Evidence>] = [:]
        for edge in entityGraph.edges where edge.kind == .comention && edge.source != edge.target {
            let pair = [min(edge.source, edge.target), max(edge.source, edge.target)]
            evidenceByPair[pair, default: []].formUnion(edge.evidence)
        }
        rows = evidenceByPair.map { pair, evidence in
            let sentences = Set(evidence.map { SentenceKey(document: $0.document, sentence: $0.sentence) })
            return CoMention(
                first: pair[0], second: pair[1], sentenceCount: sentences.count,
                documentCount: Set(evidence.map(\.document)).count, evidence: evidence.sorted())
        }
        .sorted {
            ($1.sentenceCount, $1.documentCount, $0.first, $0.second) < ($0.sentenceCount, $0.documentCount, $1.first, $1.second)
        }
    }

    /// The row for a pair of entities (in either order), or `nil` when they are never named together.
    public func row(_ a: String, _ b: String) -> CoMention? {
        let (first, second) = (min(a, b), max(a, b))
        return rows.first { $0.first == first && $0.second == second }
    }

    /// The rows involving one entity, in table order.
    public func rows(involving id: String) -> [CoMention] {
        rows.filter { $0.first == id || $0.second == id }
    }

    private struct SentenceKey: Hashable {
        var document: String
        var sentence: Int
    }
}
