import NexusCore
import Testing
@testable import NexusEvents

/// The resolver's guards against false merges, each on a short hand-written passage whose
/// right answer is read off the text: namesakes with other first names or initials, people
/// who share only a word of their names, an acronym that fits two organizations, a
/// parenthesis that is not an acronym definition, and given names too far apart to be
/// spelling variants.
@Suite struct ResolverGuardTests {
    /// The entity (id) holding the mention `surface` in the first document; fails when none does.
    func entity(of surface: String, in result: CorpusExtraction, document: Int = 0) throws -> String {
        let holder = result.documents[document].entities.first { $0.mentions.contains { $0.text == surface } }
        return try #require(holder, "no entity holds the mention '\(surface)'").id
    }

    func resolve(_ documents: [Document]) throws -> CorpusExtraction {
        try CorpusResolver.standard().resolve(documents)
    }

    /// The bare surname is written twice: the first "Smith" joins the one named before it, and
    /// the second, already in that group, must not pull in the other Smith.
    @Test func anInitialMatchesOnlyFirstNamesWithThatLetter() throws {
        let text = "J. Smith spoke in Paris. Smith said the talks were useful. Robert Smith replied on Monday. Smith said more talks would follow."
        let result = try resolve([ResolutionTestDocument.make(id: "a", text: text, [
            ("Robert Smith", .person, nil), ("J. Smith", .person, nil), ("Smith", .person, nil),
        ])])
        #expect(try entity(of: "J. Smith", in: result) != entity(of: "Robert Smith", in: result), "J. is not Robert")
    }

    @Test func peopleSharingOneWordOfTheirNamesStayApart() throws {
        let text = "Michael Howard met reporters. Howard said the talks went well. Howard Flight disagreed. Howard said the plan would fail."
        let result = try resolve([ResolutionTestDocument.make(id: "a", text: text, [
            ("Michael Howard", .person, nil), ("Howard Flight", .person, nil), ("Howard", .person, nil),
        ])])
        #expect(try entity(of: "Michael Howard", in: result) != entity(of: "Howard Flight", in: result))
    }

    @Test func anAcronymFittingTwoOrganizationsJoinsNeither() throws {
        let text = "The National Democratic Institute and the National Defence Initiative held talks. NDI officials declined to comment."
        let result = try resolve([ResolutionTestDocument.make(id: "a", text: text, [
            ("National Democratic Institute", .organization, nil), ("National Defence Initiative", .organization, nil),
            ("NDI", .organization, nil),
        ])])
        let acronym = try entity(of: "NDI", in: result)
        #expect(try acronym != entity(of: "National Democratic Institute", in: result))
        #expect(try acronym != entity(of: "National Defence Initiative", in: result))
    }

    @Test func onlyAParenthesisedAcronymAloneDefinesIt() throws {
        let defined = try resolve([ResolutionTestDocument.make(id: "a",
            text: "The Transnational Institute (TNI) published a report. TNI said it was independent.",
            [("Transnational Institute", .organization, nil), ("TNI", .organization, nil)])])
        #expect(try entity(of: "TNI", in: defined) == entity(of: "Transnational Institute", in: defined))
        let notDefined = try resolve([ResolutionTestDocument.make(id: "a",
            text: "The Transnational Institute (TNI staff and others) published a report. TNI said it was independent.",
            [("Transnational Institute", .organization, nil), ("TNI", .organization, nil)])])
        #expect(try entity(of: "TNI", in: notDefined) != entity(of: "Transnational Institute", in: notDefined))
    }

    /// Across documents, two people of one surname and one role are merged when their given
    /// names are spelling variants (one edit apart, or Jaro–Winkler ≥ 0.93), not otherwise.
    @Test func givenNamesThreeEditsApartAreNotSpellingVariants() throws {
        let result = try resolve([
            ResolutionTestDocument.make(id: "a", text: "Foreign Minister Daniel Rossi met officials in Rome.", [("Daniel Rossi", .person, nil)]),
            ResolutionTestDocument.make(id: "b", text: "Foreign Minister Dario Rossi met officials in Milan.", [("Dario Rossi", .person, nil)]),
            ResolutionTestDocument.make(id: "c", text: "Foreign Minister Anthony Rossi met officials in Turin.", [("Anthony Rossi", .person, nil)]),
            ResolutionTestDocument.make(id: "d", text: "Foreign Minister Antony Rossi met officials in Genoa.", [("Antony Rossi", .person, nil)]),
        ])
        #expect(try entity(of: "Daniel Rossi", in: result) != entity(of: "Dario Rossi", in: result, document: 1))
        // One edit apart: a spelling variant of one person.
        #expect(try entity(of: "Anthony Rossi", in: result, document: 2) == entity(of: "Antony Rossi", in: result, document: 3))
    }
}
