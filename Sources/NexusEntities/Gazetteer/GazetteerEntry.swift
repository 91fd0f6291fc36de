import NexusText

/// What a gazetteer entry names.
public enum GazetteerKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A sovereign state; canonical is its common short name.
    case country
    /// A nationality adjective or noun ("Italian", "Americans"); canonical is the country.
    case demonym
    /// A place that is not a country: region, city, state, sea.
    case location
    case organization
    /// An office or rank ("Foreign Minister"); canonical is the normalized role.
    case title
    /// A courtesy title without a role ("Mr", "His Holiness").
    case honorific
}

/// One surface form of a gazetteer.
public struct GazetteerEntry: Sendable, Hashable {
    /// The form as listed ("U.S.", "Italian Republic").
    public let surface: String
    public let kind: GazetteerKind
    /// The name the surface stands for ("United States", "Italy").
    public let canonical: String
    /// The surface's tokens as the ``Tokenizer`` cuts them.
    public let tokens: [String]
    /// The same tokens lowercased: the lookup key.
    let lowercasedTokens: [String]
    /// Short capitalized forms ("US", "WHO", "MoD") must match exactly.
    public let caseSensitive: Bool

    public init(surface: String, kind: GazetteerKind, canonical: String, tokenizer: Tokenizer = Tokenizer()) {
        self.surface = surface
        self.kind = kind
        self.canonical = canonical
        tokens = tokenizer.tokenize(surface).map(\.text)
        lowercasedTokens = tokens.map { $0.lowercased() }
        caseSensitive = Self.isCaseSensitive(surface)
    }

    /// A form of at most six characters with two or more capitals and no more lowercase letters
    /// than capitals: an acronym or code.
    static func isCaseSensitive(_ surface: String) -> Bool {
        guard surface.unicodeScalars.count <= 6 else { return false }
        var upper = 0
        var lower = 0
        for scalar in surface.unicodeScalars {
            if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lower += 1 }
        }
        return upper >= 2 && lower < upper
    }

    /// Whether `texts[start...]` begins with this entry, given their lowercased forms.
    ///
    /// Titles and honorifics match in any case. Other entries match case-insensitively when the
    /// first token of the text starts with a capital or is written as listed ("al-Qaeda"; then
    /// the listed capitals of the words after it must be written too: "the States", not "the
    /// states"), and exactly when ``caseSensitive``.
    func matches(_ texts: [String], _ lowered: [String], at start: Int) -> Bool {
        let count = tokens.count
        guard start + count <= texts.count else { return false }
        for k in 0..<count where lowered[start + k] != lowercasedTokens[k] { return false }
        if caseSensitive {
            for k in 0..<count where texts[start + k] != tokens[k] { return false }
            return true
        }
        if kind == .title || kind == .honorific { return true }
        let first = texts[start]
        // "the States", "the Gambia": after a lower-case first word, the listed capitals must be
        // written ("won in 12 states", "The states where" name no country).
        if tokens[0].unicodeScalars.first?.properties.isLowercase == true, !(1..<count).allSatisfy({ k in
            tokens[k].unicodeScalars.first?.properties.isUppercase != true || texts[start + k].unicodeScalars.first?.properties.isUppercase == true
        }) { return false }
        if first == tokens[0] { return true }
        guard let scalar = first.unicodeScalars.first else { return false }
        return scalar.properties.isUppercase || !scalar.properties.isLowercase
    }
}

/// A gazetteer entry found in a token sequence.
public struct GazetteerMatch: Sendable, Hashable {
    /// Token indices covered.
    public let range: Range<Int>
    public let entry: GazetteerEntry
}
