import Foundation
import Testing

/// `nexus export` on the committed graph of the Samples (`Graphs/nexus.graph.json`).
///
/// Change detection as to the graph itself: the input is Nexus's own earlier output, so these
/// tests check the export (read back by NetworkX and by our reader), never whether the graph's
/// content is right; that is held to hand-written gold in SeedArticlesTests.
@Suite struct ExportCommandTests {
    static let graph = NexusBinary.packageRoot.appendingPathComponent("Graphs/nexus.graph.json").path

    @Test func jsonExportReadsBackAsTheSameGraph() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("again.json").path
        let first = try NexusBinary.run(["export", Self.graph, "-f", "json", "-o", out])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try NexusBinary.run(["export", out, "-f", "json"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == (try String(contentsOfFile: out, encoding: .utf8)))
    }

    @Test func graphMLIsReadByNetworkXWithTheFilteredNodes() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("people.graphml").path
        let result = try NexusBinary.run(["export", Self.graph, "-f", "graphml", "--types", "person", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import networkx as nx, sys; g = nx.read_graphml(sys.argv[1]); print(sorted(set(d['kind'] for _, d in g.nodes(data=True))), g.number_of_nodes() > 3)", out]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        python.waitUntilExit()
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(python.terminationStatus == 0, "python3 with networkx is needed (pip install networkx)")
        #expect(printed.trimmingCharacters(in: .whitespacesAndNewlines) == "['person'] True")
    }

    @Test func csvWritesTheNeo4jFilesIntoAFolder() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("neo4j")
        let result = try NexusBinary.run(["export", Self.graph, "-f", "csv", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let nodes = try String(contentsOf: out.appendingPathComponent("nodes.csv"), encoding: .utf8)
        #expect(nodes.hasPrefix("id:ID,"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("relationships.csv").path))
    }

    @Test func badRequestsFailWithOneLineAndNoFile() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("x.out").path
        for arguments in [
            ["export", Self.graph, "-f", "yaml", "-o", out],
            ["export", Self.graph, "-f", "csv"],
            ["export", Self.graph, "-f", "dot", "--types", "planet", "-o", out],
            ["export", Self.graph, "-f", "dot", "--ego", "Nobody Atall", "-o", out],
        ] {
            let result = try NexusBinary.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }
}
