import NexusCore

extension EntityRecognizer {
    /// Lower-case nouns that, right after a name, make it a body's: people have no officials,
    /// shares or staff ("Nestle officials said", "Rosneft shares fell"). Not "spokesman", which
    /// news also writes after a person's name ("a Kerry spokesman").
    static let bodyMemberNouns: Set<String> = ["officials", "executives", "shares", "shareholders", "employees", "staff", "stock"]

    /// One name, one type in a document: a name the tagger typed two ways (a person in one
    /// sentence, an organization or a place in another: "Swiss food giant Nestle ... Nestle
    /// officials said", "Rosneft ... Rosneft") takes one type in all its mentions, decided by
    /// evidence the document writes next to the name:
    ///
    /// 1. a description of a body next to a mention (``isDescribedAsBody(_:scalars:)``: "food
    ///    giant Nestle", "state-owned Rosneft", "Nestle officials", "Merck's shares", "takeover
    ///    of Peoplesoft", "Wipro, India's biggest software firm") makes it an organization;
    /// 2. a courtesy title right before a mention ("Mr. Cho") or a relative it has ("Ramirez's
    ///    parents", ``kinNouns``) makes it a person, and so does
    ///    a longer person name of the document that has the name as a word ("Michael Dell ...
    ///    Dell"), unless rule 1 also holds (then the name is left as typed: both may be meant).
    ///
    /// A one-word name the tagger typed a person's in every mention is read the same way, and
    /// a title right before one of its mentions ("President Bush ... Bush officials") is
    /// evidence of a person too.
    ///
    /// Without such evidence the name is left as typed: the tagger's type of most mentions is
    /// no evidence (a person's name it reads as a place in three sentences is still a person's).
    /// Names are compared as written, ignoring case ("THAKSIN", "Thaksin"). Only persons,
    /// organizations and places are retyped; a name any of whose mentions a gazetteer or the
    /// alias table knows (a `canonical` name: "Georgia", "Hezbollah") is left as it is, as are
    /// countries and other names.
    ///
    /// - Complexity: O(m) for m mentions, plus one pass over the text's scalars when a name
    ///   is typed two ways.
    func namesTypedTwoWays(_ mentions: [Mention], text: String) -> [Mention] {
        let retypable: Set<EntityType> = [.person, .organization, .location]
        var bySurface: [String: [Int]] = [:]
        for (i, m) in mentions.enumerated() where retypable.contains(m.type) {
            bySurface[m.text.lowercased(), default: []].append(i)
        }
        let unknown = bySurface.values.filter { group in !group.contains { mentions[$0].canonical != nil } }
        let mixed = unknown.filter { group in Set(group.map { mentions[$0].type }).count > 1 }
        // One-word names typed a person's only ("State-owned Rosneft", "Rosneft officials").
        let persons = unknown.filter { group in
            group.allSatisfy { mentions[$0].type == .person } && !mentions[group[0]].text.contains(" ")
        }
        guard !mixed.isEmpty || !persons.isEmpty else { return mentions }
        let scalars = Array(text.unicodeScalars)
        let nameWords = Set(Self.wordsOfLongerPersonNames(mentions).map { $0.lowercased() })
        var out = mentions
        for group in mixed {
            guard let type = agreedType(group.map { mentions[$0] }, scalars: scalars, nameWords: nameWords) else { continue }
            for i in group { out[i].type = type }
        }
        for group in persons {
            let named = group.map { mentions[$0] }
            // "President Bush ... Bush officials": a title before a mention is a person's.
            guard !named.contains(where: { TitleLexicon.standard.isOneWordTitle(Self.word(before: $0, scalars: scalars)) }),
                  agreedType(named, scalars: scalars, nameWords: nameWords) == .organization else { continue }
            for i in group { out[i].type = .organization }
        }
        return out
    }

    /// The type the mentions of one name take (``namesTypedTwoWays(_:text:)``), or nil to
    /// leave them as typed.
    private func agreedType(_ group: [Mention], scalars: [Unicode.Scalar], nameWords: Set<String>) -> EntityType? {
        let body = group.contains { Self.isDescribedAsBody($0, scalars: scalars) }
        let surface = group[0].text.lowercased()
        let person = group.contains { Self.followsHonorific($0, scalars: scalars) || Self.kinNouns.contains(Self.possessed(by: $0, scalars: scalars)) }
            || (!surface.contains(" ") && nameWords.contains(surface))
        if body && person { return nil }
        if body { return .organization }
        return person ? .person : nil
    }

    /// Words of ownership that only a body is described by ("state-owned Rosneft", "oil group
    /// Rosneft").
    static let ownershipWords: Set<String> = ["state-owned", "state-run", "state-controlled", "government-owned", "privately-owned",
                                              "family-owned", "listed", "group", "subsidiary", "unit"]

    /// Nouns of a person's family: only a person has them ("Ramirez's parents").
    static let kinNouns: Set<String> = ["parents", "wife", "husband", "son", "sons", "daughter", "daughters", "brother", "brothers",
                                        "sister", "sisters", "father", "mother", "widow", "children", "family", "uncle", "nephew"]

    /// The word after mention `m` and a possessive "'s" or "’s" ("parents" of "Ramirez's
    /// parents"), lower-cased, or "" when no possessive follows.
    static func possessed(by m: Mention, scalars: [Unicode.Scalar]) -> String {
        let end = m.range.end
        guard end + 2 < scalars.count, ["'", "\u{2019}"].contains(scalars[end]), scalars[end + 1] == "s",
              scalars[end + 2].properties.isWhitespace else { return "" }
        return word(from: end + 2, scalars: scalars)
    }

    /// The word right before mention `m` (letters and hyphens, lower-cased), or "".
    static func word(before m: Mention, scalars: [Unicode.Scalar]) -> String {
        var end = m.range.start
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        var start = end
        while start > 0, isWordScalar(scalars[start - 1]) { start -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
    }

    /// The word right after mention `m` (letters and hyphens, lower-cased), or "".
    static func word(after m: Mention, scalars: [Unicode.Scalar]) -> String { word(from: m.range.end, scalars: scalars) }

    /// The first word at or after scalar `offset`, past white space (letters and hyphens,
    /// lower-cased), or "".
    static func word(from offset: Int, scalars: [Unicode.Scalar]) -> String {
        var start = min(offset, scalars.count)
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        var end = start
        while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
        return String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s == "-" }
}
