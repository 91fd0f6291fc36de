import Foundation
import NexusCore
import Testing
@testable import NexusExport

@Suite struct GraphJSONTests {
    static func sample() -> EntityGraph {
        let evidence = Evidence(document: "d", sentence: 2, range: TextRange(start: 4, end: 9), text: "Türkiye \"said\" \\ 🤝")
        return EntityGraph(
            nodes: [
                GraphNode(id: "person:b", label: "B", kind: .person, scores: ["pagerank": 0.25], evidence: [evidence]),
                GraphNode(id: "country:a", label: "Türkiye", kind: .country),
            ],
            edges: [GraphEdge(source: "country:a", target: "person:b", kind: .comention, weight: 2, evidence: [evidence])]
        )
    }

    @Test func roundTripsAndWritesCanonicalSortedJSON() throws {
        let data = try GraphJSON.encode(Self.sample())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"edges\" : ["))
        #expect(text.contains("\"format\" : \"nexus-graph\""))
        #expect(text.contains("\"version\" : 1"))
        #expect(text.range(of: "country:a")!.lowerBound < text.range(of: "\"id\" : \"person:b\"")!.lowerBound)
        #expect(try GraphJSON.decode(data) == Self.sample().sorted())
        var reversed = Self.sample()
        reversed.nodes.reverse()
        #expect(try GraphJSON.encode(reversed) == data)
    }

    @Test func readsAHandWrittenFile() throws {
        let json = #"{"format":"nexus-graph","version":1,"nodes":[{"id":"x","label":"X","kind":"organization","scores":{},"evidence":[]}],"edges":[]}"#
        let graph = try GraphJSON.decode(Data(json.utf8))
        #expect(graph.nodes == [GraphNode(id: "x", label: "X", kind: .organization)])
    }

    @Test func missingFile() {
        #expect(throws: GraphJSON.Failure.missingFile(path: "/no/such/graph.json")) {
            try GraphJSON.read(from: URL(fileURLWithPath: "/no/such/graph.json"))
        }
    }

    @Test func notJSON() {
        #expect {
            try GraphJSON.decode(Data("{ nodes: ".utf8), path: "bad.json")
        } throws: { error in
            guard case GraphJSON.Failure.notJSON(path: "bad.json", _) = error else { return false }
            return "\(error)".contains("is not JSON")
        }
    }

    @Test func wrongFormatAndVersion() {
        #expect(throws: GraphJSON.Failure.wrongFormat(path: "p", found: "other")) {
            try GraphJSON.decode(Data(#"{"format":"other","version":1}"#.utf8), path: "p")
        }
        #expect(throws: GraphJSON.Failure.wrongFormat(path: "p", found: nil)) {
            try GraphJSON.decode(Data("[1, 2]".utf8), path: "p")
        }
        #expect(throws: GraphJSON.Failure.unsupportedVersion(path: "p", found: 2)) {
            try GraphJSON.decode(Data(#"{"format":"nexus-graph","version":2}"#.utf8), path: "p")
        }
    }

    /// Issue 14: `"version": "1"` was reported as a missing version.
    @Test func aVersionOfTheWrongTypeIsNamed() {
        for (json, found) in [(#""1""#, #"the string "1""#), ("true", "true"), ("[1]", "an array or object"), ("1.5", "1.5")] {
            let data = Data(#"{"format":"nexus-graph","version":\#(json),"nodes":[],"edges":[]}"#.utf8)
            #expect(throws: GraphJSON.Failure.versionNotANumber(path: "p", found: found)) { try GraphJSON.decode(data, path: "p") }
        }
        #expect("\(GraphJSON.Failure.versionNotANumber(path: "p", found: #"the string "1""#))"
            == #"'p': version must be the number 1, found the string "1""#)
        #expect(throws: GraphJSON.Failure.unsupportedVersion(path: "p", found: nil)) {
            try GraphJSON.decode(Data(#"{"format":"nexus-graph","nodes":[],"edges":[]}"#.utf8), path: "p")
        }
    }

    @Test func invalidGraphNamesTheProblem() {
        let missingKind = #"{"format":"nexus-graph","version":1,"nodes":[{"id":"x","label":"X","scores":{},"evidence":[]}],"edges":[]}"#
        #expect(throws: GraphJSON.Failure.invalidGraph(path: "p", reason: "missing field 'kind' at .nodes[0]")) {
            try GraphJSON.decode(Data(missingKind.utf8), path: "p")
        }
        let dangling = #"{"format":"nexus-graph","version":1,"nodes":[],"edges":[{"source":"a","target":"b","kind":"comention","weight":1,"evidence":[]}]}"#
        #expect(throws: GraphJSON.Failure.self) { try GraphJSON.decode(Data(dangling.utf8), path: "p") }
    }
}
