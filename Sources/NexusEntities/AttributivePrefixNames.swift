import NexusCore

extension EntityRecognizer {
    /// Endings of a hyphenated word whose first part names who leads, backs, runs or is tied
    /// to what follows: "NATO-led forces", "Hamas-led government", "Syrian-backed militia",
    /// "al-Qaida-linked group". (Not "-based" or "-born", which name where, not who.)
    static let agentEndings: [String] = ["-led", "-backed", "-run", "-funded", "-linked", "-allied", "-affiliated", "-sponsored",
                                         "-controlled", "-brokered", "-supported", "-dominated", "-owned"]

    /// Names inside hyphenated words that the tokenizer keeps whole ("NATO-led" is one token)
    /// and the tagger therefore cannot tag: the first part of a word with one of
    /// ``agentEndings``, when it is a country, a country's demonym or an organization the
    /// gazetteer knows, becomes a mention of its own over those characters only ("NATO" in
    /// "NATO-led"). Tokens inside a tagged span are left alone.
    ///
    /// - Complexity: O(t) gazetteer lookups for t tokens.
    func attributivePrefixNames(_ spans: [GazetteerSpanFinder.Span], in sentence: Sentence) -> [Mention] {
        let covered = Self.covered(by: spans, count: sentence.tokens.count)
        var out: [Mention] = []
        for (k, token) in sentence.tokens.enumerated() where !covered[k] && token.text.first?.isUppercase == true {
            let lower = token.text.lowercased()
            guard let ending = Self.agentEndings.first(where: { lower.hasSuffix($0) && lower.count > $0.count + 1 }) else { continue }
            let prefix = String(token.text.unicodeScalars.dropLast(ending.unicodeScalars.count))
            guard let (type, canonical) = typePrefix(prefix) else { continue }
            let range = TextRange(start: token.range.start, end: token.range.start + prefix.unicodeScalars.count)
            out.append(Mention(text: prefix, type: type, sentence: sentence.index, range: range, canonical: canonical))
        }
        return out
    }

    /// The type and canonical name of a hyphenated word's first part, if it names a country (by
    /// its name or demonym) or a known organization; nil otherwise.
    func typePrefix(_ prefix: String) -> (EntityType, String?)? {
        let words = [prefix]
        if let organization = typer.knownOrganization(words) { return (.organization, organization) }
        let place = typer.countries.typeLocation(tokens: words)
        if place.type == .country { return (.country, place.canonical) }
        if let country = typer.countries.country(forDemonymTokens: words) { return (.country, country) }
        return nil
    }
}
