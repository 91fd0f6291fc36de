/// What the tokenizer found, as far as sentence splitting cares.
enum TokenKind: UInt8, Sendable {
    /// Letters, digits, hyphenated or apostrophe-joined words ("state-run", "O'Brien").
    case word
    /// A number, possibly with separators and a unit suffix ("10,000", "1.5bn", "2021-06-29").
    case number
    /// Sentence-final punctuation: `.`, `?`, `!`, `…`, `...`, `?!`.
    case terminator
    /// Any other punctuation or symbol, one grapheme or a run such as `--`.
    case punctuation
    /// An abbreviation that keeps its period and may end a sentence ("U.S.", "e.g.", "Inc.").
    case abbreviation
    /// An abbreviation that never ends a sentence: titles and months ("Mr.", "Gen.", "Jan.", "No.").
    case prefixAbbreviation
    /// A capital letter and a period ("J."), as in initials.
    case initial
    /// A clitic split off its word: "'s", "’s", "n't", "'re".
    case clitic
    /// A URL, e-mail address, @handle or #hashtag.
    case special
}

/// A token as offsets: scalar start and end, its kind, and the whitespace before it.
struct TokenSpan: Sendable, Equatable {
    var start: Int
    var end: Int
    var kind: TokenKind
    /// Whether whitespace separates this token from the previous one (true for the first).
    var spaceBefore: Bool
    /// Line breaks in that whitespace (CR LF counts once), capped at 255. Two or more, or a
    /// U+2029 paragraph separator, make a paragraph break.
    var lineBreaksBefore: UInt8
}
