import NexusCore

/// A ministry named by a list of portfolios, which the recognizer splits at the comma:
/// "Ministry of Economy, Trade and Industry" read as "Ministry of Economy" and an organization
/// "Trade and Industry"; "Department of Agriculture, Forestry and Fisheries". The mention of
/// the ministry is extended over the rest of the list, and mentions inside it are dropped.
///
/// A ministry mention holds "Ministry", "Department" or "Ministries" and ends in a portfolio
/// word (``portfolioWords``); the list goes on after a comma with capitalised portfolio words,
/// commas and "and" or "&", and ends in a portfolio word after an "and" or "&" ("the
/// Department of Energy, Chevron and Exxon" is no list).
///
/// - Complexity: O(m + w) for m mentions and w words.
enum PortfolioList {
    static let ministryWords: Set<String> = ["ministry", "department", "ministries"]

    /// Words of cabinet portfolios: the title lexicon's (``TitleLexicon/portfolioNouns``) and
    /// the words of ministries' longer names (Japan's, South Africa's, India's, Kenya's cabinets).
    static let portfolioWords: Set<String> = TitleLexicon.portfolioNouns.union([
        "land", "lands", "reform", "forestry", "water", "works", "resources", "mining", "natural", "power", "technology",
        "innovation", "research", "women", "children", "family", "heritage", "arts", "regional", "cooperation", "integration",
        "livestock", "food", "sanitation", "irrigation", "solidarity", "equality", "industries", "trade", "fisheries",
    ])

    static func joining(_ mentions: [ResolutionMention], document: Document, words: [[ResolutionWord]], position: [Int: Int]) -> [ResolutionMention] {
        var out = mentions
        var removed = Set<Int>()
        for (i, m) in mentions.enumerated() where m.mention.type == .organization && !removed.contains(i) {
            guard let s = position[m.mention.sentence], let end = listEnd(after: m, in: words[s]) else { continue }
            let sentence = document.sentences[s]
            var joined = out[i]
            joined.mention.range = TextRange(start: m.mention.range.start, end: words[s][end].range.end)
            joined.mention.text = ResolutionContext.text(of: sentence, range: joined.mention.range)
            joined.lastWord = end
            joined.mention.canonical = nil
            out[i] = joined
            for (j, other) in mentions.enumerated() where j != i && other.mention.sentence == m.mention.sentence
                && other.firstWord > m.lastWord && other.lastWord <= end { removed.insert(j) }
        }
        return out.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }

    /// The last word of the portfolio list continuing ministry mention `m`, if it has one.
    static func listEnd(after m: ResolutionMention, in w: [ResolutionWord]) -> Int? {
        guard (m.firstWord...m.lastWord).contains(where: { ministryWords.contains(w[$0].lower) }),
              portfolioWords.contains(w[m.lastWord].lower), m.lastWord + 2 < w.count, w[m.lastWord + 1].text == "," else { return nil }
        var k = m.lastWord + 2
        var last: Int?
        var sawAnd = false
        while k < w.count {
            let word = w[k]
            if word.isWord && word.isCapitalized && portfolioWords.contains(word.lower) {
                if sawAnd { last = k }
            } else if ["and", "&"].contains(word.lower) {
                sawAnd = true
            } else if word.text != "," {
                break
            }
            k += 1
        }
        return last
    }
}
