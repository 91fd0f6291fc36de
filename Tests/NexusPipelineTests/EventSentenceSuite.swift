import NexusCore

/// A suite that runs hand-written sentences through the real tagger, parser and resolver
/// (``EventScorer/extract(_:)``) and reads their events as `"actor code target"` strings.
protocol EventSentenceSuite {}

extension EventSentenceSuite {
    /// The extraction of `text` as one document.
    func extract(_ text: String) throws -> DocumentExtraction {
        let corpus = try EventScorer.extract([EventScorer.GoldDocument(id: "t", text: text, events: [], commitments: [])])
        guard let document = corpus.documents.first else { throw EventSentenceSuiteError.noDocument }
        return document
    }

    /// `"actor code target"` of each asserted event of `d` (with `asserted: false`, of each
    /// negated or hypothetical one).
    func triples(_ d: DocumentExtraction, asserted: Bool = true) -> Set<String> {
        Set(d.events.filter { $0.isAsserted == asserted }.map { "\($0.actor) \($0.code) \($0.target)" })
    }
}

enum EventSentenceSuiteError: Error {
    case noDocument
}
