import NexusCore
import Testing
@testable import NexusPipeline

/// `listedCommitments()` and `EntitySummary` on a hand-made corpus and graph.
@Suite struct CorpusListingTests {
    static func commitment(_ id: String, sentence: Int, start: Int, actor: String, beneficiary: String? = nil) -> Commitment {
        Commitment(id: id, actor: actor, kind: .pledge, text: "t", sentence: sentence, range: TextRange(start: start, end: start + 1), beneficiary: beneficiary)
    }

    static let corpus = CorpusExtraction(
        documents: [
            DocumentExtraction(document: Document(id: "b", path: "b.txt", text: "x"), commitments: [
                commitment("b2", sentence: 2, start: 40, actor: "person:ann"),
                commitment("b1", sentence: 0, start: 3, actor: "ghost:id", beneficiary: "country:x"),
            ]),
            DocumentExtraction(document: Document(id: "a", path: "a.txt", text: "x"), commitments: [
                commitment("a2", sentence: 1, start: 9, actor: "person:ann"),
                commitment("a1", sentence: 1, start: 5, actor: "country:x", beneficiary: "person:ann"),
            ]),
        ],
        entities: [
            CorpusEntity(id: "person:ann", name: "Ann Lee", type: .person, documents: ["a", "b"], roles: ["Mayor", "Senator"]),
            CorpusEntity(id: "country:x", name: "Xland", type: .country, documents: ["a"]),
            CorpusEntity(id: "person:bo", name: "Bo Chan", type: .person, documents: ["b"]),
            CorpusEntity(id: "person:al", name: "Al Ray", type: .person, documents: ["b"]),
        ])

    @Test func commitmentsInReadingOrderWithNames() {
        let listed = Self.corpus.listedCommitments()
        // Document a before b; in a, both in sentence 1, offset 5 before 9.
        #expect(listed.map(\.commitment.id) == ["a1", "a2", "b1", "b2"])
        #expect(listed.map(\.actorName) == ["Xland", "Ann Lee", "ghost:id", "Ann Lee"])
        #expect(listed.map(\.beneficiaryName) == ["Ann Lee", nil, "Xland", nil])
    }

    @Test func entitySummariesMostMentionedFirstWithAffiliations() {
        let graph = EntityGraph(
            nodes: [
                GraphNode(id: "person:ann", label: "Ann Lee", kind: .person, scores: ["mentions": 4]),
                GraphNode(id: "person:bo", label: "Bo Chan", kind: .person, scores: ["mentions": 1]),
                GraphNode(id: "person:al", label: "Al Ray", kind: .person, scores: ["mentions": 1]),
                GraphNode(id: "country:x", label: "Xland", kind: .country, scores: ["mentions": 9]),
            ],
            edges: [
                GraphEdge(source: "person:ann", target: "country:x", kind: .affiliation, label: "Mayor"),
                GraphEdge(source: "person:bo", target: "country:x", kind: .affiliation),
                GraphEdge(source: "person:ann", target: "person:bo", kind: .comention),
            ])
        let people = EntitySummary.summaries(of: Self.corpus, graph: graph, types: [.person])
        // Ann 4, then Al and Bo tie at 1: by name, "Al Ray" first.
        #expect(people.map(\.entity.id) == ["person:ann", "person:al", "person:bo"])
        #expect(people.map(\.mentions) == [4, 1, 1])
        // "Mayor" is stated by the affiliation, "Senator" is not.
        #expect(people[0].details == ["Senator", "Mayor, Xland"])
        #expect(people[2].details == ["Xland"])
        #expect(people[1].details.isEmpty)
        #expect(EntitySummary.summaries(of: Self.corpus, graph: graph, types: [.country]).map(\.entity.name) == ["Xland"])
    }
}
