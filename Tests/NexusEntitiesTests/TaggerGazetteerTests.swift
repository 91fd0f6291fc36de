import Testing
@testable import NexusEntities

@Suite struct TaggerGazetteerTests {
    @Test func phraseGazetteerMarksLongestAndNestedMatches() {
        let gazetteer = TaggerPhraseGazetteer(name: "test", entries: [
            ("COUNTRY", ["United", "States"]), ("COUNTRY", ["Korea"]), ("LANGUAGE", ["German"]),
        ])
        let flags = gazetteer.flags(for: ["The", "UNITED", "STATES", "and", "korea", "speak", "German"])
        #expect(flags == [[], ["B-COUNTRY"], ["I-COUNTRY"], [], [], [], ["B-LANGUAGE"]])
    }

    @Test func isoCodesListHasCountries() throws {
        let gazetteer = try TaggerPhraseGazetteer.isoCodes()
        #expect(gazetteer.flags(for: ["France"]) == [["B-COUNTRY"]])
        #expect(gazetteer.flags(for: ["Germany", "'s"])[0].contains("B-COUNTRY"))
    }
}
