import NexusCore
import Testing
@testable import NexusExtraction

@Suite struct ResolverEdgeCaseTests {
    @Test func emptyInputAndDocumentsWithoutMentions() throws {
        let resolver = try CorpusResolver.standard()
        #expect(resolver.resolve([]) == CorpusExtraction())
        let bare = Document(id: "bare", path: "bare.txt", text: "")
        let result = resolver.resolve([bare])
        #expect(result.documents.count == 1)
        #expect(result.documents[0].entities.isEmpty && result.documents[0].relations.isEmpty && result.documents[0].commitments.isEmpty)
    }

    @Test func mentionsPointingOutsideTheSentencesAreIgnored() throws {
        var doc = ResolutionTestDocument.make(id: "a", text: "Chad joined the talks.", [("Chad", .country, nil)])
        doc.mentions.append(Mention(text: "Ghost", type: .person, sentence: 7, range: TextRange(start: 0, end: 4)))
        let result = try CorpusResolver.standard().resolve([doc])
        #expect(result.entities.map(\.id) == ["country:chad"])
    }

    @Test func lexerKeepsAbbreviationsHandlesAndPossessivesApart() {
        let words = ResolutionLexer.words(in: "The U.S. envoy (@USEnvoy) met Italy’s al-Qaeda expert; 10,000 troops and €1.5bn.", offset: 0).map(\.text)
        #expect(words == ["The", "U.S.", "envoy", "(", "@USEnvoy", ")", "met", "Italy", "’s", "al-Qaeda", "expert", ";", "10,000", "troops", "and", "€", "1.5bn", "."])
    }

    @Test func nameNormalizationAndSimilarity() {
        #expect(NameNormalizer.key("the Islamic State’s") == "islamic state")
        #expect(NameNormalizer.key("U.N.") == NameNormalizer.key("UN"))
        #expect(NameNormalizer.key("IS") != NameNormalizer.key("is"))
        #expect(NameNormalizer.initials("North Atlantic Treaty Organization") == "NATO")
        #expect(NameSimilarity.editDistance("anthony", "antony") == 1)
        #expect(NameSimilarity.editDistance("niger", "nigeria") == 2)
        // Winkler (1990) reference pairs.
        #expect(abs(NameSimilarity.jaroWinkler("MARTHA", "MARHTA") - 0.961) < 0.001)
        #expect(abs(NameSimilarity.jaroWinkler("DWAYNE", "DUANE") - 0.840) < 0.001)
        #expect(abs(NameSimilarity.jaroWinkler("DIXON", "DICKSONX") - 0.813) < 0.001)
    }
}
