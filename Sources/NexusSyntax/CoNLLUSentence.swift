/// One block of a CoNLL-U file: its lines, then the blank line that ends it.
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

    /// Appends the block's text: each line and its line break, then the blank line. A block
    /// without terminator has no line break after its last line when it is the file's last
    /// block (``CoNLLUDocument/trailer`` says what follows), and one otherwise.
    func write(to out: inout String, last: Bool) {
        for (i, line) in lines.enumerated() {
            out += line.text
            if i < lines.count - 1 || terminator != nil || !last { out += "\n" }
        }
        if let terminator { out += terminator + "\n" }
    }
}
