/// A person's surname that the recognizer typed as an organization, a place or an other name:
/// "Hemedti met Burhan in Jeddah" after "General Abdel Fattah al-Burhan", "MACRON" in a
/// headline after "Emmanuel Macron", "Ramadan" (read as the month) after "Taha Yassin
/// Ramadan". A one-word organization, place or other mention that no gazetteer knows
/// (no canonical name) and that is, in any case, the last word of a person's full name in the
/// same document (or that word without its Arabic article, "al-Burhan") is that person's
/// surname: it is retyped as a person, and the resolver then joins it to the full name.
///
/// - Complexity: O(m) for m mentions.
enum SurnameRetyping {
    static func retyping(_ mentions: [ResolutionMention]) -> [ResolutionMention] {
        var surnames: Set<String> = []
        for m in mentions where m.mention.type == .person {
            let tokens = NameNormalizer.tokens(m.mention.text).map { $0.lowercased() }
            guard tokens.count >= 2, let last = tokens.last else { continue }
            surnames.insert(last)
            if let bare = DocumentResolver.withoutArticle(last) { surnames.insert(bare) }
        }
        guard !surnames.isEmpty else { return mentions }
        return mentions.map { m in
            guard [.organization, .location, .other].contains(m.mention.type), m.mention.canonical == nil else { return m }
            let tokens = NameNormalizer.tokens(m.mention.text)
            guard tokens.count == 1, surnames.contains(tokens[0].lowercased()) else { return m }
            var out = m
            out.mention.type = .person
            return out
        }
    }
}
