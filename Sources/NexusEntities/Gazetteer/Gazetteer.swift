import Foundation
import NexusText

/// Lists of names (countries, demonyms, locations, organizations, titles) matched against token
/// sequences.
///
/// Entries are indexed by their first token, lowercased; each index list is sorted longest
/// first, so the first entry that matches at a position is the longest one. Matching follows
/// the case rules of ``GazetteerEntry/matches(_:_:at:)``: "US" and "WHO" are case-sensitive,
/// names need a capital in the text, titles match in any case.
///
/// The bundled data and its sources are described in `Resources/gazetteers/SOURCES.md`.
///
/// ```swift
/// let gazetteer = try Gazetteer.bundled()
/// gazetteer.longestMatches(in: ["the", "U.S.", "and", "NATO"]).map(\.entry.canonical)
/// // ["United States", "NATO"]
/// ```
///
/// - Complexity: matching n tokens is O(n · c · m), for c candidate entries per first token
///   (a handful) and m tokens per entry (at most 9).
public struct Gazetteer: Sendable {
    public let entries: [GazetteerEntry]
    /// First lowercased token → indices into `entries`, longest entry first.
    let index: [String: [Int]]

    /// The bundled gazetteer files.
    public static let bundledFiles = ["countries", "locations", "organizations", "titles"]

    public init(entries: [GazetteerEntry]) {
        self.entries = entries
        var index: [String: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            guard let first = entry.lowercasedTokens.first else { continue }
            index[first, default: []].append(position)
        }
        for key in index.keys {
            index[key]!.sort { (entries[$0].tokens.count, $1) > (entries[$1].tokens.count, $0) }
        }
        self.index = index
    }

    /// This gazetteer with `more` entries added.
    public func adding(_ more: [GazetteerEntry]) -> Gazetteer {
        Gazetteer(entries: entries + more)
    }

    /// Organization entries for every name of the alias table's organizations ("Tories",
    /// "GOP", "Lib Dems"), each with the table's canonical name, so that a short form the
    /// tagger misses or calls MISC is still found as the organization it names. A name is
    /// also found in the other spelling of its "-ization" words ("Food and Agriculture
    /// Organisation", as British papers write it).
    public static func organizationEntries(of table: AliasTable) -> [GazetteerEntry] {
        let tokenizer = Tokenizer()
        var out: [GazetteerEntry] = []
        for entry in table.entries where entry.type == .organization {
            var names = [entry.canonical] + entry.aliases
            names += names.map(otherSpelling).filter { !names.contains($0) }
            for name in names {
                out.append(GazetteerEntry(surface: name, kind: .organization, canonical: entry.canonical, tokenizer: tokenizer))
            }
        }
        return out
    }

    /// `name` with each word's "ization"/"isation" (and plural) written the other way, or
    /// `name` itself when it has none.
    static func otherSpelling(_ name: String) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            for (a, b) in [("ization", "isation"), ("isation", "ization")] {
                for suffix in ["", "s"] where word.hasSuffix(a + suffix) {
                    return String(word.dropLast(a.count + suffix.count)) + b + suffix
                }
            }
            return String(word)
        }.joined(separator: " ")
    }

    /// The gazetteer of the TSV files shipped in the NexusEntities bundle.
    public static func bundled(files: [String] = bundledFiles) throws(GazetteerError) -> Gazetteer {
        var entries: [GazetteerEntry] = []
        for name in files {
            entries += try load(contentsOf: try bundledURL(name))
        }
        return Gazetteer(entries: entries)
    }

    static func bundledURL(_ name: String) throws(GazetteerError) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources/gazetteers")
        else { throw .missingResource(name: name) }
        return url
    }

    /// Entries of a `surface<TAB>kind<TAB>canonical` file; `#` lines and blank lines are skipped.
    public static func load(contentsOf url: URL) throws(GazetteerError) -> [GazetteerEntry] {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return try parse(text, path: url.path)
    }

    static func parse(_ text: String, path: String) throws(GazetteerError) -> [GazetteerEntry] {
        let tokenizer = Tokenizer()
        var entries: [GazetteerEntry] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty, !fields[2].isEmpty else {
                throw .malformedLine(path: path, line: number, reason: "\(fields.count) fields")
            }
            guard let kind = GazetteerKind(rawValue: String(fields[1])) else {
                throw .malformedLine(path: path, line: number, reason: "unknown kind '\(fields[1])'")
            }
            entries.append(GazetteerEntry(
                surface: String(fields[0]), kind: kind, canonical: String(fields[2]), tokenizer: tokenizer))
        }
        return entries
    }

    // MARK: Lookup

    /// The longest entry of each kind in `kinds` starting at every token: all matches, possibly
    /// overlapping, ordered by start then kind.
    public func matches(in tokens: [String], kinds: Set<GazetteerKind> = Set(GazetteerKind.allCases)) -> [GazetteerMatch] {
        let lowered = tokens.map(Self.lowercase)
        let wanted = Self.mask(kinds)
        var found: [GazetteerMatch] = []
        for start in tokens.indices {
            guard let candidates = index[lowered[start]] else { continue }
            var seen: UInt8 = 0
            for position in candidates {
                let entry = entries[position]
                let bit = Self.bit(entry.kind)
                guard wanted & bit != 0, seen & bit == 0, entry.matches(tokens, lowered, at: start) else { continue }
                seen |= bit
                found.append(GazetteerMatch(range: start..<(start + entry.tokens.count), entry: entry))
            }
        }
        return found
    }

    @inline(__always)
    static func bit(_ kind: GazetteerKind) -> UInt8 {
        switch kind {
        case .country: return 1
        case .demonym: return 2
        case .location: return 4
        case .organization: return 8
        case .title: return 16
        case .honorific: return 32
        }
    }

    static func mask(_ kinds: Set<GazetteerKind>) -> UInt8 {
        kinds.reduce(0) { $0 | bit($1) }
    }

    /// `token.lowercased()`, without allocating for ASCII tokens that have no capitals.
    static func lowercase(_ token: String) -> String {
        var hasUpper = false
        for byte in token.utf8 {
            if byte >= 0x80 { return token.lowercased() }
            if byte &- 0x41 < 26 { hasUpper = true }
        }
        guard hasUpper else { return token }
        return String(unsafeUninitializedCapacity: token.utf8.count) { buffer in
            var k = 0
            for byte in token.utf8 {
                buffer[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                k += 1
            }
            return k
        }
    }

    /// Leftmost-longest matches that do not overlap; among entries of equal length the one
    /// listed first wins (countries, then locations, organizations, titles in the bundled data).
    public func longestMatches(in tokens: [String], kinds: Set<GazetteerKind> = Set(GazetteerKind.allCases)) -> [GazetteerMatch] {
        let lowered = tokens.map(Self.lowercase)
        var found: [GazetteerMatch] = []
        var start = 0
        while start < tokens.count {
            var best: GazetteerMatch?
            for position in index[lowered[start]] ?? [] {
                let entry = entries[position]
                if kinds.contains(entry.kind), entry.matches(tokens, lowered, at: start) {
                    best = GazetteerMatch(range: start..<(start + entry.tokens.count), entry: entry)
                    break
                }
            }
            if let best {
                found.append(best)
                start = best.range.upperBound
            } else {
                start += 1
            }
        }
        return found
    }

    /// Per-token flags for a sentence's tokens: for each kind, the longest entry starting at a
    /// token sets `B` there and `I` on the rest of its tokens. Used as tagger features.
    public func memberships(tokens: [String]) -> [GazetteerFlags] {
        var flags = [GazetteerFlags](repeating: [], count: tokens.count)
        for match in matches(in: tokens) {
            let (begin, inside) = GazetteerFlags.flags(for: match.entry.kind)
            flags[match.range.lowerBound].insert(begin)
            for k in (match.range.lowerBound + 1)..<match.range.upperBound { flags[k].insert(inside) }
        }
        return flags
    }

    /// Entries whose tokens are exactly `tokens` (a whole span), in listing order.
    public func entries(exactly tokens: [String], kinds: Set<GazetteerKind> = Set(GazetteerKind.allCases)) -> [GazetteerEntry] {
        guard let first = tokens.first else { return [] }
        let lowered = tokens.map { $0.lowercased() }
        return (index[first.lowercased()] ?? []).map { entries[$0] }.filter {
            $0.tokens.count == tokens.count && kinds.contains($0.kind) && $0.matches(tokens, lowered, at: 0)
        }
    }

    /// Entries whose surface is exactly `phrase`, tokenized like the text.
    public func entries(for phrase: String, kinds: Set<GazetteerKind> = Set(GazetteerKind.allCases)) -> [GazetteerEntry] {
        entries(exactly: Tokenizer().tokenize(phrase).map(\.text), kinds: kinds)
    }
}
