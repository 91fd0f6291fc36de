import Testing
@testable import NexusEntities
@testable import NexusEvents

@Suite struct TimeExpressionParserTests {
    func times(_ text: String) -> [String] {
        let words = ResolutionLexer.words(in: text, offset: 0)
        return TimeExpressionParser.expressions(in: words, sentence: text, sentenceStart: 0).map { "\($0.text)=\($0.normalized ?? "nil")" }
    }

    @Test func monthsDaysSeasonsAndYears() {
        #expect(times("the next meeting by June 2022") == ["by June 2022=2022-06"])
        #expect(times("a meeting in the fall of 2021") == ["in the fall of 2021=2021-FA"])
        #expect(times("in Rome, Italy, on June 28, 2021.") == ["on June 28, 2021=2021-06-28"])
        #expect(times("on 28 June 2021") == ["on 28 June 2021=2021-06-28"])
        #expect(times("in autumn 2023") == ["in autumn 2023=2023-FA"])
        #expect(times("by the end of 2024") == ["by the end of 2024=2024"])
        #expect(times("in the third quarter of 2022") == ["in the third quarter of 2022=2022-Q3"])
        #expect(times("seized territory in 2014") == ["in 2014=2014"])
        #expect(times("date 2021-06-29") == ["2021-06-29=2021-06-29"])
    }

    @Test func expressionsWithoutAYearKeepTheirText() {
        #expect(times("said on Monday that") == ["on Monday=nil"])
        #expect(times("talks next week") == ["next week=nil"])
    }

    @Test func theModalMayIsNotAMonth() {
        #expect(times("the group may be getting stronger") == [])
        #expect(times("elections in May 2024") == ["in May 2024=2024-05"])
    }
}
