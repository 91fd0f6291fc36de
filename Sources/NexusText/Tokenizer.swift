import NexusCore

/// Splits text into CoNLL/Penn-Treebank-like tokens with Unicode-scalar offsets.
///
/// Rules, in the order they are tried at each position:
/// - URLs ("https://…", "www.…", "pic.twitter.com/Ab12Cd"), e-mail addresses, @handles
///   and #hashtags are one token each; trailing sentence punctuation is left out.
/// - Words are runs of letters, digits and combining marks, joined across a hyphen
///   ("state-run", "al-Qaeda", "2021-06-29"), across `.` `,` `/` `:` between digits
///   ("10,000", "1.5bn", "9/11", "10:30") and across an apostrophe inside a word ("O'Brien",
///   "d'Ivoire"). Clitics are split off: "'s" "’s" "'re" "'ve" "'ll" "'d" "'m", and "n't"; one
///   standing alone ("Clinton 's", as in pre-tokenized text) is one token too. A number may
///   start with its decimal point (".500").
/// - A period stays on "U.S.", "e.g." (letter-period sequences), initials ("J."), and the
///   abbreviations of ``Abbreviations`` ("Mr.", "Jan.", "Inc.", "No." before a number).
/// - Punctuation is one token per scalar, except runs of periods ("..."), hyphens ("--") and
///   `?`/`!` ("?!"); an emoji with its modifiers and joiners, or a flag, is one token.
///
/// The text is scanned once over an array of scalar values, so offsets are array indices.
///
/// - Complexity: O(n) in the number of scalars (a token looks ahead at most
///   ``TokenScanner/maximumSpecialLength`` scalars for a URL).
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        let buffer = ScalarText(text)
        return spans(in: buffer).map { span in
            Token(text: buffer.string(span.start, span.end), range: TextRange(start: span.start, end: span.end))
        }
    }

    /// The token offsets of `text`.
    func spans(in text: ScalarText) -> [TokenSpan] {
        text.scalars.withUnsafeBufferPointer { scalars in
            TokenScanner(scalars).run()
        }
    }
}

/// The single pass behind ``Tokenizer``. It holds only the scalar buffer (no reference-counted
/// storage), so its many small calls cost no retain/release traffic.
struct TokenScanner {
    let s: UnsafeBufferPointer<UInt32>
    let n: Int

    init(_ scalars: UnsafeBufferPointer<UInt32>) {
        s = scalars
        n = scalars.count
    }

    func run() -> [TokenSpan] {
        var spans: [TokenSpan] = []
        spans.reserveCapacity(n / 5 + 16)
        var i = 0
        var lastEnd = -1
        var spaceBefore = true
        var lineBreaks = 0
        while i < n {
            let v = s[i]
            if ScalarClass.isSpace(v) {
                spaceBefore = true
                if v == 0x2029 {
                    lineBreaks += 2
                } else if ScalarClass.isLineBreak(v) && !(v == 0x0D && i + 1 < n && s[i + 1] == 0x0A) {
                    lineBreaks += 1
                }
                i += 1
                continue
            }
            let (end, kind) = scanToken(at: i, adjacentToPrevious: lastEnd == i)
            spans.append(TokenSpan(
                start: i, end: end, kind: kind, spaceBefore: spaceBefore || spans.isEmpty,
                lineBreaksBefore: UInt8(min(lineBreaks, 255))))
            lastEnd = end
            i = end
            spaceBefore = false
            lineBreaks = 0
        }
        return spans
    }

    func scanToken(at i: Int, adjacentToPrevious: Bool) -> (Int, TokenKind) {
        let v = s[i]
        if let end = scanSpecial(at: i) { return (end, .special) }
        if ScalarClass.isWordScalar(v) { return scanWord(at: i) }
        if ScalarClass.isApostrophe(v), let end = scanClitic(at: i) { return (end, .clitic) }
        if v == 0x2E, !adjacentToPrevious, i + 1 < n, ScalarClass.isDigit(s[i + 1]) {
            return (scanWord(at: i + 1).0, .number)  // .500
        }
        return scanPunctuation(at: i)
    }

    // MARK: Words and numbers

    /// End of the run of word scalars starting at `i`.
    @inline(__always)
    func wordRunEnd(from i: Int) -> Int {
        var j = i
        while j < n && ScalarClass.isWordScalar(s[j]) { j += 1 }
        return j
    }

    func scanWord(at i: Int) -> (Int, TokenKind) {
        let kind: TokenKind = ScalarClass.isDigit(s[i]) ? .number : .word
        var j = wordRunEnd(from: i)
        while j < n {
            let c = s[j]
            let hasNext = j + 1 < n
            if ScalarClass.isHyphen(c), hasNext, ScalarClass.isWordScalar(s[j + 1]) {
                j = wordRunEnd(from: j + 1)
                continue
            }
            if (c == 0x2E || c == 0x2C || c == 0x2F || c == 0x3A), hasNext,
               ScalarClass.isDigit(s[j - 1]), ScalarClass.isDigit(s[j + 1]) {
                j = wordRunEnd(from: j + 1)
                continue
            }
            if c == 0x26, hasNext, ScalarClass.isUppercase(s[j - 1]), ScalarClass.isUppercase(s[j + 1]) {
                j = wordRunEnd(from: j + 1)  // AT&T, S&P
                continue
            }
            if ScalarClass.isApostrophe(c), hasNext, ScalarClass.isLetter(s[j + 1]) {
                let suffixEnd = wordRunEnd(from: j + 1)
                if suffixEnd == n || !ScalarClass.isApostrophe(s[suffixEnd]) {
                    if isClitic(from: j + 1, to: suffixEnd) { return (j, kind) }
                    if isNegation(from: j + 1, to: suffixEnd), j - 1 > i, ScalarClass.asciiLower(s[j - 1]) == 0x6E {
                        return (j - 1, kind)
                    }
                }
                j = suffixEnd
                continue
            }
            break
        }
        if j < n && s[j] == 0x2E, kind == .word, let abbreviation = scanAbbreviation(from: i, period: j) {
            return abbreviation
        }
        return (j, kind)
    }

    /// "'s", "'re", "'ve", "'ll", "'d", "'m" (any case) from `from` to `to`, the letters after the apostrophe.
    func isClitic(from: Int, to: Int) -> Bool {
        let a = ScalarClass.asciiLower(s[from])
        switch to - from {
        case 1: return a == 0x73 || a == 0x64 || a == 0x6D  // s d m
        case 2:
            let b = ScalarClass.asciiLower(s[from + 1])
            return (a == 0x72 && b == 0x65) || (a == 0x76 && b == 0x65) || (a == 0x6C && b == 0x6C)  // re ve ll
        default: return false
        }
    }

    func isNegation(from: Int, to: Int) -> Bool {
        to - from == 1 && ScalarClass.asciiLower(s[from]) == 0x74  // t
    }

    /// A clitic at an apostrophe: "’s" in "IS’s", or a standalone "'s".
    func scanClitic(at i: Int) -> Int? {
        guard i + 1 < n, ScalarClass.isLetter(s[i + 1]) else { return nil }
        let end = wordRunEnd(from: i + 1)
        return isClitic(from: i + 1, to: end) ? end : nil
    }

    /// The word `from..<period` followed by a period at `period`: the abbreviation token, if it is one.
    func scanAbbreviation(from i: Int, period j: Int) -> (Int, TokenKind)? {
        if j - i == 1 && ScalarClass.isLetter(s[i]) {
            // Letter-period sequences: U.S., U.S.A., e.g., a.m.
            var k = j + 1
            while k + 1 < n && ScalarClass.isLetter(s[k]) && s[k + 1] == 0x2E {
                k += 2
            }
            if k > j + 1 { return (k, .abbreviation) }
            if ScalarClass.isUppercase(s[i]) { return (j + 1, .initial) }
        }
        guard j - i <= 7 else { return nil }
        var word = ""
        for k in i..<j { word.unicodeScalars.append(Unicode.Scalar(s[k]) ?? " ") }
        if Abbreviations.prefixes.contains(word) { return (j + 1, .prefixAbbreviation) }
        if Abbreviations.final.contains(word) { return (j + 1, .abbreviation) }
        if Abbreviations.beforeNumber.contains(word) {
            var k = j + 1
            while k < n && (s[k] == 0x20 || s[k] == 0xA0) { k += 1 }
            if k < n && ScalarClass.isDigit(s[k]) { return (j + 1, .prefixAbbreviation) }
        }
        return nil
    }

    // MARK: Punctuation

    func scanPunctuation(at i: Int) -> (Int, TokenKind) {
        let v = s[i]
        switch v {
        case 0x2E:  // . or ...
            var j = i + 1
            while j < n && s[j] == 0x2E { j += 1 }
            return (j, .terminator)
        case 0x3F, 0x21:  // ? !
            var j = i + 1
            while j < n && (s[j] == 0x3F || s[j] == 0x21) { j += 1 }
            return (j, .terminator)
        case 0x2026, 0x203C, 0x2047, 0x2048, 0x2049:  // … ‼ ⁇ ⁈ ⁉
            return (i + 1, .terminator)
        case 0x2D:  // -- as one dash
            var j = i + 1
            while j < n && s[j] == 0x2D { j += 1 }
            return (j, .punctuation)
        default:
            var j = i + 1
            if ScalarClass.isRegionalIndicator(v), j < n, ScalarClass.isRegionalIndicator(s[j]) {
                j += 1
            }
            while j < n && ScalarClass.isSymbolExtender(s[j]) {
                j += (s[j] == 0x200D && j + 1 < n) ? 2 : 1  // a joiner takes the next scalar with it
            }
            return (j, .punctuation)
        }
    }
}
