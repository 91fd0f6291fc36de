import Testing
@testable import NexusSyntax

/// Which words open a sentence as a wire dateline (``Dateline``), on hand-written sentences
/// with hand-assigned tags, and the tree the pipeline's parse gives a sentence that has one.
@Suite struct DatelineTests {
    /// The words marked as dateline in `sentence` (space-separated words, each `word/UPOS`;
    /// every dash written alone stands free).
    func dateline(_ sentence: String) -> [String] {
        let pairs = sentence.split(separator: " ").map { $0.split(separator: "/").map(String.init) }
        let words = pairs.map { $0[0] }
        let marks = Dateline.marks(words, upos: pairs.map { $0[1] }, freeDash: words.map { ["-", "—", "–", "--"].contains($0) })
        return pairs.indices.filter { marks[$0] }.map { pairs[$0][0] }
    }

    @Test func aPlaceDateAndCreditBeforeADashAreADateline() {
        #expect(dateline("BRUSSELS/PROPN ,/PUNCT July/PROPN 11/NUM (/PUNCT Reuters/PROPN )/PUNCT -/PUNCT NATO/PROPN agreed/VERB ./PUNCT")
            == ["BRUSSELS", ",", "July", "11", "(", "Reuters", ")", "-"])
        #expect(dateline("CAIRO/PROPN (/PUNCT AP/PROPN )/PUNCT —/PUNCT Egypt/PROPN called/VERB ./PUNCT") == ["CAIRO", "(", "AP", ")", "—"])
        // Words in capitals count whatever the tagger made of them.
        #expect(dateline("NEW/ADJ DELHI/NOUN —/PUNCT India/PROPN said/VERB ./PUNCT") == ["NEW", "DELHI", "—"])
    }

    @Test func aSentenceWithADashIsNoDateline() {
        #expect(dateline("Over/ADP the/DET weekend/NOUN ,/PUNCT the/DET Group/PROPN -/PUNCT comprising/VERB Japan/PROPN -/PUNCT asked/VERB OPEC/PROPN ./PUNCT").isEmpty)
        #expect(dateline("Officials/NOUN said/VERB -/PUNCT in/ADP private/ADJ -/PUNCT that/SCONJ talks/NOUN failed/VERB ./PUNCT").isEmpty)
        #expect(dateline("Kenya/PROPN said/VERB -/PUNCT no/DET ./PUNCT").isEmpty)
        // Nothing after the dash to parse.
        #expect(dateline("GENEVA/PROPN -/PUNCT Talks/NOUN").isEmpty)
    }

    @Test func aPlaceInCapitalsBeforeAColonIsADateline() {
        #expect(dateline("NEW/ADJ DELHI/PROPN :/PUNCT Prime/PROPN Minister/PROPN Modi/PROPN signed/VERB ./PUNCT") == ["NEW", "DELHI", ":"])
        #expect(dateline("ISLAMABAD/PROPN ,/PUNCT Nov/PROPN 30/NUM :/PUNCT Pakistan/PROPN said/VERB it/PRON agreed/VERB ./PUNCT")
            == ["ISLAMABAD", ",", "Nov", "30", ":"])
        // A label or a headline's colon after words in title case opens no dateline.
        #expect(dateline("Brexit/PROPN :/PUNCT May/PROPN faces/VERB rebels/NOUN ./PUNCT").isEmpty)
        #expect(dateline("Note/NOUN :/PUNCT The/DET ministry/NOUN said/VERB ./PUNCT").isEmpty)
        // A colon past the first words is the sentence's own.
        #expect(dateline("UN/PROPN officials/NOUN in/ADP GENEVA/PROPN told/VERB reporters/NOUN one/NUM thing/NOUN :/PUNCT the/DET talks/NOUN failed/VERB ./PUNCT").isEmpty)
    }

    @Test func theSentenceIsParsedWithoutItsColonDateline() throws {
        // Read with the dateline, DELHI was the subject and the prime ministers its appositions.
        let p = try HandCheckedParseTests.Parse("NEW DELHI: Prime Minister Narendra Modi and his Australian counterpart Anthony Albanese on Friday signed an agreement on critical minerals.")
        #expect(try p.arc("signed", "nsubj", "Narendra"), "\(p)")
        #expect(try p.arc("signed", "dep", "NEW"), "\(p)")
    }

    @Test func aHyphenInsideAWordIsNoDatelineDash() {
        #expect(Dateline.freeDashes([("al", 0, 2), ("-", 2, 3), ("Qaeda", 3, 8)]) == [false, false, false])
        #expect(Dateline.freeDashes([("GENEVA", 0, 6), ("-", 7, 8), ("Talks", 9, 14)]) == [false, true, false])
        #expect(Dateline.freeDashes([("GENEVA", 0, 6), ("—", 6, 7), ("Talks", 8, 13)]) == [false, true, false])
    }

    @Test func theSentenceIsParsedWithoutItsDateline() throws {
        // Read with the dateline, CAIRO was the subject and Egypt and Qatar its conjuncts.
        let p = try HandCheckedParseTests.Parse("CAIRO (AP) — Egypt and Qatar on Sunday called on Israel and Hamas to accept a new ceasefire proposal.")
        #expect(try p.arc("called", "nsubj", "Egypt"), "\(p)")
        #expect(try p.arc("Egypt", "conj", "Qatar"), "\(p)")
        #expect(try p.arc("called", "dep", "CAIRO"), "\(p)")
        #expect(try p.arc("CAIRO", "dep", "AP"), "\(p)")
    }
}
