import NexusCore

/// A mention as the resolver uses it: the upstream span with titles, a leading "the" and a
/// possessive removed, and the words it covers.
///
/// "US Secretary of State Ada Moreno" (one person span) → name "Ada Moreno", role
/// "Secretary of State", prefix "US"; "Kenya’s" → "Kenya"; "Kenya Wildlife Service (KWS)" →
/// "Kenya Wildlife Service" defining the acronym "KWS".
public struct ResolutionMention: Sendable {
    /// The cleaned mention (text and range cover the name only).
    public var mention: Mention
    /// Roles given by titles stripped from the span, in order.
    public var roles: [String]
    /// Words before the first stripped title ("US" in "US Secretary of State X"), if any.
    public var prefix: String?
    /// An acronym defined inside the span: "X (ABC)".
    var definedAcronym: String?
    /// First and last word (inclusive) of the cleaned name in its sentence's words.
    public var firstWord: Int
    public var lastWord: Int
    /// First word of the original span (before stripping).
    public var spanFirstWord: Int
}

extension ResolutionMention {
    static let organizationHeads: Set<String> = ["union", "nations", "council", "commission", "ministry", "department", "organization",
                                                 "organisation", "agency", "bank", "court", "forces", "army", "party", "office", "government", "state"]

    /// Whether words before a title in a person span name an affiliation rather than part of
    /// the name: each is an acronym ("US"), inside a country or organization mention of the
    /// document ("Italian"), an organization word ("Union"), a hyphenated modifier
    /// ("U.S.-backed"), a title modifier or "the" — or the words end with a possessive
    /// ("Kenya's").
    static func isAffiliationPrefix(_ words: ArraySlice<ResolutionWord>, affiliations: [TextRange]) -> Bool {
        if words.last?.isPossessive == true { return true }
        return words.allSatisfy { w in
            if !w.isWord || w.lower == "the" || TitleLexicon.standard.modifiers.contains(w.lower) { return true }
            if NameNormalizer.isAcronym(w.text) || organizationHeads.contains(w.lower) || w.lower.contains("-") { return true }
            return affiliations.contains { $0.contains(w.range) }
        }
    }
}
