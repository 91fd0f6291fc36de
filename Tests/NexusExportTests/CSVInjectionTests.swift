import Foundation
import NexusCore
import Testing
@testable import NexusExport

/// Issue 14: a cell a spreadsheet reads as a formula (OWASP "CSV Injection") gets a leading
/// `'`; plain numbers stay numbers.
@Suite struct CSVInjectionTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("-", "'-"),
        ("- a dash", "'- a dash"),
        ("-12", "-12"), ("+3.5", "+3.5"), ("-1e-05", "-1e-05"), ("-.5", "-.5"), ("436000000", "436000000"),
        ("plain = text", "plain = text"), ("", ""),
    ])
    func guardsFormulas(field: String, expected: String) {
        #expect(CSVField.guarded(field) == expected)
    }

    /// Before: a node named "=HYPERLINK(...)" was written as a bare formula cell.
    @Test func neo4jNodesAndEdgesAreGuarded() {
        let evidence = Evidence(document: "d", sentence: 0, range: TextRange(start: 0, end: 1), text: "x")
        let graph = EntityGraph(
            nodes: [GraphNode(id: "person:a", label: "=HYPERLINK(\"http://evil\")", kind: .person, evidence: [evidence]),
                    GraphNode(id: "person:b", label: "@B", kind: .person)],
            edges: [GraphEdge(source: "person:a", target: "person:b", kind: .comention, weight: 2, label: "+label")])
        let nodes = Neo4jCSVWriter().nodes(graph)
        #expect(nodes.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "\(nodes)")
        #expect(nodes.contains(",'@B,"), "\(nodes)")
        let relationships = Neo4jCSVWriter().relationships(graph)
        #expect(relationships.contains(",2,'+label,"), "\(relationships)")
    }
}
