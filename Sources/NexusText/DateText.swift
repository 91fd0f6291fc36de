import NexusCore

/// Reads a calendar date written in one of the forms newsrooms and feeds use.
///
/// Accepted, case-insensitively, with month names in full or abbreviated ("Jun", "Sept.")
/// and an optional leading weekday ("Tuesday,", "Tue,"):
///
/// | form | example |
/// |---|---|
/// | ISO 8601 date | `2021-06-29` |
/// | ISO 8601 date-time | `2021-06-29T10:00:00Z`, `2021-06-29 10:00`, `2021-06-29T23:30:00-05:00` |
/// | RFC 2822 (e-mail, RSS) | `Tue, 29 Jun 2021 10:00:00 GMT` |
/// | month first | `June 29, 2021`, `June 29 2021`, `Jun. 29th, 2021` |
/// | day first | `29 June 2021`, `29 Jun, 2021` |
///
/// A time of day and its offset are read past and dropped: the date is the calendar day as
/// written (see ``NexusCore/DocumentDate``). A day that does not exist ("2021-02-30") is no
/// date. A year alone ("2021") or a year and month ("2021-06") is not a day; ``year(_:)``
/// reads the year of those.
///
/// ```swift
/// DateText.date("Tue, 29 Jun 2021 10:00:00 GMT")   // 2021-06-29
/// DateText.leadingDate(in: "June 28, 2021 (Reuters) - text")?.rest   // " (Reuters) - text"
/// ```
///
/// - Complexity: O(n) in the length of the text read.
public enum DateText {
    /// English month names and abbreviations, lowercased.
    public static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// English weekday names and abbreviations, lowercased, to ISO day numbers (1 Monday).
    public static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]

    /// The date `value` states as a whole, or `nil`. Surrounding whitespace is ignored; after
    /// the date only a time of day may follow ("T10:00:00Z", " 10:00:00 GMT").
    public static func date(_ value: String) -> CalendarDate? {
        let trimmed = value.trimmingWhitespace
        guard let found = leadingDate(in: trimmed) else { return nil }
        let rest = found.rest
        if rest.isEmpty { return found.date }
        let scalars = Array(rest.unicodeScalars)
        let timeStart = scalars[0] == "T" || scalars[0] == " " ? 1 : 0
        guard timeStart == 1, scalars.count > 1, ScalarClass.isDigit(scalars[1].value) else { return nil }
        return found.date
    }

    /// The year of a partial ISO 8601 date: "2021" or "2021-06" (TIMEX3 year and month values).
    public static func year(_ value: String) -> Int? {
        let trimmed = value.trimmingWhitespace
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]), (1...9999).contains(y) else { return nil }
        if parts.count == 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        }
        return y
    }

    /// A date at the very start of `text`, and the text after it; `nil` when `text` does not
    /// begin with one of the forms above (a time of day after it is left in `rest`).
    public static func leadingDate(in text: String) -> (date: CalendarDate, rest: Substring)? {
        let tokens = DateTokens(text)
        var k = 0
        // An optional weekday: "Tuesday,", "Tue,".
        if let w = tokens[k], w.kind == .word, weekdays[w.lower] != nil {
            k += 1
            if tokens[k]?.text == "." { k += 1 }
            if tokens[k]?.text == "," { k += 1 }
        }
        guard let first = tokens[k] else { return nil }
        // ISO: 2021-06-29, not followed by another digit.
        if first.kind == .number, first.text.count == 4, tokens[k + 1]?.text == "-", let m = tokens[k + 2], m.kind == .number, m.text.count == 2,
           tokens[k + 3]?.text == "-", let d = tokens[k + 4], d.kind == .number, d.text.count == 2,
           !(tokens[k + 1]!.spaced || m.spaced || tokens[k + 3]!.spaced || d.spaced),
           let date = CalendarDate(year: Int(first.text)!, month: Int(m.text)!, day: Int(d.text)!) {
            return (date, text[d.end...])
        }
        // Month first: June 29, 2021.
        if first.kind == .word, let month = months[first.lower] {
            var j = k + 1
            if tokens[j]?.text == "." { j += 1 }
            guard let day = dayNumber(tokens[j]) else { return nil }
            j += tokens[j + 1].map { ordinalSuffixes.contains($0.lower) && !$0.spaced } == true ? 2 : 1
            if tokens[j]?.text == "," { j += 1 }
            guard let y = tokens[j], y.kind == .number, y.text.count == 4, let date = CalendarDate(year: Int(y.text)!, month: month, day: day) else { return nil }
            return (date, text[y.end...])
        }
        // Day first: 29 June 2021, 29 Jun 2021 (RFC 2822).
        if let day = dayNumber(first) {
            var j = k + 1
            if tokens[j].map({ ordinalSuffixes.contains($0.lower) && !$0.spaced }) == true { j += 1 }
            guard let m = tokens[j], m.kind == .word, let month = months[m.lower] else { return nil }
            j += 1
            if tokens[j]?.text == "." { j += 1 }
            if tokens[j]?.text == "," { j += 1 }
            guard let y = tokens[j], y.kind == .number, y.text.count == 4, let date = CalendarDate(year: Int(y.text)!, month: month, day: day) else { return nil }
            return (date, text[y.end...])
        }
        return nil
    }

    /// A month and day at the very start of `text` without a year ("June 28", "28 June"):
    /// (month, day, rest). Used for datelines, whose year may come from elsewhere.
    public static func leadingMonthDay(in text: String) -> (month: Int, day: Int, rest: Substring)? {
        let tokens = DateTokens(text)
        guard let first = tokens[0] else { return nil }
        if first.kind == .word, let month = months[first.lower] {
            var j = 1
            if tokens[j]?.text == "." { j += 1 }
            guard let dayToken = tokens[j], let day = dayNumber(dayToken), day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
            var end = dayToken.end
            if let suffix = tokens[j + 1], ordinalSuffixes.contains(suffix.lower), !suffix.spaced { end = suffix.end }
            return (month, day, text[end...])
        }
        if let day = dayNumber(first), let m = tokens[1], m.kind == .word, let month = months[m.lower], day <= CalendarDate.daysIn(month: month, year: 2000) {
            var end = m.end
            if let dot = tokens[2], dot.text == ".", !dot.spaced { end = dot.end }
            return (month, day, text[end...])
        }
        return nil
    }

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    private static func dayNumber(_ token: DateTokens.Token?) -> Int? {
        guard let token, token.kind == .number, token.text.count <= 2, let d = Int(token.text), (1...31).contains(d) else { return nil }
        return d
    }
}

/// The first words, numbers and marks of a text, read lazily for ``DateText``.
struct DateTokens {
    struct Token {
        enum Kind { case word, number, mark }
        let kind: Kind
        let text: Substring
        var lower: String { text.lowercased() }
        let end: String.Index
        /// Whether whitespace precedes the token.
        let spaced: Bool
    }

    private var tokens: [Token] = []

    /// The first 12 tokens of `text`: enough for any date form.
    init(_ text: String) {
        var i = text.startIndex
        var spaced = false
        while i < text.endIndex, tokens.count < 12 {
            let c = text.unicodeScalars[i]
            if c.properties.isWhitespace {
                spaced = true
                i = text.unicodeScalars.index(after: i)
                continue
            }
            let start = i
            let kind: Token.Kind = ScalarClass.isDigit(c.value) ? .number : (c.properties.isAlphabetic ? .word : .mark)
            i = text.unicodeScalars.index(after: i)
            if kind != .mark {
                while i < text.endIndex {
                    let d = text.unicodeScalars[i]
                    let same = kind == .number ? ScalarClass.isDigit(d.value) : (d.properties.isAlphabetic && !ScalarClass.isDigit(d.value))
                    guard same else { break }
                    i = text.unicodeScalars.index(after: i)
                }
            }
            tokens.append(Token(kind: kind, text: text[start..<i], end: i, spaced: spaced))
            spaced = false
        }
    }

    subscript(_ k: Int) -> Token? { k < tokens.count ? tokens[k] : nil }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
