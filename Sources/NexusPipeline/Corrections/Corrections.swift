import Foundation
import NexusCore

/// A user's corrections to the resolved entities, read from a plain-text file (`--corrections
/// FILE`) and applied after resolution, in file order, to every command and export.
///
/// One command per line; `#` starts a comment; a name with spaces is written in double quotes.
/// An entity is named by its id (`person:jack-straw`) or by a name or alias it has (any case).
///
/// ```
/// merge "Jack Straw" "Straw"            # the second entity joins the first
/// split "Hillary Clinton" "Bill Clinton" # mentions written "Bill Clinton" leave that entity
/// retype "Pool / Reuters" other          # person, country, organization, location or other
/// drop Meanwhile                         # not an entity at all
/// rename person:jack-straw "John Straw"  # a new display name; the id stays
/// ```
///
/// Every change is recorded as the merge rule ``MergeRule/correction`` on the names it moved.
public struct Corrections: Sendable, Equatable {
    /// One command of the file.
    public enum Command: Sendable, Equatable {
        case merge(keep: String, join: String)
        case split(entity: String, name: String)
        case retype(entity: String, type: EntityType)
        case drop(entity: String)
        case rename(entity: String, name: String)
    }

    /// A command and the line it came from (for messages).
    public struct Line: Sendable, Equatable {
        public let command: Command
        public let number: Int
    }

    public let lines: [Line]
    /// Where the commands came from, for messages.
    public let origin: String

    public init(lines: [Line], origin: String = "<corrections>") {
        self.lines = lines
        self.origin = origin
    }

    /// Reads a corrections file.
    public init(contentsOf url: URL) throws(CorrectionsError) {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) }
        catch { throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription) }
        try self.init(parsing: text, origin: url.path)
    }

    /// Parses the file format; `origin` names the file in errors.
    public init(parsing text: String, origin: String) throws(CorrectionsError) {
        var lines: [Line] = []
        // "\r\n" is one Character, so it is a line break of its own (a file saved on Windows).
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let number = offset + 1
            let words: [String]
            do { words = try Self.words(String(raw)) } catch { throw .malformed(path: origin, line: number, problem: error.problem) }
            guard let verb = words.first else { continue }
            let arguments = Array(words.dropFirst())
            func expect(_ count: Int, _ usage: String) throws(CorrectionsError) {
                guard arguments.count == count, arguments.allSatisfy({ !$0.isEmpty }) else {
                    throw .malformed(path: origin, line: number, problem: "'\(verb)' takes \(usage)")
                }
            }
            let command: Command
            switch verb.lowercased() {
            case "merge":
                try expect(2, "two entities: merge KEEP JOIN")
                command = .merge(keep: arguments[0], join: arguments[1])
            case "split":
                try expect(2, "an entity and a name: split ENTITY NAME")
                command = .split(entity: arguments[0], name: arguments[1])
            case "retype":
                try expect(2, "an entity and a type: retype ENTITY TYPE")
                guard let type = EntityType(rawValue: arguments[1].lowercased()) else {
                    let types = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
                    throw .malformed(path: origin, line: number, problem: "unknown type '\(arguments[1])'; use one of: \(types)")
                }
                command = .retype(entity: arguments[0], type: type)
            case "drop":
                try expect(1, "one entity: drop ENTITY")
                command = .drop(entity: arguments[0])
            case "rename":
                try expect(2, "an entity and a name: rename ENTITY NAME")
                command = .rename(entity: arguments[0], name: arguments[1])
            default:
                throw .malformed(path: origin, line: number, problem: "unknown command '\(verb)'; use merge, split, retype, drop or rename")
            }
            lines.append(Line(command: command, number: number))
        }
        self.init(lines: lines, origin: origin)
    }

    struct WordError: Error { let problem: String }

    /// The words of a line: runs of non-space characters or double-quoted strings (`\"` inside
    /// quotes is a quote); a `#` outside quotes starts a comment.
    static func words(_ line: String) throws(WordError) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var inWord = false
        var escape = false
        for c in line {
            if quoted {
                if escape { current.append(c); escape = false }
                else if c == "\\" { escape = true }
                else if c == "\"" { quoted = false }
                else { current.append(c) }
                continue
            }
            if c == "#" && !inWord { break }
            if c == "\"" { quoted = true; inWord = true; continue }
            if c.isWhitespace {
                if inWord { words.append(current); current = ""; inWord = false }
                continue
            }
            current.append(c)
            inWord = true
        }
        if quoted { throw WordError(problem: "a quoted name is not closed") }
        if inWord { words.append(current) }
        return words
    }
}
