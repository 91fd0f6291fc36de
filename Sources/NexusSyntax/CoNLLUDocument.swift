import Foundation
import NexusCore
import NexusLearning

/// A CoNLL-U file (Universal Dependencies format, https://universaldependencies.org/format.html)
/// kept line for line, so that writing it back reproduces the input byte for byte.
///
/// A sentence is a block of comment lines (`# ...`), word lines (integer ID), multiword-token
/// range lines (`3-4`) and empty-node lines (`8.1`), ended by a blank line. Only word lines
/// take part in tagging and parsing; every other line passes through unchanged.
public struct CoNLLUDocument: Sendable, Equatable {
    /// The blocks of the file in order.
    public var sentences: [CoNLLUSentence]
    /// Whatever follows the last sentence's terminating blank line (normally nothing).
    public var trailer: String

    public init(sentences: [CoNLLUSentence], trailer: String = "") {
        self.sentences = sentences
        self.trailer = trailer
    }

    /// Reads CoNLL-U text.
    /// - Throws: ``CoNLLUError`` naming the line when a word line does not have ten
    ///   tab-separated columns or its ID, HEAD are not numbers.
    /// - Complexity: O(length of text).
    public init(text: String, path: String = "<input>") throws {
        var sentences: [CoNLLUSentence] = []
        var lines: [CoNLLULine] = []
        var lineNumber = 0
        var rest = Substring(text)
        while !rest.isEmpty {
            lineNumber += 1
            let end = rest.firstIndex(of: "\n")
            let line = end.map { rest[rest.startIndex..<$0] } ?? rest
            rest = end.map { rest[rest.index(after: $0)...] } ?? ""
            if line.isEmpty || line == "\r" {
                if lines.isEmpty {
                    // A blank line outside a sentence: keep it as an empty block's terminator.
                    sentences.append(CoNLLUSentence(lines: [], terminator: String(line)))
                } else {
                    sentences.append(CoNLLUSentence(lines: lines, terminator: String(line)))
                    lines = []
                }
                continue
            }
            lines.append(try CoNLLULine(String(line), path: path, line: lineNumber))
            if end == nil {
                // The file ends without a blank line after the last block.
                sentences.append(CoNLLUSentence(lines: lines, terminator: nil))
                lines = []
            }
        }
        self.sentences = sentences
        self.trailer = ""
    }

    /// The file's text.
    public var text: String {
        var out = ""
        for sentence in sentences { sentence.write(to: &out) }
        out += trailer
        return out
    }
}

/// One block of a CoNLL-U file.
public struct CoNLLUSentence: Sendable, Equatable {
    public var lines: [CoNLLULine]
    /// The blank line that ends the block ("" or "\r"), or nil when the file ended first.
    public var terminator: String?

    public init(lines: [CoNLLULine], terminator: String? = "") {
        self.lines = lines
        self.terminator = terminator
    }

    /// Indices into `lines` of the word lines (integer IDs), in order.
    public var wordLineIndices: [Int] {
        lines.indices.filter { lines[$0].kind == .word }
    }

    /// The word lines' columns.
    public var words: [CoNLLUWord] {
        lines.compactMap { $0.kind == .word ? $0.word : nil }
    }

    func write(to out: inout String) {
        for (i, line) in lines.enumerated() {
            out += line.text
            if i < lines.count - 1 || terminator != nil { out += "\n" }
        }
        if let terminator { out += terminator + "\n" }
    }
}

/// A line of a CoNLL-U block.
public struct CoNLLULine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case comment, word, multiwordToken, emptyNode }
    public let kind: Kind
    /// The line as read (without its newline), or rebuilt from `word` after an edit.
    public private(set) var text: String
    /// The ten columns, for word lines.
    public var word: CoNLLUWord? {
        didSet { if let word { text = word.line } }
    }

    init(_ text: String, path: String, line: Int) throws {
        self.text = text
        if text.hasPrefix("#") { kind = .comment; word = nil; return }
        let columns = text.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count == 10 else {
            throw CoNLLUError.columns(path: path, line: line, found: columns.count)
        }
        let id = columns[0]
        if id.contains("-") { kind = .multiwordToken; word = nil; return }
        if id.contains(".") { kind = .emptyNode; word = nil; return }
        guard let position = Int(id), position > 0 else { throw CoNLLUError.id(path: path, line: line, id: String(id)) }
        let head: Int?
        if columns[6] == "_" { head = nil }
        else if let h = Int(columns[6]), h >= 0 { head = h }
        else { throw CoNLLUError.head(path: path, line: line, head: String(columns[6])) }
        kind = .word
        word = CoNLLUWord(id: position, columns: columns.map(String.init), head: head)
    }
}

/// The columns of one word line: ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC.
public struct CoNLLUWord: Sendable, Equatable {
    public let id: Int
    public var columns: [String]
    /// HEAD as a number, nil when `_`.
    public var head: Int?

    public var form: String { columns[1] }
    public var upos: String { columns[3] }
    public var xpos: String { columns[4] }
    public var deprel: String { columns[7] }
    /// DEPREL without its subtype (`obl:tmod` → `obl`), as the CoNLL 2018 scorer compares.
    public var universalRelation: Substring { columns[7].split(separator: ":", maxSplits: 1).first ?? "" }

    init(id: Int, columns: [String], head: Int?) {
        self.id = id; self.columns = columns; self.head = head
    }

    var line: String { columns.joined(separator: "\t") }

    /// Replaces UPOS, XPOS (when given), HEAD and DEPREL.
    public mutating func set(upos: String, xpos: String?, head: Int, deprel: String) {
        columns[3] = upos
        if let xpos { columns[4] = xpos }
        columns[6] = String(head)
        columns[7] = deprel
        self.head = head
    }
}

/// Malformed CoNLL-U input.
public enum CoNLLUError: Error, Equatable, CustomStringConvertible {
    case columns(path: String, line: Int, found: Int)
    case id(path: String, line: Int, id: String)
    case head(path: String, line: Int, head: String)

    public var description: String {
        switch self {
        case .columns(let path, let line, let found):
            return "\(path):\(line): a CoNLL-U word line needs 10 tab-separated columns, found \(found)"
        case .id(let path, let line, let id):
            return "\(path):\(line): ID '\(id)' is not a word number, a range (3-4) or an empty node (8.1)"
        case .head(let path, let line, let head):
            return "\(path):\(line): HEAD '\(head)' is not a word number or _"
        }
    }
}
