import NexusCore
import Testing
@testable import NexusEntities

/// Acronyms defined by common words (``TermAcronym``) and AP party designations
/// (``PartyDesignation``), on hand-written sentences.
@Suite struct TermAcronymTests {
    func words(_ text: String) -> [ResolutionWord] { ResolutionLexer.words(in: text, offset: 0) }

    func isTerm(_ text: String, acronym: String) -> Bool {
        let w = words(text)
        guard let k = w.firstIndex(where: { $0.text == acronym }), let letters = TermAcronym.letters(of: acronym) else { return false }
        return TermAcronym.isDefined(letters, before: k, in: w)
    }

    @Test func lowerCaseInitialsDefineATerm() {
        #expect(isTerm("Qatar ships liquefied natural gas (LNG) to Europe.", acronym: "LNG"))
        #expect(isTerm("They feared weapons of mass destruction (WMD) most.", acronym: "WMD"))
        #expect(isTerm("Sales of electric vehicles (EVs) rose.", acronym: "EVs"))
        #expect(isTerm("the heavily indebted poor countries (HIPC) initiative", acronym: "HIPC"))
    }

    @Test func aNameOrOtherWordsDefineNoTerm() {
        // A name in capitals defines a name.
        #expect(!isTerm("The International Energy Agency (IEA) warned.", acronym: "IEA"))
        // Initials that do not spell it, or no parenthesis.
        #expect(!isTerm("Talks with the rebels (FARC) resumed.", acronym: "FARC"))
        #expect(!isTerm("liquefied natural gas LNG", acronym: "LNG"))
    }

    @Test func aPartyDesignationIsFoundAfterAComma() {
        let found = PartyDesignation.find(in: words("Sen. Chuck Schumer, D-N.Y., and Rep. Jim Jordan, R-Ohio, met Sen. Angus King, I-Maine."))
        #expect(found.map(\.party) == ["D", "R", "I"])
        #expect(found.map(\.partyName) == ["Democratic Party", "Republican Party", nil])
        // Not a state, or not after a comma.
        #expect(PartyDesignation.find(in: words("Officials of the A-Team, R-Wing, met.")).isEmpty)
        #expect(PartyDesignation.find(in: words("The D-N.Y. line")).isEmpty)
    }
}
