import Foundation

/// The text format of a word-clusters file, shared by the part-of-speech tagger, the parser and
/// the named-entity tagger: one line per word, `word<TAB>c64<TAB>c256<TAB>c1024`, the cluster
/// numbers of the word at three granularities (built by `Scripts/make-word-clusters.py`).
public enum WordClusterFile {
    /// One word and its three cluster numbers (coarse to fine).
    public struct Line: Sendable, Equatable {
        public let word: String
        public let classes: SIMD3<UInt16>
    }

    /// Reads and parses a clusters file.
    public static func read(contentsOf url: URL) throws -> [Line] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) }
        catch { throw WordClustersError.unreadable(path: url.path, reason: (error as NSError).localizedDescription) }
        return try parse(text, path: url.path)
    }

    /// Parses the file's text; `path` names it in errors.
    /// - Throws: ``WordClustersError/malformed(path:line:)`` for a line without four columns
    ///   or with a cluster number that is not below 65,536.
    /// - Complexity: O(length of text).
    public static func parse(_ text: String, path: String = "<clusters>") throws -> [Line] {
        var lines: [Line] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 4, let a = UInt16(columns[1]), let b = UInt16(columns[2]), let c = UInt16(columns[3]) else {
                throw WordClustersError.malformed(path: path, line: n + 1)
            }
            lines.append(Line(word: String(columns[0]), classes: SIMD3(a, b, c)))
        }
        return lines
    }
}
