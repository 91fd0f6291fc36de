/// One place in a document where an entity is named.
public struct Mention: Hashable, Codable, Sendable {
    /// The text exactly as written ("Jon Smith", "Daesh", "Italian").
    public var text: String
    public var type: EntityType
    /// Index of the sentence that holds the mention.
    public var sentence: Int
    /// Unicode-scalar offsets into the document text.
    public var range: TextRange
    /// The normalized name this mention stands for, when a gazetteer knows it
    /// ("Italian" → "Italy"); `nil` when the mention is its own name.
    public var canonical: String?

    public init(text: String, type: EntityType, sentence: Int, range: TextRange, canonical: String? = nil) {
        self.text = text
        self.type = type
        self.sentence = sentence
        self.range = range
        self.canonical = canonical
    }
}
