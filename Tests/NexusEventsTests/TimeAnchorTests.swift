import NexusCore
import Testing
@testable import NexusEntities
@testable import NexusEvents

/// Time expressions normalized against a document date. Every expected value was worked out
/// by hand from a calendar (weekdays and ISO weeks checked with Python's `datetime`), not
/// taken from Nexus's output.
///
/// Calendar facts used: 2021-06-29 is a Tuesday in ISO week 2021-W26; 2021-01-01 a Friday in
/// 2020-W53; 2022-11-15 a Tuesday in 2022-W46; 2024-03-03 a Sunday in 2024-W09 (2024 is a
/// leap year).
@Suite struct TimeAnchorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let date: String
        let sentence: String
        /// "text as written=TIMEX3 value", one per expression in the sentence.
        let expected: [String]
        var testDescription: String { "\(date): \(sentence)" }
    }

    static func times(_ text: String, _ date: String?) -> [String] {
        let words = ResolutionLexer.words(in: text, offset: 0)
        return TimeExpressionParser.expressions(in: words, sentence: text, sentenceStart: 0, documentDate: date.flatMap(CalendarDate.init(iso:)))
            .map { "\($0.text)=\($0.normalized ?? "nil")" }
    }

    static let cases: [Case] = [
        // Tuesday 2021-06-29, week 2021-W26.
        Case(date: "2021-06-29", sentence: "Blinken said on Monday that the fighters remain in camps.", expected: ["on Monday=2021-06-28"]),
        Case(date: "2021-06-29", sentence: "The ministers will meet on Friday in Rome.", expected: ["on Friday=2021-07-02"]),
        Case(date: "2021-06-29", sentence: "The ministers met on Friday in Rome.", expected: ["on Friday=2021-06-25"]),
        Case(date: "2021-06-29", sentence: "The minister said on Monday that the country will send troops.", expected: ["on Monday=2021-06-28"]),
        Case(date: "2021-06-29", sentence: "Officials arrived yesterday.", expected: ["yesterday=2021-06-28"]),
        Case(date: "2021-06-29", sentence: "The talks open today.", expected: ["today=2021-06-29"]),
        Case(date: "2021-06-29", sentence: "The talks open tomorrow.", expected: ["tomorrow=2021-06-30"]),
        Case(date: "2021-06-29", sentence: "The donors met last week.", expected: ["last week=2021-W25"]),
        Case(date: "2021-06-29", sentence: "Talks continue this week.", expected: ["this week=2021-W26"]),
        Case(date: "2021-06-29", sentence: "Talks resume next week.", expected: ["next week=2021-W27"]),
        Case(date: "2021-06-29", sentence: "Prices rose last month.", expected: ["last month=2021-05"]),
        Case(date: "2021-06-29", sentence: "The plan starts next month.", expected: ["next month=2021-07"]),
        Case(date: "2021-06-29", sentence: "The group lost ground last year.", expected: ["last year=2020"]),
        Case(date: "2021-06-29", sentence: "Elections are due next year.", expected: ["next year=2022"]),
        Case(date: "2021-06-29", sentence: "The budget grows this year.", expected: ["this year=2021"]),
        Case(date: "2021-06-29", sentence: "The report is due in two weeks.", expected: ["in two weeks=2021-W28"]),
        Case(date: "2021-06-29", sentence: "The envoy left three days ago.", expected: ["three days ago=2021-06-26"]),
        Case(date: "2021-06-29", sentence: "The attack happened two years ago.", expected: ["two years ago=2019"]),
        Case(date: "2021-06-29", sentence: "A year ago the group held territory.", expected: ["A year ago=2020"]),
        Case(date: "2021-06-29", sentence: "The funds arrive within 30 days.", expected: ["within 30 days=2021-07-29"]),
        Case(date: "2021-06-29", sentence: "Aid was cut earlier this month.", expected: ["earlier this month=2021-06"]),
        Case(date: "2021-06-29", sentence: "A summit follows later this year.", expected: ["later this year=2021"]),
        Case(date: "2021-06-29", sentence: "The troops will deploy in the fall.", expected: ["in the fall=2021-FA"]),
        Case(date: "2021-06-29", sentence: "Last summer the camps grew.", expected: ["Last summer=2020-SU"]),
        Case(date: "2021-06-29", sentence: "The mission ends by the end of the year.", expected: ["by the end of the year=2021"]),
        Case(date: "2021-06-29", sentence: "More aid will come in the coming months.", expected: ["in the coming months=FUTURE_REF"]),
        Case(date: "2021-06-29", sentence: "Attacks rose in recent months.", expected: ["in recent months=PAST_REF"]),
        Case(date: "2021-06-29", sentence: "The envoy arrived last Friday.", expected: ["last Friday=2021-06-25"]),
        Case(date: "2021-06-29", sentence: "The envoy returns next Tuesday.", expected: ["next Tuesday=2021-07-06"]),
        Case(date: "2021-06-29", sentence: "The vote is this Friday.", expected: ["this Friday=2021-07-02"]),
        Case(date: "2021-06-29", sentence: "The ministers met on June 28.", expected: ["on June 28=2021-06-28"]),
        Case(date: "2021-06-29", sentence: "The meeting was held on June 28, 2021.", expected: ["on June 28, 2021=2021-06-28"]),
        Case(date: "2021-06-29", sentence: "They agreed to meet in the fall of 2021.", expected: ["in the fall of 2021=2021-FA"]),
        Case(date: "2021-06-29", sentence: "They agreed to meet by June 2022.", expected: ["by June 2022=2022-06"]),
        Case(date: "2021-06-29", sentence: "The fall of the city shocked the region.", expected: []),
        // Friday 2021-01-01, week 2020-W53.
        Case(date: "2021-01-01", sentence: "Talks continue this week.", expected: ["this week=2020-W53"]),
        Case(date: "2021-01-01", sentence: "Talks resume next week.", expected: ["next week=2021-W01"]),
        Case(date: "2021-01-01", sentence: "The minister spoke on Monday.", expected: ["on Monday=2020-12-28"]),
        Case(date: "2021-01-01", sentence: "Rates fell last month.", expected: ["last month=2020-12"]),
        Case(date: "2021-01-01", sentence: "The plan starts next month.", expected: ["next month=2021-02"]),
        Case(date: "2021-01-01", sentence: "Parliament votes on Sunday and will decide the budget.", expected: ["on Sunday=2021-01-03"]),
        Case(date: "2021-01-01", sentence: "The ceasefire began yesterday.", expected: ["yesterday=2020-12-31"]),
        // Tuesday 2022-11-15, week 2022-W46.
        Case(date: "2022-11-15", sentence: "The coalition will meet by June.", expected: ["by June=2023-06"]),
        Case(date: "2022-11-15", sentence: "The donors met in June.", expected: ["in June=2022-06"]),
        Case(date: "2022-11-15", sentence: "The summit will be held in March.", expected: ["in March=2023-03"]),
        Case(date: "2022-11-15", sentence: "The group was defeated last March.", expected: ["last March=2022-03"]),
        Case(date: "2022-11-15", sentence: "Elections take place next March.", expected: ["next March=2023-03"]),
        Case(date: "2022-11-15", sentence: "The talks will resume on February 10.", expected: ["on February 10=2023-02-10"]),
        Case(date: "2022-11-15", sentence: "The force withdraws in two months.", expected: ["in two months=2023-01"]),
        Case(date: "2022-11-15", sentence: "The offensive began three weeks ago.", expected: ["three weeks ago=2022-W43"]),
        // Sunday 2024-03-03, week 2024-W09, leap year.
        Case(date: "2024-03-03", sentence: "The envoy arrived last Friday.", expected: ["last Friday=2024-03-01"]),
        Case(date: "2024-03-03", sentence: "The envoy will arrive on Sunday.", expected: ["on Sunday=2024-03-03"]),
        Case(date: "2024-03-03", sentence: "Officials met on Sunday.", expected: ["on Sunday=2024-03-03"]),
        Case(date: "2024-03-03", sentence: "The envoy returns next Sunday.", expected: ["next Sunday=2024-03-10"]),
        Case(date: "2024-03-03", sentence: "Talks continue this week.", expected: ["this week=2024-W09"]),
        Case(date: "2024-03-03", sentence: "The rebels seized the town 10 days ago.", expected: ["10 days ago=2024-02-22"]),
        Case(date: "2024-03-03", sentence: "Prices rose last month.", expected: ["last month=2024-02"]),
    ]

    @Test(arguments: cases) func normalizesAgainstTheDocumentDate(_ c: Case) {
        #expect(Self.times(c.sentence, c.date) == c.expected)
    }

    @Test func theTableHasAtLeastFortyExpressions() {
        #expect(Self.cases.reduce(0) { $0 + $1.expected.count } >= 40)
    }

    @Test func withoutADocumentDateRelativeExpressionsStayUnnormalized() {
        #expect(Self.times("Talks resume next week.", nil) == ["next week=nil"])
        #expect(Self.times("Blinken said on Monday that the fighters remain.", nil) == ["on Monday=nil"])
        #expect(Self.times("The coalition will meet by June.", nil) == ["by June=nil"])
        // Absolute values and reference values need no anchor.
        #expect(Self.times("They agreed to meet by June 2022.", nil) == ["by June 2022=2022-06"])
        #expect(Self.times("More aid will come in the coming months.", nil) == ["in the coming months=FUTURE_REF"])
    }

    @Test func publicEntryPointTakesTheDocumentDate() {
        let date = CalendarDate(iso: "2021-06-29")
        #expect(TimeExpressionParser.expressions(in: "talks next week", documentDate: date) == [.init(text: "next week", normalized: "2021-W27")])
    }
}
