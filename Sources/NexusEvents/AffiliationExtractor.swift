import NexusCore
import NexusEntities

/// A relation found inside one document, between local entity indices.
struct LocalRelation: Sendable {
    var source: Int
    var target: Int
    var kind: RelationKind
    var label: String?
    var evidence: Evidence
}

/// Finds who holds a role for whom, from titles and appositions.
///
/// Patterns (ENTITY is a country or organization mention, TITLE a ``TitleLexicon`` entry,
/// optionally after modifiers such as "former"):
/// - pre-title: `ENTITY ('s)? TITLE (on|for|to|in X)? PERSON` — "US Secretary of State Antony
///   Moreno", "French Foreign Minister Claire Dubois", "UN special envoy on Yemen Lars
///   Holm" (the affiliation is the entity before the title, never the "on Yemen" topic);
/// - post-modifier: `TITLE PERSON (of|from) ENTITY` — "Foreign Minister Sergei Lavrov of Russia";
/// - fronted apposition: `TITLE (of|for|at) (the)? ENTITY, PERSON` — "the head of the IAEA,
///   Rafael Grossi"; `ENTITY('s) TITLE, PERSON` — "Somalia's president, Hassan Sheikh Mohamud";
/// - apposition: `PERSON, (the)? ENTITY('s)? TITLE` — "Lars Holm, the UN’s special envoy";
///   `PERSON, (the)? TITLE (of|for|at|to|in) (the)? ENTITY` — "Marta Ruiz, the high
///   representative of the European Union".
/// - party designation: `PERSON, (D|R|I)-STATE` — "Sen. Chuck Schumer, D-N.Y." (role "Member";
///   ``PartyDesignation``), when the text names the party.
/// Titles the tagger left inside the person's span count as pre-titles.
///
/// The relation goes from the person to the entity, kind `.affiliation`, label = the role.
///
/// - Complexity: O(p·w) for p person mentions and a window of w ≤ 10 words.
struct AffiliationExtractor: Sendable {
    let titles: TitleLexicon

    private static let qualifierWords: Set<String> = ["on", "for", "to", "in"]
    private static let linkWords: Set<String> = ["of", "for", "at", "to", "in"]

    func extract(_ resolution: DocumentResolution) -> [LocalRelation] {
        let context = resolution.context
        var out: [LocalRelation] = []
        var designations: [Int: [PartyDesignation]] = [:]
        for (i, m) in context.mentions.enumerated() where m.mention.type == .person {
            guard let s = context.sentencePosition(m.mention.sentence) else { continue }
            let words = context.words[s]
            let person = resolution.entityOfMention[i]
            func add(_ target: Int, _ role: String, from a: Int, to b: Int) {
                let t = resolution.entityOfMention[target]
                guard t != person else { return }
                let range = TextRange(start: words[min(a, b)].range.start, end: words[max(a, b)].range.end)
                let sentence = context.document.sentences[s]
                out.append(LocalRelation(source: person, target: t, kind: .affiliation, label: role,
                                         evidence: Evidence(document: context.document.id, sentence: sentence.index, range: range, text: sentence.text)))
            }
            if let hit = preTitle(person: m, words: words, sentence: s, context: context) {
                add(hit.entity, hit.role, from: hit.start, to: m.lastWord)
                continue
            }
            if let hit = apposition(person: m, words: words, sentence: s, context: context) {
                add(hit.entity, hit.role, from: m.firstWord, to: hit.end)
            }
            // "Sen. Chuck Schumer, D-N.Y.,": a member of the party the text names.
            if designations[s] == nil { designations[s] = PartyDesignation.find(in: words) }
            if let designation = designations[s]?.first(where: { $0.firstWord == m.lastWord + 2 }),
               let name = designation.partyName, let party = partyMention(named: name, in: resolution) {
                add(party, "Member", from: m.firstWord, to: designation.lastWord)
            }
        }
        return out
    }

    /// A mention of the organization whose name (as the alias table gives it) is `name`.
    private func partyMention(named name: String, in resolution: DocumentResolution) -> Int? {
        resolution.context.mentions.indices.first { j in
            let entity = resolution.entities[resolution.entityOfMention[j]]
            return entity.type == .organization && (entity.authoritativeName ?? entity.name) == name
        }
    }

    private func isAffiliable(_ j: Int?, _ context: ResolutionContext) -> Int? {
        guard let j else { return nil }
        let type = context.mentions[j].mention.type
        return type == .country || type == .organization ? j : nil
    }

    /// The entity mention ending at `k`, skipping modifiers and a possessive before it.
    private func entityEnding(at k: Int, words: [ResolutionWord], sentence s: Int, context: ResolutionContext) -> Int? {
        var k = k
        while k >= 0 && (titles.modifiers.contains(words[k].lower) || words[k].isPossessive) { k -= 1 }
        guard k >= 0 else { return nil }
        return isAffiliable(context.mentionEnding[s][k], context)
    }

    private func preTitle(person m: ResolutionMention, words: [ResolutionWord], sentence s: Int, context: ResolutionContext) -> (entity: Int, role: String, start: Int)? {
        // Titles inside the person's span.
        if let role = m.roles.last {
            for k in stride(from: m.firstWord - 1, through: m.spanFirstWord, by: -1) {
                if let j = isAffiliable(context.mentionEnding[s][k], context) { return (j, role, context.mentions[j].firstWord) }
            }
            if m.spanFirstWord > 0, let j = entityEnding(at: m.spanFirstWord - 1, words: words, sentence: s, context: context) {
                return (j, role, context.mentions[j].firstWord)
            }
            if let prefix = m.prefix, let j = context.mentions.firstIndex(where: { ($0.mention.type == .country || $0.mention.type == .organization) && $0.mention.text == prefix }) {
                return (j, role, m.spanFirstWord)
            }
        }
        // Titles written before the span.
        let end = m.firstWord
        var best: (start: Int, role: String)?
        var j = end - 1
        while j >= max(0, end - 10) {
            if let hit = titles.match(words, at: j), let role = hit.title.role {
                let ok = hit.end == end
                    || (hit.end < end && AffiliationExtractor.qualifierWords.contains(words[hit.end].lower) && end - hit.end <= 5
                        && words[hit.end..<end].allSatisfy { $0.isWord })
                if ok { best = (j, role) }
            }
            if !words[j].isWord && words[j].text != "." { break }
            j -= 1
        }
        if let best {
            if best.start >= 1, let e = entityEnding(at: best.start - 1, words: words, sentence: s, context: context) {
                return (e, best.role, context.mentions[e].firstWord)
            }
            // "Foreign Minister Sergei Lavrov of Russia"
            var k = m.lastWord + 1
            if k < words.count, ["of", "from"].contains(words[k].lower) {
                k += 1
                if k < words.count && words[k].lower == "the" { k += 1 }
                if k < words.count, let e = isAffiliable(context.mentionStarting[s][k], context) { return (e, best.role, best.start) }
            }
            return nil
        }
        // "Somalia's president, Hassan Sheikh Mohamud"
        if end >= 3, words[end - 1].text == "," {
            var t = end - 2
            var fronted: (start: Int, role: String)?
            while t >= max(0, end - 7) {
                if let hit = titles.match(words, at: t), hit.end == end - 1, let role = hit.title.role { fronted = (t, role) }
                t -= 1
            }
            if let fronted, fronted.start >= 1, let e = entityEnding(at: fronted.start - 1, words: words, sentence: s, context: context) {
                return (e, fronted.role, context.mentions[e].firstWord)
            }
        }
        // "the head of the IAEA, Rafael Grossi"
        guard end >= 2, words[end - 1].text == ",", let e = isAffiliable(context.mentionEnding[s][end - 2], context) else { return nil }
        var k = context.mentions[e].firstWord - 1
        if k >= 0 && words[k].lower == "the" { k -= 1 }
        guard k >= 1, ["of", "for", "at"].contains(words[k].lower) else { return nil }
        var t = k - 1
        var fronted: (entity: Int, role: String, start: Int)?
        while t >= max(0, k - 5) {
            if let hit = titles.match(words, at: t), hit.end == k, let role = hit.title.role { fronted = (e, role, t) }
            t -= 1
        }
        return fronted
    }

    private func apposition(person m: ResolutionMention, words: [ResolutionWord], sentence s: Int, context: ResolutionContext) -> (entity: Int, role: String, end: Int)? {
        var k = m.lastWord + 1
        guard k < words.count, words[k].text == "," else { return nil }
        k += 1
        while k < words.count && (["the", "a", "an"].contains(words[k].lower) || titles.modifiers.contains(words[k].lower)) { k += 1 }
        guard k < words.count else { return nil }
        if let e = isAffiliable(context.mentionStarting[s][k], context) {
            var t = context.mentions[e].lastWord + 1
            while t < words.count && (words[t].isPossessive || titles.modifiers.contains(words[t].lower)) { t += 1 }
            if let hit = titles.match(words, at: t), let role = hit.title.role { return (e, role, hit.end - 1) }
            return nil
        }
        guard let hit = titles.match(words, at: k), let role = hit.title.role else { return nil }
        var t = hit.end
        guard t < words.count, AffiliationExtractor.linkWords.contains(words[t].lower) else { return nil }
        t += 1
        if t < words.count && words[t].lower == "the" { t += 1 }
        guard t < words.count, let e = isAffiliable(context.mentionStarting[s][t], context) else { return nil }
        return (e, role, context.mentions[e].lastWord)
    }
}
