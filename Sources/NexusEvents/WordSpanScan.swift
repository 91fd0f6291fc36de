/// A match that covers words of a sentence up to and including `lastWord`.
protocol WordSpanMatch {
    var lastWord: Int { get }
}

extension AmountMatch: WordSpanMatch {}
extension TimeExpressionMatch: WordSpanMatch {}

/// Leftmost, non-overlapping matches over `count` words: tries `match(at:)` at each word and,
/// after a hit, resumes past its last word.
///
/// - Complexity: O(count) calls of `match` at most.
func leftmostMatches<Match: WordSpanMatch>(count: Int, _ match: (Int) -> Match?) -> [Match] {
    var out: [Match] = []
    var i = 0
    while i < count {
        if let found = match(i) {
            out.append(found)
            i = found.lastWord + 1
        } else {
            i += 1
        }
    }
    return out
}
