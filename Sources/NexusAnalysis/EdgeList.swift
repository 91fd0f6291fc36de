import Foundation

/// Reads a tab-separated edge list: one `u<TAB>v[<TAB>weight]` per line.
///
/// Blank lines and lines whose first non-blank character is `#` are skipped. Node ids are the
/// fields as written (no trimming inside a field other than a trailing `\r`). A missing weight
/// means 1. Self-loops and an edge given twice (in either direction) are errors, so that the
/// graph analysed is exactly the graph written.
///
/// ```
/// # co-mentions
/// alice	bob	3
/// bob	carol
/// ```
public enum EdgeList {
    /// A problem at one line of an edge list.
    public struct ParseError: Error, Equatable, CustomStringConvertible, Sendable {
        public enum Problem: Equatable, Sendable {
            case fieldCount(Int)
            case emptyNode
            case badWeight(String)
            case selfLoop(String)
            case duplicate(String, String, firstLine: Int)
        }

        /// The file name used in messages.
        public var file: String
        /// 1-based line number.
        public var line: Int
        public var problem: Problem

        public var description: String {
            let place = "\(file):\(line)"
            switch problem {
            case .fieldCount(let count):
                return "\(place): expected 'u<TAB>v' or 'u<TAB>v<TAB>weight', found \(count) tab-separated field(s)"
            case .emptyNode:
                return "\(place): a node id is empty; write two non-empty ids separated by a tab"
            case .badWeight(let text):
                return "\(place): weight '\(text)' is not a finite number of at least 1e-300 (a path's length is the sum of 1 / weight)"
            case .selfLoop(let id):
                return "\(place): self-loop on '\(id)'; analysis works on simple graphs, remove the line"
            case .duplicate(let u, let v, let first):
                return "\(place): edge '\(u)'–'\(v)' was already given on line \(first); give each edge once"
            }
        }
    }

    /// Parses edge-list text into edges.
    /// - Parameters:
    ///   - text: the file contents.
    ///   - file: the name used in error messages.
    /// - Throws: ``ParseError`` naming `file:line`.
    /// - Complexity: O(total length).
    public static func parse(_ text: String, file: String) throws -> [AnalysisGraph.Edge] {
        var edges: [AnalysisGraph.Edge] = []
        var firstLine: [String: Int] = [:]
        var lineNumber = 0
        // Lines and fields are cut on Unicode scalars, as the byte reader (``graph(_:file:)``) cuts
        // bytes: as Characters, "\r\n" is one and "#" before a combining mark is none.
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String(Substring($0)) }
            func fail(_ problem: ParseError.Problem) -> ParseError {
                ParseError(file: file, line: lineNumber, problem: problem)
            }
            guard fields.count == 2 || fields.count == 3 else { throw fail(.fieldCount(fields.count)) }
            let u = fields[0], v = fields[1]
            guard !u.isEmpty, !v.isEmpty else { throw fail(.emptyNode) }
            guard u != v else { throw fail(.selfLoop(u)) }
            var weight = 1.0
            if fields.count == 3 {
                let text = fields[2].trimmingCharacters(in: .whitespaces)
                guard let value = Double(text), AnalysisGraph.isUsableWeight(value) else { throw fail(.badWeight(String(fields[2]))) }
                weight = value
            }
            let key = u < v ? "\(u)\t\(v)" : "\(v)\t\(u)"
            if let first = firstLine[key] { throw fail(.duplicate(u, v, firstLine: first)) }
            firstLine[key] = lineNumber
            edges.append(AnalysisGraph.Edge(u, v, weight: weight))
        }
        return edges
    }

    /// Formats edges as edge-list text (weights written only when not 1), one line per edge.
    public static func format(_ edges: [AnalysisGraph.Edge]) -> String {
        var out = ""
        for edge in edges {
            out += edge.weight == 1 ? "\(edge.u)\t\(edge.v)\n" : "\(edge.u)\t\(edge.v)\t\(edge.weight)\n"
        }
        return out
    }
}
