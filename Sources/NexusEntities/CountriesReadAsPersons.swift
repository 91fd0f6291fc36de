import NexusCore

extension EntityRecognizer {
    /// A sovereign state's name the tagger read as a person's ("Going to Fiji and i can't
    /// wait", tagged PER) is the country, in every mention of the document: the tagger's PER
    /// for a one-name span follows its shape, and a state's own name is written alone far more
    /// often than a namesake person is. A mention stays a person when the document writes the
    /// word as part of a person's longer name ("Michael Jordan ... Jordan") or after a
    /// courtesy title ("Mr Israel"), or when it is written in a person's style of its own
    /// (the name of a state that is only a demonym, "Afghan", is not matched).
    ///
    /// - Complexity: O(m) for m mentions, plus the gazetteer lookups.
    func countriesReadAsPersons(_ mentions: [Mention], text: String) -> [Mention] {
        let nameWords = Self.wordsOfLongerPersonNames(mentions)
        var canonical: [Int: String?] = [:]
        for (i, m) in mentions.enumerated() where m.type == .person && !nameWords.contains(m.text) {
            let words = m.text.split(separator: " ").map(String.init)
            let typed = typer.countries.typeLocation(tokens: words)
            if typed.type == .country, typer.countries.country(forDemonymTokens: words) == nil { canonical[i] = .some(typed.canonical) }
        }
        guard !canonical.isEmpty else { return mentions }
        // The text's scalars only when a mention may change (most documents have none).
        let scalars = Array(text.unicodeScalars)
        return mentions.enumerated().map { i, m in
            guard let name = canonical[i], !Self.followsHonorific(m, scalars: scalars) else { return m }
            var out = m
            out.type = .country
            out.canonical = name
            return out
        }
    }

    /// The words of the document's person mentions of two words or more: a one-word mention
    /// that is one of them is a person's name there ("Michael Jordan ... Jordan").
    static func wordsOfLongerPersonNames(_ mentions: [Mention]) -> Set<String> {
        var words: Set<String> = []
        for m in mentions where m.type == .person {
            let parts = m.text.split(separator: " ").map(String.init)
            if parts.count >= 2 { words.formUnion(parts) }
        }
        return words
    }

    /// Whether the word before the mention is a courtesy title ("Mr", "Mrs.", "Dr").
    static func followsHonorific(_ m: Mention, scalars: [Unicode.Scalar]) -> Bool {
        var end = m.range.start
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        var start = end
        while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
        guard start < end else { return false }
        let word = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
        return honorifics.contains(word)
    }
}
