import NexusCore
import NexusEntities

/// A time expression found in a sentence.
struct TimeExpressionMatch: Hashable, Sendable {
    /// As written, with its preposition: "by March 2023".
    let text: String
    /// The TIMEX3 value: absolute as written, or anchored on the document date; `nil` when
    /// the text gives no calendar anchor and there is no document date ("next week").
    let normalized: String?
    let firstWord: Int
    let lastWord: Int
}

/// Finds time expressions and normalizes them to TimeML TIMEX3 values (Pustejovsky et al.
/// 2003), anchoring relative ones on the document date as HeidelTime does for news
/// (Strötgen & Gertz 2010, 2013).
///
/// Absolute forms, normalized with or without a document date: a day "2021-06-28"; a month
/// "2022-06"; a year "2021"; a season "2021-SP", "2021-SU", "2021-FA" (fall/autumn), "2021-WI"
/// (the year in which the winter begins); a quarter "2021-Q3"; a half "2021-H1".
///
/// Relative forms (``RelativeTime``), normalized only against a document date by
/// ``TimeAnchor``: "yesterday", "today", "tomorrow"; weekdays ("on Monday", "last Friday",
/// "next Tuesday", "this Friday"); "last/this/next week|month|year"; "N days|weeks|months|years
/// ago" and "in|within N days|weeks|months|years" (N a numeral or one to twelve written out;
/// "a"/"an" before "ago"); a month or a month and day without a year ("by June", "on June
/// 28"); a season without a year ("in the fall", "last summer"); edges of a deictic unit
/// ("earlier this month", "later this year", "by the end of the year", "early next month").
/// Without a document date these keep their text and have no normal form. Whether a weekday,
/// month or month-day points forward or back is read from the sentence (``TimeDirection``).
///
/// "In the coming days|weeks|months|years" is "FUTURE_REF" and "in recent days|weeks|months|
/// years" "PAST_REF" (TIMEX3 reference values), with or without a document date: they name no
/// calendar period, only a direction.
///
/// An optional leading preposition (by, in, on, until, before, after, from, since, during,
/// through, within, starting, beginning) is part of the text.
///
/// - Complexity: O(n) in the number of words.
public enum TimeExpressionParser {
    /// A time expression as written and normalized.
    public struct TimeExpression: Hashable, Sendable {
        public let text: String
        public let normalized: String?
    }

    /// Every time expression in `text`, in order, relative ones anchored on `documentDate`
    /// when it is given.
    ///
    /// ```swift
    /// TimeExpressionParser.expressions(in: "to meet by March 2023")  // [("by March 2023", "2023-03")]
    /// TimeExpressionParser.expressions(in: "talks next week", documentDate: CalendarDate(iso: "2021-06-29"))
    /// // [("next week", "2021-W27")]
    /// ```
    public static func expressions(in text: String, documentDate: CalendarDate? = nil) -> [TimeExpression] {
        expressions(in: ResolutionLexer.words(in: text, offset: 0), sentence: text, sentenceStart: 0, documentDate: documentDate)
            .map { TimeExpression(text: $0.text, normalized: $0.normalized) }
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let seasons: [String: String] = ["spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"]
    static let prepositions: Set<String> = ["by", "in", "on", "until", "till", "before", "after", "from", "since", "during", "through", "within", "starting", "beginning"]
    static let weekdays: [String: Int] = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
    static let days: [String: Int] = ["yesterday": -1, "today": 0, "tomorrow": 1]
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4]
    static let deictics: Set<String> = ["the", "this", "next", "last"]
    /// How many units a deictic word moves: "last week" −1, "this week" and "the week" 0, "next week" +1.
    static let deicticOffsets: [String: Int] = ["last": -1, "the": 0, "this": 0, "next": 1]
    static let edges: Set<String> = ["early", "mid", "late", "end", "beginning", "start", "middle", "earlier", "later"]
    static let numerals: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12,
    ]

    static func expressions(in words: [ResolutionWord], sentence: String, sentenceStart: Int, documentDate: CalendarDate? = nil) -> [TimeExpressionMatch] {
        let anchor = documentDate.map(TimeAnchor.init(date:))
        return leftmostMatches(count: words.count) { match(at: $0, words: words, sentence: sentence, sentenceStart: sentenceStart, anchor: anchor) }
    }

    /// A count of units: "3", "three"; "a" and "an" only when `allowArticle` ("a year ago").
    private static func count(_ w: ResolutionWord?, allowArticle: Bool) -> Int? {
        guard let w else { return nil }
        if allowArticle, w.lower == "a" || w.lower == "an" { return 1 }
        if let n = numerals[w.lower] { return n }
        guard w.text.unicodeScalars.count <= 3, w.text.unicodeScalars.allSatisfy(ResolutionLexer.isDigit), let n = Int(w.text), n > 0 else { return nil }
        return n
    }

    private static func year(_ w: ResolutionWord?) -> Int? {
        guard let w, w.text.unicodeScalars.count == 4, let first = w.text.unicodeScalars.first, ResolutionLexer.isDigit(first),
              let y = Int(w.text), (1800...2100).contains(y) else { return nil }
        return y
    }

    /// The TIMEX3 value of a day as written: "2021-06-28"; a day that is not in the calendar
    /// ("February 30, 2021", "29 February 2021") gives only its month, "2021-02", which the text
    /// does state.
    static func dayValue(_ year: Int, _ month: Int, _ day: Int) -> String {
        CalendarDate(year: year, month: month, day: day)?.iso ?? String(format: "%04d-%02d", year, month)
    }

    private static func day(_ w: ResolutionWord?) -> Int? {
        guard let w, let first = w.text.unicodeScalars.first, ResolutionLexer.isDigit(first), w.text.unicodeScalars.count <= 4 else { return nil }
        var t = w.lower
        for suffix in ["st", "nd", "rd", "th"] where t.hasSuffix(suffix) { t = String(t.dropLast(2)) }
        guard let d = Int(t), (1...31).contains(d) else { return nil }
        return d
    }

    private static func match(at start: Int, words: [ResolutionWord], sentence: String, sentenceStart: Int, anchor: TimeAnchor?) -> TimeExpressionMatch? {
        var i = start
        let hasPreposition = prepositions.contains(words[i].lower)
        if hasPreposition { i += 1 }
        var deictic: String?
        if i < words.count, TimeExpressionParser.deictics.contains(words[i].lower) {
            deictic = words[i].lower
            i += 1
        }
        guard i < words.count else { return nil }
        let introduced = hasPreposition || deictic != nil
        func word(_ k: Int) -> ResolutionWord? { k < words.count ? words[k] : nil }
        func finish(_ last: Int, _ normalized: String?, relative: RelativeTime? = nil) -> TimeExpressionMatch {
            let lo = words[start].range.start - sentenceStart
            let hi = words[last].range.end - sentenceStart
            let scalars = sentence.unicodeScalars
            let a = scalars.index(scalars.startIndex, offsetBy: min(max(0, lo), scalars.count))
            let b = scalars.index(a, offsetBy: max(0, min(hi, scalars.count) - min(max(0, lo), scalars.count)))
            var value = normalized
            if value == nil, let relative {
                if case .reference(let reference) = relative { value = reference } else { value = anchor?.value(relative) }
            }
            return TimeExpressionMatch(text: String(scalars[a..<b]), normalized: value, firstWord: start, lastWord: last)
        }
        func isFuture(_ last: Int) -> Bool { TimeDirection.isFuture(words, first: start, last: last) }
        let w = words[i]
        // Season [of] YEAR; "in the fall", "last summer" (not "the fall of Kabul").
        if let season = seasons[w.lower] {
            var k = i + 1
            if word(k)?.lower == "of" { k += 1 }
            if let y = year(word(k)) { return finish(k, String(format: "%04d-", y) + season) }
            if introduced, k == i + 1, !w.isCapitalized || start != i {
                return finish(i, nil, relative: .season(season, yearOffset: deicticOffsets[deictic ?? "this"] ?? 0))
            }
            return nil
        }
        // Month forms: "March 14, 2023", "March 2023", "March 14", "by June".
        if let month = months[w.lower], w.isCapitalized, introduced || !(w.lower == "may" && w.text == "May" && day(word(i + 1)) == nil && year(word(i + 1)) == nil) {
            if let d = day(word(i + 1)) {
                var k = i + 2
                if word(k)?.text == "," { k += 1 }
                if let y = year(word(k)) { return finish(k, dayValue(y, month, d)) }
                return finish(i + 1, nil, relative: .monthDay(month: month, day: d, isFuture(i + 1) ? .onOrAfter : .sameYear))
            }
            if let y = year(word(i + 1)) { return finish(i + 1, String(format: "%04d-%02d", y, month)) }
            guard introduced, w.lower.count > 3 || w.lower == "may" else { return nil }
            let rule: RelativeTime.YearRule
            switch deictic {
            case "last": rule = .before
            case "next": rule = .after
            case "this": rule = .sameYear
            default: rule = isFuture(i) ? .onOrAfter : .sameYear
            }
            return finish(i, nil, relative: .month(month, rule))
        }
        // "28 June 2021", "28 June".
        if let d = day(w), let next = word(i + 1), let month = months[next.lower], next.isCapitalized {
            if let y = year(word(i + 2)) { return finish(i + 2, dayValue(y, month, d)) }
            return finish(i + 1, nil, relative: .monthDay(month: month, day: d, isFuture(i + 1) ? .onOrAfter : .sameYear))
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
            // "by the end of the year", "early next month", "later this year".
            if let d = word(k), let offset = deicticOffsets[d.lower], let unit = word(k + 1), ["year", "month", "week"].contains(unit.lower) {
                return finish(k + 1, nil, relative: .units(RelativeTime.Unit(word: unit.lower)!, offset))
            }
            return nil
        }
        // "in the coming months" (FUTURE_REF), "in recent weeks" (PAST_REF).
        if ["coming", "upcoming", "recent"].contains(w.lower), introduced, let unit = word(i + 1),
           unit.lower.hasSuffix("s"), RelativeTime.Unit(word: unit.lower) != nil {
            return finish(i + 1, nil, relative: .reference(w.lower == "recent" ? "PAST_REF" : "FUTURE_REF"))
        }
        // "three days ago", "a year ago".
        if !hasPreposition, deictic == nil, let n = count(w, allowArticle: true), let unitWord = word(i + 1),
           let unit = RelativeTime.Unit(word: unitWord.lower), word(i + 2)?.lower == "ago" {
            return finish(i + 2, nil, relative: .units(unit, -n))
        }
        // "in two weeks", "within 30 days".
        if hasPreposition, deictic == nil, ["in", "within"].contains(words[start].lower), let n = count(w, allowArticle: false),
           let unitWord = word(i + 1), let unit = RelativeTime.Unit(word: unitWord.lower), unitWord.lower != "day" || n == 1 {
            return finish(i + 1, nil, relative: .units(unit, n))
        }
        if let y = year(w), start != i || prepositions.contains(words[start].lower) {
            return finish(i, String(format: "%04d", y))
        }
        // ISO dates as written: "2021-06-29".
        let parts = w.text.unicodeScalars.count == 10 ? w.text.split(separator: "-") : []
        if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), (1800...2100).contains(y), let m = Int(parts[1]), (1...12).contains(m), let d = Int(parts[2]), (1...31).contains(d) {
            return finish(i, dayValue(y, m, d))
        }
        // "yesterday", "today", "tomorrow".
        if let offset = days[w.lower], deictic == nil {
            return finish(i, nil, relative: .units(.day, offset))
        }
        // Weekdays: "on Monday", "last Friday", "next Tuesday", "this Friday".
        if let weekday = weekdays[w.lower], start != i || w.isCapitalized {
            let rule: RelativeTime.WeekdayRule
            switch deictic {
            case "last": rule = .before
            case "next": rule = .after
            case "this": rule = .sameWeek
            default: rule = isFuture(i) ? .onOrAfter : .onOrBefore
            }
            return finish(i, nil, relative: .weekday(weekday, rule))
        }
        // "last week", "this month", "next year".
        if let unit = RelativeTime.Unit(word: w.lower), unit != .day, !w.lower.hasSuffix("s"), let deictic, deictic != "the" {
            return finish(i, nil, relative: .units(unit, deicticOffsets[deictic]!))
        }
        return nil
    }
}
