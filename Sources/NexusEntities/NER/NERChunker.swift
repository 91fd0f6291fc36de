/// Splits tag sequences into chunks exactly as the CoNLL `conlleval` script does
/// (Tjong Kim Sang, conlleval.pl: `startOfChunk` and `endOfChunk`), with the `S-`
/// (single) extension of the `seqeval` port for IOBES input. For IOB1 and IOB2 input
/// the rules are conlleval's own.
///
/// A chunk starts at `B-X`, at `I-X` or `E-X` after `O`, `E-` or a different type, and at `S-X`/`U-X`;
/// it ends before `B-`, `O`, `S-`/`U-`, a type change, and after `E-`/`L-`. A sentence
/// boundary behaves like `O`. Prefix `L` is read as conlleval's `E`, and `U` as `S`.
public enum NERChunker {
    /// Splits `B-PER` into (`B`, `PER`); `O` (and anything without a dash) into (`O`, ``).
    @inlinable
    public static func split(_ tag: String) -> (prefix: String, type: String) {
        guard let dash = tag.firstIndex(of: "-"), tag != "O" else { return ("O", "") }
        var prefix = String(tag[..<dash])
        if prefix == "L" { prefix = "E" }
        if prefix == "U" { prefix = "S" }
        return (prefix, String(tag[tag.index(after: dash)...]))
    }

    /// conlleval's `endOfChunk`: does a chunk end between the previous token and this one?
    public static func endsChunk(previousPrefix p: String, prefix t: String, previousType pt: String, type: String) -> Bool {
        if p == "B" && (t == "B" || t == "O" || t == "S") { return true }
        if p == "I" && (t == "B" || t == "O" || t == "S") { return true }
        if p == "E" || p == "S" { return true }
        if p != "O" && pt != type { return true }
        return false
    }

    /// conlleval's `startOfChunk`: does a chunk start at this token?
    public static func startsChunk(previousPrefix p: String, prefix t: String, previousType pt: String, type: String) -> Bool {
        if t == "B" || t == "S" { return true }
        if (p == "E" || p == "S" || p == "O") && (t == "I" || t == "E") { return true }
        if t != "O" && pt != type { return true }
        return false
    }

    /// The chunks of one sentence, in order.
    /// - Complexity: O(n).
    public static func spans(from tags: [String]) -> [NERSpan] {
        var spans: [NERSpan] = []
        var previousPrefix = "O", previousType = ""
        var openStart: Int? = nil
        for (index, tag) in tags.enumerated() {
            let (prefix, type) = split(tag)
            if let start = openStart,
               endsChunk(previousPrefix: previousPrefix, prefix: prefix, previousType: previousType, type: type) {
                spans.append(NERSpan(range: start..<index, label: previousType))
                openStart = nil
            }
            if startsChunk(previousPrefix: previousPrefix, prefix: prefix, previousType: previousType, type: type) {
                openStart = index
            }
            previousPrefix = prefix
            previousType = type
        }
        if let start = openStart {
            spans.append(NERSpan(range: start..<tags.count, label: previousType))
        }
        return spans
    }
}
