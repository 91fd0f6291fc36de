import Foundation

/// The output a documentation example shows, matched against what the command printed.
///
/// Lines must be equal, with two exceptions written into the documentation:
/// - a line that is only `...` (indentation allowed) stands for any number of lines, none
///   included: the rest of a long output, or its middle;
/// - `[varies]` inside a line stands for any text within that line: what differs between
///   machines or runs (timings, temporary paths, memory); keep it rare.
struct OutputPattern {
    /// The lines as the documentation shows them.
    var lines: [String]

    /// Whether `actual` (the printed lines) fits the pattern.
    func matches(_ actual: [String]) -> Bool {
        var memo: [Int: Bool] = [:]
        func fits(_ p: Int, _ a: Int) -> Bool {
            let key = p * (actual.count + 1) + a
            if let known = memo[key] { return known }
            let result: Bool
            if p == lines.count {
                result = a == actual.count
            } else if Self.isElision(lines[p]) {
                result = (a...actual.count).contains { fits(p + 1, $0) }
            } else {
                result = a < actual.count && Self.line(lines[p], matches: actual[a]) && fits(p + 1, a + 1)
            }
            memo[key] = result
            return result
        }
        return fits(0, 0)
    }

    /// Whether a pattern line is the `...` that stands for any number of lines.
    static func isElision(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces) == "..."
    }

    /// Whether one printed line fits one pattern line (`[varies]` matching any text).
    static func line(_ pattern: String, matches actual: String) -> Bool {
        let pieces = pattern.components(separatedBy: "[varies]")
        guard pieces.count > 1 else { return pattern == actual }
        guard actual.hasPrefix(pieces[0]) else { return false }
        var rest = Substring(actual.dropFirst(pieces[0].count))
        for piece in pieces.dropFirst().dropLast() {
            guard let found = rest.range(of: piece) else { return false }
            rest = rest[found.upperBound...]
        }
        return rest.hasSuffix(pieces.last!)
    }

    /// A line diff of the pattern (`-`) against the printed lines (`+`), equal lines indented;
    /// lines an `...` absorbs are shown as `+` and long runs are shortened.
    func diff(against actual: [String]) -> String {
        let expected = lines.filter { !Self.isElision($0) }
        // Longest common subsequence, matching lines as the pattern does.
        var table = Array(repeating: Array(repeating: 0, count: actual.count + 1), count: expected.count + 1)
        for i in stride(from: expected.count - 1, through: 0, by: -1) {
            for j in stride(from: actual.count - 1, through: 0, by: -1) {
                table[i][j] = Self.line(expected[i], matches: actual[j])
                    ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out: [String] = []
        var added: [String] = []
        func flushAdded() {
            out += added.prefix(12).map { "+ " + $0 }
            if added.count > 12 { out.append("+ … \(added.count - 12) more printed lines") }
            added = []
        }
        var i = 0, j = 0
        while i < expected.count || j < actual.count {
            if i < expected.count, j < actual.count, Self.line(expected[i], matches: actual[j]) {
                flushAdded(); out.append("  " + actual[j]); i += 1; j += 1
            } else if j < actual.count, i == expected.count || table[i][j + 1] >= table[i + 1][j] {
                added.append(actual[j]); j += 1
            } else {
                flushAdded(); out.append("- " + expected[i]); i += 1
            }
        }
        flushAdded()
        return out.joined(separator: "\n")
    }
}
