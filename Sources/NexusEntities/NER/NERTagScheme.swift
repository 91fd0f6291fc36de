/// How entity chunks are written as one tag per token.
///
/// - ``iob1``: `I-X` everywhere; `B-X` only on the first token of a chunk that directly follows
///   another chunk of the same type (CoNLL-2003, Tjong Kim Sang & Veenstra 1999).
/// - ``iob2``: every chunk starts with `B-X`, continues with `I-X` (also called BIO).
/// - ``bilou``: `B-X` begin, `I-X` inside, `L-X` last, `U-X` unit-length chunk
///   (Ratinov & Roth 2009); the tagger's internal scheme.
///
/// Conversions go through ``NERSpan`` lists, chunked by the conlleval rules
/// (see ``NERChunker``), so any well- or ill-formed input sequence converts the way
/// conlleval would read it.
public enum NERTagScheme: String, Sendable, CaseIterable {
    case iob1
    case iob2
    case bilou

    /// Writes spans as tags of this scheme.
    /// - Parameters:
    ///   - spans: non-overlapping spans sorted by start, inside `0..<count`.
    ///   - count: the number of tokens.
    /// - Returns: one tag per token; `O` outside every span.
    /// - Complexity: O(count).
    public func tags(for spans: [NERSpan], count: Int) -> [String] {
        var tags = [String](repeating: "O", count: count)
        var previous: NERSpan? = nil
        for span in spans {
            let adjacentSameType = previous.map { $0.range.upperBound == span.range.lowerBound && $0.label == span.label } ?? false
            for index in span.range {
                let first = index == span.range.lowerBound
                let last = index == span.range.upperBound - 1
                let prefix: String
                switch self {
                case .iob1: prefix = (first && adjacentSameType) ? "B" : "I"
                case .iob2: prefix = first ? "B" : "I"
                case .bilou: prefix = (first && last) ? "U" : first ? "B" : last ? "L" : "I"
                }
                tags[index] = prefix + "-" + span.label
            }
            previous = span
        }
        return tags
    }

    /// Reads tags of any of the schemes (IOB1, IOB2, BILOU/IOBES) into spans by the conlleval rules.
    public static func spans(from tags: [String]) -> [NERSpan] {
        NERChunker.spans(from: tags)
    }

    /// Converts tags from any scheme to this one.
    public func convert(_ tags: [String]) -> [String] {
        self.tags(for: NERTagScheme.spans(from: tags), count: tags.count)
    }

    /// Guesses the scheme of gold tags.
    ///
    /// A chunk that opens with `I-` (after `O`, a different type, or a sentence start) can only
    /// be IOB1, so one such chunk decides IOB1; `L-`/`U-`/`E-`/`S-` prefixes decide BILOU;
    /// otherwise (including no entities at all) the answer is IOB2.
    /// - Complexity: O(tokens), without allocating.
    public static func detect(_ sentences: [[String]]) -> NERTagScheme {
        for tags in sentences {
            var previousType: Substring = ""
            for tag in tags {
                let utf8 = tag.utf8
                guard let first = utf8.first, tag != "O" else { previousType = ""; continue }
                let type = tag.dropFirst(2)
                switch first {
                case UInt8(ascii: "I"): if type != previousType { return .iob1 }
                case UInt8(ascii: "L"), UInt8(ascii: "U"), UInt8(ascii: "E"), UInt8(ascii: "S"): return .bilou
                default: break
                }
                previousType = type
            }
        }
        return .iob2
    }
}
