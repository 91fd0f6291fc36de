import NexusCore

/// How dates are grouped into periods in a timeline: by day ("2021-06-29"), ISO week
/// ("2021-W26", Monday to Sunday) or month ("2021-06").
///
/// Period names of one length sort in time order as strings.
public enum PeriodLength: String, CaseIterable, Sendable {
    case day, week, month

    /// The name of the period of this length that holds `date`.
    public func period(of date: CalendarDate) -> String {
        switch self {
        case .day: return date.iso
        case .week: return date.isoWeek
        case .month: return CalendarDate.pad(date.year, 4) + "-" + CalendarDate.pad(date.month, 2)
        }
    }
}
