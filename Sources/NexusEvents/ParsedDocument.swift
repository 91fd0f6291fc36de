import NexusCore
import NexusEntities

/// The parsed sentences of a document, each built once (``ParsedSentence``) and shared by the
/// event coder, the reference resolver and the commitment extractor.
struct ParsedDocument {
    /// By sentence position; nil for a sentence without a parse.
    let sentences: [ParsedSentence?]

    init(context: ResolutionContext) {
        sentences = context.document.sentences.enumerated().map { s, sentence in
            guard let syntax = sentence.syntax, !syntax.words.isEmpty else { return nil }
            return ParsedSentence(position: s, syntax: syntax, context: context)
        }
    }

    subscript(position: Int) -> ParsedSentence? {
        position >= 0 && position < sentences.count ? sentences[position] : nil
    }
}
