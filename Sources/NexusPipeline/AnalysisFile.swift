import Foundation
import NexusCore
import NexusText

/// A file of ``AnalysisLine``s (the output of `nexus extract --format jsonl`), read one line
/// at a time (``LineReader``), for `nexus ingest`.
///
/// A file is one exactly when its first non-blank line declares `"format": "nexus-analysis"`
/// (``isAnalysisFile(_:)``); every line of it must then be one. A line that is not is
/// reported as skipped (`<file>:<line>`) and the others are read.
public final class AnalysisFile: Sequence, IteratorProtocol {
    /// One line: an analysis, or why the line is none.
    public enum Item {
        case analysis(AnalysisLine)
        case failure(SkippedDocument)
    }

    public let path: String
    private let lines: LineReader

    /// Opens `path`; nil when it cannot be opened (``DocumentSource`` then reports it).
    public init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.path = path
        self.lines = LineReader(handle: handle)
    }

    /// Whether `path` is a regular file whose first non-blank line is an analysis line.
    ///
    /// - Complexity: reads the file up to the end of its first non-blank line.
    public static func isAnalysisFile(_ path: String) -> Bool {
        firstLine(path).map(AnalysisLine.isAnalysis) ?? false
    }

    /// The `syntax` its first line declares, when `path` is an analysis file and that is a
    /// known setting.
    public static func declaredSyntax(_ path: String) -> SyntaxScope? {
        guard let line = firstLine(path), AnalysisLine.isAnalysis(line),
              let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              let name = object["syntax"] as? String else { return nil }
        return SyntaxScope(rawValue: name)
    }

    /// The first non-blank line of a regular file (never standard input).
    private static func firstLine(_ path: String) -> [UInt8]? {
        var isFolder: ObjCBool = false
        guard path != DocumentSource.standardInput,
              FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              let file = AnalysisFile(path: path) else { return nil }
        while let line = file.lines.nextLine() {
            if !LineReader.isBlank(line) { return line }
        }
        return nil
    }

    public func next() -> Item? {
        while let line = lines.nextLine() {
            if LineReader.isBlank(line) { continue }
            do {
                return .analysis(try AnalysisLine(decoding: line))
            } catch {
                return .failure(SkippedDocument(path: path, reason: "'\(path)' line \(lines.lineNumber): \(error); fix or remove that line"))
            }
        }
        return nil
    }
}
