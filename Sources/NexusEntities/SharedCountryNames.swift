import NexusCore

extension EntityRecognizer {
    /// Short names two states share, lower-cased, with the states they can name: the one the
    /// country gazetteer gives the bare name first (wire style: "Democratic Republic of Congo"
    /// once, then "Congo"; `Scripts/make-country-gazetteer.py`), then the others.
    static let sharedCountryNames: [String: [String]] = [
        "congo": ["Democratic Republic of the Congo", "Republic of the Congo"],
        // "the Islamic Republic": news means Iran unless the document names another of the four.
        "islamic republic": ["Iran", "Pakistan", "Afghanistan", "Mauritania"],
    ]

    /// A bare short name two states share ("Congo") names the state the document names in
    /// full: in a document that writes "Republic of Congo" (or "Congo Republic",
    /// "Congo-Brazzaville") and no name of the Democratic Republic of the Congo, every bare
    /// "Congo" is the Republic of the Congo. A document that names both, or neither, keeps the
    /// gazetteer's reading. Demonyms count as names ("Congolese" is the DR Congo's).
    ///
    /// - Complexity: O(m) for m mentions.
    static func sharedCountryNamesResolved(_ mentions: [Mention]) -> [Mention] {
        let bare = mentions.indices.filter { mentions[$0].type == .country && sharedCountryNames[mentions[$0].text.lowercased()] != nil }
        guard !bare.isEmpty else { return mentions }
        let named = Set(mentions.filter { $0.type == .country && sharedCountryNames[$0.text.lowercased()] == nil }.compactMap(\.canonical))
        var out = mentions
        for i in bare {
            let states = sharedCountryNames[mentions[i].text.lowercased()]!
            let inText = states.filter(named.contains)
            if inText.count == 1 { out[i].canonical = inText[0] }
        }
        return out
    }
}
