import NexusCore

/// A span of whole days named the way ISO 8601 names it: a year ("2021"), a month
/// ("2021-06"), an ISO week ("2021-W26", Monday to Sunday) or a day ("2021-06-29").
///
/// ```swift
/// let june = CalendarPeriod(parsing: "2021-06")!
/// june.first.iso    // "2021-06-01"
/// june.last.iso     // "2021-06-30"
/// june.contains(CalendarDate(iso: "2021-06-29")!)   // true
/// ```
///
/// Both ends are inclusive. `--since P` means "from the first day of P", `--until P` "to the
/// last day of P".
public struct CalendarPeriod: Hashable, Sendable, CustomStringConvertible {
    /// The period as written ("2021-06").
    public let name: String
    /// Its first day.
    public let first: CalendarDate
    /// Its last day.
    public let last: CalendarDate

    /// The period `text` names, or `nil` when it is none of YYYY, YYYY-MM, YYYY-Www and
    /// YYYY-MM-DD or names no real day (2021-02-30, 2021-W54).
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        func number(_ part: String, digits: Int) -> Int? {
            guard part.count == digits, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(part)
        }
        guard let year = number(parts[0], digits: 4) else { return nil }
        switch parts.count {
        case 1:
            guard let first = CalendarDate(year: year, month: 1, day: 1),
                  let last = CalendarDate(year: year, month: 12, day: 31) else { return nil }
            self.init(name: text, first: first, last: last)
        case 2 where parts[1].hasPrefix("W"):
            guard let week = number(String(parts[1].dropFirst()), digits: 2), week >= 1,
                  let january4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
            // Week 1 holds 4 January (it holds the year's first Thursday).
            let monday = january4.adding(days: 1 - january4.weekday + (week - 1) * 7)
            guard monday.isoWeek == text else { return nil }
            self.init(name: text, first: monday, last: monday.adding(days: 6))
        case 2:
            guard let month = number(parts[1], digits: 2),
                  let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
            self.init(name: text, first: first, last: CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!)
        case 3:
            guard let day = CalendarDate(iso: text) else { return nil }
            self.init(name: text, first: day, last: day)
        default:
            return nil
        }
    }

    init(name: String, first: CalendarDate, last: CalendarDate) {
        self.name = name
        self.first = first
        self.last = last
    }

    /// Whether `date` falls in the period, ends included.
    public func contains(_ date: CalendarDate) -> Bool {
        first <= date && date <= last
    }

    public var description: String { name }
}
