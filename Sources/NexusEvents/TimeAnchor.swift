import NexusCore

/// Turns a ``RelativeTime`` into a TimeML TIMEX3 value by counting from the document date,
/// as HeidelTime resolves its underspecified values against the document creation time in
/// news documents (Strötgen & Gertz 2010, 2013; TIMEX3: Pustejovsky et al. 2003).
///
/// Values have the granularity of the expression: a day "2021-06-28", an ISO week "2021-W26",
/// a month "2021-06", a year "2021", a season "2021-SU", or a reference "FUTURE_REF". With the
/// document date Tuesday 2021-06-29:
///
/// | expression | value | rule |
/// |---|---|---|
/// | yesterday / today / tomorrow | 2021-06-28 / 2021-06-29 / 2021-06-30 | day ∓ 1 |
/// | three days ago, in ten days | 2021-06-26, 2021-07-09 | day ∓ n |
/// | last week / this week / next week | 2021-W25 / 2021-W26 / 2021-W27 | ISO week of the date ∓ 7 days |
/// | in two weeks | 2021-W28 | ISO week of the date + 14 days |
/// | last month / next month, earlier this month | 2021-05 / 2021-07, 2021-06 | month ∓ 1 |
/// | last year / this year / two years ago, later this year, by the end of the year | 2020 / 2021 / 2019, 2021, 2021 | year ∓ n |
/// | on Monday (past), on Friday (future) | 2021-06-28, 2021-07-02 | latest on or before / first on or after |
/// | last Friday, next Tuesday, this Friday | 2021-06-25, 2021-07-06, 2021-07-02 | strictly before / strictly after / same ISO week |
/// | in June, by March (future) | 2021-06, 2022-03 | same year / first on or after |
/// | in the fall, last summer | 2021-FA, 2020-SU | the document's year ∓ 1 |
/// | in the coming months | FUTURE_REF | no anchor needed |
///
/// - Complexity: O(1).
struct TimeAnchor {
    /// The document date.
    let date: CalendarDate

    /// The TIMEX3 value of `time`; `nil` only for a day that does not exist in the year it
    /// falls in ("February 29" of a common year).
    func value(_ time: RelativeTime) -> String? {
        switch time {
        case .units(.day, let n): return date.adding(days: n).iso
        case .units(.week, let n): return date.adding(days: 7 * n).isoWeek
        case .units(.month, let n): return Self.month(date.addingMonths(n))
        case .units(.year, let n): return CalendarDate.pad(date.year + n, 4)
        case .weekday(let weekday, let rule):
            let back = (date.weekday - weekday + 7) % 7, forward = (weekday - date.weekday + 7) % 7
            let offset: Int
            switch rule {
            case .onOrBefore: offset = -back
            case .onOrAfter: offset = forward
            case .before: offset = back == 0 ? -7 : -back
            case .after: offset = forward == 0 ? 7 : forward
            case .sameWeek: offset = weekday - date.weekday
            }
            return date.adding(days: offset).iso
        case .month(let month, let rule):
            return CalendarDate.pad(year(month: month, day: nil, rule: rule), 4) + "-" + CalendarDate.pad(month, 2)
        case .monthDay(let month, let day, let rule):
            return CalendarDate(year: year(month: month, day: day, rule: rule), month: month, day: day)?.iso
        case .season(let season, let offset):
            return CalendarDate.pad(date.year + offset, 4) + "-" + season
        case .reference(let value):
            return value
        }
    }

    /// The year of a month (`day` nil) or month and day written without one. "On or after"
    /// compares months for a month alone ("by June" in a June article is this June) and days
    /// for a month and day; "before" and "after" compare months.
    private func year(month: Int, day: Int?, rule: RelativeTime.YearRule) -> Int {
        switch rule {
        case .sameYear:
            return date.year
        case .onOrAfter:
            let notPast = day.map { (month, $0) >= (date.month, date.day) } ?? (month >= date.month)
            return notPast ? date.year : date.year + 1
        case .before:
            return month < date.month ? date.year : date.year - 1
        case .after:
            return month > date.month ? date.year : date.year + 1
        }
    }

    private static func month(_ date: CalendarDate) -> String {
        CalendarDate.pad(date.year, 4) + "-" + CalendarDate.pad(date.month, 2)
    }
}
