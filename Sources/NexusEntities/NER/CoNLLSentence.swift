/// One sentence of a CoNLL column file: its raw lines, the token column and the gold tag column.
public struct CoNLLSentence: Hashable, Sendable {
    /// The lines as read (without line terminator), one per token.
    public var lines: [String]
    /// The token of each line.
    public var tokens: [String]
    /// The gold tag of each line; empty when the file has no tag column.
    public var tags: [String]

    public init(lines: [String], tokens: [String], tags: [String]) {
        self.lines = lines
        self.tokens = tokens
        self.tags = tags
    }

    /// A sentence written from tokens and tags as `token tag` lines.
    public init(tokens: [String], tags: [String]) {
        self.init(lines: zip(tokens, tags).map { "\($0) \($1)" }, tokens: tokens, tags: tags)
    }
}

/// A CoNLL file as a sequence of items, kept in order so it can be written back line for line.
public struct CoNLLCorpus: Hashable, Sendable {
    public enum Item: Hashable, Sendable {
        /// A `-DOCSTART-` line: the start of a new document.
        case documentStart(String)
        /// A comment line (only when the reader was asked to recognise comments).
        case comment(String)
        /// One or more blank lines between sentences.
        case blank
        case sentence(CoNLLSentence)
    }

    public var items: [Item]

    public init(items: [Item]) { self.items = items }

    /// The sentences in order.
    public var sentences: [CoNLLSentence] {
        items.compactMap { if case .sentence(let s) = $0 { return s } else { return nil } }
    }

    /// The sentences grouped into documents at each `-DOCSTART-` line and each
    /// `# newdoc` comment (CoNLL-U style, as in UNER); a file without either is one document.
    public var documents: [[CoNLLSentence]] {
        var documents: [[CoNLLSentence]] = []
        var current: [CoNLLSentence] = []
        for item in items {
            switch item {
            case .documentStart:
                if !current.isEmpty { documents.append(current) }
                current = []
            case .sentence(let sentence):
                current.append(sentence)
            case .comment(let line) where line.hasPrefix("# newdoc"):
                if !current.isEmpty { documents.append(current) }
                current = []
            case .blank, .comment:
                break
            }
        }
        if !current.isEmpty { documents.append(current) }
        return documents
    }
}
