import Foundation
import NexusCore

/// Finds a document's publication date (``NexusCore/DocumentDate``) in its metadata or at the
/// head of its text.
///
/// Sources, tried in this order; the first that gives a full day wins:
///
/// 1. **JSON Lines field** (``DocumentSource/Options/dateField``, `date` unless told): read by
///    ``DateText/date(_:)``; a value that is no date is a warning and leaves the document
///    undated (see ``DocumentWarning``). Applied by ``DocumentSource``.
/// 2. **HTML metadata**, from the raw page before it is reduced to text:
///    `<meta property="article:published_time">` (Open Graph article), then
///    `<meta name="date" | "pubdate" | "dc.date">`, then `datePublished` in JSON-LD
///    (`<script type="application/ld+json">`, schema.org `NewsArticle`; the first found, objects
///    searched key by key in sorted order, `@graph` arrays in order), then the `datetime` of the
///    first `<time>` element that holds a date. Meta names and properties match
///    case-insensitively.
/// 3. **A date line** on one of the first three non-blank lines of the text: a label
///    (`date`, `dated`, `published`, `posted`, an optional colon) and a date, then anything
///    ("date 2021-06-29 This was …", "Date: 29 June 2021"); or a date alone on its line, or
///    followed by a dash or bar ("June 29, 2021", "2021-06-29 — Rome").
/// 4. **A news dateline** opening one of those lines: one to four capitalized place words, a
///    comma, a date, an optional agency in parentheses and a dash: "ROME, June 28, 2021
///    (Reuters) -". Without a year ("ROME, June 28 (Reuters) -") the year must be known from
///    elsewhere (a year-only metadata value such as `"date": "2021"`, or `knownYear`);
///    otherwise the dateline gives no date.
///
/// Dates are written as ``DateText`` reads them. A time of day and its offset are dropped:
/// the date is the day as the publisher wrote it.
///
/// ```swift
/// let finder = DocumentDateFinder()
/// finder.date(text: "ROME, June 28, 2021 (Reuters) - Ministers met ...")  // 2021-06-28, dateline
/// finder.date(text: "ROME, June 28 (Reuters) - ...")                      // nil: no year
/// finder.date(text: "ROME, June 28 (Reuters) - ...", knownYear: 2021)     // 2021-06-28
/// ```
///
/// - Complexity: O(n) in the length of the page or of the first lines of text.
public struct DocumentDateFinder: Sendable {
    /// Labels that introduce a date line, lowercased.
    public static let lineLabels: Set<String> = ["date", "dated", "published", "posted"]
    /// `<meta>` names (or properties) read as the publication date, in order of preference.
    public static let metaNames: [String] = ["article:published_time", "date", "pubdate", "dc.date"]
    /// How many non-blank lines at the head of the text are searched for a date line or dateline.
    public static let headLines = 3

    public init() {}

    /// The date of an HTML page from its metadata (sources 2), else from its text (`plainText`,
    /// sources 3 and 4, with the year of a year-only metadata value as `knownYear`).
    public func date(html: String, plainText: String) -> DocumentDate? {
        let s = Array(html.unicodeScalars)
        var metas: [String: String] = [:]
        var jsonLD: [String] = []
        var timeDate: CalendarDate?
        var i = 0
        while let open = HTMLText.find(s, "<", from: i) {
            guard let tag = HTMLText.parseTag(s, at: open), !tag.isClosing else { i = open + 1; continue }
            i = tag.end
            switch tag.name {
            case "meta":
                let attributes = HTMLAttributes.read(s, from: open, to: tag.end)
                guard let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased(),
                      let content = attributes["content"], metas[key] == nil else { continue }
                metas[key] = content
            case "time" where timeDate == nil:
                timeDate = HTMLAttributes.read(s, from: open, to: tag.end)["datetime"].flatMap(DateText.date)
            case "script":
                let end = HTMLText.find(s, "</script", from: tag.end, caseInsensitive: true) ?? s.count
                let type = HTMLAttributes.read(s, from: open, to: tag.end)["type"]?.lowercased() ?? ""
                if type.contains("ld+json") {
                    var body = String.UnicodeScalarView()
                    body.append(contentsOf: s[tag.end..<end])
                    jsonLD.append(String(body))
                }
                i = end
            default:
                continue
            }
        }
        for name in Self.metaNames {
            if let value = metas[name], let date = DateText.date(value) { return DocumentDate(date: date, source: .htmlMeta) }
        }
        for script in jsonLD {
            if let value = Self.datePublished(inJSONLD: script), let date = DateText.date(value) { return DocumentDate(date: date, source: .jsonLD) }
        }
        if let timeDate { return DocumentDate(date: timeDate, source: .timeElement) }
        let knownYear = Self.metaNames.lazy.compactMap { metas[$0].flatMap(DateText.year) }.first
        return date(text: plainText, knownYear: knownYear)
    }

    /// The date of a text from a date line or dateline among its first ``headLines`` non-blank
    /// lines (sources 3 and 4); `knownYear` completes a dateline without a year.
    public func date(text: String, knownYear: Int? = nil) -> DocumentDate? {
        var seen = 0
        var yearless: (month: Int, day: Int)?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = String(line).trimmingWhitespace
            guard !trimmed.isEmpty else { continue }
            if let date = Self.dateLine(trimmed) { return DocumentDate(date: date, source: .dateLine) }
            switch Self.dateline(trimmed) {
            case .some(.full(let date)): return DocumentDate(date: date, source: .dateline)
            case .some(.monthDay(let month, let day)): if yearless == nil { yearless = (month, day) }
            case nil: break
            }
            seen += 1
            if seen == Self.headLines { break }
        }
        if let yearless, let knownYear, let date = CalendarDate(year: knownYear, month: yearless.month, day: yearless.day) {
            return DocumentDate(date: date, source: .dateline)
        }
        return nil
    }

    /// The date of a date line ("date 2021-06-29 …", "Date: 29 June 2021", "June 29, 2021").
    static func dateLine(_ line: String) -> CalendarDate? {
        let tokens = DateTokens(line)
        if let label = tokens[0], label.kind == .word, lineLabels.contains(label.lower) {
            var rest = line[label.end...]
            if let colon = tokens[1], colon.text == ":" { rest = line[colon.end...] }
            return DateText.leadingDate(in: String(rest).trimmingWhitespace)?.date
        }
        guard let found = DateText.leadingDate(in: line) else { return nil }
        let rest = String(found.rest).trimmingWhitespace
        guard let first = rest.unicodeScalars.first else { return found.date }
        return separators.contains(first) ? found.date : nil
    }

    /// What a news dateline at the head of `line` gives.
    enum Dateline: Equatable {
        case full(CalendarDate)
        case monthDay(month: Int, day: Int)
    }

    static let separators: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "|", "\u{2015}"]

    /// "ROME, June 28, 2021 (Reuters) -", "WASHINGTON, D.C., 28 June (AP) —".
    static func dateline(_ line: String) -> Dateline? {
        // Up to four capitalized place words ("NEW YORK", "Rome", "D.C."), then a comma.
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        var words = 0
        var placeEnd: String.Index?
        while index < scalars.endIndex, words < 4 {
            guard scalars[index].properties.isUppercase else { return nil }
            words += 1
            while index < scalars.endIndex, scalars[index].properties.isAlphabetic || scalars[index] == "." || scalars[index] == "'" || scalars[index] == "-" {
                index = scalars.index(after: index)
            }
            guard index < scalars.endIndex else { return nil }
            if scalars[index] == "," {
                let after = String(line[scalars.index(after: index)...]).trimmingWhitespace
                if DateText.leadingDate(in: after) != nil || DateText.leadingMonthDay(in: after) != nil {
                    placeEnd = scalars.index(after: index)
                    break
                }
                // "WASHINGTON, D.C., June 28": a second place part.
                index = scalars.index(after: index)
            }
            guard index < scalars.endIndex, scalars[index] == " " else { return nil }
            index = scalars.index(after: index)
        }
        guard let placeEnd, words <= 4 else { return nil }
        let after = String(line[placeEnd...]).trimmingWhitespace
        let full = DateText.leadingDate(in: after)
        let partial = full == nil ? DateText.leadingMonthDay(in: after) : nil
        guard let rest = full?.rest ?? partial?.rest else { return nil }
        // An optional agency in parentheses, then a dash.
        var tail = String(rest).trimmingWhitespace
        if tail.hasPrefix("(") {
            guard let close = tail.firstIndex(of: ")") else { return nil }
            tail = String(tail[tail.index(after: close)...]).trimmingWhitespace
        }
        guard let first = tail.unicodeScalars.first, separators.contains(first) else { return nil }
        if let full { return .full(full.date) }
        return partial.map { .monthDay(month: $0.month, day: $0.day) }
    }

    /// The first `datePublished` string of a JSON-LD script, or `nil` when it is not JSON.
    static func datePublished(inJSONLD script: String) -> String? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed]) else { return nil }
        return datePublished(in: value)
    }

    private static func datePublished(in value: Any) -> String? {
        if let object = value as? [String: Any] {
            if let date = object["datePublished"] as? String { return date }
            for key in object.keys.sorted() {
                if let found = datePublished(in: object[key]!) { return found }
            }
        } else if let array = value as? [Any] {
            for item in array {
                if let found = datePublished(in: item) { return found }
            }
        }
        return nil
    }
}
