import NexusCore
import Testing
@testable import NexusPipeline

@Suite struct GraphBuilderTests {
    let build = GraphBuilder(options: .init(evidenceLimit: 2)).buildWithReport(PipelineFixture.corpus())
    var graph: EntityGraph { build.graph }

    private func edge(_ source: String, _ target: String, _ kind: RelationKind) -> GraphEdge? {
        graph.edges.first { $0.source == source && $0.target == target && $0.kind == kind }
    }

    @Test func oneNodePerEntityAndCommitment() {
        #expect(graph.nodes.map(\.id) == [
            "a/c1", "b/c1", "country:italy", "country:syria", "country:united-states", "location:rome",
            "organization:nato", "person:antony-blinken", "person:luigi-di-maio",
        ])
        #expect(graph.validationProblems() == [])
        #expect(graph == graph.sorted())
        let nato = graph.nodes.first { $0.id == "organization:nato" }
        #expect(nato?.label == "NATO")
        #expect(nato?.kind == .organization)
    }

    @Test func commitmentNodesAreLabelledByKindAmountAndTime() {
        let aid = graph.nodes.first { $0.id == "a/c1" }
        #expect(aid?.label == "aid $436M → Syria by June 2022")
        #expect(aid?.kind == .commitment)
        #expect(aid?.evidence.map(\.text) == [PipelineFixture.a.sentences[2]])
        // Both documents call their commitment c1, so both ids are scoped by their document.
        #expect(graph.nodes.first { $0.id == "b/c1" }?.label == "support in the fall")
    }

    @Test func entityNodesCountMentionsAndKeepOneEvidencePerSentence() {
        let blinken = graph.nodes.first { $0.id == "person:antony-blinken" }
        // Mentions by hand: a#0 "Antony Blinken", a#1 "Blinken", b#0 "Blinken" twice.
        #expect(blinken?.scores["mentions"] == 4)
        #expect(blinken?.label == "Antony Blinken")
        #expect(blinken?.evidence.map { "\($0.document)#\($0.sentence)" } == ["a#0", "a#1"])
        #expect(blinken?.evidence.first?.text == PipelineFixture.a.sentences[0])
    }

    /// Co-mention weights counted by hand from the fixture's sentences.
    @Test func comentionsAreAggregatedOverTheCorpus() {
        let comentions = graph.edges.filter { $0.kind == .comention }
        let weights = Dictionary(uniqueKeysWithValues: comentions.map { ("\($0.source) \($0.target)", $0.weight) })
        #expect(weights == [
            "country:italy location:rome": 1,
            "country:italy person:antony-blinken": 1,
            "country:italy person:luigi-di-maio": 1,
            "location:rome person:antony-blinken": 2,
            "location:rome person:luigi-di-maio": 1,
            "person:antony-blinken person:luigi-di-maio": 2,
            "country:syria person:antony-blinken": 1,
            "country:syria person:luigi-di-maio": 1,
            "country:syria country:united-states": 1,
            "country:italy country:syria": 1,
        ])
        #expect(comentions.allSatisfy { $0.source < $0.target })
        let romeBlinken = edge("location:rome", "person:antony-blinken", .comention)
        #expect(romeBlinken?.evidence.map { "\($0.document)#\($0.sentence)" } == ["a#0", "b#0"])
        #expect(romeBlinken?.evidence.last?.text == "Blinken returned to Rome, then Blinken left.")
    }

    @Test func affiliationsCommitmentsAndBeneficiaries() {
        let affiliation = edge("person:luigi-di-maio", "country:italy", .affiliation)
        #expect(affiliation?.label == "Foreign Minister")
        #expect(affiliation?.weight == 1)
        #expect(edge("country:united-states", "a/c1", .commits) != nil)
        #expect(edge("a/c1", "country:syria", .benefits) != nil)
        #expect(edge("country:italy", "b/c1", .commits) != nil)
        #expect(graph.edges.count == 14)
    }

    @Test func referencesToUnknownEntitiesAreDroppedAndReported() {
        #expect(build.droppedReferences == ["affiliation edge person:ghost -> country:italy: no node 'person:ghost'"])
    }

    @Test func evidenceLimitCutsListsButNotWeights() {
        let one = GraphBuilder(options: .init(evidenceLimit: 1)).build(PipelineFixture.corpus())
        let edge = one.edges.first { $0.source == "location:rome" && $0.target == "person:antony-blinken" }
        #expect(edge?.weight == 2)
        #expect(edge?.evidence.count == 1)
    }

    @Test func optionsLeaveOutCommitmentsAndComentions() {
        let bare = GraphBuilder(options: .init(includesCommitments: false, includesComentions: false)).build(PipelineFixture.corpus())
        #expect(!bare.nodes.contains { $0.kind == .commitment })
        // Only the affiliation remains; the extraction's listed co-mention goes too.
        #expect(bare.edges.map(\.kind) == [.affiliation])
        #expect(bare.nodes.count == 7)
    }

    @Test func buildingIsDeterministic() {
        var reversed = PipelineFixture.corpus()
        reversed.documents.reverse()
        reversed.entities.reverse()
        #expect(GraphBuilder().build(reversed) == GraphBuilder().build(PipelineFixture.corpus()))
        #expect(GraphBuilder().build(PipelineFixture.corpus()) == GraphBuilder().build(PipelineFixture.corpus()))
    }
}
