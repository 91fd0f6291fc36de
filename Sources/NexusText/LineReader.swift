import Foundation

/// The lines of a file handle, read through a 64 KiB buffer: each line's bytes without its line
/// feed (a carriage return before it is kept), the last line also when no line feed ends it.
/// Shared by the JSON Lines readers (``DocumentSource``, and the analysis lines of `nexus
/// ingest`), so that memory is bounded by the longest line, not by the file.
///
/// The handle is closed when the reader goes away.
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next line feed resumes: bytes before it hold none.
    private var scanned = 0
    private var atEnd = false
    /// The number (1-based) of the line last returned; 0 before the first.
    public private(set) var lineNumber = 0

    public init(handle: FileHandle) {
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// Whether a line holds only spaces, tabs and carriage returns.
    public static func isBlank(_ line: [UInt8]) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The next line's bytes without its line feed, or `nil` at the end of the file.
    public func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer[max(position, scanned)...].firstIndex(of: 0x0A) {
                let line = Array(buffer[position..<newline])
                position = newline + 1
                scanned = position
                lineNumber += 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                lineNumber += 1
                return line
            }
            buffer.removeFirst(position)
            position = 0
            scanned = buffer.count
            let chunk = (try? handle.read(upToCount: 65_536)) ?? nil
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
        }
    }
}
