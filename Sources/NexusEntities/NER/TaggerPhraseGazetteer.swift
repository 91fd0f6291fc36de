import Foundation

/// A phrase-list gazetteer: multi-token names with a category, matched case-insensitively.
///
/// Each phrase that starts at a token whose first letter is upper case marks its first token
/// `B-CATEGORY` and the others `I-CATEGORY` (every matching phrase, so nested and overlapping
/// names all fire). With ``matchesLowercase``, a phrase starting at a lower-case token fires
/// `b-CATEGORY`/`i-CATEGORY` instead, so the tagger can learn how far to trust "florida" or
/// "lisa" in text written without capitals.
///
/// The shipped lists (``shipped()``) are `Resources/model/gazetteer-iso-codes.txt`, built by
/// `Scripts/make-iso-gazetteer.py` from Debian's iso-codes (ISO 3166-1/-2/-3 country and
/// subdivision names, ISO 639-2 language names), and `Resources/model/gazetteer-names-places.txt`,
/// built by `Scripts/make-name-place-gazetteer.py` (US Census first names and surnames, GeoNames
/// cities). They let the tagger be trained and measured without the pipeline's gazetteers.
public struct TaggerPhraseGazetteer: TokenGazetteer {
    public enum Failure: Error, CustomStringConvertible {
        case unreadable(path: String)
        case malformedLine(path: String, line: Int)
        case resourceMissing(String)

        public var description: String {
            switch self {
            case .unreadable(let path): return "cannot read gazetteer '\(path)'; check the path"
            case .malformedLine(let path, let line): return "\(path):\(line): expected 'CATEGORY<TAB>phrase tokens'"
            case .resourceMissing(let file): return "the gazetteer resource \(file) is missing from the NexusEntities bundle; rebuild the package"
            }
        }
    }

    public let name: String
    /// Whether phrases starting at a lower-case token fire (as `b-`/`i-` flags).
    public let matchesLowercase: Bool
    /// Lowercased first token → phrases (lowercased tokens, category), longest first.
    private let phrasesByFirstToken: [String: [(tokens: [String], category: String)]]
    private let maximumLength: Int

    /// Builds a gazetteer from (category, tokens) entries.
    public init(name: String, entries: [(category: String, tokens: [String])], matchesLowercase: Bool = false) {
        var table: [String: [(tokens: [String], category: String)]] = [:]
        var longest = 0
        for entry in entries where !entry.tokens.isEmpty {
            let lowered = entry.tokens.map { $0.lowercased() }
            table[lowered[0], default: []].append((lowered, entry.category))
            longest = max(longest, lowered.count)
        }
        for key in table.keys {
            table[key]!.sort { ($0.tokens.count, $0.category) > ($1.tokens.count, $1.category) }
        }
        self.name = name
        self.matchesLowercase = matchesLowercase
        self.phrasesByFirstToken = table
        self.maximumLength = longest
    }

    /// Reads `CATEGORY<TAB>token token ...` lines; `#` starts a comment line.
    public init(contentsOf url: URL, name: String) throws {
        self.init(name: name, entries: try Self.entries(contentsOf: url))
    }

    /// The entries of a list file.
    static func entries(contentsOf url: URL) throws -> [(category: String, tokens: [String])] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw Failure.unreadable(path: url.path) }
        var entries: [(category: String, tokens: [String])] = []
        for (number, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { throw Failure.malformedLine(path: url.path, line: number + 1) }
            entries.append((String(parts[0]), parts[1].split(separator: " ").map(String.init)))
        }
        return entries
    }

    private static func resource(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources/model")
            ?? Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "model")
        else { throw Failure.resourceMissing(name + ".txt") }
        return url
    }

    /// The iso-codes list shipped in the module's resources.
    public static func isoCodes() throws -> TaggerPhraseGazetteer {
        try TaggerPhraseGazetteer(contentsOf: resource("gazetteer-iso-codes"), name: "iso-codes")
    }

    /// The gazetteer of the shipped model: the iso-codes list and the names-and-places list,
    /// matched in capitalised and lower-case text.
    public static func shipped() throws -> TaggerPhraseGazetteer {
        let entries = try entries(contentsOf: resource("gazetteer-iso-codes")) + entries(contentsOf: resource("gazetteer-names-places"))
        return TaggerPhraseGazetteer(name: "iso-codes+names-places", entries: entries, matchesLowercase: true)
    }

    public func flags(for tokens: [String]) -> [[String]] {
        var flags = [[String]](repeating: [], count: tokens.count)
        var lowered = [String?](repeating: nil, count: tokens.count)
        func lower(_ i: Int) -> String {
            if let l = lowered[i] { return l }
            let l = tokens[i].lowercased()
            lowered[i] = l
            return l
        }
        for start in tokens.indices {
            guard let first = tokens[start].unicodeScalars.first else { continue }
            let upper = first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase
            let lowerCase = !upper && matchesLowercase && tokens[start].unicodeScalars.count > 1
                && (first.isASCII ? (first.value >= 97 && first.value <= 122) : first.properties.isLowercase)
            guard upper || lowerCase, let candidates = phrasesByFirstToken[lower(start)] else { continue }
            let (begin, inside) = upper ? ("B-", "I-") : ("b-", "i-")
            for candidate in candidates where start + candidate.tokens.count <= tokens.count {
                var matches = true
                for k in 1..<max(1, candidate.tokens.count) where lower(start + k) != candidate.tokens[k] {
                    matches = false
                    break
                }
                guard matches else { continue }
                flags[start].append(begin + candidate.category)
                for k in 1..<max(1, candidate.tokens.count) { flags[start + k].append(inside + candidate.category) }
            }
        }
        return flags
    }
}
