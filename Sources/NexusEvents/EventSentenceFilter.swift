import NexusCore

/// The sentences the event and commitment passes can use, so that the pipeline parses only
/// those: a sentence that names at least one entity (a raw mention) and holds a word form of
/// the event lexicon or a commitment cue. Other sentences can give neither an event (which
/// needs a named party and a trigger) nor a commitment (which needs a trigger).
///
/// - Complexity: O(tokens + mentions) per document.
public struct EventSentenceFilter: Sendable {
    let lexicon: EventLexicon

    public init(lexicon: EventLexicon) {
        self.lexicon = lexicon
    }

    /// Indices (``Sentence/index``) of the sentences of `document` worth parsing.
    public func sentences(of document: Document) -> Set<Int> {
        let named = Set(document.mentions.map(\.sentence))
        var out: Set<Int> = []
        for sentence in document.sentences where named.contains(sentence.index) {
            if sentence.tokens.contains(where: { isCue($0.text) }) { out.insert(sentence.index) }
        }
        return out
    }

    private func isCue(_ token: String) -> Bool {
        let lower = token.lowercased()
        return lexicon.contains(lower) || CommitmentLexicon.cues[lower] != nil
    }
}
