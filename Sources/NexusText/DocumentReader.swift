import Foundation
#if canImport(Glibc)
import Glibc
#endif
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
/// Refused, with a ``DocumentError``: a missing path, a dangling symbolic link, a folder, a
/// socket, an unreadable file, a file larger than the document size limit (checked before it is
/// read), a binary file (NUL bytes or mostly control bytes) and an empty or whitespace-only one.
/// Named pipes and devices (`<(command)`, `/dev/stdin`) are read like files, up to the limit.
///
/// - Complexity: O(n) in the file size; the whole file is held in memory once as bytes and once
///   as text.
public struct DocumentReader: Sendable {
    public let dateFinder: DocumentDateFinder

    public init(dateFinder: DocumentDateFinder = DocumentDateFinder()) {
        self.dateFinder = dateFinder
    }

    /// The document in the file at `path`.
    /// - Parameters:
    ///   - maxBytes: the largest file read (``DocumentSource/defaultMaxDocumentBytes`` unless
    ///     told); a larger one is refused before it is read.
    ///   - readsPipes: read a named pipe or device; false for files found in a folder, where
    ///     one is refused with ``DocumentError/pipeInFolder(path:)``.
    public func read(path: String, maxBytes: Int = DocumentSource.defaultMaxDocumentBytes,
                     readsPipes: Bool = true) throws(DocumentError) -> Document {
        let bytes = try readBytes(path: path, maxBytes: maxBytes, readsPipes: readsPipes)
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

    /// The bytes of a file, a named pipe or a device (`/dev/stdin`), at most `maxBytes` of them.
    ///
    /// A regular file's size is checked before anything is read; a pipe is read in 1 MiB
    /// chunks and refused as soon as it passes the limit, so memory stays within the limit.
    func readBytes(path: String, maxBytes: Int, readsPipes: Bool = true) throws(DocumentError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                throw .danglingLink(path: path, target: target)
            }
            if code == ENOENT || code == ENOTDIR { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw .isFolder(path: path)
        case S_IFREG:
            if Int(info.st_size) > maxBytes { throw .tooLarge(path: path, bytes: Int(info.st_size), limit: maxBytes) }
        case S_IFIFO, S_IFCHR: if !readsPipes { throw .pipeInFolder(path: path) }
        case S_IFSOCK: throw .notAFile(path: path, kind: "a socket")
        default: throw .notAFile(path: path, kind: "a block device")
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            throw .unreadable(path: path, reason: code == EACCES ? "permission denied" : String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        return try readAll(descriptor, path: path, maxBytes: maxBytes)
    }

    /// Every byte until the end of `descriptor`, refusing more than `maxBytes`.
    private func readAll(_ descriptor: Int32, path: String, maxBytes: Int) throws(DocumentError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(code)))
            }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > maxBytes { throw .tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
        }
    }
}
