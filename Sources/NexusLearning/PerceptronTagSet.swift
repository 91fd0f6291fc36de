/// The BILOU tag set over a list of entity types, and which tag may follow which.
///
/// Tag 0 is `O`; then for each type X in order: `B-X`, `I-X`, `L-X`, `U-X`.
/// Allowed: after `O`, `L-X`, `U-X` or the sentence start come `O`, `B-Y`, `U-Y`;
/// after `B-X` or `I-X` come `I-X` or `L-X`; a sentence ends after `O`, `L-X` or `U-X`.
public struct PerceptronTagSet: Hashable, Sendable {
    public let types: [String]
    public let tags: [String]

    public init(types: [String]) {
        self.types = types
        var tags = ["O"]
        for type in types { tags += ["B-" + type, "I-" + type, "L-" + type, "U-" + type] }
        self.tags = tags
    }

    /// Rebuilds a tag set from its tag list (as stored in a model file); nil if not BILOU-shaped.
    public init?(tags: [String]) {
        guard tags.first == "O", (tags.count - 1) % 4 == 0 else { return nil }
        let types = stride(from: 1, to: tags.count, by: 4).map { String(tags[$0].dropFirst(2)) }
        self.init(types: types)
        guard self.tags == tags else { return nil }
    }

    public var count: Int { tags.count }

    /// 0 outside, 1 begin, 2 inside, 3 last, 4 unit.
    @inline(__always)
    public func position(_ tag: Int) -> Int { tag == 0 ? 0 : (tag - 1) % 4 + 1 }

    @inline(__always)
    public func type(_ tag: Int) -> Int { tag == 0 ? -1 : (tag - 1) / 4 }

    /// Whether `next` may follow `previous`; `previous == count` is the sentence start.
    public func allows(_ previous: Int, _ next: Int) -> Bool {
        let p = previous == count ? 0 : position(previous)
        let n = position(next)
        if p == 1 || p == 2 { return (n == 2 || n == 3) && type(previous) == type(next) }
        return n == 0 || n == 1 || n == 4
    }

    /// Whether a sentence may end with `tag`.
    public func allowsEnd(_ tag: Int) -> Bool {
        let p = position(tag)
        return p == 0 || p == 3 || p == 4
    }

    /// BILOU tag strings for indices.
    public func decode(_ indices: [Int]) -> [String] { indices.map { tags[$0] } }
}
