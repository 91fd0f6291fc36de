import Foundation
import NexusStore
import Testing

/// `nexus ingest` and `--store`, run as a user runs them: stores compared through
/// ``CorpusStore/dump()`` (every row of every table), outputs compared byte for byte.
@Suite(.serialized) struct StoreCommandTests {
    static let samples = ["Samples/blinken-detained-isis-fighters-rome.txt",
                          "Samples/coalition-against-islamic-state-rome-africa.txt",
                          "Samples/global-coalition-joint-communique-rome.txt"]

    func ingest(_ arguments: [String]) throws -> NexusBinary.Result {
        let result = try NexusBinary.run(["ingest"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    func dump(_ path: URL) throws -> String { try CorpusStore(path: path.path, access: .read).dump() }

    /// The first line where two dumps differ, for the failure message.
    func difference(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        for (l, r) in zip(x, y) where l != r { return "\(l.prefix(300))\n  vs\n\(r.prefix(300))" }
        return "\(x.count) vs \(y.count) lines"
    }

    @Test func batchesAndOrdersGiveIdenticalStores() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let once = folder.appendingPathComponent("once.db")
        #expect(try ingest(Self.samples + ["--store", once.path]).stdout.contains("3 added, 0 replaced, 0 unchanged, 0 skipped"))
        // The last article alone, then the other two in reverse order, one per batch.
        let reversed = folder.appendingPathComponent("reversed.db")
        _ = try ingest([Self.samples[2], "--store", reversed.path])
        #expect(try ingest([Self.samples[1], Self.samples[0], "--store", reversed.path, "--batch-size", "1"]).stdout
                    .contains("2 added, 0 replaced, 0 unchanged, 0 skipped; the store holds 3 documents"))
        // The middle one, then all three: the stored one is left alone.
        let overlapping = folder.appendingPathComponent("overlapping.db")
        _ = try ingest([Self.samples[1], "--store", overlapping.path])
        #expect(try ingest(["Samples", "--store", overlapping.path, "--batch-size", "2"]).stdout.contains("2 added, 0 replaced, 1 unchanged"))
        let expected = try dump(once), fromReversed = try dump(reversed), fromOverlapping = try dump(overlapping)
        #expect(fromReversed == expected, "\(difference(fromReversed, expected))")
        #expect(fromOverlapping == expected, "\(difference(fromOverlapping, expected))")
        // The articles name Antony Blinken under two spellings: one entity, one id, in every store.
        #expect(expected.contains("\"person:antony-blinken\"|\"Antony Blinken\"|\"person\""))
        #expect(expected.contains("\"person:antony-blinken\"|\"Anthony Blinken\"|"))
        // The store after the first article alone is a different store.
        let partial = folder.appendingPathComponent("partial.db")
        _ = try ingest([Self.samples[2], "--store", partial.path])
        #expect(try dump(partial) != expected)
    }

    @Test func reingestingChangesNothingAndAChangedDocumentReplacesItsOldVersion() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("talks.txt")
        try "Kenya and Brazil met in Geneva on Monday.\n".write(to: article, atomically: true, encoding: .utf8)
        let store = folder.appendingPathComponent("corpus.db")
        _ = try ingest([article.path, "--store", store.path])
        let before = try dump(store)
        #expect(try ingest([article.path, "--store", store.path]).stdout.contains("0 added, 0 replaced, 1 unchanged"))
        #expect(try dump(store) == before)
        try "Chile and Peru met in Lima on Friday.\n".write(to: article, atomically: true, encoding: .utf8)
        #expect(try ingest([article.path, "--store", store.path]).stdout.contains("0 added, 1 replaced, 0 unchanged, 0 skipped"))
        let fresh = folder.appendingPathComponent("fresh.db")
        _ = try ingest([article.path, "--store", fresh.path])
        let after = try dump(store), expected = try dump(fresh)
        #expect(after == expected, "\(difference(after, expected))")
        #expect(after.contains("\"country:chile\""))
        #expect(!after.contains("\"country:kenya\""))
    }

    /// Corrections given to `nexus ingest` are kept: the store's tables and every command
    /// reading the store see them until another file replaces them.
    @Test func ingestedCorrectionsAreKeptAndApplied() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixes = folder.appendingPathComponent("fixes.txt")
        try "# Rome is only the venue\ndrop location:rome\n".write(to: fixes, atomically: true, encoding: .utf8)
        let store = folder.appendingPathComponent("corpus.db")
        _ = try ingest(["Samples", "--store", store.path, "--corrections", fixes.path])
        var contents = try dump(store)
        #expect(contents.contains("[corrections]\n2|\"drop location:rome\"\n"))
        #expect(!contents.contains("\"location:rome\""))
        #expect(contents.contains("\"country:italy\""))
        // A later ingest without --corrections keeps them.
        #expect(try ingest(["Samples", "--store", store.path]).stdout.contains("0 added, 0 replaced, 3 unchanged"))
        contents = try dump(store)
        #expect(!contents.contains("\"location:rome\""))
        let entities = try NexusBinary.run(["entities", "--store", store.path, "--format", "tsv"])
        #expect(entities.status == 0, "\(entities.stderr)")
        #expect(!entities.stdout.contains("location:rome"))
        #expect(entities.stdout.contains("country:italy"))
        // A malformed corrections file changes nothing.
        try "promote location:rome\n".write(to: fixes, atomically: true, encoding: .utf8)
        let bad = try NexusBinary.run(["ingest", "--store", store.path, "--corrections", fixes.path])
        #expect(bad.status != 0)
        #expect(bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
        #expect(try dump(store) == contents)
    }

    /// `nexus build --store` writes what `nexus build` writes on the same articles, and the
    /// committed `Graphs/nexus.dot`, but for the graph's title, which names the store.
    @Test func buildFromTheStoreWritesTheSameGraph() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("corpus.db")
        _ = try ingest(["Samples", "--store", store.path])
        let fromStore = try NexusBinary.run(["build", "--store", store.path, "-o", folder.appendingPathComponent("store").path])
        let fromArticles = try NexusBinary.run(["build", "Samples", "-o", folder.appendingPathComponent("articles").path])
        #expect(fromStore.status == 0, "\(fromStore.stderr)")
        #expect(fromArticles.status == 0, "\(fromArticles.stderr)")
        func retitled(_ file: String) throws -> String {
            let text = try String(contentsOf: folder.appendingPathComponent("store/\(file)"), encoding: .utf8)
            #expect(file == "nexus.json" || text.contains("corpus.db: 3 documents"), "\(file) is not titled by the store")
            return text.replacingOccurrences(of: "corpus.db: 3 documents", with: "Samples: 3 documents")
        }
        for file in ["nexus.dot", "nexus.graph.json", "nexus.json"] {
            let b = try String(contentsOf: folder.appendingPathComponent("articles/\(file)"), encoding: .utf8)
            #expect(try retitled(file) == b, "\(file) differs")
        }
        let committed = try String(contentsOf: NexusBinary.packageRoot.appendingPathComponent("Graphs/nexus.dot"), encoding: .utf8)
        #expect(try retitled("nexus.dot") == committed)
        // A query command reads the store the same way.
        let entities = try NexusBinary.run(["entities", "--store", store.path])
        #expect(entities.status == 0, "\(entities.stderr)")
        #expect(entities.stdout == (try NexusBinary.run(["entities", "Samples"])).stdout)
    }

    /// A real SIGKILL after the first committed batches; the rerun adds the rest and the store
    /// equals one built in one go.
    @Test func aKilledIngestResumesWithNothingLost() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 240 short documents with distinct ids: sentences of the sample articles, two a document.
        var sentences: [String] = []
        for sample in Self.samples {
            let text = try String(contentsOf: NexusBinary.packageRoot.appendingPathComponent(sample), encoding: .utf8)
            sentences += text.split(separator: "\n").map(String.init).filter { $0.count > 40 }
        }
        let total = 240
        let lines = (0..<total).map { i -> String in
            let text = sentences[i % sentences.count] + " " + sentences[(i * 7 + 3) % sentences.count]
            let object = ["id": String(format: "doc-%03d", i), "text": text]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        let input = folder.appendingPathComponent("docs.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let store = folder.appendingPathComponent("killed.db")

        let process = Process()
        process.executableURL = NexusBinary.executableURL
        process.arguments = ["ingest", input.path, "--store", store.path, "--batch-size", "4"]
        process.currentDirectoryURL = NexusBinary.packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var committed = 0
        let deadline = Date().addingTimeInterval(300)
        while committed < 8 && process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            committed = (try? CorpusStore(path: store.path, access: .read).contentHashes().count) ?? 0
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the ingest finished before it was killed")
        let survived = try CorpusStore(path: store.path, access: .read).contentHashes().count
        #expect(survived >= 8 && survived < total, "\(survived) documents committed")
        #expect(survived % 4 == 0, "a batch was half committed: \(survived) documents")

        let rerun = try ingest([input.path, "--store", store.path, "--batch-size", "4"])
        #expect(rerun.stdout.contains("\(total - survived) added, 0 replaced, \(survived) unchanged, 0 skipped; the store holds \(total) documents"),
                "\(rerun.stdout)")
        let once = folder.appendingPathComponent("once.db")
        _ = try ingest([input.path, "--store", once.path, "--batch-size", "64"])
        let resumed = try dump(store), expected = try dump(once)
        #expect(resumed == expected, "\(difference(resumed, expected))")
    }

    @Test func badStoresFailWithOneLineAndAreLeftAlone() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.db")
        try "not a database\n".write(to: notes, atomically: true, encoding: .utf8)
        for arguments in [["ingest", "Samples", "--store", notes.path], ["build", "--store", notes.path, "-o", folder.appendingPathComponent("out").path]] {
            let result = try NexusBinary.run(arguments)
            #expect(result.status != 0)
            #expect(result.stderr == "Error: '\(notes.path)' is not a SQLite database; give the path of a store written by `nexus ingest`, or a new path to create one\n")
        }
        #expect(try String(contentsOf: notes, encoding: .utf8) == "not a database\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))

        let missing = folder.appendingPathComponent("missing.db")
        let rank = try NexusBinary.run(["rank", "--by", "pagerank", "--store", missing.path])
        #expect(rank.status != 0)
        #expect(rank.stderr.split(separator: "\n").count == 1 && rank.stderr.contains("no such store"), "\(rank.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing.path))

        // Nothing readable: no store is left behind.
        let empty = folder.appendingPathComponent("empty.txt")
        try "".write(to: empty, atomically: true, encoding: .utf8)
        let unread = try NexusBinary.run(["ingest", empty.path, "--store", missing.path])
        #expect(unread.status != 0)
        #expect(unread.stderr.hasPrefix("Error: no document could be read"), "\(unread.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing.path))

        let withoutStore = try NexusBinary.run(["ingest", "Samples"])
        #expect(withoutStore.status == 64)
    }
}
