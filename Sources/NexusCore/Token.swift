/// One token of a sentence: its text and where it stands in the document.
public struct Token: Hashable, Codable, Sendable {
    /// The token exactly as written.
    public var text: String
    /// Unicode-scalar offsets into the document text (see ``TextRange``).
    public var range: TextRange

    public init(text: String, range: TextRange) {
        self.text = text
        self.range = range
    }
}
