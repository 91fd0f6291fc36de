import NexusCore

/// Splits a document into sentences of tokens, with Unicode-scalar offsets.
///
/// A sentence ends:
/// - before a paragraph break (a blank line, or U+2029), always: captions, headlines, bylines,
///   datelines and tweets set off by blank lines become sentences of their own;
/// - before a single line break, when the text is not hard-wrapped (fewer than two lines, and
///   fewer than 10% of lines, continue a sentence in lowercase) and the new line does not start
///   in lowercase and the old one does not end in `, ; : - – — ( [ “ ‘ &` or a connective
///   ("and", "of", "the", … ``connectives``): text written one
///   paragraph or item per line keeps its headlines and bylines apart;
/// - after a terminator (`.` `?` `!` `…` `...`), together with the closing quotes and
///   brackets that follow it (`.”` `?"` `.)`), when whitespace and then a token that can start
///   a sentence follow — anything but a lowercase word or `, ; : ) ] }` (looking through an
///   opening quote or bracket); a URL or @handle may start one ("… world. pic.twitter.com/…");
/// - after an abbreviation that may end a sentence ("U.S.", "Inc.", an initial "J."), only when
///   the next word is a common sentence starter ("The", "He", "In", … see ``Abbreviations``).
///   Titles and months ("Mr.", "Gen.", "Jan.", "No. 5") never end one.
///
/// A dateline of at most three tokens ending in an ISO date ("date 2021-06-29 This was …") is a
/// sentence of its own.
///
/// Decimals and amounts ("1.5bn", "$250 million") are single tokens, so they never split.
/// A would-be sentence without a letter or digit (a stray quote after the period) is joined
/// to the sentence before it in the same paragraph.
///
/// This is the rule-based approach of the Stanford and spaCy sentencizers with the
/// abbreviation handling of Punkt (Kiss & Strunk 2006).
///
/// - Complexity: O(n) in the number of scalars.
public struct SentenceSplitter: Sendable {
    public let tokenizer: Tokenizer

    public init(tokenizer: Tokenizer = Tokenizer()) {
        self.tokenizer = tokenizer
    }

    /// The document with `sentences` filled (any previous sentences are replaced).
    public func split(_ document: Document) -> Document {
        var result = document
        result.sentences = sentences(in: document.text)
        return result
    }

    /// The sentences of `text`, numbered from 0.
    public func sentences(in text: String) -> [Sentence] {
        let buffer = ScalarText(text)
        let spans = tokenizer.spans(in: buffer)
        let bounds = sentenceBounds(spans, buffer.scalars)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(bounds.count)
        for (index, bound) in bounds.enumerated() {
            let start = spans[bound.lowerBound].start
            let end = spans[bound.upperBound - 1].end
            var tokens: [Token] = []
            tokens.reserveCapacity(bound.count)
            for span in spans[bound] {
                tokens.append(Token(text: buffer.string(span.start, span.end), range: TextRange(start: span.start, end: span.end)))
            }
            sentences.append(Sentence(
                index: index, range: TextRange(start: start, end: end), text: buffer.string(start, end), tokens: tokens))
        }
        return sentences
    }

    /// Token index ranges of the sentences.
    func sentenceBounds(_ spans: [TokenSpan], _ scalars: [UInt32]) -> [Range<Int>] {
        guard !spans.isEmpty else { return [] }
        var bounds: [Range<Int>] = []
        var start = 0
        var t = 1
        let linesAreBreaks = !isHardWrapped(spans, scalars)
        while t <= spans.count {
            let cut: Int?
            if t == spans.count {
                cut = t
            } else if isParagraphBreak(before: spans[t]) {
                cut = t
            } else if linesAreBreaks, spans[t].lineBreaksBefore == 1, isLineBreakBoundary(t, spans, scalars) {
                cut = t
            } else if isDatelineEnd(t - 1, sentenceStart: start, spans, scalars) {
                cut = t
            } else {
                cut = sentenceEnd(after: t - 1, spans, scalars)
            }
            guard let end = cut else { t += 1; continue }
            appendSentence(start..<end, to: &bounds, spans, scalars)
            start = end
            t = end + 1
        }
        return bounds
    }

    func appendSentence(_ range: Range<Int>, to bounds: inout [Range<Int>], _ spans: [TokenSpan], _ scalars: [UInt32]) {
        let hasWord = spans[range].contains { ScalarClass.isWordScalar(scalars[$0.start]) || $0.kind == .special }
        if !hasWord, let last = bounds.last, !isParagraphBreak(before: spans[range.lowerBound]) {
            bounds[bounds.count - 1] = last.lowerBound..<range.upperBound
        } else {
            bounds.append(range)
        }
    }

    /// Hard-wrapped text: at least two lines, and at least 10% of the lines after a single line
    /// break, start in lowercase (they continue a sentence).
    func isHardWrapped(_ spans: [TokenSpan], _ scalars: [UInt32]) -> Bool {
        var lines = 0
        var continuations = 0
        for span in spans where span.lineBreaksBefore == 1 {
            lines += 1
            if ScalarClass.isLowercase(scalars[span.start]) { continuations += 1 }
        }
        return continuations >= 2 && continuations * 10 >= lines
    }

    /// Whether a single line break before token `t` ends a sentence in text that is not hard-wrapped.
    func isLineBreakBoundary(_ t: Int, _ spans: [TokenSpan], _ scalars: [UInt32]) -> Bool {
        if ScalarClass.isLowercase(scalars[spans[t].start]) && spans[t].kind != .special { return false }
        let previous = spans[t - 1]
        if ScalarClass.isLowercase(scalars[previous.start]),
           Self.connectives.contains(text(of: previous, scalars)) { return false }
        guard previous.end - previous.start == 1 else { return true }
        switch scalars[previous.start] {
        case 0x2C, 0x3B, 0x3A, 0x2D, 0x2013, 0x2014, 0x28, 0x5B, 0x201C, 0x2018, 0x26: return false
        default: return true
        }
    }

    /// A dateline at the head of a paragraph: at most three tokens ending in an ISO 8601 date
    /// ("date 2021-06-29", "2021-06-29"), followed by a capitalized word.
    func isDatelineEnd(_ t: Int, sentenceStart: Int, _ spans: [TokenSpan], _ scalars: [UInt32]) -> Bool {
        guard t - sentenceStart < 3, t + 1 < spans.count, spans[t + 1].spaceBefore,
              sentenceStart == 0 || spans[sentenceStart].lineBreaksBefore > 0,
              ScalarClass.isUppercase(scalars[spans[t + 1].start]) else { return false }
        let span = spans[t]
        guard span.kind == .number, span.end - span.start == 10 else { return false }
        for k in 0..<10 {
            let v = scalars[span.start + k]
            if k == 4 || k == 7 { if v != 0x2D { return false } } else if !(v >= 0x30 && v <= 0x39) { return false }
        }
        return true
    }

    /// Words after which a line cannot end a sentence.
    static let connectives: Set<String> = [
        "and", "or", "but", "nor", "of", "the", "a", "an", "to", "in", "on", "at", "for", "with", "by", "from",
        "that", "which", "who", "as", "than", "into", "about",
    ]

    func isParagraphBreak(before span: TokenSpan) -> Bool {
        span.lineBreaksBefore >= 2
    }

    /// If a sentence ends with token `t` (plus the closers after it), the index of the first
    /// token of the next sentence.
    func sentenceEnd(after t: Int, _ spans: [TokenSpan], _ scalars: [UInt32]) -> Int? {
        switch spans[t].kind {
        case .terminator:
            if t + 1 < spans.count, !spans[t + 1].spaceBefore, !isCloser(spans[t + 1], scalars) { return nil }
            var next = t + 1
            while next < spans.count, !isParagraphBreak(before: spans[next]),
                  isCloser(spans[next], scalars) || (spans[next].kind == .terminator && !spans[next].spaceBefore) {
                next += 1
            }
            guard next < spans.count else { return next }
            if isParagraphBreak(before: spans[next]) { return next }
            guard spans[next].spaceBefore else { return nil }
            return canStartSentence(next, spans, scalars) ? next : nil
        case .abbreviation, .initial:
            let next = t + 1
            guard next < spans.count, spans[next].spaceBefore else { return nil }
            return Abbreviations.sentenceStarters.contains(text(of: spans[next], scalars)) ? next : nil
        default:
            return nil
        }
    }

    func text(of span: TokenSpan, _ scalars: [UInt32]) -> String {
        var text = ""
        for k in span.start..<span.end { text.unicodeScalars.append(Unicode.Scalar(scalars[k]) ?? " ") }
        return text
    }

    /// Closing quotes and brackets. Straight quotes and the apostrophe-like `’` close only when
    /// attached to what precedes them.
    func isCloser(_ span: TokenSpan, _ scalars: [UInt32]) -> Bool {
        guard span.kind == .punctuation, span.end - span.start == 1 else { return false }
        switch scalars[span.start] {
        case 0x201D, 0xBB, 0x203A, 0x29, 0x5D, 0x7D: return true  // ” » › ) ] }
        case 0x22, 0x27, 0x2019: return !span.spaceBefore  // " ' ’
        default: return false
        }
    }

    func isOpener(_ span: TokenSpan, _ scalars: [UInt32]) -> Bool {
        guard span.kind == .punctuation, span.end - span.start == 1 else { return false }
        switch scalars[span.start] {
        case 0x201C, 0x2018, 0xAB, 0x2039, 0x28, 0x5B, 0x7B, 0x22, 0x27, 0x201E: return true
        default: return false
        }
    }

    func canStartSentence(_ index: Int, _ spans: [TokenSpan], _ scalars: [UInt32]) -> Bool {
        var k = index
        while k < spans.count - 1 && isOpener(spans[k], scalars) { k += 1 }
        if spans[k].kind == .special { return true }
        let first = scalars[spans[k].start]
        if ScalarClass.isLowercase(first) { return false }
        switch first {
        case 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x7D: return false  // , ; : ) ] }
        default: return true
        }
    }
}
