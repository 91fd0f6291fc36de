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
        var parties: Set<String> = []
        for m in mentions where m.type == .organization {
            let words = m.text.split(separator: " ").map(String.init)
            if words.count == 2, words[1] == "Party" || words[1] == "party",
               words[0].first?.isUppercase == true {
                parties.insert(words[0])
            }
        }
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
}
