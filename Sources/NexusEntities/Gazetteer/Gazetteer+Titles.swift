/// The titles, honorifics and country words in front of a person's name.
public struct TitleSplit: Sendable, Hashable {
    /// Roles, normalized ("Minister of Foreign Affairs" → "Foreign Minister"), in order.
    public var roles: [String]
    /// Honorifics without a role ("Mr", "His Holiness"), in order.
    public var honorifics: [String]
    /// Countries named before a title ("US Secretary of State" → "United States"), in order.
    public var countries: [String]
    /// Index of the first token of the name itself.
    public var nameStart: Int
}

extension Gazetteer {
    /// Splits the leading titles off a person span.
    ///
    /// From the left, it takes an optional "the", then any run of: a title or honorific, or a
    /// country name or demonym immediately followed by a title ("Italian Foreign Minister").
    /// At least one token is left for the name.
    ///
    /// ```swift
    /// gazetteer.splitTitles(["US", "Secretary", "of", "State", "Jane", "Doe"])
    /// // roles ["Secretary of State"], countries ["United States"], nameStart 4
    /// ```
    ///
    /// - Complexity: O(n · c) for n tokens.
    public func splitTitles(_ tokens: [String]) -> TitleSplit {
        var split = TitleSplit(roles: [], honorifics: [], countries: [], nameStart: 0)
        var k = 0
        if tokens.count > 1, tokens[0].lowercased() == "the" { k = 1 }
        while k < tokens.count - 1 {
            let rest = Array(tokens[k...])
            if let title = titleMatch(rest), title.range.upperBound < rest.count {
                if title.entry.kind == .title { split.roles.append(title.entry.canonical) } else {
                    split.honorifics.append(title.entry.canonical)
                }
                k += title.range.upperBound
                continue
            }
            if let place = longestMatches(in: rest, kinds: [.country, .demonym]).first, place.range.lowerBound == 0,
               let title = titleMatch(Array(rest[place.range.upperBound...])),
               place.range.upperBound + title.range.upperBound < rest.count {
                split.countries.append(place.entry.canonical)
                k += place.range.upperBound
                continue
            }
            break
        }
        split.nameStart = k
        return split
    }

    func titleMatch(_ tokens: [String]) -> GazetteerMatch? {
        guard let match = longestMatches(in: tokens, kinds: [.title, .honorific]).first, match.range.lowerBound == 0 else {
            return nil
        }
        return match
    }
}
