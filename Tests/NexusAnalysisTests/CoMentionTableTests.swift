import NexusCore
import Testing
@testable import NexusAnalysis

func evidence(_ document: String, _ sentence: Int, _ text: String = "") -> Evidence {
    Evidence(document: document, sentence: sentence, range: TextRange(start: 0, end: 1), text: text)
}

@Suite struct CoMentionTableTests {
    /// Hand-built graph: x and y share sentences 1 and 4 of d1 and sentence 0 of d2 (one of
    /// them given twice, once on a reversed edge); y and z share one sentence; an affiliation
    /// edge is not a co-mention.
    @Test func countsSentencesAndDocuments() {
        let graph = EntityGraph(
            nodes: ["x", "y", "z"].map { GraphNode(id: $0, label: $0, kind: .person) },
            edges: [
                GraphEdge(source: "x", target: "y", kind: .comention, weight: 3,
                          evidence: [evidence("d1", 4), evidence("d1", 1), evidence("d2", 0)]),
                GraphEdge(source: "y", target: "x", kind: .comention, weight: 1, evidence: [evidence("d1", 1)]),
                GraphEdge(source: "y", target: "z", kind: .comention, weight: 1, evidence: [evidence("d2", 7)]),
                GraphEdge(source: "x", target: "z", kind: .affiliation, weight: 1, evidence: [evidence("d3", 2)]),
            ])
        let table = CoMentionTable(entityGraph: graph)
        #expect(table.rows.count == 2)
        let xy = table.rows[0]
        #expect((xy.first, xy.second, xy.sentenceCount, xy.documentCount) == ("x", "y", 3, 2))
        #expect(xy.evidence.map { "\($0.document)#\($0.sentence)" } == ["d1#1", "d1#4", "d2#0"])
        #expect(table.row("z", "y")?.sentenceCount == 1)
        #expect(table.row("x", "z") == nil, "affiliations are not co-mentions")
        #expect(table.rows(involving: "z").count == 1)
    }
}
