import NexusCore
import Testing
@testable import NexusEvents

/// Days that are not in the calendar are never normalised to a day: the text states their
/// month, which is kept. Checked by hand against the calendar (2020 is a leap year, 2021 not;
/// April has 30 days).
@Suite struct ImpossibleDateTests {
    func normalized(_ text: String) -> [String?] {
        TimeExpressionParser.expressions(in: text).map(\.normalized)
    }

    @Test func daysOutsideTheCalendarKeepOnlyTheirMonth() {
        #expect(normalized("to meet by February 30, 2021") == ["2021-02"])
        #expect(normalized("to meet by 29 February 2021") == ["2021-02"])
        #expect(normalized("to meet on April 31, 2022") == ["2022-04"])
        #expect(normalized("to meet on 2021-02-30") == ["2021-02"])
        #expect(normalized("to meet by 29 February 2020") == ["2020-02-29"])
        #expect(normalized("to meet on April 30, 2022") == ["2022-04-30"])
        #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil && CalendarDate(year: 2020, month: 2, day: 29) != nil)
    }

    @Test func twoDigitYearsAreNotReadAsYears() {
        // "June '22" names no four-digit year: only "by June" is a time expression.
        #expect(TimeExpressionParser.expressions(in: "to meet by June '22").map(\.text) == ["by June"])
        #expect(normalized("to meet by June '22") == [nil])
        // "6/28/21" is not read as a date at all.
        #expect(normalized("to meet by 6/28/21").isEmpty)
    }
}
