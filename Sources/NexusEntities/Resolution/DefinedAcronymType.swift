import NexusCore

/// An acronym takes the type of the name the document defines it by: "The Palestinian
/// Authority (PA)" makes every "PA" of the document the organization, though the recognizer
/// or a gazetteer read it as a place (Pennsylvania). A definition is a name mention followed by
/// its acronym in parentheses (``DocumentResolver/acronymDefined(by:in:)``); the acronym's
/// mentions of another type are retyped and lose any gazetteer name, and the resolver then
/// joins them to the definition.
///
/// An acronym read as a place or an other name whose letters are the initials of exactly one
/// organization the document names in full is that organization too ("General Motors" ...
/// "GM's investor": "GM" is no place), retyped the same way; the resolver joins it by its
/// initials (``DocumentResolver``, rule 5). Countries and persons keep their type ("US" beside
/// "United Steelworkers" stays the country), and so does a place's qualifier after a comma
/// ("Greenville, N.C.", though the document names a "National Court").
///
/// - Complexity: O(m) for m mentions.
enum DefinedAcronymType {
    /// The types an acronym may lose to an organization with its initials.
    static let retypableByInitials: Set<EntityType> = [.location, .other]

    /// `mentions` with acronyms of a place or other type retyped as the one organization whose
    /// initials they spell (``NameNormalizer/initials(_:keepFunctionWords:)``, with or without
    /// the function words).
    static func retypingByInitials(_ mentions: [ResolutionMention], words: [[ResolutionWord]], position: [Int: Int]) -> [ResolutionMention] {
        var organizations: [String: Set<String>] = [:]
        for m in mentions where m.mention.type == .organization && !NameNormalizer.isAcronym(m.mention.text)
            && NameNormalizer.tokens(m.mention.text).count >= 2 {
            let key = NameNormalizer.key(m.mention.text)
            for variant in Set([NameNormalizer.initials(m.mention.text), NameNormalizer.initials(m.mention.text, keepFunctionWords: true)]) {
                organizations[variant, default: []].insert(key)
            }
        }
        guard !organizations.isEmpty else { return mentions }
        return mentions.map { m in
            guard retypableByInitials.contains(m.mention.type), NameNormalizer.isAcronym(m.mention.text) else { return m }
            let letters = String(m.mention.text.unicodeScalars.filter { $0.properties.isAlphabetic })
            guard letters.count >= 2, organizations[letters]?.count == 1,
                  !isPlaceQualifier(m, words: words, position: position) else { return m }
            var out = m
            out.mention.type = .organization
            out.mention.canonical = nil
            return out
        }
    }

    static func retyping(_ mentions: [ResolutionMention], words: [[ResolutionWord]], position: [Int: Int]) -> [ResolutionMention] {
        var typeOf: [String: EntityType] = [:]
        for m in mentions {
            guard let s = position[m.mention.sentence], let acronym = DocumentResolver.acronymDefined(by: m, in: words[s]),
                  typeOf[acronym] == nil else { continue }
            typeOf[acronym] = m.mention.type
        }
        guard !typeOf.isEmpty else { return mentions }
        return mentions.map { m in
            guard let type = typeOf[m.mention.text], type != m.mention.type else { return m }
            var out = m
            out.mention.type = type
            out.mention.canonical = nil
            return out
        }
    }

    /// Whether the mention follows a comma after a capitalised word ("Greenville, N.C.").
    static func isPlaceQualifier(_ m: ResolutionMention, words: [[ResolutionWord]], position: [Int: Int]) -> Bool {
        guard let s = position[m.mention.sentence], m.firstWord >= 2 else { return false }
        return words[s][m.firstWord - 1].text == "," && words[s][m.firstWord - 2].isCapitalized
    }
}
