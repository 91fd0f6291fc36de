import Foundation
import Testing

/// Every example in README.md and docs/*.md, run with the built `nexus` and compared with the
/// output the page shows (the convention is in docs/examples.md and ``DocBlock``).
///
/// Each Markdown file runs in a scratch folder of its own holding copies of `Samples/` and
/// `Graphs/`, so the commands read the paths the README uses and whatever they write stays in
/// the scratch folder; its examples and `file=NAME` blocks are taken in page order.
@Suite struct DocsExampleTests {
    /// README.md and every Markdown file of docs/, relative to the package root, sorted.
    static let markdownFiles: [String] = {
        let docs = NexusBinary.packageRoot.appendingPathComponent("docs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
        return ["README.md"] + names.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }()

    static func blocks(of file: String) throws -> [DocBlock] {
        let text = try String(contentsOf: NexusBinary.packageRoot.appendingPathComponent(file), encoding: .utf8)
        return DocBlock.blocks(in: text, file: file)
    }

    /// The pages keep at least the examples they have: a parser that found fewer would make
    /// every other test here pass without running them.
    @Test func thePagesKeepTheirExamples() throws {
        let least = ["README.md": 1, "docs/analysis.md": 2, "docs/graphviz.md": 10, "docs/query-commands.md": 11, "docs/time.md": 9]
        for (file, count) in least.sorted(by: { $0.key < $1.key }) {
            let examples = try Self.blocks(of: file).filter { if case .example = $0 { true } else { false } }
            #expect(examples.count >= count, "\(file) has \(examples.count) runnable examples, fewer than \(count)")
        }
    }

    @Test(arguments: markdownFiles)
    func examplesPrintWhatTheDocsShow(_ file: String) throws {
        let scratch = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        for folder in ["Samples", "Graphs"] {
            try FileManager.default.copyItem(
                at: NexusBinary.packageRoot.appendingPathComponent(folder),
                to: scratch.appendingPathComponent(folder))
        }
        for block in try Self.blocks(of: file) {
            switch block {
            case let .file(name, text, line):
                let url = scratch.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
                _ = line
            case let .unrunPrompt(line, info):
                Issue.record("\(file):\(line): a ```\(info) block has lines starting with `$ `, which are never run; make it ```console to run it (docs/examples.md), or drop the prompts")
            case let .example(example):
                try check(example, in: scratch)
            }
        }
    }

    /// Runs one example and records an issue naming its place, with a diff, when its output or
    /// exit status is not what the page shows.
    private func check(_ example: DocExample, in scratch: URL) throws {
        let result = try Shell.run(example.command, in: scratch)
        let printed = Shell.lines(result.stderr + result.stdout)
        let pattern = OutputPattern(lines: example.expected)
        let command = example.command.replacingOccurrences(of: "\\\n", with: "")
        if !pattern.matches(printed) {
            Issue.record("""
                \(example.location): `$ \(command)` printed something else than the page shows \
                (- shown, + printed: standard error, then standard output). Fix the page if the \
                program is right (docs/examples.md: `...` lines, `[varies]`):
                \(pattern.diff(against: printed))
                """)
        }
        if result.status != example.status {
            Issue.record("""
                \(example.location): `$ \(command)` exited with status \(result.status), the page \
                shows \(example.status) (a non-zero status is written `[exit N]` as the last output line)
                """)
        }
    }
}

/// Runs a documentation command with `/bin/sh -c`, the built `nexus` first on PATH.
enum Shell {
    static func run(_ command: String, in directory: URL) throws -> NexusBinary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        let binaries = NexusBinary.executableURL.deletingLastPathComponent().path
        environment["PATH"] = binaries + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Standard error is read on another thread so that neither pipe can fill up and block.
        let errorText = ErrorCollector()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorText.data = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return NexusBinary.Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errorText.data, as: UTF8.self))
    }

    /// The lines of printed text, without the final newline and trailing blank lines.
    static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        return lines
    }
}

/// Standard error's bytes, written by the reading thread before the group is left.
private final class ErrorCollector: @unchecked Sendable {
    var data = Data()
}
