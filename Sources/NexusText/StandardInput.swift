import Foundation
import NexusCore

/// The input `-`: standard input, read as JSON Lines when its first non-blank line starts with
/// `{` (after an optional byte order mark and spaces), and otherwise as one plain-text
/// document with the id `stdin` and the path `-`.
///
/// JSON Lines are streamed line by line (``JSONLinesFile``); a text document is read whole,
/// its lines joined by line feeds (a line feed ending the last line is not kept), and refused
/// (``DocumentError/tooLarge(path:bytes:limit:)``) past `maxBytes`, as a file is.
///
/// ```
/// echo "Jane Roe met the mayor of Oslo." | nexus entities -
/// nexus extract - --format jsonl < articles.jsonl
/// ```
enum StandardInput {
    /// The id of a plain-text document read from standard input.
    static let documentID = "stdin"

    /// What standard input holds: JSON Lines to stream, or one document (or why it is none).
    enum Contents {
        case jsonLines(JSONLinesFile)
        case text(Result<Document, DocumentError>)
    }

    /// Reads standard input (`handle`) far enough to tell JSON Lines from text.
    static func open(_ handle: FileHandle = .standardInput, reader: DocumentReader,
                     maxBytes: Int = DocumentSource.defaultMaxDocumentBytes) -> Contents {
        let lines = LineReader(handle: handle)
        var head: [[UInt8]] = []
        while let line = lines.nextLine() {
            if LineReader.isBlank(line) { head.append(line); continue }
            if startsJSONObject(line) {
                return .jsonLines(JSONLinesFile(path: DocumentSource.standardInput, lines: lines, firstLine: line))
            }
            head.append(line)
            break
        }
        var bytes: [UInt8] = Array(head.joined(separator: [0x0A]))
        while let line = lines.nextLine() {
            bytes.append(0x0A)
            bytes.append(contentsOf: line)
            if bytes.count > maxBytes {
                return .text(.failure(.tooLarge(path: DocumentSource.standardInput, bytes: bytes.count, limit: maxBytes)))
            }
        }
        do {
            return .text(.success(try reader.document(bytes: bytes, id: documentID, path: DocumentSource.standardInput, format: .text)))
        } catch {
            return .text(.failure(error))
        }
    }

    /// Whether a line's first character, after a byte order mark and spaces, is `{`.
    static func startsJSONObject(_ line: [UInt8]) -> Bool {
        var rest = line[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.first { $0 != 0x20 && $0 != 0x09 } == UInt8(ascii: "{")
    }
}
