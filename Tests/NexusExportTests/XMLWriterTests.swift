import Foundation
import NexusCore
import NexusTestSupport
import Testing
@testable import NexusExport

/// What NetworkX reads back from a GraphML or GEXF file.
struct NetworkXRead: Decodable {
    struct Node: Decodable, Equatable {
        var label: String?
        var kind: String?
        var evidence: String?
        var pagerank: Double?
        var mentions: Double?
        var score_label: Double?
    }
    struct Edge: Decodable, Equatable {
        var source: String
        var target: String
        var kind: String?
        var weight: Double?
        var label: String?
        var evidence: String?
    }
    var directed: Bool
    var multigraph: Bool
    var nodes: [String: Node]
    var edges: [Edge]

    /// Reads `file` with `nx.<reader>` and prints nodes and edges as JSON.
    static func read(_ file: URL, with reader: String) throws -> NetworkXRead {
        let script = """
        import json, sys
        import networkx as nx
        G = getattr(nx, sys.argv[2])(sys.argv[1])
        keys = ["label", "kind", "evidence", "pagerank", "mentions", "score_label"]
        nodes = {n: {k: d[k] for k in keys if k in d} for n, d in G.nodes(data=True)}
        edges = [dict({k: d[k] for k in ["kind", "weight", "label", "evidence"] if k in d}, source=u, target=v)
                 for u, v, d in G.edges(data=True)]
        edges.sort(key=lambda e: (e["source"], e["target"], e.get("kind", ""), e.get("label", "")))
        print(json.dumps({"directed": G.is_directed(), "multigraph": G.is_multigraph(), "nodes": nodes, "edges": edges}))
        """
        return try PythonRunner.json(NetworkXRead.self, script, arguments: [file.path, reader])
    }
}

@Suite struct XMLWriterTests {
    let graph = GraphFixture.graph()

    @Test func escapesXMLText() {
        #expect(XMLText.escape("a<b>&\"c\" 'd'") == "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;")
        #expect(XMLText.escape("x\ny\tz\r") == "x&#10;y&#9;z&#13;")
        #expect(XMLText.escape("bell\u{07} nul\u{00} \u{FFFF} é 🇹🇷") == "bell\u{FFFD} nul\u{FFFD} \u{FFFD} é 🇹🇷")
    }

    @Test func graphMLIsReadByNetworkX() throws {
        let read = try readBack(GraphMLWriter().data(graph), name: "graph.graphml", reader: "read_graphml")
        try checkNetworkX(read)
        // GraphML keeps the node label as a data attribute.
        #expect(read.nodes["person:jane-o-brien"]?.label == GraphFixture.hostileLabel)
    }

    @Test func gexfIsReadByNetworkX() throws {
        let read = try readBack(GEXFWriter().data(graph), name: "graph.gexf", reader: "read_gexf")
        try checkNetworkX(read)
        #expect(read.nodes["person:jane-o-brien"]?.label == GraphFixture.hostileLabel)
    }

    @Test func writersIgnoreInputOrder() {
        let shuffled = GraphFixture.shuffled()
        #expect(GraphMLWriter().string(shuffled) == GraphMLWriter().string(graph))
        #expect(GEXFWriter().string(shuffled) == GEXFWriter().string(graph))
    }

    @Test func graphMLDeclaresItsKeys() {
        let text = GraphMLWriter().string(graph)
        for line in [
            #"<key id="n_label" for="node" attr.name="label" attr.type="string"/>"#,
            #"<key id="n_score0" for="node" attr.name="score_label" attr.type="double"/>"#,
            #"<key id="n_score1" for="node" attr.name="mentions" attr.type="double"/>"#,
            #"<key id="n_score2" for="node" attr.name="pagerank" attr.type="double"/>"#,
            #"<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>"#,
            #"<graph id="nexus" edgedefault="directed">"#,
        ] {
            #expect(text.contains(line), "missing \(line)")
        }
    }

    private func readBack(_ data: Data, name: String, reader: String) throws -> NetworkXRead {
        let folder = try PythonRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try data.write(to: file)
        return try NetworkXRead.read(file, with: reader)
    }

    /// Compares what NetworkX read with the fixture, written out by hand.
    private func checkNetworkX(_ read: NetworkXRead) throws {
        #expect(read.directed)
        #expect(read.multigraph, "two affiliations go from Mevlüt to Türkiye, so NetworkX must build a multigraph")
        #expect(read.nodes.count == 5)
        #expect(read.edges.count == 6)
        #expect(read.nodes["person:mevlut-cavusoglu"] == NetworkXRead.Node(
            label: "Mevlüt Çavuşoğlu 🇹🇷", kind: "person", pagerank: 0.5, score_label: 7
        ))
        #expect(read.nodes["person:jane-o-brien"]?.evidence == "doc-1#0: Jane said, \"we will\" <help>.\ndoc-1#4: Jane left.")
        #expect(read.nodes["person:jane-o-brien"]?.mentions == 3)
        let hostile = try #require(read.nodes[GraphFixture.hostileID])
        #expect(hostile.label == "Bell\u{FFFD}char\ttab")
        #expect(hostile.kind == "organization")
        #expect(read.nodes["doc-1:c1"]?.kind == "commitment")
        #expect(read.edges == [
            NetworkXRead.Edge(source: "country:turkiye", target: "doc-1:c1", kind: "commits", weight: 1),
            NetworkXRead.Edge(source: "country:turkiye", target: "person:mevlut-cavusoglu", kind: "comention", weight: 3),
            NetworkXRead.Edge(source: "doc-1:c1", target: GraphFixture.hostileID, kind: "benefits", weight: 1.5, label: "to \"them\", now"),
            NetworkXRead.Edge(source: "person:jane-o-brien", target: "person:mevlut-cavusoglu", kind: "comention", weight: 2,
                              evidence: "doc-1#0: Jane met Mevlüt.\ndoc-1#3: Again, \"Jane\" & Mevlüt."),
            NetworkXRead.Edge(source: "person:mevlut-cavusoglu", target: "country:turkiye", kind: "affiliation", weight: 1,
                              label: "Deputy Prime Minister"),
            NetworkXRead.Edge(source: "person:mevlut-cavusoglu", target: "country:turkiye", kind: "affiliation", weight: 1,
                              label: "Foreign Minister", evidence: "doc-1#1: Türkiye's Foreign Minister Mevlüt."),
        ])
    }
}
