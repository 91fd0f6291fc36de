/// A half-open range of character offsets into a document's text.
///
/// Offsets count **Unicode scalars** (code points) from the start of the document, so
/// `start..<end` indexes the same characters as Python's `text[start:end]`.
/// Every span in Nexus (token, sentence, mention, evidence) uses this convention.
public struct TextRange: Hashable, Codable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) is past end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: TextRange) -> Bool {
        start <= other.start && other.end <= end
    }

    public func overlaps(_ other: TextRange) -> Bool {
        start < other.end && other.start < end
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
