import Foundation
import Testing

@Suite struct RenderCommandTests {
    /// A graph file written by hand in the documented format.
    static let graphJSON = #"""
        {
          "format": "nexus-graph",
          "version": 1,
          "nodes": [
            { "id": "person:josep-borrell", "label": "Josep Borrell", "kind": "person", "scores": { "pagerank": 0.6 },
              "evidence": [ { "document": "rome", "sentence": 0, "range": { "start": 0, "end": 13 },
                              "text": "Josep Borrell met \"officials\" in Rome." } ] },
            { "id": "location:rome", "label": "Rome", "kind": "location", "scores": { "pagerank": 0.4 }, "evidence": [] }
          ],
          "edges": [
            { "source": "location:rome", "target": "person:josep-borrell", "kind": "comention", "weight": 1,
              "evidence": [ { "document": "rome", "sentence": 0, "range": { "start": 0, "end": 13 },
                              "text": "Josep Borrell met \"officials\" in Rome." } ] }
          ]
        }
        """#

    /// A second file naming the same person, with one more node and edge.
    static let secondJSON = #"""
        { "format": "nexus-graph", "version": 1,
          "nodes": [
            { "id": "person:josep-borrell", "label": "Josep Borrell", "kind": "person", "scores": {},
              "evidence": [ { "document": "brussels", "sentence": 3, "range": { "start": 0, "end": 13 },
                              "text": "Borrell spoke in Brussels." } ] },
            { "id": "location:brussels", "label": "Brussels", "kind": "location", "scores": {}, "evidence": [] }
          ],
          "edges": [ { "source": "location:brussels", "target": "person:josep-borrell", "kind": "comention", "weight": 1,
                       "evidence": [] } ] }
        """#

    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.graphJSON.write(to: folder.appendingPathComponent("graph.json"), atomically: true, encoding: .utf8)
        try Self.secondJSON.write(to: folder.appendingPathComponent("second.json"), atomically: true, encoding: .utf8)
        try body(folder)
    }

    @Test func rendersSVGToStandardOutput() throws {
        try withFolder { folder in
            let result = try NexusBinary.run(["render", "graph.json", "--format", "svg", "--layout", "neato"], in: folder)
            #expect(result.status == 0)
            #expect(result.stderr == "")
            #expect(result.stdout.hasPrefix("<?xml"))
            #expect(result.stdout.contains("Josep Borrell met &quot;officials&quot; in Rome."))
        }
    }

    @Test func rendersPlainDOTAndMergesInputs() throws {
        try withFolder { folder in
            let result = try NexusBinary.run(["render", "graph.json", "second.json", "--format", "dot"], in: folder)
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("digraph nexus {"))
            #expect(!result.stdout.contains("pos="))
            // Three distinct nodes (n0 brussels, n1 rome, n2 borrell) and two edges.
            #expect(result.stdout.contains("n2\t[class=person"))
            #expect(!result.stdout.contains("n3"))
            #expect(result.stdout.contains("n0 -> n2"))
            #expect(result.stdout.contains("n1 -> n2"))
            #expect(result.stdout.contains("brussels, sentence 3: Borrell spoke in Brussels."))
            #expect(result.stdout.contains("rome, sentence 0: Josep Borrell met \\\"officials\\\" in Rome."))
        }
    }

    @Test func writesFilesAtomicallyAndReportsWhatWasDrawn() throws {
        try withFolder { folder in
            for format in ["png", "pdf", "svg", "dot-positions"] {
                let output = "out.\(format)"
                let result = try NexusBinary.run(["render", "graph.json", "--format", format, "-o", output, "--size-by", "pagerank"], in: folder)
                #expect(result.status == 0, "\(format): \(result.stderr)")
                #expect(result.stdout.hasPrefix("wrote \(output) (2 nodes, 1 edges"))
                let data = try Data(contentsOf: folder.appendingPathComponent(output))
                #expect(data.count > 100)
            }
        }
    }

    func expectOneLineFailure(_ arguments: [String], mentioning words: [String]) throws {
        try withFolder { folder in
            let result = try NexusBinary.run(arguments + ["-o", "out.svg"], in: folder)
            #expect(result.status != 0)
            #expect(result.stdout == "")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "stderr: \(result.stderr)")
            for word in words { #expect(result.stderr.contains(word), "stderr: \(result.stderr)") }
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.svg").path))
        }
    }

    @Test func missingFileIsOneLine() throws {
        try expectOneLineFailure(["render", "missing.json"], mentioning: ["missing.json", "no such file"])
    }

    @Test func invalidJSONIsOneLine() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{ not json".write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let bad = try NexusBinary.run(["render", "bad.json", "-o", "out.svg"], in: folder)
        #expect(bad.status != 0)
        #expect(bad.stderr.split(separator: "\n").count == 1)
        #expect(bad.stderr.contains("bad.json") && bad.stderr.contains("invalid JSON"))
        try #"{"format": "something-else", "nodes": []}"#.write(to: folder.appendingPathComponent("other.json"), atomically: true, encoding: .utf8)
        let other = try NexusBinary.run(["render", "other.json", "-o", "out.svg"], in: folder)
        #expect(other.status != 0)
        #expect(other.stderr.contains("neither a nexus extraction") && other.stderr.contains("nor a saved graph"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.svg").path))
    }

    @Test func unknownEngineIsOneLine() throws {
        try expectOneLineFailure(["render", "graph.json", "--layout", "spring"], mentioning: ["spring", "neato", "sfdp"])
    }

    @Test func unknownFormatIsOneLine() throws {
        try expectOneLineFailure(["render", "graph.json", "--format", "gif"], mentioning: ["gif", "svg, png, pdf, dot"])
    }

    @Test func binaryFormatNeedsAnOutputFile() throws {
        try withFolder { folder in
            let result = try NexusBinary.run(["render", "graph.json", "--format", "png"], in: folder)
            #expect(result.status != 0)
            #expect(result.stdout == "")
            #expect(result.stderr.contains("-o FILE"))
        }
    }
}
