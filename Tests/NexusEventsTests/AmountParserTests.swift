import NexusCore
import Testing
@testable import NexusEntities
@testable import NexusEvents

@Suite struct AmountParserTests {
    func amounts(_ text: String) -> [Amount] {
        let words = ResolutionLexer.words(in: text, offset: 0)
        return AmountParser.amounts(in: words, sentence: text, sentenceStart: 0).map(\.amount)
    }

    @Test func moneyInWordsSymbolsAndGluedMultipliers() {
        #expect(amounts("will provide an additional 436 million dollars in aid") == [Amount(value: 436_000_000, unit: "USD", text: "436 million dollars")])
        #expect(amounts("pledged $152 million to the fund") == [Amount(value: 152_000_000, unit: "USD", text: "$152 million")])
        #expect(amounts("announced €1.5bn for reconstruction") == [Amount(value: 1_500_000_000, unit: "EUR", text: "€1.5bn")])
        #expect(amounts("a £20m package") == [Amount(value: 20_000_000, unit: "GBP", text: "£20m")])
        #expect(amounts("some 2.5 billion euros") == [Amount(value: 2_500_000_000, unit: "EUR", text: "2.5 billion euros")])
        #expect(amounts("US$3 million") == [Amount(value: 3_000_000, unit: "USD", text: "US$3 million")])
        #expect(amounts("EUR 40 million") == [Amount(value: 40_000_000, unit: "EUR", text: "EUR 40 million")])
        #expect(amounts("50 million US dollars") == [Amount(value: 50_000_000, unit: "USD", text: "50 million US dollars")])
        // A dollar named by its country is that country's.
        #expect(amounts("an additional 650 million Canadian dollars in military aid") == [Amount(value: 650_000_000, unit: "CAD", text: "650 million Canadian dollars")])
        #expect(amounts("20 million New Zealand dollars") == [Amount(value: 20_000_000, unit: "NZD", text: "20 million New Zealand dollars")])
    }

    @Test func countsNeedACountNoun() {
        #expect(amounts("with over 800 units between the two") == [Amount(value: 800, unit: "count", text: "800 units")])
        #expect(amounts("10,000 troops") == [Amount(value: 10_000, unit: "count", text: "10,000 troops")])
        #expect(amounts("1,000 additional troops") == [Amount(value: 1_000, unit: "count", text: "1,000 additional troops")])
        #expect(amounts("two helicopters") == [Amount(value: 2, unit: "count", text: "two helicopters")])
    }

    @Test func bareNumbersYearsAndOtherNounsAreNotAmounts() {
        #expect(amounts("in 2014 more than 40 countries met") == [])
        #expect(amounts("77 countries and five organizations") == [])
        #expect(amounts("a 2015 resolution") == [])
        #expect(amounts("30 deaths") == [])
    }
}

@Suite struct AmountParserPublicAPITests {
    @Test func parsesPlainText() {
        #expect(AmountParser.amounts(in: "pledged €1.5bn and 800 units").map(\.value) == [1_500_000_000, 800])
        #expect(TimeExpressionParser.expressions(in: "to meet by June 2022") == [.init(text: "by June 2022", normalized: "2022-06")])
    }
}
