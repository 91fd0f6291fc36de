import NexusCore

extension EntityRecognizer {
    /// Nouns of a relation between two parties that a hyphenated pair of names modifies: "US-China
    /// talks", "the Israel-Hamas war", "the Iran-Iraq border", "Israeli-Palestinian negotiations".
    static let pairRelationNouns: Set<String> = [
        "talks", "summit", "meeting", "meetings", "negotiations", "dialogue", "war", "wars", "conflict", "fighting", "clashes",
        "border", "frontier", "relations", "ties", "relationship", "agreement", "deal", "treaty", "accord", "pact", "trade",
        "partnership", "alliance", "cooperation", "ceasefire", "cease-fire", "truce", "peace", "rivalry", "dispute", "tensions",
        "crisis", "standoff", "stand-off", "process", "summitry", "détente", "detente", "negotiation", "consultations",
    ]

    /// The two names of a hyphenated pair the tokenizer keeps whole ("US-China" is one token):
    /// a capitalized token of two parts joined by one hyphen, each part a country, a country's
    /// demonym or an organization the gazetteer knows, the two of different entities, written
    /// before a relation noun (``pairRelationNouns``: "US-China talks", "Israeli-Palestinian
    /// negotiations"). Each part becomes a mention over its own characters. Not a pair before
    /// other nouns ("an Iranian-American journalist" names one person's origins), nor a token
    /// inside a tagged span.
    ///
    /// - Complexity: O(t) gazetteer lookups for t tokens.
    func hyphenatedPairNames(_ spans: [GazetteerSpanFinder.Span], in sentence: Sentence) -> [Mention] {
        let covered = Self.covered(by: spans, count: sentence.tokens.count)
        var out: [Mention] = []
        for (k, token) in sentence.tokens.enumerated() where !covered[k] && k + 1 < sentence.tokens.count {
            guard Self.pairRelationNouns.contains(sentence.tokens[k + 1].text.lowercased()) else { continue }
            let scalars = Array(token.text.unicodeScalars)
            guard scalars.count == token.range.end - token.range.start, scalars.filter({ $0 == "-" }).count == 1,
                  let hyphen = scalars.firstIndex(of: "-"), hyphen > 0, hyphen + 1 < scalars.count,
                  scalars[0].properties.isUppercase, scalars[hyphen + 1].properties.isUppercase else { continue }
            let first = String(String.UnicodeScalarView(scalars[..<hyphen]))
            let second = String(String.UnicodeScalarView(scalars[(hyphen + 1)...]))
            guard let (firstType, firstName) = typePrefix(first), let (secondType, secondName) = typePrefix(second),
                  (firstName ?? first) != (secondName ?? second) else { continue }
            out.append(Mention(text: first, type: firstType, sentence: sentence.index,
                               range: TextRange(start: token.range.start, end: token.range.start + hyphen), canonical: firstName))
            out.append(Mention(text: second, type: secondType, sentence: sentence.index,
                               range: TextRange(start: token.range.start + hyphen + 1, end: token.range.end), canonical: secondName))
        }
        return out
    }
}
