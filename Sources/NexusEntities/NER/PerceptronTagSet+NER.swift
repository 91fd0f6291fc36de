import NexusLearning

/// Reading tags of the NER schemes into a ``PerceptronTagSet`` (through ``NERChunker`` and ``NERTagScheme``).
extension PerceptronTagSet {
    /// Index of a BILOU tag; nil for an unknown type or malformed tag.
    public func index(of tag: String) -> Int? {
        if tag == "O" { return 0 }
        let (prefix, type) = NERChunker.split(tag)
        guard let t = types.firstIndex(of: type) else { return nil }
        let offset: Int
        switch prefix {
        case "B": offset = 0
        case "I": offset = 1
        case "E": offset = 2
        case "S": offset = 3
        default: return nil
        }
        return 1 + t * 4 + offset
    }

    /// Tag indices for gold tags in any scheme (converted through spans); nil when a type is unknown.
    public func encode(_ tags: [String]) -> [Int]? {
        var out: [Int] = []
        out.reserveCapacity(tags.count)
        for tag in NERTagScheme.bilou.convert(tags) {
            guard let index = index(of: tag) else { return nil }
            out.append(index)
        }
        return out
    }
}
