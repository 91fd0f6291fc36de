import Foundation
import NexusCore

/// A JSON Lines file read line by line (``LineReader``), for ``DocumentSource``.
final class JSONLinesFile {
    let path: String
    let lines: LineReader
    var lineNumber: Int { lines.lineNumber }
    /// An item read with the previous line and handed out next (a document after its warning).
    var pending: DocumentSource.Item?

    /// A line already read from ``lines`` (by ``StandardInput``, to tell JSON Lines from text),
    /// handed out before the next one.
    private var firstLine: [UInt8]?

    init(path: String, handle: FileHandle) {
        self.path = path
        self.lines = LineReader(handle: handle)
    }

    /// JSON Lines whose first line has been read already.
    init(path: String, lines: LineReader, firstLine: [UInt8]) {
        self.path = path
        self.lines = lines
        self.firstLine = firstLine
    }

    static func open(path: String) -> Result<JSONLinesFile, DocumentError> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .failure(.missing(path: path)) }
        if isFolder.boolValue { return .failure(.isFolder(path: path)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.unreadable(path: path, reason: "permission denied"))
        }
        return .success(JSONLinesFile(path: path, handle: handle))
    }

    /// The next document or bad line; `nil` at the end of the file.
    func next(options: DocumentSource.Options, reader: DocumentReader) -> DocumentSource.Item? {
        if let pending {
            self.pending = nil
            return pending
        }
        while let line = takeFirstLine() ?? lines.nextLine() {
            if LineReader.isBlank(line) { continue }
            let items = items(line: line, options: options, reader: reader)
            pending = items.count > 1 ? items[1] : nil
            return items[0]
        }
        return nil
    }

    private func takeFirstLine() -> [UInt8]? {
        defer { firstLine = nil }
        return firstLine
    }

    /// The document of one line, after a warning about its date when it has a bad one; or the
    /// reason the line is no document.
    func items(line: [UInt8], options: DocumentSource.Options, reader: DocumentReader) -> [DocumentSource.Item] {
        let number = lineNumber
        func bad(_ reason: String) -> [DocumentSource.Item] {
            [.failure(.badJSONLine(path: path, line: number, reason: reason))]
        }
        guard line.count <= options.maxDocumentBytes else {
            return [.failure(.tooLarge(path: "\(path):\(number)", bytes: line.count, limit: options.maxDocumentBytes))]
        }
        guard let value = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) else {
            return bad("not valid JSON")
        }
        guard let object = value as? [String: Any] else { return bad("not a JSON object") }
        guard let text = object[options.textField] as? String else {
            return bad("no string field '\(options.textField)' (choose the text field with the text-field option)")
        }
        let stem = path == DocumentSource.standardInput ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let id: String
        switch object[options.idField] {
        case let string as String where !string.isEmpty: id = string
        case let number as NSNumber: id = number.stringValue
        default: id = "\(stem)-\(number)"
        }
        var document: Document
        do {
            document = try reader.document(
                text: TextDecoding.normalizeLineEndings(text), id: id, path: "\(path):\(number)", format: .text,
                encoding: "utf-8")
        } catch {
            return bad("field '\(options.textField)' is empty")
        }
        switch object[options.dateField] {
        case nil, is NSNull:
            return [.document(document)]
        case let value as String:
            if let date = DateText.date(value) {
                document.date = DocumentDate(date: date, source: .jsonLinesField)
                return [.document(document)]
            }
            if let year = DateText.year(value) {
                // "2021" or "2021-06": no day, but a year for a dateline without one.
                document.date = document.date ?? reader.dateFinder.date(text: document.text, knownYear: year)
                return [.document(document)]
            }
            document.date = nil
            return [.warning(.badDate(path: path, line: number, field: options.dateField, value: "'\(value)'")), .document(document)]
        case let value?:
            document.date = nil
            let written = (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])).flatMap { String(data: $0, encoding: .utf8) } ?? "\(value)"
            return [.warning(.badDate(path: path, line: number, field: options.dateField, value: written)), .document(document)]
        }
    }
}
