import NexusEntities

/// Whether an underspecified time expression ("on Monday", "by June") points forward or back
/// from the document date, read from the words around it.
///
/// HeidelTime decides this from the tense of the sentence (Strötgen & Gertz 2013, the
/// "relative to the document creation time" disambiguation of news documents). Nexus reads
/// tense from words, nearest first:
///
/// 1. the expression itself: "next", "coming", "upcoming", "by", "until", "till" point
///    forward; "last", "since", "ago" back;
/// 2. otherwise the nearest cue before it, walking back to the start of the sentence, then
///    the nearest after it: a future cue ("will", "'ll", "shall", "won't", "scheduled", "due",
///    "expected", "plans", "plan", "intends", "aims", "upcoming", "next") points forward; a past
///    cue ("was", "were", "had", "did", "said", "told", "met", "held", "spoke", "made", "gave",
///    "took", "came", "went", "ago", "last", "since", or a lowercase word of five letters or more ending
///    in "-ed") points back, except a participle after "be", "been" or "being", whose tense is
///    the auxiliary's ("will be held" points forward);
/// 3. no cue: back. News mostly reports what happened (HeidelTime's default for news, too).
///
/// So "said on Monday that it will send troops" is the past Monday ("said" is nearer than
/// "will"), and "the ministers will meet on Monday" the coming one.
///
/// - Complexity: O(w) in the number of words of the sentence.
enum TimeDirection {
    static let forwardInExpression: Set<String> = ["next", "coming", "upcoming", "by", "until", "till"]
    static let backwardInExpression: Set<String> = ["last", "since", "ago"]
    static let futureCues: Set<String> = [
        "will", "shall", "won't", "wo", "scheduled", "due", "expected", "plans", "plan", "intends", "aims", "upcoming", "next",
    ]
    static let passiveAuxiliaries: Set<String> = ["be", "been", "being"]
    static let pastCues: Set<String> = [
        "was", "were", "had", "did", "said", "told", "met", "held", "spoke", "made", "gave", "took", "came", "went", "ago", "last", "since",
    ]

    /// Whether the expression spanning words `first...last` points forward in time.
    static func isFuture(_ words: [ResolutionWord], first: Int, last: Int) -> Bool {
        for k in first...last {
            if forwardInExpression.contains(words[k].lower) { return true }
            if backwardInExpression.contains(words[k].lower) { return false }
        }
        for k in stride(from: first - 1, through: 0, by: -1) {
            guard let future = cue(words[k]) else { continue }
            // "will be held": a participle after "be" takes its tense from the auxiliary.
            if !future, k > 0, passiveAuxiliaries.contains(words[k - 1].lower) { continue }
            return future
        }
        for k in stride(from: last + 1, to: words.count, by: 1) {
            if let future = cue(words[k]) { return future }
        }
        return false
    }

    /// `true` for a future cue, `false` for a past cue, `nil` for neither.
    static func cue(_ word: ResolutionWord) -> Bool? {
        let lower = word.lower
        if futureCues.contains(lower) || lower.hasSuffix("'ll") { return true }
        if pastCues.contains(lower) { return false }
        if lower.count >= 5, lower.hasSuffix("ed"), word.text == lower { return false }
        return nil
    }
}
