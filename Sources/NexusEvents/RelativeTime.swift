/// A time expression whose value depends on the document date: what the text says, before
/// ``TimeAnchor`` turns it into a TimeML TIMEX3 value (Pustejovsky et al. 2003).
///
/// Each case is one kind of HeidelTime's underspecified values (Strötgen & Gertz 2013: the
/// "UNDEF-this-day-MINUS-1" family), with the direction already decided from the sentence
/// (``TimeDirection``).
enum RelativeTime: Hashable, Sendable {
    /// A calendar unit counted from the document date; the value has the unit's granularity.
    enum Unit: String, Hashable, Sendable {
        case day, week, month, year

        /// "day", "days", ... "years".
        init?(word: String) {
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
            self.init(rawValue: singular)
        }
    }

    /// Which of the days with a given weekday is meant.
    enum WeekdayRule: Hashable, Sendable {
        /// The latest on or before the document date ("said on Monday").
        case onOrBefore
        /// The first on or after the document date ("will meet on Monday").
        case onOrAfter
        /// The latest strictly before ("last Friday").
        case before
        /// The first strictly after ("next Tuesday").
        case after
        /// The one in the document date's ISO week ("this Friday").
        case sameWeek
    }

    /// Which year a month (or a month and day) written without one belongs to.
    enum YearRule: Hashable, Sendable {
        /// The document's year ("in June", past or undecided).
        case sameYear
        /// The first on or after the document date ("by June", future cues).
        case onOrAfter
        /// The latest strictly before the document's month ("last June").
        case before
        /// The first strictly after the document's month ("next June").
        case after
    }

    /// `count` units after (before when negative) the document date: "yesterday" (day −1),
    /// "today" (day 0), "last week" (week −1), "next year" (year +1), "in two weeks" (week +2),
    /// "three days ago" (day −3), "by the end of the year" (year 0).
    case units(Unit, Int)
    /// A weekday, 1 Monday ... 7 Sunday: "on Monday", "last Friday".
    case weekday(Int, WeekdayRule)
    /// A month without a year: "by June".
    case month(Int, YearRule)
    /// A month and day without a year: "on June 28".
    case monthDay(month: Int, day: Int, YearRule)
    /// A season ("SP", "SU", "FA", "WI") of the document's year plus `yearOffset`: "in the
    /// fall" (0), "last summer" (−1), "next spring" (+1).
    case season(String, yearOffset: Int)
    /// A TIMEX3 reference value that needs no anchor: "PAST_REF" ("in recent months"),
    /// "PRESENT_REF", "FUTURE_REF" ("in the coming months").
    case reference(String)
}
