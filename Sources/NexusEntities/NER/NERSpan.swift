/// An entity chunk over a sentence's tokens.
///
/// `range` is half-open: `range.lowerBound` is the first token, `range.upperBound - 1` the last.
/// `label` is the entity type without prefix, such as `PER`, `ORG`, `LOC` or `MISC`.
public struct NERSpan: Hashable, Sendable, CustomStringConvertible {
    public var range: Range<Int>
    public var label: String

    public init(range: Range<Int>, label: String) {
        self.range = range
        self.label = label
    }

    /// The first token.
    public var start: Int { range.lowerBound }
    /// The last token (inclusive).
    public var end: Int { range.upperBound - 1 }

    public var description: String { "\(label)[\(range.lowerBound)..<\(range.upperBound)]" }
}
