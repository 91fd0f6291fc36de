import NexusCore
import Testing
@testable import NexusEvents

/// Descriptions ("the commission") that name the one body of the corpus with that head noun,
/// and the organs of states ("the government") that never do.
@Suite struct CorpusDescriptionsTests {
    @Test func aBodyDescribedInOneArticleIsTheBodyNamedInAnotherButAGovernmentIsNot() throws {
        let resolver = try CorpusResolver.standard()
        let named = ResolutionTestDocument.make(id: "a", text: "The European Commission met the Freedonian Government in Brussels.",
                                                [("European Commission", .organization, nil), ("Freedonian Government", .organization, nil)])
        let described = ResolutionTestDocument.make(id: "b", text: "The talks ended. Later the commission said the government would pay.", [])
        let result = resolver.resolve([named, described])
        let ids = result.documents[1].entities.map(\.id)
        // The one commission the corpus names; no government of another article.
        #expect(ids == ["organization:european-commission"])
    }
}
