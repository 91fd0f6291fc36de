import NexusCore
import Testing
@testable import NexusEntities
@testable import NexusEvents
import NexusTestSupport

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

@Suite struct ResolverRobustnessTests {
    /// Mentions with arbitrary (but in-text) ranges, types and sentence numbers never crash the
    /// resolver, and its output stays consistent: every mention is inside its sentence.
    @Test func arbitraryMentionsDoNotCrash() throws {
        let text = "The U.S. envoy (@envoy) met Italy’s minister in Rome. Officials said they would send 300 troops by May 2025. “We will pledge €2bn,” she said; NATO (North Atlantic Treaty Organization) agreed."
        let base = ResolutionTestDocument.make(id: "r", text: text, [])
        var generator = SplitMix64(seed: 42)
        let resolver = try CorpusResolver.standard()
        let length = text.unicodeScalars.count
        for _ in 0..<200 {
            var doc = base
            for _ in 0..<Int(generator.next() % 12) {
                let a = Int(generator.next() % UInt64(length))
                let b = min(length, a + 1 + Int(generator.next() % 25))
                let type = EntityType.allCases[Int(generator.next() % 4)]
                let sentence = Int(generator.next() % UInt64(base.sentences.count + 1))
                doc.mentions.append(Mention(text: doc.substring(TextRange(start: a, end: b)), type: type, sentence: sentence, range: TextRange(start: a, end: b)))
            }
            let result = resolver.resolve([doc])
            for entity in result.documents[0].entities {
                for m in entity.mentions where m.sentence < doc.sentences.count {
                    #expect(doc.sentences[m.sentence].range.contains(m.range))
                }
            }
        }
    }
}

