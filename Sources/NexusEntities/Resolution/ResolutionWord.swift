import NexusCore

/// One word or punctuation mark of a sentence, as the resolution and commitment passes see it.
///
/// The resolver re-reads each sentence's text with ``ResolutionLexer`` rather than relying on
/// the upstream tokenizer's choices, so that its patterns ("Kenya's", "U.S.", "€1.5bn",
/// "@handle") behave the same whatever tokenizer produced `Sentence.tokens`.
public struct ResolutionWord: Hashable, Sendable {
    /// The word as written.
    public let text: String
    /// Lowercased text, with the typographic apostrophe folded to "'".
    public let lower: String
    /// Unicode-scalar offsets into the document text.
    public let range: TextRange
    /// `true` for words (letters, digits, handles); `false` for punctuation marks.
    public let isWord: Bool

    /// Starts with an uppercase letter.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// The possessive clitic "'s" / "’s" split off a name.
    public var isPossessive: Bool { lower == "'s" || lower == "'" }
}

/// Splits a sentence into ``ResolutionWord``s.
///
/// Words are runs of letters and digits, joined across inner hyphens ("al-Qaeda",
/// "Secretary-General", "ISIS-K"), inner dots ("U.S.", "1.5bn"), digit-group commas
/// ("10,000") and inner apostrophes ("d’Ivoire"); a leading "@" or "#" makes a handle. The
/// possessive "'s"/"’s" becomes its own word; any other character is a punctuation word.
///
/// - Complexity: O(n) in the sentence length.
public enum ResolutionLexer {
    static func words(in sentence: Sentence) -> [ResolutionWord] {
        words(in: sentence.text, offset: sentence.range.start)
    }

    public static func words(in text: String, offset: Int) -> [ResolutionWord] {
        let s = Array(text.unicodeScalars)
        let n = s.count
        var out: [ResolutionWord] = []
        var i = 0
        func emit(_ a: Int, _ b: Int, isWord: Bool) {
            var t = String.UnicodeScalarView()
            t.append(contentsOf: s[a..<b])
            let text = String(t)
            var lower = text.lowercased()
            if lower.unicodeScalars.contains("’") { lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "’" ? "'" : $0 })) }
            out.append(ResolutionWord(text: text, lower: lower, range: TextRange(start: offset + a, end: offset + b), isWord: isWord))
        }
        while i < n {
            let c = s[i]
            if c == " " || c == "\n" || c == "\t" || (!c.isASCII && c.properties.isWhitespace) || c == "\r" { i += 1; continue }
            if isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S", i + 2 == n || !isAlnum(s[i + 2]) {
                emit(i, i + 2, isWord: true)
                i += 2
                continue
            }
            if isAlnum(c) || ((c == "@" || c == "#") && i + 1 < n && isAlnum(s[i + 1])) {
                var j = i + 1
                var hasInnerDot = false
                while j < n {
                    let d = s[j]
                    if isAlnum(d) { j += 1; continue }
                    let hasNext = j + 1 < n
                    if d == "-", hasNext, isAlnum(s[j + 1]) { j += 1; continue }
                    if d == ".", hasNext, isAlnum(s[j + 1]), isAlnum(s[j - 1]) { hasInnerDot = true; j += 1; continue }
                    if d == ",", isDigit(s[j - 1]), j + 3 < n, isDigit(s[j + 1]), isDigit(s[j + 2]), isDigit(s[j + 3]),
                       j + 4 == n || !isDigit(s[j + 4]) { j += 1; continue }
                    if isApostrophe(d), hasNext, isLetter(s[j + 1]),
                       !((s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 == n || !isAlnum(s[j + 2]))) { j += 1; continue }
                    break
                }
                // "U.S." keeps its final dot when the word is a dotted abbreviation.
                if hasInnerDot, j < n, s[j] == ".", isLetter(s[j - 1]), j - 2 >= i, s[j - 2] == "." { j += 1 }
                emit(i, j, isWord: true)
                i = j
                continue
            }
            emit(i, i + 1, isWord: false)
            i += 1
        }
        return out
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }
    static func isAlnum(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) }
    /// ASCII letters are tested directly; other scalars through their Unicode properties.
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        return c.properties.isAlphabetic
    }
    public static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
}
