import Foundation

/// What the Markdown files of the repository hold for the docs test: runnable examples, files
/// the examples read, and blocks that look like examples but would not be run.
///
/// The convention (docs/examples.md): a fenced block whose info string is `console` is an
/// example. Each line starting with `$ ` is a command (a line ending with ` \` continues on the
/// next); the lines after it, up to the next `$ ` line or the end of the block, are what it
/// prints. A fenced block whose info string carries `file=NAME` is a file that the later
/// examples of the same Markdown file read.
enum DocBlock: Equatable {
    /// One `$ ` command of a `console` block and the output shown under it.
    case example(DocExample)
    /// A `file=NAME` block: its text is written to NAME before the examples that follow it.
    case file(name: String, text: String, line: Int)
    /// A block that is not `console` but has a line starting with `$ `: it would never run.
    case unrunPrompt(line: Int, info: String)
}

/// One command of a documentation example and the output the documentation shows for it.
struct DocExample: Equatable {
    /// The Markdown file, relative to the package root (`README.md`, `docs/time.md`).
    var file: String
    /// The 1-based line of the `$ ` command in that file.
    var line: Int
    /// The command as the shell gets it: the prompt removed, continuation lines kept.
    var command: String
    /// The lines shown as its output: standard error, then standard output.
    var expected: [String]
    /// The exit status shown (`[exit N]` as the last output line); 0 when none is shown.
    var status: Int32

    /// Where the example is, as `docs/time.md:31`.
    var location: String { "\(file):\(line)" }
}

extension DocBlock {
    /// The blocks of the Markdown `text` of `file`, in the order they appear.
    static func blocks(in text: String, file: String) -> [DocBlock] {
        var blocks: [DocBlock] = []
        var fence: (ticks: Int, info: String, line: Int)?
        var body: [(line: Int, text: String)] = []
        for (index, rawLine) in text.components(separatedBy: "\n").enumerated() {
            let line = index + 1
            let trimmed = rawLine.trimmingCharacters(in: .whitespaces)
            let ticks = trimmed.prefix { $0 == "`" }.count
            if let open = fence {
                if ticks >= open.ticks && ticks == trimmed.count {
                    blocks += Self.make(info: open.info, fenceLine: open.line, body: body, file: file)
                    fence = nil
                    body = []
                } else {
                    body.append((line, rawLine))
                }
            } else if ticks >= 3 {
                fence = (ticks, String(trimmed.dropFirst(ticks)).trimmingCharacters(in: .whitespaces), line)
            }
        }
        return blocks
    }

    /// The blocks one fenced block gives: examples for `console`, a file for `file=NAME`,
    /// a complaint for a prompt in any other block, nothing otherwise.
    private static func make(info: String, fenceLine: Int, body: [(line: Int, text: String)], file: String) -> [DocBlock] {
        let words = info.split(separator: " ").map(String.init)
        if words.first == "console" {
            return examples(body, file: file).map(DocBlock.example)
        }
        if let name = words.first(where: { $0.hasPrefix("file=") })?.dropFirst(5) {
            return [.file(name: String(name), text: body.map(\.text).joined(separator: "\n") + "\n", line: fenceLine)]
        }
        if body.contains(where: { $0.text.hasPrefix("$ ") }) {
            return [.unrunPrompt(line: fenceLine, info: info)]
        }
        return []
    }

    /// The commands of a `console` block, each with the output lines under it.
    private static func examples(_ body: [(line: Int, text: String)], file: String) -> [DocExample] {
        var examples: [DocExample] = []
        var index = 0
        while index < body.count {
            guard body[index].text.hasPrefix("$ ") else { index += 1; continue }
            let line = body[index].line
            var command = String(body[index].text.dropFirst(2))
            while command.hasSuffix(" \\"), index + 1 < body.count {
                index += 1
                command += "\n" + body[index].text  // the shell reads backslash-newline as going on
            }
            index += 1
            var output: [String] = []
            while index < body.count, !body[index].text.hasPrefix("$ ") {
                output.append(body[index].text)
                index += 1
            }
            while output.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { output.removeLast() }
            var status: Int32 = 0
            if let last = output.last, last.hasPrefix("[exit "), last.hasSuffix("]"),
               let shown = Int32(last.dropFirst(6).dropLast()) {
                status = shown
                output.removeLast()
            }
            examples.append(DocExample(file: file, line: line, command: command, expected: output, status: status))
        }
        return examples
    }
}
