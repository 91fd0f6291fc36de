/// A sentence of a document, with its tokens.
public struct Sentence: Hashable, Codable, Sendable {
    /// Zero-based position of the sentence in its document.
    public var index: Int
    /// Unicode-scalar offsets of the sentence in the document text.
    public var range: TextRange
    /// The sentence text, `document.text[range]`.
    public var text: String
    public var tokens: [Token]
    /// The sentence's part-of-speech tags and dependency tree, when the pipeline parsed it.
    public var syntax: SentenceSyntax?

    public init(index: Int, range: TextRange, text: String, tokens: [Token], syntax: SentenceSyntax? = nil) {
        self.index = index
        self.range = range
        self.text = text
        self.tokens = tokens
        self.syntax = syntax
    }
}
