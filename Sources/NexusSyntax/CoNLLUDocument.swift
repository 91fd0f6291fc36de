import Foundation

/// A CoNLL-U file (Universal Dependencies format, https://universaldependencies.org/format.html)
/// kept line for line, so that writing it back reproduces the input byte for byte.
///
/// A sentence is a block of comment lines (`# ...`), word lines (integer ID), multiword-token
/// range lines (`3-4`) and empty-node lines (`8.1`), ended by a blank line. Only word lines
/// take part in tagging and parsing; every other line passes through unchanged.
///
/// ```swift
/// var document = try CoNLLUDocument(text: try String(contentsOfFile: path, encoding: .utf8), path: path)
/// document = model.annotate(document)
/// print(document.text, terminator: "")
/// ```
///
/// Line breaks are kept as they were: a file with CRLF line ends keeps its `\r` at the end of
/// every line's text (and in the blank lines' ``CoNLLUSentence/terminator``), a file whose last
/// block has no blank line after it, or no line break at all, is written back the same way.
public struct CoNLLUDocument: Sendable, Equatable {
    /// The blocks of the file in order.
    public var sentences: [CoNLLUSentence]
    /// Whatever follows the last block: "\n" when the file ends with the last block's final
    /// line break but no blank line after it, otherwise nothing.
    public var trailer: String

    public init(sentences: [CoNLLUSentence], trailer: String = "") {
        self.sentences = sentences
        self.trailer = trailer
    }

    /// Reads CoNLL-U text.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - path: names the input in errors.
    /// - Throws: ``CoNLLUError`` naming the line (1-based) when a word, multiword-token or
    ///   empty-node line does not have ten tab-separated columns, or its ID or HEAD is not
    ///   well formed.
    /// - Complexity: O(length of text).
    public init(text: String, path: String = "<input>") throws {
        var sentences: [CoNLLUSentence] = []
        var lines: [CoNLLULine] = []
        var lineNumber = 0
        var trailer = ""
        // Lines are cut at LF bytes, not Characters: "\r\n" is one Character in Swift, and a
        // combining mark after a line break would be another.
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex {
            lineNumber += 1
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n"))
            let line = Substring(utf8[start..<(end ?? utf8.endIndex)])
            start = end.map { utf8.index(after: $0) } ?? utf8.endIndex
            if line.utf8.isEmpty || line.utf8.elementsEqual([UInt8(ascii: "\r")]) {
                // A blank line ends the block; outside a block it is an empty block of its own.
                sentences.append(CoNLLUSentence(lines: lines, terminator: String(line)))
                lines = []
                continue
            }
            lines.append(try CoNLLULine(String(line), path: path, line: lineNumber))
            if end == nil {
                // The file ends without a line break after the last line.
                sentences.append(CoNLLUSentence(lines: lines, terminator: nil))
                lines = []
            }
        }
        if !lines.isEmpty {
            // The file ends with a line break but no blank line after the last block.
            sentences.append(CoNLLUSentence(lines: lines, terminator: nil))
            trailer = "\n"
        }
        self.sentences = sentences
        self.trailer = trailer
    }

    /// The file's text.
    public var text: String {
        var out = ""
        for (k, sentence) in sentences.enumerated() {
            sentence.write(to: &out, last: k == sentences.count - 1)
        }
        out += trailer
        return out
    }
}
