import Foundation
import NexusStore
import Testing

/// `nexus build` replaces its files as one set: staged, then renamed into place under a lock,
/// the manifest last (issue 14, "outputs as one set"). Run with real processes and signals.
@Suite struct BuildOutputSetTests {
    /// The set's files in `folder` (hidden files, the lock and staging folders, left out).
    static func visibleFiles(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func contents(_ folder: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for file in try visibleFiles(folder) { contents[file] = try Data(contentsOf: folder.appendingPathComponent(file)) }
        return contents
    }

    static func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(".nexus-staging-") || $0.hasSuffix(".tmp") }
    }

    /// A JSON Lines corpus of `count` documents, the Samples' texts under distinct ids, with
    /// a line naming the document so that no two texts are the same.
    static func corpus(_ count: Int, tag: String) throws -> String {
        let samples = NexusBinary.packageRoot.appendingPathComponent("Samples")
        let texts = try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
            .map { try String(contentsOf: samples.appendingPathComponent($0), encoding: .utf8) }
        var lines: [String] = []
        for k in 0..<count {
            let record = ["id": "\(tag)-\(k)", "text": "Report \(tag) \(k).\n\n" + texts[k % texts.count]]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every file the manifest lists is in the folder with the manifest's size and SHA-256 (the
    /// check is the next build's: it warns about a mixed set), and no other file of the set.
    static func expectConsistentSet(_ folder: URL, name: String) throws -> [String: Any] {
        let manifestURL = folder.appendingPathComponent("\(name).manifest.json")
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any])
        let files = try #require(manifest["files"] as? [[String: Any]])
        for file in files {
            let fileName = try #require(file["name"] as? String)
            let data = try Data(contentsOf: folder.appendingPathComponent(fileName))
            #expect(data.count == file["bytes"] as? Int, "\(fileName)")
            #expect(SHA256.hex(of: data) == file["sha256"] as? String, "\(fileName)")
        }
        #expect(try visibleFiles(folder) == (files.compactMap { $0["name"] as? String } + ["\(name).manifest.json"]).sorted())
        return manifest
    }

    @Test func theManifestNamesTheInputsRelativeToTheFolderAndEachFilesSizeAndHash() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try NexusBinary.run(["build", "Samples", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try Self.expectConsistentSet(out, name: "nexus")
        let inputs = try #require(manifest["inputs"] as? [String])
        #expect(inputs.count == 1 && inputs[0].hasSuffix("/Samples"))
        let files = try #require(manifest["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["name"] as? String } == ["nexus.dot", "nexus.svg", "nexus.json", "nexus.graph.json", "nexus.html"])
        for file in files {
            let data = try Data(contentsOf: out.appendingPathComponent(try #require(file["name"] as? String)))
            #expect((file["sha256"] as? String)?.count == 64)
            #expect(data.count == file["bytes"] as? Int)
        }
        #expect(result.stdout.contains("nexus.manifest.json"))
        #expect(try Self.leftovers(out).isEmpty)
    }

    /// The README's command keeps working on the committed `Graphs/`: same inputs, spelled
    /// with or without `Samples`, from the package root or from the folder itself.
    @Test func theSameInputsMayRebuildTheSetHoweverTheyAreSpelled() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = folder.appendingPathComponent("Samples")
        try FileManager.default.copyItem(at: NexusBinary.packageRoot.appendingPathComponent("Samples"), to: samples)
        let first = try NexusBinary.run(["build", "Samples", "-o", "Graphs", "--no-syntax"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let manifest = try String(contentsOf: folder.appendingPathComponent("Graphs/nexus.manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"../Samples\""), "\(manifest)")
        #expect(!manifest.contains(folder.path))
        let again = try NexusBinary.run(["build", "-o", "Graphs", "--no-syntax"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        let inside = try NexusBinary.run(["build", "../Samples/", "-o", ".", "--no-syntax"], in: folder.appendingPathComponent("Graphs"))
        #expect(inside.status == 0, "\(inside.stderr)")
    }

    /// "`nexus build other/` with no `-o` silently overwrites the Samples results in `Graphs/`."
    @Test func anotherCorpusIsRefusedWithOneLineUnlessForced() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let other = folder.appendingPathComponent("other.jsonl")
        try Self.corpus(2, tag: "other").write(to: other, atomically: true, encoding: .utf8)
        let first = try NexusBinary.run(["build", "Samples", "-o", out.path, "--no-syntax"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Self.contents(out)
        let refused = try NexusBinary.run(["build", other.path, "-o", out.path, "--no-syntax"])
        #expect(refused.status != 0)
        #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("--force") && refused.stderr.contains("other inputs"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        #expect(try Self.contents(out) == before)
        #expect(try Self.leftovers(out).isEmpty)
        // Another name is another set.
        let beside = try NexusBinary.run(["build", other.path, "-o", out.path, "--name", "other", "--no-syntax"])
        #expect(beside.status == 0, "\(beside.stderr)")
        let forced = try NexusBinary.run(["build", other.path, "-o", out.path, "--force", "--no-syntax"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let manifest = try String(contentsOf: out.appendingPathComponent("nexus.manifest.json"), encoding: .utf8)
        #expect(manifest.contains("../other.jsonl"))
    }

    /// "A bad `--name` found only after the whole run": now found before any work, as is an
    /// output folder that cannot be written (checked before the inputs are read).
    @Test func aBadNameOrOutputFolderFailsBeforeAnyWork() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["..", ".hidden", "a/b", String(repeating: "n", count: 250)] {
            let out = folder.appendingPathComponent("out")
            let result = try NexusBinary.run(["build", "missing-input.txt", "-o", out.path, "--name", name])
            #expect(result.status != 0)
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(result.stderr.contains("--name"), "\(name): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(name)")
        }
        let blocker = folder.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let result = try NexusBinary.run(["build", "missing-input.txt", "-o", blocker.appendingPathComponent("sub").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("output folder"), "\(result.stderr)")
    }

    /// Starts `nexus ARGUMENTS` as a shell starts it: every signal at its default action and
    /// none blocked (Foundation's `Process`, under the test runner, leaves SIGINT and SIGTERM
    /// without effect in the child). Output goes to /dev/null. Returns the process id.
    static func spawn(_ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([NexusBinary.executableURL.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, NexusBinary.executableURL.path, &actions, &attributes, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        return pid
    }

    /// "A killed build leaves the previous complete output set." The build is killed with
    /// SIGKILL (kill -9), SIGINT (Ctrl-C) or SIGTERM once it has begun writing its files; the
    /// previous set must be intact byte for byte, and the next build removes what the killed
    /// one left (and old AtomicFile leftovers).
    @Test(arguments: [SIGKILL, SIGINT, SIGTERM])
    func aKilledBuildLeavesThePreviousSetAndTheNextBuildCleansUp(signal: Int32) throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let input = folder.appendingPathComponent("corpus.jsonl")
        try Self.corpus(3, tag: "small").write(to: input, atomically: true, encoding: .utf8)
        let first = try NexusBinary.run(["build", input.path, "-o", out.path, "--name", "seed", "--no-syntax"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Self.contents(out)
        #expect(before.count == 6)

        try Self.corpus(300, tag: "large").write(to: input, atomically: true, encoding: .utf8)
        let pid = try Self.spawn(["build", input.path, "-o", out.path, "--name", "seed", "--no-syntax"])
        func isRunning() -> Bool { kill(pid, 0) == 0 && !Self.isZombie(pid) }
        // Kill once a file of the new set exists: staged, or (without staging) in place.
        let deadline = Date().addingTimeInterval(300)
        func begunWriting() throws -> Bool {
            for entry in try FileManager.default.contentsOfDirectory(atPath: out.path) where entry.hasPrefix(".nexus-staging-") {
                if try !FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(entry).path).isEmpty { return true }
            }
            return try Data(contentsOf: out.appendingPathComponent("seed.dot")) != before["seed.dot"]
        }
        while isRunning(), Date() < deadline, try !begunWriting() { usleep(2_000) }
        kill(pid, signal)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        #expect(status & 0x7f == signal, "the build ended before it was killed (wait status \(status))")
        #expect(try Self.contents(out) == before, "the killed build changed the previous set")

        // What a killed build of an earlier version left: an AtomicFile temporary beside the set.
        let stale = out.appendingPathComponent(".seed.dot.\(UUID().uuidString).tmp")
        try "partial".write(to: stale, atomically: false, encoding: .utf8)
        try Self.corpus(4, tag: "small").write(to: input, atomically: true, encoding: .utf8)
        let next = try NexusBinary.run(["build", input.path, "-o", out.path, "--name", "seed", "--no-syntax"])
        #expect(next.status == 0, "\(next.stderr)")
        let left = try Self.leftovers(out)
        #expect(left.isEmpty, "\(left)")
        _ = try Self.expectConsistentSet(out, name: "seed")
    }

    static func isZombie(_ pid: pid_t) -> Bool {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    /// "Concurrent builds never mix": four builds of different corpora into one folder end
    /// with the set of one of them, every file matching its manifest.
    @Test func concurrentBuildsEndWithOneConsistentSet() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        var processes: [Process] = []
        var inputs: [String] = []
        for k in 0..<4 {
            let input = folder.appendingPathComponent("corpus\(k).jsonl")
            try Self.corpus(3 + 4 * k, tag: "run\(k)").write(to: input, atomically: true, encoding: .utf8)
            inputs.append("../corpus\(k).jsonl")
            let process = Process()
            process.executableURL = NexusBinary.executableURL
            process.arguments = ["build", input.path, "-o", out.path, "--force", "--no-syntax", "--graphml"] + (k % 2 == 0 ? ["--gexf"] : [])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            processes.append(process)
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let manifest = try Self.expectConsistentSet(out, name: "nexus")
        let recorded = try #require(manifest["inputs"] as? [String])
        #expect(recorded.count == 1 && inputs.contains(recorded[0]), "\(recorded)")
        // The JSON in place is the extraction of the corpus the manifest names.
        let run = recorded[0].dropFirst("../corpus".count).prefix(1)
        let json = try String(contentsOf: out.appendingPathComponent("nexus.json"), encoding: .utf8)
        #expect(json.contains("run\(run)-0") && !(0..<4).filter { "\($0)" != run }.contains { json.contains("run\($0)-0") })
        #expect(try Self.leftovers(out).isEmpty)
        // The next build checks the set against its manifest and finds nothing to say.
        let next = try NexusBinary.run(["build", String(recorded[0].dropFirst(3)), "-o", "out", "--no-syntax"], in: folder)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(!next.stderr.contains("mixed set"), "\(next.stderr)")
    }

    /// A set mixed by a kill during the renames is detected by the next build from the
    /// manifest, said on stderr, and replaced.
    @Test func aMixedSetIsDetectedAndReplaced() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let built = try NexusBinary.run(["build", NexusBinary.packageRoot.appendingPathComponent("Samples").path, "-o", out.path, "--no-syntax"])
        #expect(built.status == 0, "\(built.stderr)")
        try "digraph {}\n".write(to: out.appendingPathComponent("nexus.dot"), atomically: true, encoding: .utf8)
        let next = try NexusBinary.run(["build", NexusBinary.packageRoot.appendingPathComponent("Samples").path, "-o", out.path, "--no-syntax"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stderr.contains("mixed set") && next.stderr.contains("nexus.dot"), "\(next.stderr)")
        _ = try Self.expectConsistentSet(out, name: "nexus")
    }
}
