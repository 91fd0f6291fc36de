/// The party and state the Associated Press writes after a U.S. legislator's name: "Sen. Chuck
/// Schumer, D-N.Y.,", "Rep. Jim Jordan, R-Ohio", "Sen. Angus King, I-Maine". The letters of
/// the state abbreviation are not names ("N.M." read as a person "M."), and the party letter
/// affiliates the person with the party (``AffiliationExtractor``).
///
/// A designation is, right after a comma or an opening parenthesis, "D", "R" or "I", a hyphen
/// and a state as the AP Stylebook abbreviates it ("N.Y.", "Calif.", "Ohio"; the two-letter
/// postal codes too), written without spaces.
///
/// - Complexity: O(n) for n words.
public struct PartyDesignation: Sendable, Equatable {
    /// The designation's first and last word.
    public let firstWord: Int
    public let lastWord: Int
    /// "D", "R" or "I".
    public let party: Character

    /// The party a designation's letter names (``AliasTable`` canonical names); "I",
    /// independent, names none.
    public var partyName: String? {
        switch party {
        case "D": return "Democratic Party"
        case "R": return "Republican Party"
        default: return nil
        }
    }

    /// States and territories as the AP Stylebook abbreviates them in datelines and party
    /// designations, with the eight it writes out, and the postal codes, all without dots.
    static let states: Set<String> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass",
        "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj", "nm", "ny", "nc", "nd", "okla", "ore", "pa", "ri",
        "sc", "sd", "tenn", "vt", "va", "wash", "wva", "wis", "wyo", "alaska", "hawaii", "idaho", "iowa", "maine", "ohio",
        "texas", "utah",
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "hi", "id", "il", "in", "ks", "me", "mi", "mn", "ms", "mt",
        "ne", "nv", "ok", "or", "tn", "tx", "ut", "wa", "wv", "wi", "wy", "dc", "pr", "gu", "vi",
    ]

    /// The designations among `words` (the letters, hyphen and state one word or several).
    public static func find(in words: [ResolutionWord]) -> [PartyDesignation] {
        var out: [PartyDesignation] = []
        var k = 1
        while k < words.count {
            defer { k += 1 }
            guard [",", "("].contains(words[k - 1].text), let party = words[k].text.first, ["D", "R", "I"].contains(party) else { continue }
            var last = k
            while last + 1 < words.count, words[last + 1].range.start == words[last].range.end, ![",", ")"].contains(words[last + 1].text) { last += 1 }
            let text = words[k...last].map(\.text).joined()
            guard text.count > 3, text.dropFirst().first == "-",
                  states.contains(text.dropFirst(2).lowercased().filter { $0 != "." }) else { continue }
            out.append(PartyDesignation(firstWord: k, lastWord: last, party: party))
            k = last
        }
        return out
    }

    /// `mentions` without those inside a designation of their sentence.
    static func dropping(_ mentions: [ResolutionMention], words: [[ResolutionWord]], position: [Int: Int]) -> [ResolutionMention] {
        var inside: [Int: [PartyDesignation]] = [:]
        for (s, sentence) in words.enumerated() {
            let found = find(in: sentence)
            if !found.isEmpty { inside[s] = found }
        }
        guard !inside.isEmpty else { return mentions }
        return mentions.filter { m in
            guard let s = position[m.mention.sentence], let found = inside[s] else { return true }
            return !found.contains { $0.firstWord <= m.firstWord && m.lastWord <= $0.lastWord }
        }
    }
}
