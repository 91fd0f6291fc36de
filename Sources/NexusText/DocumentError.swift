/// Why a document could not be read. Each message names the file, says what is wrong and
/// what to do, on one line.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case isFolder(path: String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case empty(path: String)
    /// A folder given as input that holds no file Nexus reads.
    case noDocuments(path: String)
    /// One line of a JSON Lines file that is not a usable document; the other lines are read.
    case badJSONLine(path: String, line: Int, reason: String)
    /// A file larger than the document size limit (``DocumentSource/Options/maxDocumentBytes``);
    /// `bytes` is its size, or the bytes read before the limit was passed (a pipe).
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A symbolic link whose target does not exist.
    case danglingLink(path: String, target: String)
    /// Something that is neither a file, a folder, a pipe nor a device (a socket).
    case notAFile(path: String, kind: String)
    /// A named pipe or device met while walking a folder: read only when named directly,
    /// since opening a pipe with no writer waits for ever.
    case pipeInFolder(path: String)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .missing(let path), .isFolder(let path), .unreadable(let path, _), .binary(let path),
             .empty(let path), .noDocuments(let path), .badJSONLine(let path, _, _), .tooLarge(let path, _, _),
             .danglingLink(let path, _), .notAFile(let path, _), .pipeInFolder(let path):
            return path
        }
    }

    public var description: String {
        switch self {
        case .missing(let path):
            return "'\(path)': no such file; check the path"
        case .isFolder(let path):
            return "'\(path)' is a folder, not a file; pass the files inside it or read it with DocumentSource"
        case .unreadable(let path, let reason):
            return "'\(path)' cannot be read: \(reason); check its permissions"
        case .binary(let path):
            return "'\(path)' is a binary file, not text; give a .txt, .md, .html or .jsonl file"
        case .empty(let path):
            return "'\(path)' is empty (no text besides whitespace); remove it from the input"
        case .noDocuments(let path):
            return "'\(path)' holds no .txt, .md, .markdown, .html, .htm or .jsonl file; check the folder"
        case .badJSONLine(let path, let line, let reason):
            return "'\(path)' line \(line): \(reason); fix or remove that line"
        case .tooLarge(let path, let bytes, let limit):
            return "'\(path)' holds \(ByteSize.described(bytes)), more than the document size limit of \(ByteSize.described(limit));"
                + " split it into smaller files or raise --max-document-size"
        case .danglingLink(let path, let target):
            return "'\(path)' is a symbolic link to '\(target)', which does not exist; fix or remove the link"
        case .notAFile(let path, let kind):
            return "'\(path)' is \(kind), not a file; give a file, a folder, a pipe or -"
        case .pipeInFolder(let path):
            return "'\(path)' is a named pipe or device found in a folder; name it directly to read it (opening a pipe waits for a writer)"
        }
    }
}
