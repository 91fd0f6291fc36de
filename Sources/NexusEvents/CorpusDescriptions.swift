import NexusCore
import NexusEntities

/// Descriptions that name a body the corpus names elsewhere: in an article that speaks of "the
/// coalition" without ever naming it, the coalition is the one organization of the corpus
/// whose name has that head noun ("Global Coalition to Defeat ISIS").
///
/// Before resolution, for each document and each noun of a body of states (``bodyNouns``:
/// "coalition", "alliance", "bloc"; not "commission" or "government") that heads exactly one organization name of the whole corpus,
/// every lowercase occurrence of the noun after "the" (with up to two modifiers between:
/// "the new EU commission") becomes a mention of that organization, its canonical the
/// organization's name, unless the document itself names an organization with that head.
/// The mention is then resolved and merged like any other; no new entity is invented.
///
/// - Complexity: O(M + T) for M mentions and T tokens of the corpus.
enum CorpusDescriptions {
    /// The organization names of a corpus by head noun, gathered document by document, and
    /// the collective nouns that head exactly one of them.
    ///
    /// - Complexity: O(m) per document of m mentions; holds the distinct organization names.
    struct Heads: Sendable {
        /// Head noun → the organization names of the corpus it heads.
        private(set) var names: [String: Set<String>] = [:]

        init() {}

        mutating func add(_ document: Document) { add(document.mentions) }

        /// Adds the organization names of one document's mentions.
        mutating func add(_ mentions: [Mention]) {
            for m in mentions where m.type == .organization {
                let name = m.canonical ?? m.text
                let tokens = NameNormalizer.tokens(name).map { $0.lowercased() }
                guard tokens.count >= 2, let head = DocumentResolver.head(tokens) else { continue }
                names[head, default: []].insert(name)
            }
        }

        /// The collective nouns that head exactly one organization name of the corpus.
        var nouns: Set<String> { CorpusDescriptions.bodyNouns.filter { names[$0]?.count == 1 } }
    }

    /// The nouns of a body made of states that a corpus may name once and its articles describe
    /// after ("the coalition", "the alliance", "the bloc"). Not the nouns every article has one of
    /// its own for ("the commission" of an election, "the agency", "the group", "the committee":
    /// in a corpus of unrelated stories the one agency another article names is not this
    /// article's), nor the organs of a state ("the government", "the army") or groups of people
    /// ("the ministers", "the allies").
    static let bodyNouns: Set<String> = ["coalition", "alliance", "bloc"]

    static func addMentions(_ documents: [Document]) -> [Document] {
        var heads = Heads()
        for document in documents { heads.add(document) }
        let nouns = heads.nouns
        guard !nouns.isEmpty else { return documents }
        return documents.map { addMentions($0, nouns: nouns, heads: heads) }
    }

    /// The document with a mention for each definite use of one of `nouns` that it does not
    /// name itself (`nouns` and `heads` are the whole corpus's).
    static func addMentions(_ document: Document, nouns: Set<String>, heads: Heads) -> Document {
        guard !nouns.isEmpty else { return document }
        let named = Set(document.mentions.filter { $0.type == .organization }.compactMap { m -> String? in
            DocumentResolver.head(NameNormalizer.tokens(m.canonical ?? m.text).map { $0.lowercased() })
        })
        var out = document
        for sentence in document.sentences {
            let tokens = sentence.tokens
            for (k, token) in tokens.enumerated() where nouns.contains(token.text) && !named.contains(token.text) {
                guard let name = heads.names[token.text]?.first, isDefinite(tokens, before: k) else { continue }
                guard !document.mentions.contains(where: { $0.sentence == sentence.index && $0.range.overlaps(token.range) }) else { continue }
                out.mentions.append(Mention(text: token.text, type: .organization, sentence: sentence.index, range: token.range, canonical: name))
            }
        }
        return out
    }

    /// "the" right before the noun, or before one or two lowercase or hyphenated modifiers.
    static func isDefinite(_ tokens: [Token], before k: Int) -> Bool {
        var j = k - 1
        var modifiers = 0
        while j >= 0 && modifiers <= 2 {
            let word = tokens[j].text
            if word.lowercased() == "the" { return true }
            guard word.unicodeScalars.allSatisfy({ $0.properties.isLowercase || $0 == "-" }) || word.contains("-") else { return false }
            modifiers += 1
            j -= 1
        }
        return false
    }
}
