import Foundation
import Testing
import NexusCore

/// Expected values from a calendar (checked with Python's `datetime.date.isocalendar()`).
@Suite struct CalendarDateTests {
    @Test func readsAndWritesISODays() {
        #expect(CalendarDate(iso: "2021-06-29")?.iso == "2021-06-29")
        #expect(CalendarDate(iso: "2021-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-29")?.iso == "2024-02-29")
        #expect(CalendarDate(iso: "2021-6-29") == nil)
        #expect(CalendarDate(iso: "2021-06-29T10:00") == nil)
    }

    @Test func weekdaysAndISOWeeks() {
        // 1970-01-01 Thursday; 2021-06-29 Tuesday, week 26; 2021-01-01 Friday in 2020-W53;
        // 2024-12-30 Monday in 2025-W01.
        #expect(CalendarDate(iso: "1970-01-01")!.weekday == 4)
        #expect(CalendarDate(iso: "2021-06-29")!.weekday == 2)
        #expect(CalendarDate(iso: "2021-06-29")!.isoWeek == "2021-W26")
        #expect(CalendarDate(iso: "2021-01-01")!.isoWeek == "2020-W53")
        #expect(CalendarDate(iso: "2024-12-30")!.isoWeek == "2025-W01")
        #expect(CalendarDate(iso: "1969-12-31")!.weekday == 3)
    }

    @Test func dayAndMonthArithmetic() {
        #expect(CalendarDate(iso: "2024-03-01")!.adding(days: -1).iso == "2024-02-29")
        #expect(CalendarDate(iso: "2021-12-31")!.adding(days: 1).iso == "2022-01-01")
        #expect(CalendarDate(iso: "2021-03-31")!.addingMonths(-1).iso == "2021-02-01")
        #expect(CalendarDate(iso: "2021-01-15")!.addingMonths(-1).iso == "2020-12-01")
        #expect(CalendarDate(iso: "2021-06-29")!.dayNumber == 18807)
    }

    @Test func encodesAsAString() throws {
        let data = try JSONEncoder().encode([CalendarDate(iso: "2021-06-29")!])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2021-06-29\"]")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data("[\"June\"]".utf8)) }
    }
}
