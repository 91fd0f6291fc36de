import NexusCore
import NexusEntities

/// One type for one name across a corpus: the tagger reads each sentence on its own and can
/// type the same full name differently in different articles ("Aung San Suu Kyi" a person in
/// 41 mentions of the GMB corpus and a place in 5), which would make two nodes of one person.
/// After "one sense per discourse" (Gale, Church & Yarowsky 1992), carried to a corpus.
///
/// A **name** here is a mention's text of two words or more, normalized
/// (``NameNormalizer/key(_:)``), that no gazetteer or alias table knows (no `canonical`),
/// typed person, organization or location. When one type has at least three of its mentions
/// and at least one and a half times as many as any other type, the name's mentions of the
/// other types take that type. Countries, `other` names and one-word names keep theirs.
///
/// The votes are gathered from every document before any is resolved (the streaming
/// ``CorpusResolution`` in its first pass), so the result does not depend on the order of
/// the documents.
///
/// - Complexity: O(M) for M mentions of the corpus; holds one counter per distinct name.
struct CorpusNameTypes: Sendable {
    private var votes: [String: [EntityType: Int]] = [:]

    init() {}

    /// Counts the names of one document's mentions.
    mutating func add(_ mentions: [Mention]) {
        for m in mentions {
            guard let key = Self.key(m) else { continue }
            votes[key, default: [:]][m.type, default: 0] += 1
        }
    }

    /// Each name whose mentions one type dominates, with that type.
    var dominant: [String: EntityType] {
        var out: [String: EntityType] = [:]
        for (key, counts) in votes where counts.count > 1 {
            let ranked = counts.sorted { ($0.value, $0.key.rawValue) > ($1.value, $1.key.rawValue) }
            if ranked[0].value >= 3, 2 * ranked[0].value >= 3 * ranked[1].value { out[key] = ranked[0].key }
        }
        return out
    }

    /// The document with its names typed as `dominant` says.
    static func retyped(_ document: Document, dominant: [String: EntityType]) -> Document {
        guard !dominant.isEmpty else { return document }
        var out = document
        for i in out.mentions.indices {
            if let key = key(out.mentions[i]), let type = dominant[key] { out.mentions[i].type = type }
        }
        return out
    }

    /// The normalized name of a mention that takes part in the vote, if it does.
    private static func key(_ m: Mention) -> String? {
        guard m.canonical == nil, [.person, .organization, .location].contains(m.type) else { return nil }
        guard NameNormalizer.tokens(m.text).count >= 2 else { return nil }
        return NameNormalizer.key(m.text)
    }
}
