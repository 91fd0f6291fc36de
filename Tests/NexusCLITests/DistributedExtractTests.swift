import Foundation
import NexusStore
import Testing

/// `nexus extract --format jsonl` as the map step of a distributed engine, and `nexus ingest`
/// of its lines as the reduce: shards extracted apart and ingested in any order give the
/// store of the articles ingested in one run (issue 13).
@Suite(.serialized) struct DistributedExtractTests {
    static let samples = StoreCommandTests.samples

    func dump(_ path: URL) throws -> String { try CorpusStore(path: path.path, access: .read).dump() }

    /// Runs `nexus ARGUMENTS` with `input` on standard input.
    func run(_ arguments: [String], input: String) throws -> NexusBinary.Result {
        let process = Process()
        process.executableURL = NexusBinary.executableURL
        process.arguments = arguments
        process.currentDirectoryURL = NexusBinary.packageRoot
        let inPipe = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = inPipe
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let writer = Thread {
            inPipe.fileHandleForWriting.write(Data(input.utf8))
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return NexusBinary.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                  stderr: String(decoding: errData, as: UTF8.self))
    }

    func succeeded(_ result: NexusBinary.Result) -> NexusBinary.Result {
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    /// The Samples as JSON Lines records, ids the file names without extension.
    func samplesAsJSONLines() throws -> [String] {
        try Self.samples.map { sample in
            let text = try String(contentsOf: NexusBinary.packageRoot.appendingPathComponent(sample), encoding: .utf8)
            let id = URL(fileURLWithPath: sample).deletingPathExtension().lastPathComponent
            return String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "text": text], options: [.sortedKeys]), as: UTF8.self)
        }
    }

    /// A store's dump with the one thing that records how the documents were named left out:
    /// each document's `path` (`samples.jsonl:2` read whole, `-:1` from a shard on stdin), which
    /// is also inside its `analysis`. The documents are compared decoded, paths blanked.
    func dumpWithoutPaths(_ path: URL) throws -> (tables: String, documents: [StoredDocument]) {
        let store = try CorpusStore(path: path.path, access: .read)
        var inDocuments = false
        let tables = try store.dump().split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            if line.hasPrefix("[") { inDocuments = line == "[documents]" }
            return !inDocuments || line == "[documents]"
        }.joined(separator: "\n")
        let documents = try store.documents().map { stored -> StoredDocument in
            var stored = stored
            stored.document.path = ""
            return stored
        }
        return (tables, documents)
    }

    /// The bar of issue 13: shard, then merge, equals one run. The three articles are
    /// extracted as two shards (the first alone, the other two together), the shards' lines
    /// concatenated in the other order and ingested: every row of every table equals the store
    /// ingested from the articles directly, paths included.
    @Test func shardsExtractedApartGiveTheStoreOfTheArticles() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let direct = folder.appendingPathComponent("direct.db")
        _ = succeeded(try NexusBinary.run(["ingest"] + Self.samples + ["--store", direct.path]))
        let first = succeeded(try NexusBinary.run(["extract", "--format", "jsonl", Self.samples[0]]))
        let rest = folder.appendingPathComponent("rest.jsonl")
        _ = succeeded(try NexusBinary.run(["extract", "--format", "jsonl", Self.samples[1], Self.samples[2], "-o", rest.path]))
        let restLines = try String(contentsOf: rest, encoding: .utf8)
        #expect(first.stdout.split(separator: "\n").count == 1)
        #expect(restLines.split(separator: "\n").count == 2)
        let analyses = folder.appendingPathComponent("analyses.jsonl")
        try (restLines + first.stdout).write(to: analyses, atomically: true, encoding: .utf8)
        let merged = folder.appendingPathComponent("merged.db")
        #expect(succeeded(try NexusBinary.run(["ingest", analyses.path, "--store", merged.path])).stdout
                    .contains("3 added, 0 replaced, 0 unchanged, 0 skipped; the store holds 3 documents"))
        let expected = try dump(direct), found = try dump(merged)
        #expect(found == expected, "\(StoreCommandTests().difference(found, expected))")
        #expect(expected.contains("\"person:antony-blinken\"|\"Antony Blinken\"|\"person\""))
        // The lines are documents like any others: ingested again, nothing changes; the
        // articles themselves are then unchanged too.
        #expect(succeeded(try NexusBinary.run(["ingest", analyses.path, "--store", merged.path])).stdout.contains("0 added, 0 replaced, 3 unchanged"))
        #expect(succeeded(try NexusBinary.run(["ingest", "Samples", "--store", merged.path])).stdout.contains("0 added, 0 replaced, 3 unchanged"))
        #expect(try dump(merged) == expected)
    }

    /// The same with JSON Lines articles split in two, each half extracted from standard
    /// input (`-`), as an engine pipes a partition: equal to the direct ingest but for the
    /// paths, which say where each record was read.
    @Test func jsonLinesShardsFromStandardInputGiveTheStoreOfTheArticles() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = try samplesAsJSONLines()
        let articles = folder.appendingPathComponent("samples.jsonl")
        try (records.joined(separator: "\n") + "\n").write(to: articles, atomically: true, encoding: .utf8)
        let direct = folder.appendingPathComponent("direct.db")
        _ = succeeded(try NexusBinary.run(["ingest", articles.path, "--store", direct.path]))
        let head = succeeded(try run(["extract", "--format", "jsonl", "-"], input: records[0] + "\n" + records[1] + "\n"))
        let tail = succeeded(try run(["extract", "--format", "jsonl", "-"], input: records[2] + "\n"))
        let lines = head.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        // One line per document in input order, each the documented object.
        for (line, sample) in zip(lines, Self.samples) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["format", "version", "syntax", "document"])
            #expect(object["format"] as? String == "nexus-analysis")
            #expect(object["version"] as? Int == 1)
            #expect(object["syntax"] as? String == "events")
            let document = try #require(object["document"] as? [String: Any])
            #expect(document["id"] as? String == URL(fileURLWithPath: sample).deletingPathExtension().lastPathComponent)
            #expect(document["path"] as? String == "-:\(lines.firstIndex(of: line)! + 1)")
        }
        let analyses = folder.appendingPathComponent("analyses.jsonl")
        try (tail.stdout + head.stdout).write(to: analyses, atomically: true, encoding: .utf8)
        let merged = folder.appendingPathComponent("merged.db")
        _ = succeeded(try NexusBinary.run(["ingest", analyses.path, "--store", merged.path]))
        let expected = try dumpWithoutPaths(direct), found = try dumpWithoutPaths(merged)
        #expect(found.tables == expected.tables, "\(StoreCommandTests().difference(found.tables, expected.tables))")
        #expect(found.documents == expected.documents)
        #expect(try dump(merged) != (try dump(direct)), "the paths differ: '-:1' against 'samples.jsonl:1'")
    }

    /// Text with DEL, a C1 control and a right-to-left override: the line carries them as
    /// escapes (safe on a terminal) and the store gets the text exactly.
    @Test func controlCharactersTravelAsEscapes() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "Kenya and Brazil met in Geneva\u{7F} on Monday.\u{85} Chile \u{202E}pledged 5 million dollars to Peru."
        let record = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "odd", "text": text]), as: UTF8.self)
        let articles = folder.appendingPathComponent("odd.jsonl")
        try (record + "\n").write(to: articles, atomically: true, encoding: .utf8)
        let line = succeeded(try NexusBinary.run(["extract", "--format", "jsonl", articles.path])).stdout
        #expect(!line.unicodeScalars.contains { [0x7F, 0x85, 0x202E].contains($0.value) })
        #expect(!line.contains("\u{FFFD}"))
        #expect(line.contains("\\u202E") && line.contains("\\u0085") && line.contains("\\u007F"))
        let analyses = folder.appendingPathComponent("odd.analyses.jsonl")
        try line.write(to: analyses, atomically: true, encoding: .utf8)
        let direct = folder.appendingPathComponent("direct.db"), merged = folder.appendingPathComponent("merged.db")
        _ = succeeded(try NexusBinary.run(["ingest", articles.path, "--store", direct.path]))
        _ = succeeded(try NexusBinary.run(["ingest", analyses.path, "--store", merged.path]))
        #expect(try dump(merged) == (try dump(direct)))
        #expect(try CorpusStore(path: merged.path, access: .read).documents().first?.document.text == text)
    }

    /// A bad line is skipped with its file and line named; analyses made with another syntax
    /// setting are refused before anything is written.
    @Test func badLinesAreSkippedAndAnotherSyntaxIsRefused() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("talks.txt")
        try "Kenya and Brazil met in Geneva on Monday.\n".write(to: article, atomically: true, encoding: .utf8)
        let missing = folder.appendingPathComponent("missing.txt").path
        let extracted = try NexusBinary.run(["extract", "--format", "jsonl", article.path, missing])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        #expect(extracted.stderr.hasPrefix("skipped: ") && extracted.stderr.contains("missing.txt"), "\(extracted.stderr)")
        let analyses = folder.appendingPathComponent("talks.analyses.jsonl")
        try (extracted.stdout + "{\"format\": \"nexus-analysis\", \"version\": 2}\n").write(to: analyses, atomically: true, encoding: .utf8)
        let store = folder.appendingPathComponent("corpus.db")
        let ingested = succeeded(try NexusBinary.run(["ingest", analyses.path, "--store", store.path]))
        #expect(ingested.stdout.contains("1 added, 0 replaced, 0 unchanged, 1 skipped"))
        #expect(ingested.stderr == "skipped: '\(analyses.path)' line 2: nexus-analysis version 2; this nexus reads version 1; fix or remove that line\n")
        let bare = succeeded(try NexusBinary.run(["extract", "--format", "jsonl", "--no-syntax", article.path]))
        try bare.stdout.write(to: analyses, atomically: true, encoding: .utf8)
        let other = folder.appendingPathComponent("other.db")
        let refused = try NexusBinary.run(["ingest", analyses.path, "--store", other.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("analyses made with syntax 'none', this ingest uses 'events'"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: other.path))
        #expect(succeeded(try NexusBinary.run(["ingest", "--no-syntax", analyses.path, "--store", other.path])).stdout.contains("1 added"))
    }

    static let hasDask: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import dask.bag"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// A real engine: `Scripts/dask-map.py` splits the Samples, as JSON Lines without ids, in
    /// two dask.bag partitions, pipes each through its own `nexus extract --format jsonl -`,
    /// and the ingested lines give the store of the JSON Lines ingested directly (ids given by
    /// line number as nexus gives them; paths aside).
    @Test(.enabled(if: hasDask, "python3 cannot import dask.bag (pip install \"dask[bag]\")"))
    func daskMapThenIngestEqualsDirectIngest() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = try Self.samples.map { sample in
            let text = try String(contentsOf: NexusBinary.packageRoot.appendingPathComponent(sample), encoding: .utf8)
            return String(decoding: try JSONSerialization.data(withJSONObject: ["text": text]), as: UTF8.self)
        }
        let articles = folder.appendingPathComponent("samples.jsonl")
        try (records.joined(separator: "\n") + "\n").write(to: articles, atomically: true, encoding: .utf8)
        let analyses = folder.appendingPathComponent("analyses.jsonl")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", NexusBinary.packageRoot.appendingPathComponent("Scripts/dask-map.py").path,
                             articles.path, analyses.path, "--partitions", "2", "--nexus", NexusBinary.executableURL.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr.contains("3 analyses from 2 partitions"), "\(stderr)")
        let direct = folder.appendingPathComponent("direct.db"), merged = folder.appendingPathComponent("dask.db")
        _ = succeeded(try NexusBinary.run(["ingest", articles.path, "--store", direct.path]))
        #expect(succeeded(try NexusBinary.run(["ingest", analyses.path, "--store", merged.path])).stdout.contains("3 added"))
        let expected = try dumpWithoutPaths(direct), found = try dumpWithoutPaths(merged)
        #expect(found.tables == expected.tables, "\(StoreCommandTests().difference(found.tables, expected.tables))")
        #expect(found.documents == expected.documents)
        #expect(found.documents.map(\.document.id) == ["samples-1", "samples-2", "samples-3"])
    }
}
