/// Decides whether a trigger is asserted, or negated or hypothetical (and so not recorded).
///
/// A commitment is dropped when, between the start of its clause and the trigger (or right
/// after the trigger: "will not"), the text has
/// - a negation: not, n't, never, no, nor, cannot, no longer;
/// - a refusal or failure: refused/refuses/declined/failed/rejected to, ruled out;
/// - a hypothetical or tentative modal: might, may, could, perhaps, possibly, maybe,
///   consider(ing), whether, if, unless, doubt(ed); "would" when the sentence also has "if" or "unless".
/// "would" alone is a reported "will" ("said they would send") and is kept. A condition
/// after the trigger in its segment ("will send troops if asked") also drops it, and so does
/// a trigger right after "against", "instead of" or "rather than" ("warned NATO against
/// sending troops"): an act advised against or passed over.
///
/// - Complexity: O(w) in the window's length.
enum ModalityFilter {
    static let negations: Set<String> = ["not", "n't", "never", "no", "nor", "cannot", "neither", "won't", "wouldn't", "didn't", "doesn't", "don't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "can't", "couldn't", "shouldn't", "yet", "without"]
    static let refusals: Set<String> = ["refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining", "failed", "fails", "fail", "rejected", "rejects", "reject", "denied", "denies", "deny", "ruled", "rules", "halted", "withdrew", "scrapped", "cancelled", "canceled", "unable"]
    static let hypotheticals: Set<String> = ["might", "may", "could", "perhaps", "possibly", "maybe", "consider", "considers", "considering", "considered", "whether", "if", "unless", "mulls", "mulling", "weighs", "weighing", "hypothetically", "should", "expected", "likely", "unlikely", "doubt", "doubts", "doubted", "doubting", "doubtful"]

    static let passedOver: Set<String> = ["against", "instead", "rather"]

    /// `true` when the words `window` (lowercased) assert the trigger; `after` holds the
    /// words after the trigger in its segment; `sentence` is every lowercased word of the
    /// sentence (to pair "would" with "if").
    static func isAsserted(window: [String], after: [String], sentence: [String]) -> Bool {
        for w in window {
            if negations.contains(w) || refusals.contains(w) || hypotheticals.contains(w) { return false }
            if w == "would" && (sentence.contains("if") || sentence.contains("unless")) { return false }
        }
        if window.suffix(2).contains(where: passedOver.contains) { return false }
        for w in after.prefix(2) where negations.contains(w) { return false }
        if after.contains("if") || after.contains("unless") { return false }
        return true
    }
}
