/// A company's short name that the recognizer typed as a place or a person: "Woodside" after
/// "Woodside Energy", "Toyota" after "Toyota Motor". News names a company in full once and by
/// its first word after; the tagger, reading one sentence at a time, takes the word alone for a
/// town or a surname. A one-word place or person mention that no gazetteer knows (no canonical
/// name) and that is the first word of a company's name in the same document (two words or
/// more, the last a legal form or an industry's noun, ``companyHeads``) is that company's short
/// name: it is retyped as an organization, and the resolver then joins it to the full name.
/// A word that is also the surname of a person the document names in full stays that person's
/// ("Mittal" beside "Lakshmi Mittal" and "Mittal Steel"). Other bodies named after a place keep
/// the place ("Aceh" beside "Aceh Movement", "Hainan" beside "Hainan University"), and a first
/// word that is itself a listed place or country ("Kenya Airways", "Tokyo Electric") has a
/// canonical name and is never retyped.
///
/// - Complexity: O(m) for m mentions.
enum CompanyShortNames {
    /// Last words of companies' names: legal forms and the nouns of industries.
    static let companyHeads: Set<String> = [
        "Energy", "Motor", "Motors", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "Plc", "PLC",
        "Group", "Holdings", "Electronics", "Airlines", "Airways", "Petroleum", "Oil", "Steel", "Industries", "Technologies",
        "Pharmaceuticals", "Systems", "Communications", "Telecom", "Resources", "Mining", "Chemical", "Chemicals", "AG", "SA",
    ]

    static func retyping(_ mentions: [ResolutionMention]) -> [ResolutionMention] {
        var firstWords: Set<String> = []
        for m in mentions where m.mention.type == .organization {
            let tokens = NameNormalizer.tokens(m.mention.text)
            guard tokens.count >= 2, let first = tokens.first, first.first?.isUppercase == true, first.count >= 3,
                  let last = tokens.last, companyHeads.contains(last),
                  !NameNormalizer.functionWords.contains(first.lowercased()) else { continue }
            firstWords.insert(first)
        }
        // "Mittal" beside "Lakshmi Mittal" and "Mittal Steel": a person's surname stays the person's.
        for m in mentions where m.mention.type == .person {
            let tokens = NameNormalizer.tokens(m.mention.text)
            if tokens.count >= 2, let last = tokens.last { firstWords.remove(last) }
        }
        guard !firstWords.isEmpty else { return mentions }
        return mentions.map { m in
            guard [.location, .person].contains(m.mention.type), m.mention.canonical == nil,
                  !m.mention.text.contains(" "), firstWords.contains(m.mention.text) else { return m }
            var out = m
            out.mention.type = .organization
            return out
        }
    }
}
