import NexusCore
import Testing
@testable import NexusEvents

/// Descriptions ("the commission") that name the one body of the corpus with that head noun,
/// and the organs of states ("the government") that never do.
@Suite struct CorpusDescriptionsTests {
    @Test func aBodyDescribedInOneArticleIsTheBodyNamedInAnotherButAGovernmentIsNot() throws {
        let resolver = try CorpusResolver.standard()
        let named = ResolutionTestDocument.make(id: "a", text: "The Sahel Security Coalition met the Freedonian Government in Brussels.",
                                                [("Sahel Security Coalition", .organization, nil), ("Freedonian Government", .organization, nil)])
        let described = ResolutionTestDocument.make(id: "b", text: "The talks ended. Later the coalition said the government would pay.", [])
        let result = resolver.resolve([named, described])
        let ids = result.documents[1].entities.map(\.id)
        // The one coalition the corpus names; no government of another article.
        #expect(ids == ["organization:sahel-security-coalition"])
    }

    /// "The agency", "the commission", "the group" are each article's own: the one agency another
    /// article of the corpus names is not the one described here.
    @Test func aBodyEveryArticleHasOneOfIsNotAnotherArticles() throws {
        let resolver = try CorpusResolver.standard()
        let named = ResolutionTestDocument.make(id: "a", text: "The International Atomic Energy Agency and the European Commission met.",
                                                [("International Atomic Energy Agency", .organization, nil), ("European Commission", .organization, nil)])
        let described = ResolutionTestDocument.make(id: "b", text: "The agency lost the case. The commission said the turnout was high.", [])
        let result = resolver.resolve([named, described])
        #expect(result.documents[1].entities.isEmpty, "\(result.documents[1].entities.map(\.id))")
    }
}

/// One type for one full name across the corpus (``CorpusNameTypes``).
@Suite struct CorpusNameTypesTests {
    func article(_ id: String, _ type: EntityType) -> Document {
        ResolutionTestDocument.make(id: id, text: "Supporters of Daw Mya Thida gathered on Monday.", [("Daw Mya Thida", type, nil)])
    }

    @Test func aNameTypedOneWayInMostArticlesIsOneEntityOfThatType() throws {
        let resolver = try CorpusResolver.standard()
        let result = resolver.resolve([article("a", .person), article("b", .person), article("c", .person), article("d", .location)])
        #expect(result.entities.map(\.id) == ["person:daw-mya-thida"])
        #expect(result.documents.allSatisfy { $0.entities.map(\.id) == ["person:daw-mya-thida"] })
        // Three to two is a majority; two to two is none: each type keeps its articles.
        let three = resolver.resolve([article("a", .person), article("b", .person), article("c", .person), article("d", .location),
                                      article("e", .location)])
        #expect(three.entities.map(\.id) == ["person:daw-mya-thida"])
        let split = resolver.resolve([article("a", .person), article("b", .person), article("c", .location), article("d", .location)])
        #expect(Set(split.entities.map(\.id)) == ["person:daw-mya-thida", "location:daw-mya-thida"])
    }

    @Test func theStreamingResolutionTypesNamesAsTheInMemoryOne() throws {
        let resolver = try CorpusResolver.standard()
        let documents = [article("a", .person), article("b", .person), article("c", .person), article("d", .location)]
        var streaming = CorpusResolution(resolver: resolver, documentIDs: documents.map(\.id))
        for d in documents { streaming.scanDescriptions([d]) }
        for d in documents { streaming.scanEntities([d]) }
        let entities = streaming.merge()
        let extracted = documents.flatMap { streaming.extract([$0]) }
        let whole = resolver.resolve(documents)
        #expect(entities == whole.entities)
        #expect(extracted.map { $0.entities.map(\.id) } == whole.documents.map { $0.entities.map(\.id) })
    }
}
