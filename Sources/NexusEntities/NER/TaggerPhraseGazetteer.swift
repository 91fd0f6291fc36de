import Foundation

/// A phrase-list gazetteer: multi-token names with a category, matched case-insensitively.
///
/// Each phrase that starts at a token whose first letter is upper case marks its first token
/// `B-CATEGORY` and the others `I-CATEGORY` (every matching phrase, so nested and overlapping
/// names all fire). The shipped list, `Resources/model/gazetteer-iso-codes.txt`, is built by
/// `Scripts/make-iso-gazetteer.py` from Debian's iso-codes (ISO 3166-1/-2/-3 country and
/// subdivision names, ISO 639-2 language names); it lets the tagger be trained and measured
/// without the pipeline's richer gazetteers.
public struct TaggerPhraseGazetteer: TokenGazetteer {
    public enum Failure: Error, CustomStringConvertible {
        case unreadable(path: String)
        case malformedLine(path: String, line: Int)
        case resourceMissing

        public var description: String {
            switch self {
            case .unreadable(let path): return "cannot read gazetteer '\(path)'; check the path"
            case .malformedLine(let path, let line): return "\(path):\(line): expected 'CATEGORY<TAB>phrase tokens'"
            case .resourceMissing: return "the gazetteer resource gazetteer-iso-codes.txt is missing from the NexusEntities bundle; rebuild the package"
            }
        }
    }

    public let name: String
    /// Lowercased first token → phrases (lowercased tokens, category), longest first.
    private let phrasesByFirstToken: [String: [(tokens: [String], category: String)]]
    private let maximumLength: Int

    /// Builds a gazetteer from (category, tokens) entries.
    public init(name: String, entries: [(category: String, tokens: [String])]) {
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
        self.phrasesByFirstToken = table
        self.maximumLength = longest
    }

    /// Reads `CATEGORY<TAB>token token ...` lines; `#` starts a comment line.
    public init(contentsOf url: URL, name: String) throws {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw Failure.unreadable(path: url.path) }
        var entries: [(category: String, tokens: [String])] = []
        for (number, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { throw Failure.malformedLine(path: url.path, line: number + 1) }
            entries.append((String(parts[0]), parts[1].split(separator: " ").map(String.init)))
        }
        self.init(name: name, entries: entries)
    }

    /// The iso-codes list shipped in the module's resources.
    public static func isoCodes() throws -> TaggerPhraseGazetteer {
        guard let url = Bundle.module.url(forResource: "gazetteer-iso-codes", withExtension: "txt", subdirectory: "Resources/model")
            ?? Bundle.module.url(forResource: "gazetteer-iso-codes", withExtension: "txt", subdirectory: "model")
        else { throw Failure.resourceMissing }
        return try TaggerPhraseGazetteer(contentsOf: url, name: "iso-codes")
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
            guard let first = tokens[start].unicodeScalars.first,
                  first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase,
                  let candidates = phrasesByFirstToken[lower(start)] else { continue }
            for candidate in candidates where start + candidate.tokens.count <= tokens.count {
                var matches = true
                for k in 1..<max(1, candidate.tokens.count) where lower(start + k) != candidate.tokens[k] {
                    matches = false
                    break
                }
                guard matches else { continue }
                flags[start].append("B-" + candidate.category)
                for k in 1..<max(1, candidate.tokens.count) { flags[start + k].append("I-" + candidate.category) }
            }
        }
        return flags
    }
}
