import Foundation
import NexusCore

/// A document prepared for resolution: its sentences split into ``ResolutionWord``s and its
/// mentions cleaned, indexed by sentence and word.
public struct ResolutionContext: Sendable {
    public let document: Document
    /// Words of each sentence, by sentence index.
    public let words: [[ResolutionWord]]
    /// Cleaned mentions in document order (by start offset).
    public let mentions: [ResolutionMention]
    /// Mention indices of each sentence, in order.
    public let mentionsBySentence: [[Int]]
    /// For each sentence, word index → index of the mention whose cleaned name starts there.
    public let mentionStarting: [[Int: Int]]
    /// For each sentence, word index → index of the mention whose cleaned name ends there.
    public let mentionEnding: [[Int: Int]]

    public init(document: Document, titles: TitleLexicon) {
        self.document = document
        let words = document.sentences.map { ResolutionLexer.words(in: $0) }
        self.words = words
        var position: [Int: Int] = [:]
        for (i, sentence) in document.sentences.enumerated() { position[sentence.index] = i }
        var countryOrOrganization: [Int: [TextRange]] = [:]
        for m in document.mentions where m.type == .country || m.type == .organization {
            countryOrOrganization[m.sentence, default: []].append(m.range)
        }
        var cleaned: [ResolutionMention] = []
        for mention in document.mentions.sorted(by: { ($0.range.start, -$0.range.length, $0.type) < ($1.range.start, -$1.range.length, $1.type) }) {
            guard let s = position[mention.sentence] else { continue }
            let affiliations = mention.type == .person ? (countryOrOrganization[mention.sentence] ?? []) : []
            if let m = ResolutionContext.clean(mention, sentence: document.sentences[s], words: words[s], titles: titles, affiliations: affiliations) {
                cleaned.append(m)
            }
        }
        cleaned = ResolutionContext.dropNested(cleaned)
        cleaned = ResolutionContext.dropInsideTitles(cleaned, words: words, position: position, titles: titles)
        cleaned = ResolutionContext.keepingHeadlineNamesOfTheBody(cleaned, document: document)
        cleaned = ResolutionContext.joinCoalitionNames(cleaned, document: document, words: words, position: position)
        cleaned = PortfolioList.joining(cleaned, document: document, words: words, position: position)
        cleaned = TermAcronym.dropping(cleaned, words: words, position: position)
        cleaned = PartyDesignation.dropping(cleaned, words: words, position: position)
        cleaned = SurnameRetyping.retyping(cleaned)
        cleaned = CompanyShortNames.retyping(cleaned)
        cleaned = DefinedAcronymType.retyping(cleaned, words: words, position: position)
        cleaned = DefinedAcronymType.retypingByInitials(cleaned, words: words, position: position)
        self.mentions = cleaned
        var bySentence = [[Int]](repeating: [], count: document.sentences.count)
        var starting = [[Int: Int]](repeating: [:], count: document.sentences.count)
        var ending = [[Int: Int]](repeating: [:], count: document.sentences.count)
        for (i, m) in cleaned.enumerated() {
            guard let s = position[m.mention.sentence] else { continue }
            bySentence[s].append(i)
            starting[s][m.firstWord] = i
            ending[s][m.lastWord] = i
        }
        self.mentionsBySentence = bySentence
        self.mentionStarting = starting
        self.mentionEnding = ending
    }

    /// Position of a sentence (by its `index`) in `document.sentences`; sentences are
    /// numbered from zero in order, so this is the index itself when in range.
    public func sentencePosition(_ index: Int) -> Int? {
        if index >= 0 && index < document.sentences.count && document.sentences[index].index == index { return index }
        return document.sentences.firstIndex { $0.index == index }
    }

    /// The text of `range` (document offsets) inside `sentence`, clamped to the sentence.
    static func text(of sentence: Sentence, range: TextRange) -> String {
        let scalars = sentence.text.unicodeScalars
        let count = scalars.count
        let lo = min(max(0, range.start - sentence.range.start), count)
        let hi = min(max(lo, range.end - sentence.range.start), count)
        let start = scalars.index(scalars.startIndex, offsetBy: lo)
        let end = scalars.index(start, offsetBy: hi - lo)
        return String(scalars[start..<end])
    }

    static func text(of sentence: Sentence, words: [ResolutionWord], from a: Int, to b: Int) -> String {
        text(of: sentence, range: TextRange(start: words[a].range.start, end: max(words[a].range.start, words[b].range.end)))
    }

    /// Abbreviated legal forms of companies written with a period ("Inc.", "Co.", "Corp.").
    static let legalFormAbbreviations: Set<String> = ["Inc", "Co", "Corp", "Ltd", "Plc", "Bros", "Cos"]

    /// Cleans one mention: a trailing "(ACRONYM)", possessive and punctuation (but a legal
    /// form's period), a leading
    /// "the", and for persons the titles and honorifics before the name.
    static func clean(_ mention: Mention, sentence: Sentence, words: [ResolutionWord], titles: TitleLexicon, affiliations: [TextRange] = []) -> ResolutionMention? {
        let covered = words.indices.filter { words[$0].range.overlaps(mention.range) }
        guard var a = covered.first, var b = covered.last else { return nil }
        let spanFirst = a
        var acronym: String?
        if b - a >= 3, words[b].text == ")", words[b - 2].text == "(", NameNormalizer.isAcronym(words[b - 1].text) {
            acronym = words[b - 1].text
            b -= 3
        }
        while b >= a && (words[b].isPossessive || !words[b].isWord) { b -= 1 }
        // "Taiwan Semiconductor Manufacturing Co.", "Apple Inc.": a company's legal form keeps
        // its period, as the tokenizer keeps it on the token.
        if b + 1 < words.count, words[b + 1].text == ".", words[b + 1].range.start == words[b].range.end,
           words[b + 1].range.end <= mention.range.end, Self.legalFormAbbreviations.contains(words[b].text) {
            b += 1
        }
        while a <= b && (!words[a].isWord || words[a].lower == "the") { a += 1 }
        guard a <= b else { return nil }
        var roles: [String] = []
        var prefix: String?
        // "Ms King", "Mr Major": one word after a courtesy title is a surname, whatever title it
        // spells; not an office addressed ("Mr. President", "Madam Speaker").
        let courtesy = GazetteerSpanFinder.courtesyTitles
        let surnameAfterCourtesy = a == b && !GazetteerSpanFinder.addressedOffices.contains(words[a].lower) && (
            (a > 0 && courtesy.contains(words[a - 1].lower))
                || (a > 1 && words[a - 1].text == "." && courtesy.contains(words[a - 2].lower)))
        if mention.type == .person && !surnameAfterCourtesy {
            // A span that is only a title or honorific ("President", "the Secretary-General") names no one.
            var k = a
            while k <= b, titles.modifiers.contains(words[k].lower) { k += 1 }
            if k <= b, let hit = titles.match(words, at: k), hit.end > b { return nil }
            var j = a
            var nameStart = a
            var firstTitle: Int?
            while j <= b {
                if let hit = titles.match(words, at: j), hit.end <= b {
                    if firstTitle == nil { firstTitle = j }
                    if let role = hit.title.role { roles.append(role) }
                    j = hit.end
                    nameStart = j
                } else if titles.modifiers.contains(words[j].lower) && j < b {
                    j += 1
                } else if firstTitle == nil {
                    j += 1
                } else {
                    break
                }
            }
            // Words before the first title must read as an affiliation ("US", "Kenya's",
            // "European Union", a country mention), or be at most three words followed by a
            // name of two words or more ("Saudi Foreign Minister Faisal bin Farhan"); otherwise
            // they are part of the name: "Hassan Sheikh Mohamud" keeps "Sheikh".
            let nameWords = nameStart <= b ? words[nameStart...b].filter(\.isWord).count : 0
            if let first = firstTitle, !ResolutionMention.isAffiliationPrefix(words[a..<first], affiliations: affiliations),
               !(first - a <= 3 && nameWords >= 2) {
                firstTitle = nil
                nameStart = a
                roles = []
            }
            if let first = firstTitle {
                while nameStart <= b && (!words[nameStart].isWord || titles.modifiers.contains(words[nameStart].lower)) { nameStart += 1 }
                guard nameStart <= b, words[nameStart].isCapitalized || words[nameStart].text.hasPrefix("@") else { return nil }
                var p = a
                while p < first && titles.modifiers.contains(words[p].lower) { p += 1 }
                var q = first - 1
                while q >= p && (titles.modifiers.contains(words[q].lower) || words[q].isPossessive) { q -= 1 }
                if p <= q { prefix = text(of: sentence, words: words, from: p, to: q) }
                a = nameStart
            }
        }
        // A mention may cover part of a word ("Iran" in "Iran-Iraq", "Taliban" in "anti-Taliban").
        let range = TextRange(start: max(words[a].range.start, mention.range.start), end: min(words[b].range.end, mention.range.end))
        guard range.start < range.end else { return nil }
        var cleaned = mention
        cleaned.text = text(of: sentence, range: range)
        cleaned.range = range
        return ResolutionMention(mention: cleaned, roles: roles, prefix: prefix, definedAcronym: acronym, firstWord: a, lastWord: b, spanFirstWord: spanFirst)
    }

    /// Joins a coalition mention to the group it is named against when the tagger split them:
    /// "International Coalition" + "against" + "Boko Haram" → "International Coalition against Boko Haram". The
    /// connectors are those of ``AliasTable/coalitionTarget(_:)``.
    static func joinCoalitionNames(_ mentions: [ResolutionMention], document: Document, words: [[ResolutionWord]], position: [Int: Int]) -> [ResolutionMention] {
        let connectors: [[String]] = [["to", "defeat"], ["against"], ["to", "confront"], ["to", "counter"], ["to", "fight"], ["to", "combat"]]
        var startAt: [String: Int] = [:]
        for (i, m) in mentions.enumerated() where m.mention.type == .organization { startAt["\(m.mention.sentence):\(m.firstWord)"] = i }
        var out = mentions
        var removed = Set<Int>()
        for (i, m) in mentions.enumerated() where m.mention.type == .organization && !removed.contains(i) {
            guard let s = position[m.mention.sentence] else { continue }
            let w = words[s]
            guard ["coalition", "alliance"].contains(w[m.lastWord].lower) else { continue }
            for connector in connectors {
                var k = m.lastWord + 1
                guard k + connector.count <= w.count, zip(w[k..<(k + connector.count)], connector).allSatisfy({ $0.0.lower == $0.1 }) else { continue }
                k += connector.count
                if k < w.count && w[k].lower == "the" { k += 1 }
                guard let j = startAt["\(m.mention.sentence):\(k)"], j != i else { continue }
                let target = mentions[j]
                let sentence = document.sentences[s]
                var joined = out[i]
                joined.mention.range = TextRange(start: m.mention.range.start, end: target.mention.range.end)
                joined.mention.text = text(of: sentence, range: joined.mention.range)
                joined.lastWord = target.lastWord
                out[i] = joined
                removed.insert(j)
                break
            }
        }
        return out.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }

    /// A headline (the first sentence, without final punctuation, when more follow) names only
    /// what the body names: a headline mention is kept when a body mention has its words
    /// ("Blair" for "Tony Blair"), so "Howard unveils Tory" and other fragments of a headline
    /// set in capitals never become entities or canonical names.
    static func keepingHeadlineNamesOfTheBody(_ mentions: [ResolutionMention], document: Document) -> [ResolutionMention] {
        guard document.sentences.count > 1, let first = document.sentences.first, isHeadline(first.text) else { return mentions }
        let headline = first.index
        let body = mentions.filter { $0.mention.sentence != headline }
        let bodyWords = Set(body.flatMap { NameNormalizer.tokens($0.mention.text).map { $0.lowercased() } })
        return mentions.filter { m in
            guard m.mention.sentence == headline else { return true }
            let words = NameNormalizer.tokens(m.mention.text).map { $0.lowercased() }
            return !words.isEmpty && words.allSatisfy(bodyWords.contains)
        }
    }

    /// A line without final punctuation, of at most 20 words: a headline.
    static func isHeadline(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last, !".!?:;\"”’'…)".contains(last) else { return false }
        return trimmed.split(separator: " ").count <= 20
    }

    /// Reads the title written right before each person ("Secretary of State for Foreign and
    /// Commonwealth Affairs Dominic Raab"): the person gets its role when the tagger left the
    /// title out of the span, and a mention inside the title ("Commonwealth") is dropped — a
    /// portfolio is not a name. The longest title ending at the person counts.
    static func dropInsideTitles(_ mentions: [ResolutionMention], words: [[ResolutionWord]], position: [Int: Int], titles: TitleLexicon) -> [ResolutionMention] {
        var out = mentions
        var titleSpans: [Int: [Range<Int>]] = [:]
        for (i, m) in mentions.enumerated() where m.mention.type == .person {
            guard let s = position[m.mention.sentence] else { continue }
            let first = m.spanFirstWord
            var longest: (start: Int, role: String)?
            for start in stride(from: first - 1, through: max(0, first - 12), by: -1) {
                if let found = titles.match(words[s], at: start), found.end == first, let role = found.title.role {
                    longest = (start, role)
                }
            }
            guard let longest else { continue }
            titleSpans[s, default: []].append(longest.start..<first)
            if out[i].roles.isEmpty { out[i].roles = [longest.role] }
        }
        guard !titleSpans.isEmpty else { return out }
        return out.filter { m in
            guard m.mention.type != .person, let s = position[m.mention.sentence], let spans = titleSpans[s] else { return true }
            return !spans.contains { $0.lowerBound < m.firstWord && m.lastWord < $0.upperBound }
        }
    }

    /// Drops a mention whose cleaned name lies inside another mention's cleaned name
    /// ("Kenya" inside "Kenya Wildlife Service"). A mention inside a person's stripped
    /// title ("US" in "US Secretary of State X") is kept: it is the person's affiliation.
    static func dropNested(_ mentions: [ResolutionMention]) -> [ResolutionMention] {
        var kept: [ResolutionMention] = []
        var lastEnd = -1
        var lastRange: TextRange?
        for m in mentions {
            if let container = lastRange, m.mention.range.start < lastEnd, container.overlaps(m.mention.range) {
                continue
            }
            kept.append(m)
            if m.mention.range.end > lastEnd {
                lastEnd = m.mention.range.end
                lastRange = m.mention.range
            }
        }
        return kept.sorted { ($0.mention.range.start, $0.mention.range.end) < ($1.mention.range.start, $1.mention.range.end) }
    }
}
