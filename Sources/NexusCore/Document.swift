/// A text document as read from disk, with everything the pipeline finds in it.
///
/// Like spaCy's `Doc`, one value carries the text and the passes add to it: the sentence
/// splitter fills `sentences`, the tagger `mentions`. Spans are offsets into `text`, never
/// copies that drift.
public struct Document: Hashable, Codable, Sendable {
    /// Stable identifier: the file name without its extension, unless the caller gives another.
    public var id: String
    /// The path as the user gave it.
    public var path: String
    /// The decoded text.
    public var text: String
    /// How the bytes were decoded ("utf-8", "windows-1252", ...).
    public var encoding: String
    /// The publication date, or `nil` when none was found (the document is undated).
    /// Every mention, event and commitment of the document carries this date.
    public var date: DocumentDate?
    public var sentences: [Sentence]
    public var mentions: [Mention]

    public init(
        id: String, path: String, text: String, encoding: String = "utf-8", date: DocumentDate? = nil,
        sentences: [Sentence] = [], mentions: [Mention] = []
    ) {
        self.id = id
        self.path = path
        self.text = text
        self.encoding = encoding
        self.date = date
        self.sentences = sentences
        self.mentions = mentions
    }

    /// The document without its sentences' tokens, and without their parses unless
    /// `keepingSyntax`: what is left once the corpus is resolved, for outputs that show no
    /// words (every output but the extraction JSON's `--with-syntax` trees). Tokens and trees
    /// are most of an analysed document's memory.
    public func withoutTokens(keepingSyntax: Bool) -> Document {
        var lean = self
        for index in lean.sentences.indices {
            lean.sentences[index].tokens = []
            if !keepingSyntax { lean.sentences[index].syntax = nil }
        }
        return lean
    }

    /// The text covered by `range` (Unicode-scalar offsets).
    ///
    /// - Complexity: O(`range.end`), since String indices are walked from the start.
    public func substring(_ range: TextRange) -> String {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.start)
        let upper = scalars.index(lower, offsetBy: range.length)
        return String(scalars[lower..<upper])
    }
}
