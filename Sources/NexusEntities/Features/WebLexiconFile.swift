import Foundation

/// The text format of the tagger's web lexicon (`Resources/model/web-lexicon.tsv`, built by
/// `Scripts/make-web-lexicon.py` from PyPI `spacy-lookups-data` 1.0.5): one line per lowercased
/// word, `word<TAB>class<TAB>path`.
///
/// - `class` = 8 · frequency + capitalisation: the word's frequency on the web (1 most frequent …
///   6 rare) and the share of its occurrences written with a capital (1: under 2 % … 7: 98 % or
///   more); 0 for none.
/// - `path` is the word's Brown cluster (Brown et al. 1992) as a bit string read from bit 0 up,
///   so that its first k branches are `path & (2^k − 1)`; 0 for none.
public enum WebLexiconFile {
    /// One word and what the web says of it.
    public struct Line: Sendable, Equatable {
        public let word: String
        public let webClass: UInt8
        public let path: UInt32

        public init(word: String, webClass: UInt8, path: UInt32) {
            self.word = word
            self.webClass = webClass
            self.path = path
        }
    }

    /// A web lexicon that cannot be used.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missing(path: String)
        case unreadable(path: String, reason: String)
        case malformed(path: String, line: Int)

        public var description: String {
            switch self {
            case .missing(let path): return "web lexicon '\(path)' is not in the package bundle; rebuild the package"
            case .unreadable(let path, let reason): return "cannot read web lexicon '\(path)': \(reason); check the path"
            case .malformed(let path, let line): return "\(path):\(line): expected word<TAB>class<TAB>path with a class below 256 and a path below 2^24; rebuild with Scripts/make-web-lexicon.py"
            }
        }
    }

    /// The shipped lexicon, the default of `nexus train`; a trained model carries its own copy.
    public static func bundledURL() throws(Failure) -> URL {
        guard let url = Bundle.module.url(forResource: "web-lexicon", withExtension: "tsv", subdirectory: "Resources/model")
            ?? Bundle.module.url(forResource: "web-lexicon", withExtension: "tsv", subdirectory: "model") else {
            throw .missing(path: "Resources/model/web-lexicon.tsv")
        }
        return url
    }

    /// Reads and parses a lexicon file.
    public static func read(contentsOf url: URL) throws -> [Line] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) }
        catch { throw Failure.unreadable(path: url.path, reason: (error as NSError).localizedDescription) }
        return try parse(text, path: url.path)
    }

    /// Parses the file's text; `path` names it in errors.
    /// - Throws: ``Failure/malformed(path:line:)`` for a line without three columns, with a class
    ///   of 256 or more or a path of 2^24 or more.
    /// - Complexity: O(length of text).
    public static func parse(_ text: String, path: String = "<web lexicon>") throws -> [Line] {
        var lines: [Line] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 3, !columns[0].isEmpty, let webClass = UInt8(columns[1]),
                  let bits = UInt32(columns[2]), bits < 1 << 24 else {
                throw Failure.malformed(path: path, line: n + 1)
            }
            lines.append(Line(word: String(columns[0]), webClass: webClass, path: bits))
        }
        return lines
    }
}
