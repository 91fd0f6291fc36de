import NexusCore

/// Completes and corrects the tagger's spans with the gazetteers: the "tagger + gazetteers"
/// step of mention finding.
///
/// Rules, applied per sentence to the spans the tagger kept after typing:
/// 1. **Added**: a gazetteer name (country, organization, location) that overlaps no kept
///    span becomes a mention ("US" before a title, "IS" in running text).
/// 2. **Widened**: an organization name that strictly contains kept spans and crosses no
///    other replaces them ("Coalition against the Islamic State" over "Islamic State"); so does
///    a country's name of two words or more that is longer than each of them ("the Democratic
///    Republic of Congo", which the tagger may cut into "Democratic Republic" and "Congo").
/// 3. **Retyped**: a kept span that is exactly a listed organization is an organization,
///    whatever place label the tagger gave it ("al-Qaeda" tagged as a location).
/// 4. **Dropped**: a span made only of titles and honorifics ("Holiness" after "His") is not
///    a name.
/// 5. **Trimmed**: an organization span that begins with a listed organization followed by a
///    lowercase connector ("for", "of", "on", ...) is cut to the listed name ("European Union
///    for Foreign Policy", where the tagger ran the office into the name), unless a party
///    named after its country follows ("Democratic Party of Japan" stays whole).
///
/// Short case-sensitive forms ("IS", "US") are not added in sentences written mostly in
/// capitals, where they are ordinary words of a headline.
///
/// - Complexity: O(n · c · m) per sentence of n tokens (see ``Gazetteer``), plus O(s²) over
///   its s spans.
public struct GazetteerSpanFinder: Sendable {
    /// A typed token span of one sentence.
    public struct Span: Hashable, Sendable {
        public var range: Range<Int>
        public var type: EntityType
        public var canonical: String?

        public init(range: Range<Int>, type: EntityType, canonical: String? = nil) {
            self.range = range
            self.type = type
            self.canonical = canonical
        }
    }

    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    static let nameKinds: Set<GazetteerKind> = [.country, .organization, .location]
    static let titleKinds: Set<GazetteerKind> = [.title, .honorific]

    /// The spans of one sentence after the four rules, sorted by start.
    public func complete(_ spans: [Span], tokens: [String]) -> [Span] {
        var kept = spans.filter { !isOnlyTitles($0.range, in: tokens) }.map { trimmed($0, tokens: tokens) }
        let shouting = Self.isMostlyCapitals(tokens)
        for match in gazetteer.longestMatches(in: tokens, kinds: Self.nameKinds) {
            if shouting && match.entry.caseSensitive { continue }
            let span = Span(range: match.range, type: Self.type(of: match.entry.kind), canonical: match.entry.canonical)
            let overlapping = kept.indices.filter { kept[$0].range.overlaps(match.range) }
            if overlapping.isEmpty {
                kept.append(span)
            } else if match.entry.kind == .organization || match.entry.kind == .country && match.range.count > 1,
                      overlapping.allSatisfy({ match.range.contains(kept[$0].range) }) {
                let exact = overlapping.count == 1 && kept[overlapping[0]].range == match.range
                if exact && (kept[overlapping[0]].type == .organization || match.entry.kind == .country) { continue }
                kept.remove(atOffsets: overlapping)
                kept.append(span)
            }
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    static let connectors: Set<String> = ["for", "of", "on", "in", "to", "and", "at"]

    func trimmed(_ span: Span, tokens: [String]) -> Span {
        guard span.type == .organization, span.range.count > 2 else { return span }
        let words = Array(tokens[span.range])
        guard let known = gazetteer.longestMatches(in: words, kinds: [.organization]).first,
              known.range.lowerBound == 0, known.range.upperBound < words.count,
              Self.connectors.contains(words[known.range.upperBound]),
              !namesPartyOfCountry(words, known: known.range)
        else { return span }
        let range = span.range.lowerBound..<(span.range.lowerBound + known.range.upperBound)
        return Span(range: range, type: .organization, canonical: known.entry.canonical)
    }

    /// Whether the words are a party's or movement's name followed by "of" and a country's
    /// name, which together name another body: "Democratic Party of Japan", "Democratic Party of
    /// Equatorial Guinea" are not the Democratic Party of the lists.
    func namesPartyOfCountry(_ words: [String], known: Range<Int>) -> Bool {
        guard known.upperBound + 1 < words.count, words[known.upperBound] == "of",
              EntityRecognizer.organizationHeads.contains(words[known.upperBound - 1]) else { return false }
        return !gazetteer.entries(exactly: Array(words[(known.upperBound + 1)...]), kinds: [.country]).isEmpty
    }

    /// Whether titles and honorifics cover every token of `range`, reading one token back so
    /// that "Holiness" in "His Holiness" counts. A name right after a courtesy title is a
    /// surname, whatever title it spells ("Ms King", "Mr Major", "Mr Bishop"), unless it is an
    /// office addressed ("Mr. President").
    func isOnlyTitles(_ range: Range<Int>, in tokens: [String]) -> Bool {
        if range.lowerBound > 0, Self.courtesyTitles.contains(tokens[range.lowerBound - 1].lowercased()),
           !(range.count == 1 && Self.addressedOffices.contains(tokens[range.lowerBound].lowercased())) { return false }
        let start = max(0, range.lowerBound - 1)
        var covered = Set<Int>()
        for match in gazetteer.longestMatches(in: Array(tokens[start..<range.upperBound]), kinds: Self.titleKinds) {
            covered.formUnion(match.range.map { $0 + start })
        }
        return range.allSatisfy(covered.contains)
    }

    /// Offices a courtesy title addresses rather than names ("Mr. President", "Madam Speaker").
    public static let addressedOffices: Set<String> = ["president", "speaker", "chairman", "chairwoman", "chair", "secretary",
                                                       "ambassador", "mayor", "premier", "governor", "senator", "minister",
                                                       "commissioner", "director", "prime", "vice", "deputy"]

    /// Courtesy titles, which only a surname follows (lower case, with and without the full
    /// stop). Not the peers' styles of ``MentionTyper/courtesyTitles``: "Lord Chancellor" is an
    /// office.
    public static let courtesyTitles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "messrs", "messrs."]

    static func type(of kind: GazetteerKind) -> EntityType {
        switch kind {
        case .country, .demonym: return .country
        case .organization: return .organization
        case .location, .title, .honorific: return .location
        }
    }

    /// More than half of the sentence's cased letters are capitals, over at least 12 letters.
    static func isMostlyCapitals(_ tokens: [String]) -> Bool {
        var upper = 0
        var lower = 0
        for token in tokens {
            for scalar in token.unicodeScalars {
                if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lower += 1 }
            }
        }
        return upper + lower >= 12 && upper > lower
    }
}

extension Array {
    mutating func remove(atOffsets offsets: [Int]) {
        for offset in offsets.sorted(by: >) { remove(at: offset) }
    }
}
