import NexusCore
import NexusEntities

/// A time expression found in a sentence.
struct TimeExpressionMatch: Hashable, Sendable {
    /// As written, with its preposition: "by March 2023".
    let text: String
    /// ISO 8601-like form, or `nil` when the text gives no calendar anchor ("next week").
    let normalized: String?
    let firstWord: Int
    let lastWord: Int
}

/// Finds time expressions and normalizes them.
///
/// Normal forms: a day "2021-06-28"; a month "2022-06"; a year "2021"; a season "2021-SP",
/// "2021-SU", "2021-FA" (fall/autumn), "2021-WI" (the year in which the winter begins); a
/// quarter "2021-Q3"; a half "2021-H1". Expressions without a year ("on Monday", "next
/// month") keep their text and have no normal form. An optional leading preposition (by,
/// in, on, until, before, after, from, since, during, through, within) is part of the text.
///
/// - Complexity: O(n) in the number of words.
public enum TimeExpressionParser {
    /// A time expression as written and normalized.
    public struct TimeExpression: Hashable, Sendable {
        public let text: String
        public let normalized: String?
    }

    /// Every time expression in `text`, in order.
    ///
    /// ```swift
    /// TimeExpressionParser.expressions(in: "to meet by March 2023")  // [("by March 2023", "2023-03")]
    /// ```
    public static func expressions(in text: String) -> [TimeExpression] {
        expressions(in: ResolutionLexer.words(in: text, offset: 0), sentence: text, sentenceStart: 0).map { TimeExpression(text: $0.text, normalized: $0.normalized) }
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let seasons: [String: String] = ["spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"]
    static let prepositions: Set<String> = ["by", "in", "on", "until", "till", "before", "after", "from", "since", "during", "through", "within", "starting", "beginning"]
    static let relative: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday"]
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4]
    static let deictics: Set<String> = ["the", "this", "next", "last"]
    static let edges: Set<String> = ["early", "mid", "late", "end", "beginning", "start", "middle"]

    static func expressions(in words: [ResolutionWord], sentence: String, sentenceStart: Int) -> [TimeExpressionMatch] {
        leftmostMatches(count: words.count) { match(at: $0, words: words, sentence: sentence, sentenceStart: sentenceStart) }
    }

    private static func year(_ w: ResolutionWord?) -> Int? {
        guard let w, w.text.unicodeScalars.count == 4, let first = w.text.unicodeScalars.first, ResolutionLexer.isDigit(first),
              let y = Int(w.text), (1800...2100).contains(y) else { return nil }
        return y
    }

    private static func day(_ w: ResolutionWord?) -> Int? {
        guard let w, let first = w.text.unicodeScalars.first, ResolutionLexer.isDigit(first), w.text.unicodeScalars.count <= 4 else { return nil }
        var t = w.lower
        for suffix in ["st", "nd", "rd", "th"] where t.hasSuffix(suffix) { t = String(t.dropLast(2)) }
        guard let d = Int(t), (1...31).contains(d) else { return nil }
        return d
    }

    private static func match(at start: Int, words: [ResolutionWord], sentence: String, sentenceStart: Int) -> TimeExpressionMatch? {
        var i = start
        if prepositions.contains(words[i].lower) { i += 1 }
        if i < words.count, TimeExpressionParser.deictics.contains(words[i].lower) { i += 1 }
        guard i < words.count else { return nil }
        func word(_ k: Int) -> ResolutionWord? { k < words.count ? words[k] : nil }
        func finish(_ last: Int, _ normalized: String?) -> TimeExpressionMatch {
            let lo = words[start].range.start - sentenceStart
            let hi = words[last].range.end - sentenceStart
            let scalars = sentence.unicodeScalars
            let a = scalars.index(scalars.startIndex, offsetBy: min(max(0, lo), scalars.count))
            let b = scalars.index(a, offsetBy: max(0, min(hi, scalars.count) - min(max(0, lo), scalars.count)))
            return TimeExpressionMatch(text: String(scalars[a..<b]), normalized: normalized, firstWord: start, lastWord: last)
        }
        let w = words[i]
        // Season [of] YEAR
        if let season = seasons[w.lower] {
            var k = i + 1
            if word(k)?.lower == "of" { k += 1 }
            if let y = year(word(k)) { return finish(k, String(format: "%04d-", y) + season) }
            return nil
        }
        // Month forms: "March 14, 2023", "March 2023", "March 14".
        if let month = months[w.lower], w.isCapitalized, !(w.lower == "may" && w.text == "May" && day(word(i + 1)) == nil && year(word(i + 1)) == nil) {
            if let d = day(word(i + 1)) {
                var k = i + 2
                if word(k)?.text == "," { k += 1 }
                if let y = year(word(k)) { return finish(k, String(format: "%04d-%02d-%02d", y, month, d)) }
                return finish(i + 1, nil)
            }
            if let y = year(word(i + 1)) { return finish(i + 1, String(format: "%04d-%02d", y, month)) }
            return nil
        }
        // "28 June 2021"
        if let d = day(w), let next = word(i + 1), let month = months[next.lower], next.isCapitalized {
            if let y = year(word(i + 2)) { return finish(i + 2, String(format: "%04d-%02d-%02d", y, month, d)) }
            return finish(i + 1, nil)
        }
        // Quarters and halves: "Q3 2021", "the third quarter of 2021", "the first half of 2022".
        if w.lower.count == 2, w.lower.hasPrefix("q"), let q = Int(w.lower.dropFirst()), (1...4).contains(q), let y = year(word(i + 1)) {
            return finish(i + 1, String(format: "%04d-Q%d", y, q))
        }
        if let n = TimeExpressionParser.ordinals[w.lower], let unit = word(i + 1)?.lower, unit == "quarter" || unit == "half", word(i + 2)?.lower == "of", let y = year(word(i + 3)) {
            return finish(i + 3, unit == "quarter" ? String(format: "%04d-Q%d", y, n) : String(format: "%04d-H%d", y, n))
        }
        // "early 2022", "the end of 2021", "mid-2022", "2014"
        if edges.contains(w.lower) || w.lower.hasPrefix("mid-") {
            if w.lower.hasPrefix("mid-"), let y = Int(w.lower.dropFirst(4)), (1800...2100).contains(y) { return finish(i, String(format: "%04d", y)) }
            var k = i + 1
            if word(k)?.lower == "of" { k += 1 }
            if let y = year(word(k)) { return finish(k, String(format: "%04d", y)) }
            // "by the end of the year", "early next month": kept as written.
            if let d = word(k), TimeExpressionParser.deictics.contains(d.lower), let unit = word(k + 1), ["year", "month", "week"].contains(unit.lower) {
                return finish(k + 1, nil)
            }
            return nil
        }
        if let y = year(w), start != i || prepositions.contains(words[start].lower) {
            return finish(i, String(format: "%04d", y))
        }
        // ISO dates as written: "2021-06-29".
        let parts = w.text.unicodeScalars.count == 10 ? w.text.split(separator: "-") : []
        if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), (1800...2100).contains(y), let m = Int(parts[1]), (1...12).contains(m), let d = Int(parts[2]), (1...31).contains(d) {
            return finish(i, String(format: "%04d-%02d-%02d", y, m, d))
        }
        // Weekdays and relative days: kept as written.
        if relative.contains(w.lower), start != i || w.isCapitalized {
            return finish(i, nil)
        }
        if ["week", "month", "year"].contains(w.lower), i > start, ["next", "this", "last"].contains(words[i - 1].lower) {
            return finish(i, nil)
        }
        return nil
    }
}
