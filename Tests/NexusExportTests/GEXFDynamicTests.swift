import Foundation
import NexusCore
import NexusTestSupport
import Testing
@testable import NexusExport

/// GEXF with time: `start` and `end` from the dates of the evidence documents, read back by
/// NetworkX; static and byte-for-byte unchanged without spans.
@Suite struct GEXFDynamicTests {
    static func evidence(_ document: String, _ sentence: Int) -> Evidence {
        Evidence(document: document, sentence: sentence, range: TextRange(start: 0, end: 4), text: "Text")
    }

    /// France is named in documents a (2021-05-20), b (2021-06-10) and u (undated); Italy in
    /// c (2021-06-29) only; Spain only in u. France–Italy share a sentence of b and one of c.
    static func graph() -> EntityGraph {
        EntityGraph(nodes: [
            GraphNode(id: "country:france", label: "France", kind: .country, evidence: [evidence("a", 0), evidence("b", 1), evidence("u", 0)]),
            GraphNode(id: "country:italy", label: "Italy", kind: .country, evidence: [evidence("c", 0)]),
            GraphNode(id: "country:spain", label: "Spain", kind: .country, evidence: [evidence("u", 1)]),
        ], edges: [
            GraphEdge(source: "country:france", target: "country:italy", kind: .comention, weight: 2, evidence: [evidence("b", 1), evidence("c", 0)]),
            GraphEdge(source: "country:france", target: "country:spain", kind: .comention, weight: 1, evidence: [evidence("u", 0)]),
        ])
    }

    static let dates = ["a": CalendarDate(iso: "2021-05-20")!, "b": CalendarDate(iso: "2021-06-10")!, "c": CalendarDate(iso: "2021-06-29")!]

    @Test func spansAreFirstAndLastDatedEvidence() {
        let spans = GraphTimeSpans(graph: Self.graph(), documentDates: Self.dates)
        #expect(spans.nodes["country:france"] == .init(first: Self.dates["a"]!, last: Self.dates["b"]!))
        #expect(spans.nodes["country:italy"] == .init(first: Self.dates["c"]!, last: Self.dates["c"]!))
        #expect(spans.nodes["country:spain"] == nil)
        #expect(spans.span(of: Self.graph().edges[0]) == .init(first: Self.dates["b"]!, last: Self.dates["c"]!))
        #expect(spans.span(of: Self.graph().edges[1]) == nil)
    }

    @Test func dynamicGEXFIsReadByNetworkXWithStartAndEnd() throws {
        let text = GEXFWriter(spans: GraphTimeSpans(graph: Self.graph(), documentDates: Self.dates)).string(Self.graph())
        #expect(text.contains("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">"))
        let folder = try PythonRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("graph.gexf")
        try Data(text.utf8).write(to: file)
        let script = """
        import json, sys
        import networkx as nx
        G = nx.read_gexf(sys.argv[1])
        nodes = {n: [d.get("start"), d.get("end")] for n, d in G.nodes(data=True)}
        edges = {u + " " + v: [d.get("start"), d.get("end")] for u, v, d in G.edges(data=True)}
        print(json.dumps({"mode": G.graph.get("mode"), "nodes": nodes, "edges": edges}))
        """
        struct Read: Decodable {
            var mode: String?
            var nodes: [String: [String?]]
            var edges: [String: [String?]]
        }
        let read = try PythonRunner.json(Read.self, script, arguments: [file.path])
        #expect(read.mode == "dynamic")
        #expect(read.nodes["country:france"] == ["2021-05-20", "2021-06-10"])
        #expect(read.nodes["country:italy"] == ["2021-06-29", "2021-06-29"])
        #expect(read.nodes["country:spain"] == [nil, nil])
        #expect(read.edges["country:france country:italy"] == ["2021-06-10", "2021-06-29"])
        #expect(read.edges["country:france country:spain"] == [nil, nil])
    }

    @Test func withoutSpansTheGraphStaysStatic() {
        let text = GEXFWriter().string(Self.graph())
        #expect(text == GEXFWriter(spans: nil).string(Self.graph()))
        #expect(text.contains("mode=\"static\">") && !text.contains("start=") && !text.contains("timeformat"))
    }
}
