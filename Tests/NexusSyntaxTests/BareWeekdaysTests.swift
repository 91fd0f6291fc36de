import Testing
@testable import NexusSyntax

/// Which day names are bare time adverbs (``BareWeekdays``), on hand-written sentences with
/// hand-assigned tags, and the tree the pipeline's parse gives one.
@Suite struct BareWeekdaysTests {
    /// The words marked bare in `sentence` (space-separated words, each `word/UPOS`).
    func bare(_ sentence: String) -> [String] {
        let pairs = sentence.split(separator: " ").map { $0.split(separator: "/").map(String.init) }
        let marks = BareWeekdays.marks(pairs.map { $0[0] }, upos: pairs.map { $0[1] })
        return pairs.indices.filter { marks[$0] }.map { pairs[$0][0] }
    }

    @Test func aDayWithNoPrepositionIsBare() {
        #expect(bare("Hu/PROPN met/VERB his/PRON counterpart/NOUN Saturday/PROPN ./PUNCT") == ["Saturday"])
        #expect(bare("The/DET EU/PROPN Thursday/PROPN called/VERB on/ADP Iran/PROPN ./PUNCT") == ["Thursday"])
        #expect(bare("Officials/NOUN said/VERB Monday/PROPN that/SCONJ talks/NOUN failed/VERB ./PUNCT") == ["Monday"])
    }

    @Test func aDayInsideATimePhraseOrANameIsNot() {
        #expect(bare("Hu/PROPN met/VERB Lee/PROPN on/ADP Saturday/PROPN ./PUNCT").isEmpty)
        #expect(bare("They/PRON met/VERB last/ADJ Friday/PROPN ./PUNCT").isEmpty)
        #expect(bare("They/PRON met/VERB Monday/PROPN and/CCONJ Tuesday/PROPN ./PUNCT") == ["Monday"])
        #expect(bare("Pilgrims/NOUN marked/VERB Good/PROPN Friday/PROPN ./PUNCT").isEmpty)
        #expect(bare("Voters/NOUN await/VERB Super/PROPN Tuesday/PROPN ./PUNCT").isEmpty)
    }

    @Test func aDayBeforeAPossessiveOrANounIsNot() {
        #expect(bare("Police/NOUN blamed/VERB Sunday/PROPN 's/PART attack/NOUN on/ADP rebels/NOUN ./PUNCT").isEmpty)
        #expect(bare("Crowds/NOUN left/VERB Friday/PROPN prayers/NOUN early/ADV ./PUNCT").isEmpty)
        #expect(bare("Monday/PROPN was/AUX quiet/ADJ ./PUNCT").isEmpty)
    }

    @Test func aBareDayHangsOnItsClauseAndTheRestIsParsedWithoutIt() throws {
        let p = try HandCheckedParseTests.Parse("Xi Jinping met his South Korean counterpart Saturday in Beijing.")
        #expect(try p.arc("met", "obl", "Saturday"), "\(p)")
        #expect(try p.arc("met", "obj", "counterpart"), "\(p)")
        let q = try HandCheckedParseTests.Parse("The European Union Thursday imposed new sanctions on Belarus.")
        #expect(try q.arc("imposed", "obl", "Thursday"), "\(q)")
        #expect(try q.arc("imposed", "nsubj", "Union"), "\(q)")
    }
}
