import NexusCore
import NexusEntities

/// Finds who makes a commitment: the subject of its trigger, with pronouns, quotes,
/// role descriptions and collective nouns resolved to entities of the document.
///
/// Rules, in order (each only when the text ties the words together):
/// 1. a coordinated verb ("... and called for") takes the sentence's main subject;
/// 2. a participle after "while/when/by" ("while asking for") takes the speaker;
/// 3. a relative clause ("Dubois, who asked") takes the antecedent;
/// 4. otherwise the first subject candidate of the trigger's clause (after "that", "who",
///    a reporting verb, ";" or the sentence start) outside prepositional phrases:
///    - an entity mention (a country or organization followed by a title with no name —
///      "the French Foreign Minister" — is the person holding that role for it);
///    - "he"/"she": the main subject of the sentence when the clause is reported ("X said
///      that he ..."), else the speaker, else the last person named before;
///    - "I"/"we": the speaker of the quote ("... ," Moreno said; said X);
///    - "it"/"they": the main subject when it is a country or organization;
///    - "his/her organization|country|government": that person's affiliation;
///    - "the <title>" ("the senior official"): the person holding the role, else the last
///      person named;
///    - "the <collective noun>" ("the coalition", "the Ministers"): an entity bound by
///      "<noun> of the ORG" earlier in the text, or the organization whose name (or alias-table
///      alias) has that head noun, else the speaker's organization ("X said the alliance ...");
///    - places are skipped (datelines, "In Paris, ..."), as are parenthesized mentions;
///    - "COUNTRY's TITLE PERSON" is the person;
/// 5. a place (a capital standing for its government) yields to the speaker when there is one;
/// 6. "contribution/aid/assistance ... from X" names X as the giver.
struct CommitmentActorResolver {
    let resolution: DocumentResolution
    let titles: TitleLexicon
    let aliasTable: AliasTable
    /// person entity → affiliated entities, in order of evidence.
    let affiliations: [Int: [Int]]
    /// (person, target, role) triples.
    let roleHolders: [(person: Int, target: Int, role: String)]
    /// collective noun (lowercased) → entity bound by "<noun> of the ORG".
    let collectives: [String: Int]
    /// Head nouns of each organization's names and alias-table aliases.
    let organizationHeads: [(entity: Int, heads: Set<String>)]

    static let prepositions: Set<String> = ["in", "on", "at", "for", "from", "with", "by", "of", "to", "into", "against", "between", "among", "about", "over", "under", "after", "before", "during", "since", "across", "through", "toward", "towards", "within", "without", "including", "despite", "like", "than", "via", "alongside", "amid", "upon", "near", "besides", "except", "as"]
    static let determiners: Set<String> = ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our"]
    static let collectiveNouns: Set<String> = ["coalition", "alliance", "bloc", "union", "council", "commission", "agency", "ministers", "members", "partners", "allies", "leaders", "government", "administration", "organization", "organisation", "group", "movement", "committee", "assembly", "court", "parliament", "forces", "army"]
    static let ownedNouns: Set<String> = ["organization", "organisation", "country", "government", "administration", "nation", "alliance", "bloc", "union", "institution", "agency", "ministry", "coalition"]
    static let reportingVerbs: Set<String> = ["said", "says", "say", "stated", "states", "added", "adds", "told", "tells", "noted", "notes", "stressed", "declared", "explained", "warned", "insisted", "asserted", "affirmed", "assured", "wrote", "tweeted", "announced", "according", "remarked", "emphasized", "emphasised", "underlined", "highlighted", "acknowledged", "agreed", "confirmed", "promised"]

    init(resolution: DocumentResolution, titles: TitleLexicon, aliasTable: AliasTable, affiliations: [LocalRelation]) {
        self.resolution = resolution
        self.titles = titles
        self.aliasTable = aliasTable
        var byPerson: [Int: [Int]] = [:]
        var holders: [(Int, Int, String)] = []
        for r in affiliations where r.kind == .affiliation {
            if !(byPerson[r.source] ?? []).contains(r.target) { byPerson[r.source, default: []].append(r.target) }
            if let label = r.label { holders.append((r.source, r.target, label)) }
        }
        self.affiliations = byPerson
        self.roleHolders = holders
        self.collectives = CommitmentActorResolver.bindCollectives(resolution)
        var heads: [(entity: Int, heads: Set<String>)] = []
        for (e, entity) in resolution.entities.enumerated() where entity.type == .organization {
            var names = Array(entity.names.keys)
            if let canonical = entity.authoritativeName, let entry = aliasTable.lookup(canonical, type: .organization) { names += entry.aliases + [entry.canonical] }
            heads.append((e, Set(names.compactMap { DocumentResolver.head(NameNormalizer.tokens($0).map { $0.lowercased() }) })))
        }
        self.organizationHeads = heads
    }

    private var context: ResolutionContext { resolution.context }

    /// "<collective noun> of (the) ORG" → the noun names ORG (first binding wins).
    static func bindCollectives(_ resolution: DocumentResolution) -> [String: Int] {
        let context = resolution.context
        var out: [String: Int] = [:]
        for s in context.words.indices {
            let words = context.words[s]
            for k in words.indices where collectiveNouns.contains(words[k].lower) {
                var j = k + 1
                guard j < words.count, words[j].lower == "of" else { continue }
                j += 1
                if j < words.count, words[j].lower == "the" { j += 1 }
                guard j < words.count, let m = context.mentionStarting[s][j], context.mentions[m].mention.type == .organization else { continue }
                if out[words[k].lower] == nil { out[words[k].lower] = resolution.entityOfMention[m] }
            }
        }
        return out
    }

    // MARK: Public entry

    /// The actor of a trigger at words `t` (first word) in sentence position `s`, and the
    /// first word of the window the modality filter must read.
    func actor(sentence s: Int, trigger t: Int, triggerEnd: Int, segmentEnd: Int) -> (entity: Int?, windowStart: Int) {
        let words = context.words[s]
        func lower(_ k: Int) -> String { k >= 0 && k < words.count ? words[k].lower : "" }
        var result: Int?
        var windowStart = 0
        if lower(t - 1) == "and" || (["also", "then", "to", "later"].contains(lower(t - 1)) && lower(t - 2) == "and") {
            windowStart = lower(t - 1) == "and" ? t - 1 : t - 2
            result = firstSubject(s, from: 0, to: windowStart, allowPronouns: true)
        } else if words[t].lower.hasSuffix("ing"), ["while", "when", "after", "before", "by"].contains(lower(t - 1)) {
            windowStart = t - 1
            result = speaker(s) ?? firstSubject(s, from: 0, to: t - 1, allowPronouns: true)
        } else {
            let start = clauseStart(s, before: t)
            windowStart = start
            if start > 0, ["who", "which"].contains(lower(start - 1)) {
                var k = start - 2
                if k >= 0 && words[k].text == "," { k -= 1 }
                if k >= 0, let m = context.mentionEnding[s][k] { result = resolution.entityOfMention[m] }
            }
            if result == nil { result = firstSubject(s, from: start, to: t, allowPronouns: true) }
        }
        if let r = result, resolution.entities[r].type == .location, let sp = speaker(s) ?? mainPerson(s, before: t) {
            result = sp
        }
        if let donor = donor(s, from: triggerEnd + 1, to: segmentEnd) {
            if result == nil || resolution.entities[result!].type == .person || resolution.entities[result!].type == .location { result = donor }
        }
        return (result, windowStart)
    }

    // MARK: Clauses

    /// First word of the clause holding word `t`: after "that", "who", "which", ";" or ":".
    func clauseStart(_ s: Int, before t: Int) -> Int {
        let words = context.words[s]
        var k = t - 1
        while k >= 0 {
            let w = words[k].lower
            if w == ";" || w == ":" { return k + 1 }
            if w == "who" || w == "which" { return k + 1 }
            // Reported speech without "that": "X said his government is committed".
            if CommitmentActorResolver.reportingVerbs.contains(w), !words[k].isCapitalized, !["according", "promised", "agreed", "announced", "confirmed"].contains(w),
               k + 1 < t, words[k + 1].isWord, !["to", "that", "on", "in", "this", "last", "during", "at"].contains(words[k + 1].lower) { return k + 1 }
            if w == "that" {
                let previous = k > 0 ? words[k - 1].lower : ""
                if !CommitmentActorResolver.prepositions.contains(previous) && !["all", "so", "such", "like", "is", "was", "be"].contains(previous) { return k + 1 }
            }
            k -= 1
        }
        return 0
    }

    private func inPrepositionalPhrase(_ s: Int, _ k: Int) -> Bool {
        let words = context.words[s]
        var j = k - 1
        while j >= 0 && (CommitmentActorResolver.determiners.contains(words[j].lower) || titles.modifiers.contains(words[j].lower)) { j -= 1 }
        guard j >= 0 else { return false }
        return CommitmentActorResolver.prepositions.contains(words[j].lower)
    }

    /// Whether word `k` of sentence `s` opens a dateline: the sentence's first word, with a dash
    /// standing apart among its first 12 words ("GENEVA, March 1 (Reuters) - ", "NAIROBI — ").
    func isDateline(_ s: Int, at k: Int) -> Bool {
        let words = context.words[s]
        guard k == 0 else { return false }
        return words.indices.prefix(12).contains { i in
            i > 0 && ["-", "—", "–", "--"].contains(words[i].text)
                && (i + 1 >= words.count || words[i].range.end < words[i + 1].range.start) && words[i - 1].range.end < words[i].range.start
        }
    }

    /// The first subject candidate in words `a..<b` (see the type's rules).
    func firstSubject(_ s: Int, from a: Int, to b: Int, allowPronouns: Bool) -> Int? {
        let words = context.words[s]
        var k = a
        var place: Int?
        func lower(_ k: Int) -> String { k >= 0 && k < words.count ? words[k].lower : "" }
        while k < b {
            if let m = context.mentionStarting[s][k] {
                let mention = context.mentions[m]
                let parenthesized = k > 0 && words[k - 1].text == "("
                if !inPrepositionalPhrase(s, k) && !parenthesized {
                    let entity = resolution.entityOfMention[m]
                    if mention.mention.type == .location {
                        // Places do not commit (a dateline, "In Rome, ..."): keep looking, remember it;
                        // a dateline's place is never an actor.
                        if place == nil, !isDateline(s, at: k) { place = entity }
                        k = mention.lastWord + 1
                        continue
                    }
                    if mention.mention.type == .country || mention.mention.type == .organization {
                        var t = mention.lastWord + 1
                        while t < words.count && (words[t].isPossessive || titles.modifiers.contains(words[t].lower)) { t += 1 }
                        if let hit = titles.match(words, at: t) {
                            var n = hit.end
                            while n < words.count && titles.modifiers.contains(words[n].lower) { n += 1 }
                            if let p = context.mentionStarting[s][n], context.mentions[p].mention.type == .person { return resolution.entityOfMention[p] }
                            return holder(of: hit.title.role, for: entity, before: words[k].range.start) ?? entity
                        }
                    }
                    return entity
                }
                k = mention.lastWord + 1
                continue
            }
            let w = words[k].lower
            if !inPrepositionalPhrase(s, k) {
                if allowPronouns && (w == "he" || w == "she") {
                    if a > 0, let main = firstSubject(s, from: 0, to: a, allowPronouns: false), resolution.entities[main].type == .person { return main }
                    return lastPerson(before: words[k].range.start)
                }
                if allowPronouns && (w == "i" || w == "we") {
                    if let sp = speaker(s) { return sp }
                    if a > 0, let main = firstSubject(s, from: 0, to: a, allowPronouns: false) { return main }
                    return nil
                }
                if allowPronouns && (w == "it" || w == "they") {
                    if a > 0, let sp = speaker(s), resolution.entities[sp].type != .person { return sp }
                    return nil
                }
                if (w == "his" || w == "her"), CommitmentActorResolver.ownedNouns.contains(lower(k + 1)) {
                    let person: Int?
                    if a > 0, let main = firstSubject(s, from: 0, to: a, allowPronouns: false), resolution.entities[main].type == .person { person = main }
                    else { person = lastPerson(before: words[k].range.start) }
                    if let person, let target = affiliations[person]?.first { return target }
                    return nil
                }
                if w == "the" {
                    var j = k + 1
                    while j < b && titles.modifiers.contains(words[j].lower) { j += 1 }
                    if j < b, context.mentionStarting[s][j] == nil, let hit = titles.match(words, at: j), context.mentionStarting[s][hit.end] == nil {
                        if let p = holder(of: hit.title.role, for: nil, before: words[k].range.start) { return p }
                    }
                    if j < b, context.mentionStarting[s][j] == nil, CommitmentActorResolver.collectiveNouns.contains(words[j].lower),
                       let e = collective(words[j].lower, before: words[k].range.start, sentence: s) {
                        return e
                    }
                }
            }
            k += 1
        }
        return place
    }

    // MARK: Referents

    /// The person holding `role` (for `target` when given), most recently named before `position`:
    /// a holder of that role, else of a title holding its words ("Secretary" of "Secretary of
    /// State"), else, with no target, the person named last.
    func holder(of role: String?, for target: Int?, before position: Int) -> Int? {
        var candidates: [Int] = []
        if let role {
            candidates = roleHolders.filter { $0.role == role && (target == nil || $0.target == target) }.map(\.person)
            if candidates.isEmpty { candidates = resolution.entities.indices.filter { resolution.entities[$0].type == .person && resolution.entities[$0].roles.contains(role) && (target == nil || (affiliations[$0] ?? []).contains(target!)) } }
            // "the Secretary" after "Secretary of State John Kerry", "the Minister" after
            // "Foreign Minister ...": a shorter form of the holder's title, its words among the title's.
            // A deputy's, a shadow's or a former holder's title is not the office: "the prime
            // minister" is not the Deputy Prime Minister.
            if candidates.isEmpty {
                let words = Set(role.lowercased().split(separator: " ").map(String.init))
                candidates = resolution.entities.indices.filter { e in
                    resolution.entities[e].type == .person && (target == nil || (affiliations[e] ?? []).contains(target!))
                        && resolution.entities[e].roles.contains {
                            let held = Set($0.lowercased().split(separator: " ").map(String.init))
                            return words.isSubset(of: held) && held.subtracting(words).isDisjoint(with: Self.rankModifiers)
                        }
                }
            }
        }
        // Anyone the text ties to the body may hold its office, but not its spokesman's: "a
        // spokesman for UKIP" is not the party's chairman named before; the body speaks.
        let speaksFor = role.map { EntityRecognizer.spokespersonWords.contains($0.lowercased()) } ?? false
        // Not one the text gave another office: "Iran's foreign minister" is not Iranian
        // President Mahmoud Ahmadinejad (a leader or a head may be anyone's title).
        if candidates.isEmpty, let target, !speaksFor {
            candidates = affiliations.keys.filter { affiliations[$0]!.contains(target) && mayHold(role, $0) }.sorted()
        }
        if candidates.isEmpty {
            guard target == nil, let last = lastPerson(before: position) else { return nil }
            // A title no one named holds: the person named last ("the Tibetan spiritual leader"
            // after the Dalai Lama), unless the text gave that person another office ("Deputy
            // Prime Minister John Prescott" is not "the prime minister"). A sovereign's title is
            // the sovereign's alone: "the Queen invited Mr Wilson" after "Sir Edward Heath".
            if let role, Self.sovereignTitles.contains(role.lowercased()) { return nil }
            return role == nil || resolution.entities[last].roles.isEmpty ? last : nil
        }
        let set = Set(candidates)
        return lastMention(before: position, where: { set.contains($0) }) ?? candidates.min()
    }

    /// Whether `person` may hold the office `role` as far as the text tells: a person with no
    /// office named, a title that names no particular office (``genericTitles``), or an office
    /// of the person's whose words contain the title's or are contained in them ("Minister" and
    /// "Foreign Minister"; not "Foreign Minister" and "President").
    func mayHold(_ role: String?, _ person: Int) -> Bool {
        guard let role, !Self.genericTitles.contains(role.lowercased()) else { return true }
        let held = resolution.entities[person].roles
        guard !held.isEmpty else { return true }
        func words(_ title: String) -> Set<String> {
            let lower = title.lowercased()
            return Set((Self.titleSynonyms[lower] ?? lower).split(separator: " ").map(String.init))
        }
        let title = words(role)
        return held.contains { r in
            let other = words(r)
            // A secretary of a government is one of its ministers ("the British minister" after
            // Foreign Secretary Jack Straw); a monarch is a king, queen, emir or sultan.
            return title.isSubset(of: other) || other.isSubset(of: title) || (title == ["minister"] && other.contains("secretary"))
                || (title.contains("monarch") && !other.isDisjoint(with: Self.sovereignTitles))
        }
    }

    /// Titles that name no particular office: any leader of a body may be called its leader,
    /// and anyone sent to speak for it its diplomat, envoy or negotiator.
    static let genericTitles: Set<String> = ["leader", "head", "chief", "top official", "official", "diplomat", "envoy",
                                             "negotiator", "representative", "top diplomat"]

    /// Other words for one office: "the Burmese premier" is its prime minister.
    static let titleSynonyms: [String: String] = ["premier": "prime minister", "pm": "prime minister"]

    /// Titles of sovereigns and of the heads of churches, which no one else named before holds.
    static let sovereignTitles: Set<String> = ["queen", "king", "pope", "emperor", "empress", "sultan", "emir", "tsar", "monarch", "pontiff",
                                               "prince", "princess", "queen mother"]

    /// Words that make a title another office than its head's ("Deputy Prime Minister").
    static let rankModifiers: Set<String> = ["deputy", "vice", "vice-", "assistant", "under", "shadow", "junior", "former", "ex", "associate", "acting"]

    /// The entity named by "the <noun>": a binding "<noun> of the ORG", else the organization
    /// whose name has that head noun, most recently named before `position`.
    func collective(_ noun: String, before position: Int, sentence s: Int? = nil) -> Int? {
        if let bound = collectives[noun] { return bound }
        let singular = noun.hasSuffix("s") && noun.count > 4 ? String(noun.dropLast()) : noun
        let matches = organizationHeads.filter { $0.heads.contains(singular) }.map(\.entity)
        if matches.isEmpty {
            // "Stoltenberg said the alliance would ...": the speaker's organization.
            guard let s, ["alliance", "organization", "organisation", "bloc", "union", "coalition", "group", "agency", "movement"].contains(singular),
                  let sp = speaker(s) ?? firstPerson(inSentence: s, before: position),
                  let target = affiliations[sp]?.first(where: { resolution.entities[$0].type == .organization }) else { return nil }
            return target
        }
        let set = Set(matches)
        return lastMention(before: position, where: { set.contains($0) }) ?? matches.min()
    }

    /// The first person named in sentence `s` before character offset `position`. Unlike
    /// ``mainPerson(_:before:)`` it does not parse subjects, so ``collective(_:before:sentence:)``
    /// can call it without recursing back into ``firstSubject(_:from:to:allowPronouns:)``.
    func firstPerson(inSentence s: Int, before position: Int) -> Int? {
        for m in context.mentionsBySentence[s] where context.mentions[m].mention.range.start < position {
            let e = resolution.entityOfMention[m]
            if resolution.entities[e].type == .person { return e }
        }
        return nil
    }

    func lastPerson(before position: Int, orAfter: Bool = true) -> Int? {
        lastMention(before: position, orAfter: orAfter) { resolution.entities[$0].type == .person }
    }

    private func lastMention(before position: Int, orAfter: Bool = true, where accept: (Int) -> Bool) -> Int? {
        var best: Int?
        for (i, m) in context.mentions.enumerated() where m.mention.range.start < position {
            let e = resolution.entityOfMention[i]
            if accept(e) { best = e }
        }
        if best == nil, orAfter {
            for (i, m) in context.mentions.enumerated() where m.mention.range.start >= position && accept(resolution.entityOfMention[i]) {
                _ = m
                return resolution.entityOfMention[i]
            }
        }
        return best
    }

    /// The first person subject of sentence `s` before word `t`, if any.
    func mainPerson(_ s: Int, before t: Int) -> Int? {
        guard let main = firstSubject(s, from: 0, to: t, allowPronouns: false), resolution.entities[main].type == .person else { return nil }
        return main
    }

    /// Who a sentence quotes or reports: "X said", "said (Title) X", "he added", "according to X".
    func speaker(_ s: Int) -> Int? {
        let words = context.words[s]
        for v in words.indices where CommitmentActorResolver.reportingVerbs.contains(words[v].lower) && !words[v].isCapitalized {
            if words[v].lower == "according" {
                if v + 2 < words.count, words[v + 1].lower == "to", let m = context.mentionStarting[s][v + 2] { return resolution.entityOfMention[m] }
                continue
            }
            if v >= 1, let m = context.mentionEnding[s][v - 1], context.mentions[m].mention.type != .location { return resolution.entityOfMention[m] }
            if v >= 1, ["he", "she"].contains(words[v - 1].lower) {
                return lastPerson(before: words[v - 1].range.start)
            }
            var k = v + 1
            while k < words.count && k <= v + 6 {
                if let m = context.mentionStarting[s][k] {
                    if context.mentions[m].mention.type == .person { return resolution.entityOfMention[m] }
                    k = context.mentions[m].lastWord + 1
                    continue
                }
                if let hit = titles.match(words, at: k) { k = hit.end; continue }
                if titles.modifiers.contains(words[k].lower) { k += 1; continue }
                break
            }
        }
        return nil
    }

    /// "contribution/aid/assistance/funding ... from X": the giver X.
    func donor(_ s: Int, from a: Int, to b: Int) -> Int? {
        let words = context.words[s]
        let nouns: Set<String> = ["contribution", "contributions", "aid", "assistance", "funding", "donation", "grant", "package", "pledge", "support", "money", "funds", "loan"]
        var k = max(a, 0)
        while k + 1 < min(b, words.count) {
            if nouns.contains(words[k].lower), words[k + 1].lower == "from" {
                var j = k + 2
                if j < words.count, words[j].lower == "the" { j += 1 }
                if j < words.count, let m = context.mentionStarting[s][j], [.country, .organization].contains(context.mentions[m].mention.type) {
                    return resolution.entityOfMention[m]
                }
            }
            k += 1
        }
        return nil
    }
}
