import FuzzSupport
import NexusCore
import NexusText

/// Fuzz target for the ``Tokenizer`` and the ``SentenceSplitter``: the input, decoded as UTF-8
/// (invalid sequences become U+FFFD), is tokenized and split into sentences.
///
/// Checked on every input, besides "does not crash":
/// - every token is non-empty, lies inside the text (offsets count Unicode scalars), starts at
///   or after the end of the token before it, and its `text` is exactly the scalars of its range;
/// - the sentences are numbered 0, 1, 2, … in order, each has tokens, its range runs from its
///   first token's start to its last token's end, its `text` is the scalars of that range, and
///   it does not overlap the sentence before it;
/// - the sentences' tokens, joined, are exactly the tokenizer's tokens: splitting loses,
///   adds and changes no token.
@_cdecl("LLVMFuzzerTestOneInput")
public func textTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer().tokenize(text)
    checkTokens(tokens, scalars: scalars, context: "tokenizer")
    let sentences = SentenceSplitter().sentences(in: text)
    checkSentences(sentences, scalars: scalars)
    fuzzCheck(sentences.flatMap(\.tokens) == tokens, "the sentences' tokens differ from the tokenizer's")
    return 0
}

/// Whether `text` is exactly the scalars of `range` (`false` when the range is not inside them).
/// Compares scalars in place: building a `String` per token made this check most of the run.
func isText(_ text: String, of range: TextRange, in scalars: [Unicode.Scalar]) -> Bool {
    guard range.start >= 0, range.start <= range.end, range.end <= scalars.count else { return false }
    return text.unicodeScalars.elementsEqual(scalars[range.start..<range.end])
}

func checkTokens(_ tokens: [Token], scalars: [Unicode.Scalar], context: String) {
    var previousEnd = 0
    for (k, token) in tokens.enumerated() {
        let range = token.range
        fuzzCheck(range.start < range.end, "\(context): token \(k) is empty at \(range.start)")
        fuzzCheck(range.start >= previousEnd, "\(context): token \(k) starts at \(range.start), before the previous end \(previousEnd)")
        fuzzCheck(isText(token.text, of: range, in: scalars), "\(context): token \(k) '\(token.text)' is not the text of \(range.start)..<\(range.end) (\(scalars.count) scalars)")
        previousEnd = range.end
    }
}

func checkSentences(_ sentences: [Sentence], scalars: [Unicode.Scalar]) {
    var previousEnd = 0
    for (k, sentence) in sentences.enumerated() {
        fuzzCheck(sentence.index == k, "sentence \(k) is numbered \(sentence.index)")
        guard let first = sentence.tokens.first, let last = sentence.tokens.last else {
            fuzzCheck(false, "sentence \(k) has no token")
            return
        }
        fuzzCheck(sentence.range == TextRange(start: first.range.start, end: last.range.end), "sentence \(k): range \(sentence.range) is not its tokens' span")
        fuzzCheck(sentence.range.start >= previousEnd, "sentence \(k) overlaps the one before it")
        fuzzCheck(isText(sentence.text, of: sentence.range, in: scalars), "sentence \(k): text is not the text of its range")
        checkTokens(sentence.tokens, scalars: scalars, context: "sentence \(k)")
        previousEnd = sentence.range.end
    }
}
