import Foundation
import NexusCore
import NexusExport
import Testing
@testable import NexusPipeline

/// `CorpusLoader` on small hand-written files in a temporary folder.
@Suite struct CorpusLoaderTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func goodDocumentsLoadAndBadOnesAreSkippedWithTheirReason() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.txt"), binary = dir.appendingPathComponent("bad.txt")
        try "Emmanuel Macron met Olaf Scholz in Paris on Monday.\n".write(to: good, atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 3]).write(to: binary)
        let loaded = try CorpusLoader().load([good.path, binary.path])
        #expect(loaded.corpus?.documents.map(\.document.id) == ["good"])
        #expect(loaded.skipped.map(\.path) == [binary.path])
        #expect(loaded.skipped[0].reason.contains("binary"))
        #expect(loaded.warnings == ["skipped: '\(binary.path)' is a binary file, not text; give a .txt, .md, .html or .jsonl file"])
        // One sentence names the three entities: three co-mention edges.
        #expect(loaded.graph.edges.filter { $0.kind == .comention }.count == 3)
        #expect(try loaded.names.resolve("scholz") == "person:olaf-scholz")
        // Unscored by default; scored on request.
        #expect(loaded.graph.nodes.allSatisfy { $0.scores["pagerank"] == nil })
        let scored = try CorpusLoader(options: .init(scores: .init(measures: [.pagerank]))).load([good.path])
        #expect(scored.graph.nodes.filter { $0.kind == .person }.allSatisfy { $0.scores["pagerank"] != nil })
    }

    @Test func nothingReadIsOneFailureNamingTheFirstReason() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let missing = dir.appendingPathComponent("missing.txt").path
        let emptyReason = "'\(empty.path)' is empty (no text besides whitespace); remove it from the input"
        let failure = CorpusLoader.Failure.nothingRead(skipped: [
            SkippedDocument(path: empty.path, reason: emptyReason),
            SkippedDocument(path: missing, reason: "'\(missing)': no such file; check the path"),
        ])
        #expect(throws: failure) { try CorpusLoader().load([empty.path, missing]) }
        #expect(failure.description == "no document could be read: \(emptyReason) (and 1 more, listed above)")
    }

    @Test func windows1252IsDecodedAndReported() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let legacy = dir.appendingPathComponent("legacy.txt")
        // 0xE9 is "é" in Windows-1252 and invalid alone in UTF-8.
        try Data("G".utf8 + [0xE9] + Data("rard Collomb met Angela Merkel in Berlin.\n".utf8)).write(to: legacy)
        let loaded = try CorpusLoader().load([legacy.path])
        #expect(loaded.redecoded.map(\.encoding) == ["windows-1252"])
        #expect(loaded.warnings == ["note: '\(legacy.path)' is not UTF-8; read as windows-1252"])
        #expect(loaded.entities.contains { $0.name == "Gérard Collomb" })
    }

    @Test func extractionJSONAndSavedGraphsReadBack() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("a.txt")
        try "Emmanuel Macron met Olaf Scholz in Paris on Monday.\n".write(to: text, atomically: true, encoding: .utf8)
        let fresh = try CorpusLoader().load([text.path])
        let saved = dir.appendingPathComponent("a.json")
        try ExtractionJSON().string(try #require(fresh.corpus)).write(to: saved, atomically: true, encoding: .utf8)
        let reread = try CorpusLoader().load([saved.path])
        #expect(reread.entities.map(\.id) == fresh.entities.map(\.id))
        // The same graph; its title names the input read.
        #expect(fresh.graph.title == "a.txt: 1 document" && reread.graph.title == "a.json: 1 document")
        var retitled = reread.graph
        retitled.title = fresh.graph.title
        #expect(retitled == fresh.graph)

        // A saved graph loads as a graph without a corpus; mixing it with articles is refused.
        let graph = dir.appendingPathComponent("g.json")
        try GraphJSON.encode(fresh.graph).write(to: graph)
        let loaded = try CorpusLoader().load([graph.path])
        #expect(loaded.corpus == nil)
        #expect(loaded.graph == fresh.graph)
        #expect(throws: CorpusLoader.Failure.needsDocuments(command: "entities")) { try loaded.requireCorpus(for: "entities") }
        #expect(throws: CorpusLoader.Failure.mixedInputs) { try CorpusLoader().load([graph.path, text.path]) }
        let incomplete = dir.appendingPathComponent("incomplete.json")
        try #"{"format": "nexus-graph", "version": 1}"#.write(to: incomplete, atomically: true, encoding: .utf8)
        #expect(throws: CorpusLoader.Failure.self) { try CorpusLoader().load([incomplete.path]) }
    }
}
