import NexusCore
import NexusText

/// Country names, codes and demonyms, and the typing of place names as countries or other
/// locations.
///
/// Built from the `country` and `demonym` entries of a ``Gazetteer`` (bundled: `countries.tsv`,
/// generated from ISO 3166-1 filtered to the UN's 193 member states, its two observer states,
/// Kosovo and Taiwan; see `Resources/gazetteers/SOURCES.md`) and its `location` entries.
///
/// A surface is normalized before lookup: tokenized like the text, a leading "the" dropped
/// ("the United States" → "United States") and a trailing possessive clitic dropped
/// ("Italy’s" → "Italy"). Short codes are case-sensitive: "US" and "U.S." are the United States,
/// "us" is not; "IS" is not a country. "Niger" and "Nigeria" are different countries.
///
/// - Complexity: O(t · c) per lookup for t tokens and c candidate entries.
public struct CountryGazetteer: Sendable {
    public let gazetteer: Gazetteer
    let tokenizer = Tokenizer()

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// The bundled countries and locations.
    public static func bundled() throws(GazetteerError) -> CountryGazetteer {
        CountryGazetteer(gazetteer: try Gazetteer.bundled(files: ["countries", "locations"]))
    }

    /// The country a name, abbreviation or demonym stands for: "U.S." → "United States",
    /// "Italian" → "Italy", "the UK" → "United Kingdom"; `nil` for anything else.
    public func canonicalCountry(for surface: String) -> String? {
        entry(for: surface, kinds: [.country, .demonym])?.canonical
    }

    /// The country a name or abbreviation stands for, not counting demonyms.
    public func canonicalCountry(forName surface: String) -> String? {
        entry(for: surface, kinds: [.country])?.canonical
    }

    /// The country a demonym stands for ("Italian" → "Italy"); `nil` for names and other words.
    public func country(forDemonym surface: String) -> String? {
        entry(for: surface, kinds: [.demonym])?.canonical
    }

    /// The country of a demonym span given as tokens.
    public func country(forDemonymTokens tokens: [String]) -> String? {
        entry(forTokens: tokens, kinds: [.demonym])?.canonical
    }

    /// How a place name is typed: `.country` with the canonical country name when the surface
    /// names a country ("the U.S.", "Syria"), otherwise `.location` with the canonical name of
    /// a known location, or `nil` ("Rome", "Brussels", "Sahel").
    public func typeLocation(_ surface: String) -> (type: EntityType, canonical: String?) {
        typeLocation(tokens: tokenizer.tokenize(surface).map(\.text))
    }

    /// ``typeLocation(_:)`` for a span given as tokens.
    public func typeLocation(tokens: [String]) -> (type: EntityType, canonical: String?) {
        if let country = entry(forTokens: tokens, kinds: [.country]) { return (.country, country.canonical) }
        return (.location, entry(forTokens: tokens, kinds: [.location])?.canonical)
    }

    func entry(for surface: String, kinds: Set<GazetteerKind>) -> GazetteerEntry? {
        entry(forTokens: tokenizer.tokenize(surface).map(\.text), kinds: kinds)
    }

    func entry(forTokens tokens: [String], kinds: Set<GazetteerKind>) -> GazetteerEntry? {
        var tokens = tokens
        if let last = tokens.last, tokens.count > 1, Self.isPossessive(last) { tokens.removeLast() }
        if let found = gazetteer.entries(exactly: tokens, kinds: kinds).first { return found }
        if tokens.count > 1, tokens[0] == "the" || tokens[0] == "The" {
            return gazetteer.entries(exactly: Array(tokens.dropFirst()), kinds: kinds).first
        }
        return nil
    }

    static func isPossessive(_ token: String) -> Bool {
        token == "'s" || token == "’s" || token == "'" || token == "’"
    }
}
