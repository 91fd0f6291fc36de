import Foundation

/// Reads CoNLL column files (CoNLL-2003, WikiGold, CoNLL++, UNER's `.iob2`).
///
/// One token per line, columns separated by spaces or tabs. By default the token is the
/// first column and the gold tag the last; a blank line or a `-DOCSTART-` line ends a sentence.
/// With `commentPrefix` set, lines starting with it (such as UNER's `# sent_id = …`) are comments.
public struct CoNLLReader: Sendable {
    /// Errors that name the file and line so the user can fix the input.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case notUTF8(path: String)
        case malformedLine(path: String, line: Int, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason):
                return "cannot read CoNLL file '\(path)': \(reason); check the path"
            case .notUTF8(let path):
                return "CoNLL file '\(path)' is not UTF-8 text; convert it to UTF-8 first"
            case .malformedLine(let path, let line, let reason):
                return "\(path):\(line): malformed CoNLL line: \(reason)"
            }
        }
    }

    /// Zero-based column of the token.
    public var tokenColumn: Int
    /// Zero-based column of the gold tag; `nil` means the last column.
    public var tagColumn: Int?
    /// Whether lines must carry a tag column (at least two columns).
    public var requiresTags: Bool
    /// Lines starting with this prefix are comments; `nil` means no comments.
    public var commentPrefix: String?

    public init(tokenColumn: Int = 0, tagColumn: Int? = nil, requiresTags: Bool = true, commentPrefix: String? = nil) {
        self.tokenColumn = tokenColumn
        self.tagColumn = tagColumn
        self.requiresTags = requiresTags
        self.commentPrefix = commentPrefix
    }

    /// Reads a file.
    public func read(contentsOf url: URL) throws -> CoNLLCorpus {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Failure.unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        guard let text = String(validatingUTF8Data: data) else { throw Failure.notUTF8(path: url.path) }
        return try parse(text, path: url.path)
    }

    /// Parses text; `path` only names the source in errors.
    /// - Complexity: O(bytes). Lines and columns are split on UTF-8 bytes (LF or CRLF line ends;
    ///   space or tab between columns), without grapheme breaking.
    public func parse(_ text: String, path: String = "<input>") throws -> CoNLLCorpus {
        var text = text
        text.makeContiguousUTF8()
        return try text.utf8.withContiguousStorageIfAvailable { try parse(bytes: $0, path: path) }!
    }

    private func parse(bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> CoNLLCorpus {
        var items: [CoNLLCorpus.Item] = []
        var lines: [String] = [], tokens: [String] = [], tags: [String] = []
        func flush() {
            guard !lines.isEmpty else { return }
            items.append(.sentence(CoNLLSentence(lines: lines, tokens: tokens, tags: tags)))
            lines = []; tokens = []; tags = []
        }
        let commentBytes = commentPrefix.map { Array($0.utf8) }
        let docStart = Array("-DOCSTART-".utf8)
        var columns: [Range<Int>] = []
        var lineNumber = 0
        var lineStart = 0
        let count = bytes.count
        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            lineNumber += 1
            defer { lineStart = next }
            columns.removeAll(keepingCapacity: true)
            var i = lineStart
            while i < lineEnd {
                while i < lineEnd && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
                guard i < lineEnd else { break }
                let columnStart = i
                while i < lineEnd && bytes[i] != 0x20 && bytes[i] != 0x09 { i += 1 }
                columns.append(columnStart..<i)
            }
            if columns.isEmpty {
                flush()
                if items.last != .blank { items.append(.blank) }
                continue
            }
            if let prefix = commentBytes, lineEnd - lineStart >= prefix.count,
               Array(bytes[lineStart..<(lineStart + prefix.count)]) == prefix {
                flush()
                items.append(.comment(string(lineStart..<lineEnd)))
                continue
            }
            if columns[0].count == docStart.count && bytes[columns[0]].elementsEqual(docStart) {
                flush()
                items.append(.documentStart(string(lineStart..<lineEnd)))
                continue
            }
            guard tokenColumn < columns.count else {
                throw Failure.malformedLine(path: path, line: lineNumber,
                                            reason: "expected a token in column \(tokenColumn + 1), found \(columns.count) column(s)")
            }
            if requiresTags {
                let index = tagColumn ?? (columns.count - 1)
                guard columns.count >= 2, index < columns.count, index != tokenColumn else {
                    throw Failure.malformedLine(path: path, line: lineNumber,
                                                reason: "expected a token and a tag, found \(columns.count) column(s)")
                }
                let tag = string(columns[index])
                guard NERCorpusTag.isValid(tag) else {
                    throw Failure.malformedLine(path: path, line: lineNumber,
                                                reason: "'\(tag)' is not an entity tag (O, B-X, I-X, L-X, U-X, E-X, S-X)")
                }
                tags.append(tag)
            }
            lines.append(string(lineStart..<lineEnd))
            tokens.append(string(columns[tokenColumn]))
        }
        flush()
        if items.last == .blank { items.removeLast() }
        return CoNLLCorpus(items: items)
    }
}

/// Validity of a tag in a corpus column.
enum NERCorpusTag {
    static func isValid(_ tag: String) -> Bool {
        if tag == "O" { return true }
        var bytes = tag.utf8.makeIterator()
        guard let first = bytes.next(), let dash = bytes.next(), dash == UInt8(ascii: "-"), bytes.next() != nil else { return false }
        switch first {
        case UInt8(ascii: "B"), UInt8(ascii: "I"), UInt8(ascii: "L"), UInt8(ascii: "U"),
             UInt8(ascii: "E"), UInt8(ascii: "S"): return true
        default: return false
        }
    }
}

extension String {
    /// Decodes UTF-8 bytes, returning nil when they are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        guard let decoded = String(validating: data, as: UTF8.self) else { return nil }
        self = decoded
    }
}
