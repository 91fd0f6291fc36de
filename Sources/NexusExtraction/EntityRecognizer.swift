import NexusCore

/// Finds the named entities of a document: splits it into sentences and tokens, tags each
/// sentence with the statistical tagger, and types every tagged span through the gazetteers
/// (``MentionTyper``: PER → person, ORG → organization, LOC → country or location, a
/// demonym standing for a state → country).
///
/// The recognizer is an immutable value: one instance can serve many threads at once.
///
/// - Complexity: O(n) in the document's length (tokenizing, tagging and typing are linear).
public struct EntityRecognizer: Sendable {
    public let splitter: SentenceSplitter
    public let tagger: NERTagger
    public let typer: MentionTyper

    public init(splitter: SentenceSplitter = SentenceSplitter(), tagger: NERTagger, typer: MentionTyper) {
        self.splitter = splitter
        self.tagger = tagger
        self.typer = typer
    }

    /// The recognizer over the shipped model and gazetteers.
    public static func bundled() throws -> EntityRecognizer {
        EntityRecognizer(tagger: try NERTagger(), typer: try MentionTyper.bundled())
    }

    /// The document with `sentences` and `mentions` filled, mentions in text order.
    public func recognize(_ document: Document) -> Document {
        var document = document.sentences.isEmpty ? splitter.split(document) : document
        let words = document.sentences.map { $0.tokens.map(\.text) }
        let spans = tagger.spansDocument(words)
        var mentions: [Mention] = []
        for (sentence, sentenceSpans) in zip(document.sentences, spans) {
            for span in sentenceSpans {
                guard let typed = typer.type(label: span.label, tokens: words[sentence.index], span: span.range)
                else { continue }
                mentions.append(mention(of: span.range, in: sentence, typed: typed))
            }
        }
        document.mentions = mentions
        return document
    }

    private func mention(of span: Range<Int>, in sentence: Sentence, typed: MentionTyper.Typed) -> Mention {
        let first = sentence.tokens[span.lowerBound].range
        let last = sentence.tokens[span.upperBound - 1].range
        let range = TextRange(start: first.start, end: last.end)
        let offset = range.start - sentence.range.start
        let scalars = sentence.text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: offset)
        let upper = scalars.index(lower, offsetBy: range.length)
        return Mention(
            text: String(scalars[lower..<upper]), type: typed.type, sentence: sentence.index,
            range: range, canonical: typed.canonical)
    }
}
