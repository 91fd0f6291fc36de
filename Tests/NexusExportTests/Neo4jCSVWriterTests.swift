import Foundation
import NexusCore
import NexusTestSupport
import Testing
@testable import NexusExport

@Suite struct Neo4jCSVWriterTests {
    let graph = GraphFixture.graph()

    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        (" padded", "\" padded\""),
        ("", ""),
        ("Çavuşoğlu 🇹🇷", "Çavuşoğlu 🇹🇷"),
    ])
    func quotesFieldsAsRFC4180Says(field: String, expected: String) {
        #expect(CSVField.quote(field) == expected)
    }

    @Test func headersAreNeo4jImportHeaders() {
        let nodes = Neo4jCSVWriter().nodes(graph)
        let relationships = Neo4jCSVWriter().relationships(graph)
        #expect(nodes.hasPrefix("id:ID,name,kind:LABEL,evidence,label:double,mentions:double,pagerank:double\r\n"))
        #expect(relationships.hasPrefix(":START_ID,:END_ID,:TYPE,weight:double,label,code,quad,evidence\r\n"))
    }

    /// Python's csv module (an RFC 4180 reader) gets back every hostile field.
    @Test func pythonCSVReadsEveryFieldBack() throws {
        let folder = try PythonRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("neo4j")
        try GraphFormat.csv.write(graph, to: out)
        let script = """
        import csv, json, sys, os
        def rows(name):
            with open(os.path.join(sys.argv[1], name), newline="", encoding="utf-8") as f:
                return list(csv.reader(f))
        print(json.dumps({"nodes": rows("nodes.csv"), "relationships": rows("relationships.csv")}))
        """
        struct Read: Decodable { var nodes: [[String]]; var relationships: [[String]] }
        let read = try PythonRunner.json(Read.self, script, arguments: [out.path])
        #expect(read.nodes == [
            ["id:ID", "name", "kind:LABEL", "evidence", "label:double", "mentions:double", "pagerank:double"],
            ["country:turkiye", "Türkiye", "Country", "", "", "", ""],
            ["doc-1:c1", "aid: 436,000,000 USD, by June 2022", "Commitment", "", "", "", ""],
            [GraphFixture.hostileID, "Bell\u{07}char\ttab", "Organization", "", "", "1", ""],
            ["person:jane-o-brien", GraphFixture.hostileLabel, "Person",
             "doc-1#0: Jane said, \"we will\" <help>.\ndoc-1#4: Jane left.", "", "3", "0.25"],
            ["person:mevlut-cavusoglu", "Mevlüt Çavuşoğlu 🇹🇷", "Person", "", "7", "", "0.5"],
        ])
        #expect(read.relationships == [
            [":START_ID", ":END_ID", ":TYPE", "weight:double", "label", "code", "quad", "evidence"],
            ["country:turkiye", "doc-1:c1", "COMMITS", "1", "", "", "", ""],
            ["country:turkiye", "person:mevlut-cavusoglu", "COMENTION", "3", "", "", "", ""],
            ["doc-1:c1", GraphFixture.hostileID, "BENEFITS", "1.5", "to \"them\", now", "", "", ""],
            ["person:jane-o-brien", "person:mevlut-cavusoglu", "COMENTION", "2", "", "", "",
             "doc-1#0: Jane met Mevlüt.\ndoc-1#3: Again, \"Jane\" & Mevlüt."],
            ["person:mevlut-cavusoglu", "country:turkiye", "AFFILIATION", "1", "Deputy Prime Minister", "", "", ""],
            ["person:mevlut-cavusoglu", "country:turkiye", "AFFILIATION", "1", "Foreign Minister", "", "",
             "doc-1#1: Türkiye's Foreign Minister Mevlüt."],
        ])
    }

    /// An event edge carries its CAMEO root and quad class in every writer.
    @Test func eventEdgesCarryTheirCodeAndQuad() {
        let graph = EntityGraph(
            nodes: [GraphNode(id: "country:france", label: "France", kind: .country), GraphNode(id: "country:sudan", label: "Sudan", kind: .country)],
            edges: [GraphEdge(source: "country:france", target: "country:sudan", kind: .event, weight: 2, label: "provide aid", code: EventCode(root: 7))])
        #expect(Neo4jCSVWriter().relationships(graph).contains("country:france,country:sudan,EVENT,2,provide aid,07,material-cooperation,\r\n"))
        let graphML = GraphMLWriter().string(graph)
        #expect(graphML.contains("<data key=\"e_code\">07</data>") && graphML.contains("<data key=\"e_quad\">material-cooperation</data>"))
        let gexf = GEXFWriter().string(graph)
        #expect(gexf.contains("<attvalue for=\"code\" value=\"07\"/>") && gexf.contains("<attvalue for=\"quad\" value=\"material-cooperation\"/>"))
    }

    @Test func csvOutputMustBeAFolder() throws {
        let folder = try PythonRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("taken.csv")
        try Data("x".utf8).write(to: file)
        #expect(throws: ExportError.notAFolder(file.path)) {
            try GraphFormat.csv.write(graph, to: file)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "x")
    }

    @Test func fileFormatsNeedAnExistingFolder() throws {
        let url = URL(fileURLWithPath: "/nonexistent-nexus-folder/graph.graphml")
        #expect(throws: AtomicFile.Failure.folderMissing(url.path)) {
            try GraphFormat.graphml.write(graph, to: url)
        }
    }

    @Test func formatNamesAreCheckedWithTheListOfKnownOnes() throws {
        #expect(try GraphFormat(named: "GraphML") == .graphml)
        #expect(throws: ExportError.unknownFormat("xlsx")) { try GraphFormat(named: "xlsx") }
        #expect(ExportError.unknownFormat("xlsx").description.contains("graphml, gexf, csv"))
    }
}
