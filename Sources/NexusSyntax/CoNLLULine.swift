/// A line of a CoNLL-U block: a comment, a word, a multiword-token range or an empty node.
public struct CoNLLULine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case comment, word, multiwordToken, emptyNode }
    public let kind: Kind
    /// The line as read (without its newline), or rebuilt from `word` after an edit.
    public private(set) var text: String
    /// The ten columns, for word lines.
    public var word: CoNLLUWord? {
        didSet { if let word { text = word.line } }
    }

    /// Reads one non-blank line.
    /// - Parameters:
    ///   - path: names the input in errors.
    ///   - line: the 1-based line number, for errors.
    /// - Throws: ``CoNLLUError`` when a non-comment line does not have ten tab-separated
    ///   columns, its ID is not a word number (`7`), a range (`3-4`) or an empty node (`8.1`),
    ///   or a word's HEAD is not a number or `_`.
    init(_ text: String, path: String, line: Int) throws {
        self.text = text
        if text.utf8.first == UInt8(ascii: "#") { kind = .comment; word = nil; return }
        // Columns are cut at tab bytes, not Characters, so a FORM that starts with a combining
        // mark stays in its own column.
        let columns = text.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { Substring($0) }
        guard columns.count == 10 else {
            throw CoNLLUError.columns(path: path, line: line, found: columns.count)
        }
        let id = columns[0]
        if id.utf8.contains(UInt8(ascii: "-")) {
            guard Self.isPair(id, separator: UInt8(ascii: "-")) else { throw CoNLLUError.id(path: path, line: line, id: String(id)) }
            kind = .multiwordToken; word = nil; return
        }
        if id.utf8.contains(UInt8(ascii: ".")) {
            guard Self.isPair(id, separator: UInt8(ascii: ".")) else { throw CoNLLUError.id(path: path, line: line, id: String(id)) }
            kind = .emptyNode; word = nil; return
        }
        guard let position = Int(id), position > 0 else { throw CoNLLUError.id(path: path, line: line, id: String(id)) }
        let head: Int?
        if columns[6] == "_" { head = nil }
        else if let h = Int(columns[6]), h >= 0 { head = h }
        else { throw CoNLLUError.head(path: path, line: line, head: String(columns[6])) }
        kind = .word
        word = CoNLLUWord(id: position, columns: columns.map(String.init), head: head)
    }

    /// Whether `id` is two non-negative decimal numbers joined by `separator` (`3-4`, `8.1`).
    private static func isPair(_ id: Substring, separator: UInt8) -> Bool {
        let parts = id.utf8.split(separator: separator, omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
    }
}
