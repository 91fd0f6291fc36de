import NexusCore

extension EntityRecognizer {
    /// A party's one-word name the tagger read as a person's is the party the document names
    /// in full: "Green fear for transport ballot" above "The Green Party is concerned ...",
    /// where a headline writes the party by its adjective. The word must be the whole person
    /// mention, the first word of an organization mention "<word> Party" of the same document,
    /// no word of a longer person name there ("Damian Green ... Green" stays a person) and not
    /// after a courtesy title ("Mr Green"). Resolution then joins the bare name to the party
    /// the document writes with "Party" after it (`DocumentResolver.linkPartyNames`).
    ///
    /// - Complexity: O(m) for m mentions.
    func partiesReadAsPersons(_ mentions: [Mention], text: String) -> [Mention] {
        let parties = Self.partyWords(mentions)
        guard !parties.isEmpty else { return mentions }
        let nameWords = Self.wordsOfLongerPersonNames(mentions)
        let candidates = mentions.indices.filter { mentions[$0].type == .person && parties.contains(mentions[$0].text) && !nameWords.contains(mentions[$0].text) }
        guard !candidates.isEmpty else { return mentions }
        let scalars = Array(text.unicodeScalars)
        var out = mentions
        for i in candidates where !Self.followsHonorific(mentions[i], scalars: scalars) {
            out[i].type = .organization
        }
        return out
    }

    /// A headline's word that the tagger left untagged and that is a party's one-word name the
    /// body writes in full ("Green fear over school closures" above "The Green Party has
    /// criticised ..."): a mention of the party, as ``partiesReadAsPersons(_:text:)`` makes of
    /// the word the tagger read as a person's. Only in a headline (the first sentence, without
    /// final punctuation, when more follow), only a capitalised word no mention covers and not
    /// right before "Party".
    ///
    /// - Complexity: O(m + t) for m mentions and t headline tokens.
    func headlinePartyWords(_ mentions: [Mention], document: Document) -> [Mention] {
        let parties = Self.partyWords(mentions)
        guard !parties.isEmpty, document.sentences.count > 1, let headline = document.sentences.first,
              ResolutionContext.isHeadline(headline.text) else { return mentions }
        let covered = mentions.filter { $0.sentence == headline.index }.map(\.range)
        let tokens = headline.tokens
        var out = mentions
        for (k, token) in tokens.enumerated() where parties.contains(token.text) {
            let next = k + 1 < tokens.count ? tokens[k + 1].text.lowercased() : ""
            guard next != "party", !covered.contains(where: { $0.overlaps(token.range) }) else { continue }
            out.append(Mention(text: token.text, type: .organization, sentence: headline.index, range: token.range))
        }
        return out.count == mentions.count ? mentions : out.sorted { $0.range < $1.range }
    }

    /// The first words of the document's two-word party names ("Green" of "Green Party").
    static func partyWords(_ mentions: [Mention]) -> Set<String> {
        var parties: Set<String> = []
        for m in mentions where m.type == .organization {
            let words = m.text.split(separator: " ").map(String.init)
            if words.count == 2, words[1] == "Party" || words[1] == "party",
               words[0].first?.isUppercase == true {
                parties.insert(words[0])
            }
        }
        return parties
    }
}
