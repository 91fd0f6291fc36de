import Foundation
import NexusCore
import NexusEntities

/// Finds the entity a user means by a name typed on the command line, forgivingly.
///
/// A query is compared with every candidate's id, canonical name and aliases, in stages; the
/// first stage with any match decides:
/// 1. **Id**: the query is a candidate id (`person:jane-doe`), exactly or after folding.
/// 2. **Name**: the folded query equals a folded name or alias. Folding (``fold(_:)``) ignores
///    case, diacritics, punctuation, a possessive `'s` and a leading "the", so "cote d'ivoire",
///    "Côte d’Ivoire" and "the Côte d'Ivoire" are one name.
/// 3. **Surname**: the query's words are the last words of a name or alias ("Doe" for
///    "Jane Doe", "Liberation Front" for "National Liberation Front").
/// 4. **Words**: the query's words appear, consecutively, inside a name or alias.
///
/// A one-word query is matched by name and by surname together (stages 2 and 3), so that
/// "Nishimura" finds the person Yasutoshi Nishimura as well as an organization fragment named
/// "Nishimura". When several candidates fit, the best is chosen and named in a note
/// (``choose(_:)``): for a one-word query, the one candidate that is not an organization wins
/// over organizations (an organization "Nishimura" is most often a fragment); otherwise
/// the most important candidate (mentions in the graph, or documents) wins when it has at
/// least twice the importance of the next. Candidates that stay level make the query
/// ambiguous and are listed. No match at all fails with the nearest candidates as
/// suggestions, ranked by ``similarity(_:_:)`` (edit distance and word overlap).
///
/// - Complexity: O(C · L) per query for C candidates with L characters of names, plus
///   O(C · L²) for suggestions when nothing matches.
public struct EntityNameMatcher: Sendable {
    /// Something a name can point to: an entity or graph node, with every name it goes by.
    public struct Candidate: Hashable, Sendable {
        public var id: String
        public var name: String
        /// Other names (aliases), besides ``name``.
        public var aliases: [String]
        /// What it is, when known (persons are preferred for a surname).
        public var kind: NodeKind?
        /// How much the corpus says about it (mentions, or documents), for choosing among several.
        public var importance: Double

        public init(id: String, name: String, aliases: [String] = [], kind: NodeKind? = nil, importance: Double = 0) {
            self.id = id
            self.name = name
            self.aliases = aliases
            self.kind = kind
            self.importance = importance
        }

        /// "Name (id)", how a candidate is shown in messages.
        public var display: String { "\(name) (\(id))" }
    }

    /// Why a query names no single entity.
    public enum Failure: Error, CustomStringConvertible, Equatable, Sendable {
        /// Nothing matches; the nearest candidates (possibly none) are suggested.
        case unknown(String, suggestions: [Candidate])
        /// Several candidates match equally well.
        case ambiguous(String, matches: [Candidate])

        public var description: String {
            switch self {
            case .unknown(let query, let suggestions):
                let hint = suggestions.isEmpty
                    ? "list the names with `nexus entities`, or give an id such as person:jane-doe"
                    : "did you mean \(suggestions.map { "'\($0.display)'" }.joined(separator: ", "))?"
                return "no entity named '\(query)'; \(hint)"
            case .ambiguous(let query, let matches):
                return "'\(query)' names several entities (\(matches.map(\.display).joined(separator: ", "))); give a fuller name or one of these ids"
            }
        }
    }

    /// Candidates sorted by id.
    public let candidates: [Candidate]
    /// How many suggestions an unknown name gets at most.
    public var suggestionLimit: Int
    /// Ids that match only when given exactly (commitment nodes): never by name, never suggested.
    public let idOnly: Set<String>
    private let foldedNames: [[String]]

    public init(candidates: [Candidate], idOnly: Set<String> = [], suggestionLimit: Int = 3) {
        self.idOnly = idOnly
        var byID: [String: Candidate] = [:]
        for candidate in candidates {
            if var known = byID[candidate.id] {
                known.aliases += [candidate.name] + candidate.aliases
                byID[candidate.id] = known
            } else {
                byID[candidate.id] = candidate
            }
        }
        self.candidates = byID.values.sorted { $0.id < $1.id }
        self.suggestionLimit = max(0, suggestionLimit)
        self.foldedNames = self.candidates.map { candidate in
            Array(Set(([candidate.name] + candidate.aliases).map(Self.fold).filter { !$0.isEmpty })).sorted()
        }
    }

    /// The merged entities of a corpus, with their aliases.
    public init(entities: [CorpusEntity], suggestionLimit: Int = 3) {
        self.init(
            candidates: entities.map { Candidate(id: $0.id, name: $0.name, aliases: $0.aliases.map(\.name), kind: NodeKind($0.type),
                                                 importance: Double($0.documents.count)) },
            suggestionLimit: suggestionLimit)
    }

    /// The nodes of a graph (by label), given the aliases of `entities` where the ids agree.
    /// Commitment nodes are matched by id only.
    public init(graph: EntityGraph, entities: [CorpusEntity] = [], suggestionLimit: Int = 3) {
        let aliases = Dictionary(entities.map { ($0.id, $0.aliases.map(\.name)) }, uniquingKeysWith: +)
        let candidates = graph.nodes.filter { $0.kind != .commitment }
            .map { Candidate(id: $0.id, name: $0.label, aliases: aliases[$0.id] ?? [], kind: $0.kind, importance: $0.scores["mentions"] ?? 0) }
        let commitments = Set(graph.nodes.filter { $0.kind == .commitment }.map(\.id))
        self.init(candidates: candidates, idOnly: commitments, suggestionLimit: suggestionLimit)
    }

    /// The id of the one candidate `query` names (``choose(_:)`` without its note).
    public func resolve(_ query: String) throws(Failure) -> String {
        try choose(query).id
    }

    /// The candidate `query` names, and a note saying which was chosen and why when several fit.
    public func choose(_ query: String) throws(Failure) -> (id: String, note: String?) {
        let found = matches(query)
        guard let first = found.first else { throw .unknown(query, suggestions: suggestions(for: query)) }
        if found.count == 1 { return (first.id, nil) }
        // An organization rarely owns a one-word name a person also has: it is most often a
        // fragment of a longer name, or a person mistyped.
        let oneWord = Self.fold(query).split(separator: " ").count == 1
        func preferred(_ c: Candidate) -> Int { oneWord && c.kind == .organization ? 0 : 1 }
        let ranked = found.sorted { (preferred($0), $0.importance, $1.id) > (preferred($1), $1.importance, $0.id) }
        let best = ranked[0], next = ranked[1]
        let why: String
        if preferred(best) > preferred(next) && ranked.dropFirst().allSatisfy({ preferred($0) == 0 }) {
            why = best.kind == .person ? "the person of that name, not an organization" : "not an organization of that name"
        } else if preferred(best) == preferred(next), best.importance > 0, best.importance >= 2 * next.importance {
            why = "the most mentioned"
        } else {
            throw .ambiguous(query, matches: found)
        }
        let others = ranked.dropFirst().map(\.display).joined(separator: ", ")
        return (best.id, "note: '\(query)' fits \(found.count) entities; using \(best.display), \(why) (also: \(others))")
    }

    /// The candidates of the first stage that matches `query`, sorted by id; empty when none
    /// does. A one-word query's name and surname stages count as one.
    public func matches(_ query: String) -> [Candidate] {
        if let exact = candidates.first(where: { $0.id == query }) { return [exact] }
        if idOnly.contains(query) { return [Candidate(id: query, name: query)] }
        let key = Self.fold(query)
        guard !key.isEmpty else { return [] }
        let words = key.split(separator: " ").map(String.init)
        let exact: (String) -> Bool = { $0 == key }
        let tail: (String) -> Bool = { name in Self.words(of: name).suffix(words.count).elementsEqual(words) }
        let inside: (String) -> Bool = { name in Self.containsRun(words, in: Self.words(of: name)) }
        let stages: [(String) -> Bool] = words.count == 1 ? [{ exact($0) || tail($0) }, inside] : [exact, tail, inside]
        let byID = candidates.filter { Self.fold($0.id) == key }
        if !byID.isEmpty { return byID }
        for stage in stages {
            let found = candidates.indices.filter { foldedNames[$0].contains(where: stage) }
            if !found.isEmpty { return found.map { candidates[$0] } }
        }
        return []
    }

    /// The candidates nearest to `query`, most similar first (ties by name, then id): those
    /// whose best ``similarity(_:_:)`` over their names is at least 0.6, at most
    /// ``suggestionLimit``.
    public func suggestions(for query: String) -> [Candidate] {
        let key = Self.fold(query)
        guard !key.isEmpty else { return [] }
        let scored = candidates.indices.compactMap { i -> (Candidate, Double)? in
            let best = foldedNames[i].map { Self.similarity(key, $0) }.max() ?? 0
            return best >= 0.6 ? (candidates[i], best) : nil
        }
        return scored
            .sorted { ($1.1, $0.0.name, $0.0.id) < ($0.1, $1.0.name, $1.0.id) }
            .prefix(suggestionLimit).map(\.0)
    }

    // MARK: - Folding and similarity

    /// A name reduced for comparison: diacritics and case dropped, a possessive `'s` dropped,
    /// every run of characters other than letters and digits made one space, a leading "the"
    /// dropped. "The Côte d’Ivoire's" → "cote d ivoire".
    public static func fold(_ text: String) -> String {
        let characters = Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        var words: [String] = []
        var current = ""
        var i = 0
        while i < characters.count {
            let character = characters[i]
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                let isPossessive = (character == "'" || character == "\u{2019}") && i + 1 < characters.count
                    && characters[i + 1] == "s"
                    && (i + 2 == characters.count || !(characters[i + 2].isLetter || characters[i + 2].isNumber))
                if isPossessive { i += 1 }
            }
            i += 1
        }
        if !current.isEmpty { words.append(current) }
        if words.count > 1 && words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Similarity of two folded names in [0, 1]: the largest of
    /// - `1 − d / max(|a|, |b|)`, with d the Levenshtein distance of the whole strings;
    /// - the Jaccard overlap of their word sets;
    /// - 0.9 × the best whole-string similarity of one word of `a` to one word of `b` (a
    ///   misspelt surname), for one-word queries.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let whole = editSimilarity(a, b)
        let wordsA = Set(words(of: a)), wordsB = Set(words(of: b))
        let union = wordsA.union(wordsB).count
        let overlap = union == 0 ? 0 : Double(wordsA.intersection(wordsB).count) / Double(union)
        var perWord = 0.0
        if wordsA.count == 1, let word = wordsA.first {
            perWord = 0.9 * (wordsB.map { editSimilarity(word, $0) }.max() ?? 0)
        }
        return max(whole, overlap, perWord)
    }

    /// `1 − editDistance(a, b) / max(|a|, |b|)` over Unicode scalars (``NameSimilarity``);
    /// 1 for two empty strings.
    static func editSimilarity(_ a: String, _ b: String) -> Double {
        let longest = max(a.unicodeScalars.count, b.unicodeScalars.count)
        guard longest > 0 else { return 1 }
        return 1 - Double(NameSimilarity.editDistance(a, b)) / Double(longest)
    }

    private static func words(of folded: String) -> [String] {
        folded.split(separator: " ").map(String.init)
    }

    private static func containsRun(_ run: [String], in words: [String]) -> Bool {
        guard !run.isEmpty, run.count <= words.count else { return false }
        for start in 0...(words.count - run.count) where words[start..<(start + run.count)].elementsEqual(run) {
            return true
        }
        return false
    }
}
