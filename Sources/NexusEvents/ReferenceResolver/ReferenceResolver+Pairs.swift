import NexusCore
import NexusEntities

/// Pairs: the two parties "the two sides" and "both countries" refer back to.
extension ReferenceResolver {
    /// The parties "the two countries", "both sides", "the two leaders", "the two" or "the three
    /// states" (``group(of:before:in:kinds:)``: the last coordinated list of exactly that many,
    /// else the sentence before when it names exactly that many) refer
    /// back to: the last two entities of the kinds the noun names (``pairNouns``) that the
    /// text names before the phrase, in its sentence or the two before it (four for people, by
    /// their names only), leaving out the
    /// places where something happens ("talks in Turkey", ``isVenue(_:in:)``), the subject of
    /// the phrase's own clause and whoever reports it ("McCormack said Rice has been pressing
    /// both sides"), and a body or person affiliated with one already found (a leader and his
    /// country are one side); nil unless the phrase names no one itself (no name in
    /// apposition or compound: "the two men, Ahmad and Mahmoud", "the two cell leaders") and
    /// two are found.
    /// - Complexity: O(words and mentions of three sentences).
    func pair(at w: Int, in p: ParsedSentence) -> [Int]? {
        guard p.mentionOfWord[w] == nil, var kinds = ReferenceResolver.pairNouns[p.lower[w]] else { return nil }
        let determiners = p.children[w].filter { p.words[$0].relation.hasPrefix("det") }.map { p.lower[$0] }
        let numbers = p.children(of: w, "nummod").map { p.lower[$0] }
        // "the three Sahel states": the parties of the last list of exactly three (a place
        // may qualify them).
        if p.lower[w] != "two", determiners == ["the"], numbers.count == 1, let n = ReferenceResolver.groupSizes[numbers[0]],
           !p.children[w].contains(where: { ["appos", "flat"].contains(p.words[$0].relation)
               || (p.words[$0].relation == "compound" && p.mentionOfWord[$0].map { context.mentions[$0].mention.type != .location } ?? true) }) {
            return group(of: n, before: w, in: p, kinds: kinds)
        }
        guard !p.children[w].contains(where: { ["appos", "compound", "flat"].contains(p.words[$0].relation) }) else { return nil }
        // "Mudavadi had a conversation with Botchwey, Tuggar and Dussey ... the ministers
        // discussed": a plural with no number is everyone of the last meeting named.
        if determiners == ["the"], numbers.isEmpty, ReferenceResolver.meetingGroupNouns.contains(p.lower[w]) {
            return meetingParties(before: w, in: p, kinds: kinds, depth: 0)
        }
        // A bare "the two" is a pair only as a subject ("the two met"); "kill the two" is about people unnamed.
        let isPair = p.lower[w] == "two" ? determiners == ["the"] && p.children(of: w, "nmod").isEmpty && p.words[w].relation.hasPrefix("nsubj")
            : (determiners == ["the"] && numbers == ["two"]) || (determiners == ["both"] && numbers.isEmpty)
                // "the sides met in Istanbul": sides are two, whether or not the text counts them;
                // uncounted, they are states or bodies, the parties of a dispute.
                || (p.lower[w] == "sides" && determiners == ["the"] && numbers.isEmpty)
        guard isPair else { return nil }
        if p.lower[w] == "sides", numbers.isEmpty, determiners == ["the"] { kinds.remove(.person) }
        let start = p.words[w].range.start
        let speakers = p.words.indices.filter { ReferenceResolver.reportingForms.contains(p.lower[$0]) }
            .flatMap { p.children(of: $0, "nsubj") }.compactMap { p.mentionOfWord[$0] }
        let excluded = Set(clauseSubjectMentions(of: w, in: p).map { resolution.entityOfMention[$0] } + speakers.map { resolution.entityOfMention[$0] })
        func affiliated(_ a: Int, _ b: Int) -> Bool {
            referents.affiliations[a]?.contains(b) ?? false || referents.affiliations[b]?.contains(a) ?? false
        }
        // First the two parties of the last clause that names two as its subject or as its
        // subject and partner ("The Secretary and Foreign Minister Iwaya reaffirmed ...",
        // "Rubio thanked the Foreign Minister ...").
        for s in stride(from: p.position, through: max(0, p.position - 2), by: -1) {
            guard let q = parsed[s] else { continue }
            if let two = partiesOfAClause(in: q, before: s == p.position ? w : q.words.count, kinds: kinds, excluded: excluded, affiliated: affiliated) {
                return two
            }
        }
        // People are named fewer and referred back to from further ("Mr Macron hosted ... Mr
        // Scholz told ... France has threatened ... The two men discussed").
        let reach = kinds == [.person] ? 4 : 2
        var found: [Int] = []
        for s in stride(from: p.position, through: max(0, p.position - reach), by: -1) {
            for m in context.mentionsBySentence[s].reversed() where context.mentions[m].mention.range.start < start {
                if let q = parsed[s], isVenue(m, in: q) { continue }
                let e = resolution.entityOfMention[m]
                guard kinds.contains(resolution.entities[e].type), !found.contains(e), !excluded.contains(e),
                      !found.contains(where: { affiliated($0, e) }) else { continue }
                found.append(e)
                if found.count == 2 { return found.reversed() }
            }
        }
        return nil
    }

    /// The `n` parties of the last coordinated list of exactly `n` named entities of the kinds
    /// `kinds` ("Tinubu urged Mali, Burkina Faso and Niger ... The three Sahel states announced
    /// ..."), in `p` before word `w` or in the two sentences before; nil when no list counts `n`.
    /// A group phrase is read only from such a list, never from the last names mentioned.
    func group(of n: Int, before w: Int, in p: ParsedSentence, kinds: Set<EntityType>) -> [Int]? {
        for s in stride(from: p.position, through: max(0, p.position - 2), by: -1) {
            guard let q = parsed[s] else { continue }
            let limit = s == p.position ? w : q.words.count
            for x in q.words.indices.reversed() where x < limit && !q.children(of: x, "conj").isEmpty && q.words[x].relation != "conj" {
                var members: [Int] = []
                for c in q.withConjuncts(x) where c < limit {
                    guard let (e, via) = entity(at: c, in: q), via == nil || via == .capital, kinds.contains(resolution.entities[e].type) else { continue }
                    if !members.contains(e) { members.append(e) }
                }
                if members.count == n { return members }
            }
        }
        // "Speaking alongside Marcos and Kishida, Mr. Biden said ... The three leaders agreed":
        // with no such list, exactly n parties of those kinds named in the sentence before.
        guard p.position > 0 else { return nil }
        var named: [Int] = []
        for m in context.mentionsBySentence[p.position - 1] {
            let e = resolution.entityOfMention[m]
            if kinds.contains(resolution.entities[e].type), !named.contains(e) { named.append(e) }
        }
        return named.count == n ? named : nil
    }

    /// Everyone of the last meeting the text names before word `w` of `p`, in its sentence or
    /// the two before it: a subject with the partners of its "with" phrase or of a verb of
    /// encounter (``encounterVerbs``), each conjunct and every name after the "with" ("Mudavadi
    /// had a conversation with Botchwey, Tuggar and Dussey"), or a subject of two or more; of the
    /// kinds `kinds`. Nil unless three or more are found: "the ministers" after a meeting of two
    /// is the pair's business (``pair(at:in:)``, with a number). An earlier group phrase as a
    /// subject is that group (`depth` counts such steps back; at most two).
    /// - Complexity: O(words of three sentences), times three for the steps back.
    func meetingParties(before w: Int, in p: ParsedSentence, kinds: Set<EntityType>, depth: Int) -> [Int]? {
        for s in stride(from: p.position, through: max(0, p.position - 2), by: -1) {
            guard let q = parsed[s] else { continue }
            let limit = s == p.position ? w : q.words.count
            for x in q.words.indices.reversed() where x < limit && q.words[x].relation == "nsubj" {
                guard let verb = q.words[x].head, q.isVerb(verb) else { continue }
                // "the Ministers discussed ... The participants reaffirmed": an earlier group
                // phrase is the same group, read back at most twice (each step strictly earlier).
                if q.mentionOfWord[x] == nil {
                    guard depth < 2, ReferenceResolver.meetingGroupNouns.contains(q.lower[x]),
                          q.children[x].filter({ q.words[$0].relation.hasPrefix("det") }).map({ q.lower[$0] }) == ["the"] else { continue }
                    if let group = meetingParties(before: x, in: q, kinds: kinds, depth: depth + 1) { return group }
                    continue
                }
                let meeting = q.children[verb].filter { q.words[$0].relation == "obj" && EventExtractor.meetingNouns.contains(q.lower[$0]) }
                let partners = ((q.children[verb] + meeting.flatMap { q.children[$0] })
                    .filter { c in (q.words[c].relation.hasPrefix("obl") || q.words[c].relation.hasPrefix("nmod")) && q.caseMarker(of: c) == "with" }
                    + (ReferenceResolver.encounterVerbs.contains(q.lower[verb]) ? q.children(of: verb, "obj") : []))
                    .filter { $0 < limit && q.mentionOfWord[$0] != nil }
                let end = s == p.position ? p.words[w].range.start : Int.max
                var parties: [Int] = []
                for e in entities(at: x, in: q).map(\.entity) + partners.flatMap({ entities(at: $0, in: q).map(\.entity) })
                    + namesAfterWith(partners, in: q, before: end)
                    where kinds.contains(resolution.entities[e].type) && !parties.contains(e) {
                    parties.append(e)
                }
                if parties.count >= 3 { return parties }
            }
        }
        return nil
    }

    /// The entities named in `q` after the "with" of its first partner phrase `partners` and
    /// before text offset `end`: a list of titled names after "with" the parser seldom reads as
    /// one coordination ("with Ghanaian Foreign Minister Shirley Botchwey, Nigerian Minister of
    /// Foreign Affairs Yusuf Tuggar, and ...").
    private func namesAfterWith(_ partners: [Int], in q: ParsedSentence, before end: Int) -> [Int] {
        guard let first = partners.min(), let with = q.children[first].first(where: { q.lower[$0] == "with" }) else { return [] }
        let start = q.words[with].range.start
        return context.mentionsBySentence[q.position].filter { m in
            let offset = context.mentions[m].mention.range.start
            return offset > start && offset < end
        }.map { resolution.entityOfMention[$0] }
    }

    /// The two parties of the last clause of `q` before word `limit` that names two: a
    /// "between" phrase ("a meeting between Mr. Chavez and President Uribe"), a subject that
    /// names two ("The Secretary and Foreign Minister Iwaya reaffirmed ..."), or a subject and
    /// its partner in a "with" phrase ("discussed the inquiry with the Ugandan president") or
    /// as the object of a verb of encounter (``encounterVerbs``: "Rubio thanked the Foreign
    /// Minister", "Bush will welcome President Kagame"); of the kinds `kinds`, none
    /// `excluded`, the two not affiliated; nil if no clause does.
    func partiesOfAClause(in q: ParsedSentence, before limit: Int, kinds: Set<EntityType>, excluded: Set<Int>,
                                  affiliated: (Int, Int) -> Bool) -> [Int]? {
        func allowed(_ e: Int) -> Bool { kinds.contains(resolution.entities[e].type) && !excluded.contains(e) }
        // A partner named, or described by its title; a "between" phrase's parties also by a
        // state noun or a definite description ("between the rebels and the Colombian government").
        func named(_ w: Int, descriptions: Bool = false) -> Int? {
            guard let (e, via) = entity(at: w, in: q), allowed(e) else { return nil }
            let ways: Set<ActorResolution?> = descriptions ? [nil, .title, .nounModifier, .definiteReference, .capital] : [nil, .title]
            return ways.contains(via) ? e : nil
        }
        for x in q.words.indices.reversed() where x < limit {
            let relation = q.words[x].relation
            if relation.hasPrefix("nmod") || relation.hasPrefix("obl"), q.caseMarker(of: x) == "between" {
                let two = q.withConjuncts(x).compactMap { named($0, descriptions: true) }
                if two.count >= 2, two[0] != two[1], !affiliated(two[0], two[1]) { return Array(two.prefix(2)) }
            }
            guard relation == "nsubj" else { continue }
            let subjects = entities(at: x, in: q).map(\.entity).filter(allowed)
            if subjects.count >= 2, !affiliated(subjects[0], subjects[1]) { return Array(subjects.prefix(2)) }
            guard subjects.count == 1, let verb = q.words[x].head, q.isVerb(verb) else { continue }
            let partners = q.children[verb].filter { c in q.words[c].relation.hasPrefix("obl") && q.caseMarker(of: c) == "with" }
                + (ReferenceResolver.encounterVerbs.contains(q.lower[verb]) ? q.children(of: verb, "obj") : [])
            if let partner = partners.lazy.compactMap({ named($0) }).first(where: { $0 != subjects[0] && !affiliated($0, subjects[0]) }) {
                return [subjects[0], partner]
            }
        }
        return nil
    }
}
