/// Where a fact comes from: the words that produced it.
///
/// Every node, edge and path in the graph carries evidence, so any of them can be explained
/// by quoting the sentence.
public struct Evidence: Hashable, Codable, Sendable, Comparable {
    public var document: String
    public var sentence: Int
    /// Unicode-scalar offsets of the supporting span in the document text.
    public var range: TextRange
    /// The full sentence text.
    public var text: String

    public init(document: String, sentence: Int, range: TextRange, text: String) {
        self.document = document
        self.sentence = sentence
        self.range = range
        self.text = text
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.sentence, lhs.range.start, lhs.range.end)
            < (rhs.document, rhs.sentence, rhs.range.start, rhs.range.end)
    }
}
