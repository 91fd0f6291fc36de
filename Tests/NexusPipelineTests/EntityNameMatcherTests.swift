import NexusCore
import NexusEntities
import Testing
@testable import NexusPipeline

/// Name matching on hand-made candidates; every expectation is worked out by hand in the comments.
@Suite struct EntityNameMatcherTests {
    static let matcher = EntityNameMatcher(candidates: [
        .init(id: "person:jane-doe", name: "Jane Doe"),
        .init(id: "person:john-doe", name: "John Doe"),
        .init(id: "person:jose-alvarez", name: "José Álvarez"),
        .init(id: "country:cote-d-ivoire", name: "Côte d'Ivoire", aliases: ["Ivory Coast"]),
        .init(id: "organization:nlf", name: "National Liberation Front", aliases: ["NLF"]),
    ])

    func resolve(_ query: String) throws -> String {
        try Self.matcher.resolve(query)
    }

    @Test func idsMatchAsGiven() throws {
        #expect(try resolve("person:john-doe") == "person:john-doe")
        // Folded, the id "country:cote-d-ivoire" is "country cote d ivoire".
        #expect(try resolve("Country:Cote-D-Ivoire") == "country:cote-d-ivoire")
    }

    @Test func caseAccentsPunctuationAndTheAreIgnored() throws {
        #expect(try resolve("jose alvarez") == "person:jose-alvarez")
        #expect(try resolve("COTE D’IVOIRE") == "country:cote-d-ivoire")
        #expect(try resolve("the Ivory Coast") == "country:cote-d-ivoire")
        #expect(try resolve("nlf") == "organization:nlf")
        #expect(try resolve("Jane Doe's") == "person:jane-doe")
    }

    @Test func surnameAloneAndWordsOfAName() throws {
        #expect(try resolve("Alvarez") == "person:jose-alvarez")
        #expect(try resolve("Liberation Front") == "organization:nlf")
        // Not the last words, but consecutive words of one name only.
        #expect(try resolve("liberation") == "organization:nlf")
    }

    @Test func aSharedSurnameIsAmbiguous() {
        #expect(throws: EntityNameMatcher.Failure.ambiguous("Doe", matches: [
            .init(id: "person:jane-doe", name: "Jane Doe"), .init(id: "person:john-doe", name: "John Doe"),
        ])) { try resolve("Doe") }
        let message = EntityNameMatcher.Failure.ambiguous("Doe", matches: [
            .init(id: "person:jane-doe", name: "Jane Doe"), .init(id: "person:john-doe", name: "John Doe"),
        ]).description
        #expect(message == "'Doe' names several entities (Jane Doe (person:jane-doe), John Doe (person:john-doe)); give a fuller name or one of these ids")
    }

    @Test func unknownNamesSuggestTheNearest() {
        // "jane deo" vs "jane doe": 2 substitutions of 8 characters, similarity 0.75; vs
        // "john doe" 5 edits (0.375) and no shared word, so only Jane Doe is suggested.
        #expect(Self.matcher.suggestions(for: "Jane Deo").map(\.id) == ["person:jane-doe"])
        // One word: 0.9 × (1 − 1/7) ≈ 0.77 against the word "alvarez".
        #expect(Self.matcher.suggestions(for: "Alvares").map(\.id) == ["person:jose-alvarez"])
        #expect(throws: EntityNameMatcher.Failure.self) { try resolve("Alvares") }
        let unknown = EntityNameMatcher.Failure.unknown("Alvares", suggestions: [.init(id: "person:jose-alvarez", name: "José Álvarez")])
        #expect(unknown.description == "no entity named 'Alvares'; did you mean 'José Álvarez (person:jose-alvarez)'?")
        #expect(Self.matcher.suggestions(for: "Zzyzx").isEmpty)
        #expect(EntityNameMatcher.Failure.unknown("Zzyzx", suggestions: []).description.contains("nexus entities"))
        #expect(throws: EntityNameMatcher.Failure.unknown("  ", suggestions: [])) { try resolve("  ") }
    }

    @Test func folding() {
        #expect(EntityNameMatcher.fold("The Côte d’Ivoire's") == "cote d ivoire")
        #expect(EntityNameMatcher.fold("  Jane \t DOE ") == "jane doe")
        #expect(EntityNameMatcher.fold("The") == "the")
        #expect(EntityNameMatcher.fold("U.S.") == "u s")
    }

    @Test func levenshteinDistances() {
        // The textbook example: kitten → sitten → sittin → sitting.
        #expect(NameSimilarity.editDistance("kitten", "sitting") == 3)
        #expect(NameSimilarity.editDistance("", "abc") == 3)
        #expect(NameSimilarity.editDistance("flaw", "lawn") == 2)
    }

    @Test func graphNodesTakeTheCorpusAliasesAndCommitmentsMatchByIdOnly() throws {
        let graph = EntityGraph(nodes: [
            GraphNode(id: "person:jane-doe", label: "Jane Doe", kind: .person),
            GraphNode(id: "c1", label: "Jane Doe pledges aid", kind: .commitment),
        ])
        let entities = [CorpusEntity(id: "person:jane-doe", name: "Jane Doe", type: .person, aliases: [Alias(name: "J. Doe", rule: .partialName)])]
        let matcher = EntityNameMatcher(graph: graph, entities: entities)
        #expect(try matcher.resolve("j doe") == "person:jane-doe")
        #expect(try matcher.resolve("c1") == "c1")
        #expect(throws: EntityNameMatcher.Failure.self) { try matcher.resolve("pledges aid") }
        // "c2" is one edit from the commitment id "c1", but commitments are never suggested.
        #expect(matcher.suggestions(for: "c2").isEmpty)
        // "Jane Doe" is not ambiguous: the commitment's label is not one of its names.
        #expect(try matcher.resolve("Jane Doe") == "person:jane-doe")
    }

    @Test func duplicateCandidatesMerge() throws {
        let matcher = EntityNameMatcher(candidates: [
            .init(id: "x:a", name: "Alpha"), .init(id: "x:a", name: "Alpha Group", aliases: ["AG"]),
        ])
        #expect(matcher.candidates.count == 1)
        #expect(try matcher.resolve("ag") == "x:a")
    }

    @Test func aSurnamePrefersThePersonToAnOrganizationFragment() throws {
        let matcher = EntityNameMatcher(candidates: [
            .init(id: "organization:nishimura", name: "Nishimura", kind: .organization, importance: 9),
            .init(id: "person:yasutoshi-nishimura", name: "Yasutoshi Nishimura", kind: .person, importance: 4),
        ])
        let choice = try matcher.choose("Nishimura")
        #expect(choice.id == "person:yasutoshi-nishimura")
        #expect(choice.note == "note: 'Nishimura' fits 2 entities; using Yasutoshi Nishimura (person:yasutoshi-nishimura), the person of that name, not an organization (also: Nishimura (organization:nishimura))")
        // A fuller name needs no choice.
        #expect(try matcher.choose("Yasutoshi Nishimura").note == nil)
    }

    @Test func theMostMentionedWinsOnlyByAClearMargin() throws {
        let clear = EntityNameMatcher(candidates: [
            .init(id: "country:georgia", name: "Georgia", kind: .country, importance: 12),
            .init(id: "location:georgia", name: "Georgia", kind: .location, importance: 3),
        ])
        #expect(try clear.choose("Georgia").id == "country:georgia")
        let level = EntityNameMatcher(candidates: [
            .init(id: "country:georgia", name: "Georgia", kind: .country, importance: 5),
            .init(id: "location:georgia", name: "Georgia", kind: .location, importance: 3),
        ])
        #expect(throws: EntityNameMatcher.Failure.self) { try level.choose("Georgia") }
    }
}
