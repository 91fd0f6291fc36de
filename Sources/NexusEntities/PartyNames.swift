import NexusCore
import NexusText

extension EntityRecognizer {
    /// A party named by its name and the lower-case noun "party": "the sole Alba party MSP", "the
    /// ruling Zanu-PF party", "the far-right AfD party". One to three capitalised words (or an
    /// acronym, hyphens allowed) right before "party" are the party's name, whatever the tagger
    /// made of them (a place, a person, nothing): with "party" they become an organization's
    /// mention. Not a country's name or demonym ("the Iraqi party", "China's party"), doctrine
    /// words alone that no list knows ("the Communist party": whose?), a people's or a faith's
    /// adjective ("the Kurdish party", "a Sunni Arab party"), a title, a
    /// weekday or a month, and not after a possessive. A span that reaches past the name is
    /// left as it is.
    ///
    /// - Complexity: O(t) in the sentence's tokens.
    func withPartyNames(_ spans: [GazetteerSpanFinder.Span], tokens: [String]) -> [GazetteerSpanFinder.Span] {
        var out = spans
        for k in tokens.indices.dropFirst() where tokens[k] == "party" {
            var start = k
            while start > 0, k - start < 3, Self.isPartyNameWord(tokens[start - 1]) { start -= 1 }
            guard start < k, start == 0 || !["'s", "\u{2019}s"].contains(tokens[start - 1]) else { continue }
            let name = Array(tokens[start..<k])
            let known = typer.knownOrganization(Array(tokens[start...k]))
            // "the Communist party": a doctrine many countries' parties share names none of them.
            // "the Kurdish party", "a Sunni Arab party": a people's or a faith's adjective names no party either.
            guard known != nil || !name.allSatisfy({ Self.doctrineWords.contains($0) || AttributiveModifier.isAdjectiveShaped($0.lowercased()) }),
                  known != nil || !AttributiveModifier.isAdjectiveShaped(name[name.count - 1].lowercased()), typer.countries.country(forDemonymTokens: name) == nil, typer.countries.entry(forTokens: name, kinds: [.country]) == nil,
                  !TitleLexicon.standard.isOneWordTitle(name[0].lowercased()),
                  // The sentence's first word is a name only when the tagger said so.
                  start > 0 || out.contains(where: { $0.range.lowerBound == 0 }) else { continue }
            let overlapping = out.indices.filter { out[$0].range.overlaps(start..<(k + 1)) }
            guard overlapping.allSatisfy({ out[$0].range.lowerBound >= start && out[$0].range.upperBound <= k
                                           && out[$0].type != .country && out[$0].type != .organization }) else { continue }
            let dropped = Set(overlapping)
            out = out.indices.filter { !dropped.contains($0) }.map { out[$0] }
            out.append(GazetteerSpanFinder.Span(range: start..<(k + 1), type: .organization, canonical: known))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Words of the doctrines parties are named after, which alone name no one party.
    static let doctrineWords: Set<String> = [
        "Communist", "Socialist", "Conservative", "Liberal", "Democratic", "Republican", "Labour", "Labor", "Green", "Greens",
        "Nationalist", "Christian", "Islamist", "Islamic", "Social", "National", "Progressive", "Workers", "Centre", "Center",
        "Popular", "Radical", "Unionist", "Democrat", "Democrats", "Federal", "People's", "Peoples", "Union",
        "Sunni", "Shiite", "Shi'ite", "Shia", "Protestant", "Catholic", "Muslim", "Jewish", "Hindu", "Buddhist", "Arab",
    ]

    /// A capitalised word or an acronym, letters, digits and hyphens only, not a weekday or a
    /// month: "Alba", "Zanu-PF", "AfD", "PTI".
    static func isPartyNameWord(_ token: String) -> Bool {
        guard token.first?.isUppercase == true, token.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return false }
        let lower = token.lowercased()
        return DateText.weekdays[lower] == nil && DateText.months[lower] == nil && !["The", "A", "An", "I"].contains(token)
    }

    /// The document's one-word place or person mentions whose word some organization mention of
    /// the document writes with "party" after it ("the Alba party ... Alba's MSP"): the party.
    static func partyWordsRetyped(_ mentions: [Mention]) -> [Mention] {
        let parties = Set(mentions.filter { $0.type == .organization && $0.text.hasSuffix(" party") }.map { String($0.text.dropLast(6)) })
        guard !parties.isEmpty else { return mentions }
        return mentions.map { m in
            guard [.location, .person].contains(m.type), m.canonical == nil, parties.contains(m.text) else { return m }
            var out = m
            out.type = .organization
            return out
        }
    }
}
