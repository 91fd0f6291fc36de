import Foundation
import NexusCore

/// Reads one file into a ``NexusCore/Document``.
///
/// The id is the file name without its extension and the path is kept as given. The bytes
/// are decoded by ``TextDecoding`` (UTF-8, a BOM dropped; otherwise Windows-1252 or
/// ISO-8859-1, reported in `Document.encoding`), then Markdown and HTML are reduced to their
/// text (see ``DocumentFormat``). Offsets of every later pass refer to that text. The
/// publication date is found by ``DocumentDateFinder``: in an HTML page's metadata, read
/// before the page is reduced to text, else in the head of the text.
///
/// Refused, with a ``DocumentError``: a missing path, a folder, an unreadable file, a binary
/// file (NUL bytes or mostly control bytes) and an empty or whitespace-only one.
///
/// - Complexity: O(n) in the file size; the whole file is held in memory once as bytes and once
///   as text.
public struct DocumentReader: Sendable {
    public let dateFinder: DocumentDateFinder

    public init(dateFinder: DocumentDateFinder = DocumentDateFinder()) {
        self.dateFinder = dateFinder
    }

    public func read(path: String) throws(DocumentError) -> Document {
        let bytes = try readBytes(path: path)
        let url = URL(fileURLWithPath: path)
        return try document(
            bytes: bytes, id: url.deletingPathExtension().lastPathComponent, path: path,
            format: DocumentFormat(pathExtension: url.pathExtension))
    }

    /// A document from bytes already in memory (a JSON Lines record, a test).
    public func document(bytes: [UInt8], id: String, path: String, format: DocumentFormat) throws(DocumentError) -> Document {
        guard !bytes.isEmpty else { throw .empty(path: path) }
        guard let decoded = TextDecoding.decode(bytes) else { throw .binary(path: path) }
        return try document(text: decoded.text, id: id, path: path, format: format, encoding: decoded.encoding)
    }

    func document(text: String, id: String, path: String, format: DocumentFormat, encoding: String) throws(DocumentError) -> Document {
        let plain = format.plainText(text)
        guard plain.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty(path: path) }
        let date = format == .html ? dateFinder.date(html: text, plainText: plain) : dateFinder.date(text: plain)
        return Document(id: id, path: path, text: plain, encoding: encoding, date: date)
    }

    func readBytes(path: String) throws(DocumentError) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missing(path: path) }
        if isFolder.boolValue { throw .isFolder(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
