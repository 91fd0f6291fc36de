import NexusCore
import Testing
@testable import NexusPipeline

/// Periods and slices, with the days worked out by hand from a calendar.
@Suite struct CalendarPeriodTests {
    func days(_ text: String) -> [String]? {
        CalendarPeriod(parsing: text).map { [$0.first.iso, $0.last.iso] }
    }

    @Test func yearsMonthsWeeksAndDays() {
        #expect(days("2021") == ["2021-01-01", "2021-12-31"])
        #expect(days("2021-06") == ["2021-06-01", "2021-06-30"])
        #expect(days("2020-02") == ["2020-02-01", "2020-02-29"])
        #expect(days("2021-02") == ["2021-02-01", "2021-02-28"])
        // 2021-06-29 is a Tuesday: its week runs Monday 28 June to Sunday 4 July.
        #expect(days("2021-W26") == ["2021-06-28", "2021-07-04"])
        // 2020 has 53 ISO weeks; the last one ends on Sunday 3 January 2021.
        #expect(days("2020-W53") == ["2020-12-28", "2021-01-03"])
        #expect(days("2021-W01") == ["2021-01-04", "2021-01-10"])
        #expect(days("2021-06-29") == ["2021-06-29", "2021-06-29"])
    }

    @Test func notPeriods() {
        for text in ["", "21", "2021-6", "2021-13", "2021-02-29", "2021-W53", "2021-W00", "2021-06-29T10:00", "June 2021", "2021-06-"] {
            #expect(CalendarPeriod(parsing: text) == nil, "\(text)")
        }
    }

    @Test func periodLengthsNamePeriods() {
        let date = CalendarDate(iso: "2021-01-01")!
        #expect(PeriodLength.day.period(of: date) == "2021-01-01")
        #expect(PeriodLength.week.period(of: date) == "2020-W53")
        #expect(PeriodLength.month.period(of: date) == "2021-01")
    }

    @Test func slicesIncludeBothEndsAndLeaveOutUndated() throws {
        let slice = try #require(try TimeSlice(since: "2021-06", until: "2021-06-29"))
        #expect(slice.since?.iso == "2021-06-01" && slice.until?.iso == "2021-06-29")
        #expect(slice.contains(CalendarDate(iso: "2021-06-01")!))
        #expect(slice.contains(CalendarDate(iso: "2021-06-29")!))
        #expect(!slice.contains(CalendarDate(iso: "2021-06-30")!))
        #expect(!slice.contains(CalendarDate(iso: "2021-05-31")!))
        #expect(!slice.contains(nil))
        #expect(try TimeSlice(since: nil, until: nil) == nil)
        #expect(throws: TimeSlice.Failure.notAPeriod(option: "--until", value: "soon")) { try TimeSlice(since: "2021", until: "soon") }
        #expect(throws: TimeSlice.Failure.backwards(since: "2021-07", until: "2021-06")) { try TimeSlice(since: "2021-07", until: "2021-06") }
        // The same month on both sides is one month, not an empty slice.
        #expect(try TimeSlice(since: "2021-06", until: "2021-06")?.until?.iso == "2021-06-30")
    }

    @Test func slicingACorpusDropsEntitiesOfLeftOutDocuments() {
        func document(_ id: String, _ date: String?) -> DocumentExtraction {
            var document = Document(id: id, path: id + ".txt", text: "")
            document.date = date.map { DocumentDate(date: CalendarDate(iso: $0)!, source: .dateLine) }
            return DocumentExtraction(document: document)
        }
        let corpus = CorpusExtraction(
            documents: [document("a", "2021-05-31"), document("b", "2021-06-01"), document("c", nil)],
            entities: [CorpusEntity(id: "country:france", name: "France", type: .country, documents: ["a", "b"]),
                       CorpusEntity(id: "country:sudan", name: "Sudan", type: .country, documents: ["a", "c"])])
        let outcome = TimeSlice(since: CalendarDate(iso: "2021-06-01"), until: nil).apply(to: corpus)
        #expect(outcome.corpus.documents.map(\.document.id) == ["b"])
        #expect(outcome.corpus.entities.map(\.id) == ["country:france"])
        #expect(outcome.corpus.entities.first?.documents == ["b"])
        #expect((outcome.kept, outcome.undated, outcome.outside) == (1, 1, 1))
        #expect(outcome.note == "note: the time slice kept 1 document and left out 1 undated and 1 dated outside it")
    }
}
