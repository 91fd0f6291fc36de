import NexusCore
import Testing

@Suite struct EntityGraphMergeTests {
    static func evidence(_ document: String, _ sentence: Int) -> Evidence {
        Evidence(document: document, sentence: sentence, range: TextRange(start: 0, end: 1), text: "s")
    }

    @Test func mergesNodesByIdAndSumsDistinctEdges() {
        let a = EntityGraph(
            nodes: [GraphNode(id: "p", label: "First", kind: .person, scores: ["x": 1], evidence: [Self.evidence("a", 1)]),
                    GraphNode(id: "q", label: "Q", kind: .country)],
            edges: [GraphEdge(source: "p", target: "q", kind: .comention, weight: 2, evidence: [Self.evidence("a", 1)])]
        )
        let b = EntityGraph(
            nodes: [GraphNode(id: "p", label: "Second", kind: .person, scores: ["x": 9, "y": 2], evidence: [Self.evidence("b", 0)]),
                    GraphNode(id: "q", label: "Q", kind: .country)],
            edges: [GraphEdge(source: "p", target: "q", kind: .comention, weight: 1, evidence: [Self.evidence("b", 0)])]
        )
        let merged = EntityGraph.merging([a, b, a])
        #expect(merged.nodes.map(\.id) == ["p", "q"])
        #expect(merged.nodes[0].label == "First")
        #expect(merged.nodes[0].scores == ["x": 1, "y": 2])
        #expect(merged.nodes[0].evidence == [Self.evidence("a", 1), Self.evidence("b", 0)])
        #expect(merged.edges.count == 1)
        #expect(merged.edges[0].weight == 3)  // 2 + 1; the repeated graph a counts once
        #expect(merged.edges[0].evidence.count == 2)
    }
}
