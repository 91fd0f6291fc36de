import NexusCore
import NexusEntities

/// Definite descriptions: the place "the city", the group "the group" or "the rebels", the organization or country named last.
extension ReferenceResolver {
    /// Whether `w` is the geographic head of a place name the tagger cut short ("the Gaza
    /// Strip" tagged "Gaza", "Sulaimaniyah province"): then the place beside it is named.
    /// A possessor names the place first ("Sudan's Darfur region" is Sudan's).
    func isPlaceHead(_ w: Int, in p: ParsedSentence) -> Bool {
        ReferenceResolver.placeHeads.contains(p.lower[w]) && !p.children(of: w, "nmod:poss").contains { p.mentionOfWord[$0] != nil }
    }

    /// The entity named by the participle phrase on `w`, a noun for a group or a person, that says
    /// what it calls itself or is called: "an insurgent group calling itself the Islamic Army of
    /// Iraq", "a militia known as the Janjaweed", "a group called Hizbul Mujahideen" (not "a
    /// parade known as ...", "a program known as ...").
    func selfNamed(_ w: Int, in p: ParsedSentence) -> Int? {
        guard ReferenceResolver.namedAgentNouns.contains(p.lower[w]) else { return nil }
        for v in p.children(of: w, "acl") where ReferenceResolver.namingForms.contains(p.lower[v]) {
            // The name is the object or complement ("calling itself X", "called X") or an "as"
            // phrase ("known as X"); "named in a probe" names nothing.
            let names = p.children[v].filter { c in
                ["obj", "xcomp"].contains(p.words[c].relation) || (p.words[c].relation.hasPrefix("obl") && p.caseMarker(of: c) == "as")
            }
            for c in names where !["itself", "themselves", "himself", "herself"].contains(p.lower[c]) {
                let named = p.core(c).compactMap { p.mentionOfWord[$0] }.first { context.mentions[$0].mention.type != .location }
                if let named { return resolution.entityOfMention[named] }
            }
        }
        return nil
    }

    /// Whether mention `m` of sentence `q` is a place where something happens: its head word is
    /// marked by a preposition of place ("in Turkey", "at the UN").
    func isVenue(_ m: Int, in q: ParsedSentence) -> Bool {
        let words = q.words.indices.filter { q.mentionOfWord[$0] == m }
        guard let head = words.first(where: { w in q.words[w].head.map { q.mentionOfWord[$0] != m } ?? true }) else { return false }
        return q.caseMarker(of: head).map(ReferenceResolver.venueMarkers.contains) ?? false
    }

    /// Whether the place noun at `w` is named where it stands ("the city of Lyon", "the
    /// capital, Kabul", "the Gaza territory"), however the parser attached the name.
    func namesItsPlace(_ w: Int, in p: ParsedSentence) -> Bool {
        if p.children[w].contains(where: { ["nmod", "appos", "flat", "compound"].contains(p.words[$0].relation) && p.upos($0) == "PROPN" }) { return true }
        var next = w + 1
        if next < p.words.count, p.lower[next] == "of" || p.lower[next] == "," { next += 1 }
        return next < p.words.count && p.mentionOfWord[next] != nil
    }

    /// The antecedent of "the city": the place (a location, not a country) named last before
    /// `w`, in this sentence or the three before.
    func lastPlace(before p: ParsedSentence, word w: Int) -> Int? {
        let start = p.words[w].range.start
        for s in stride(from: p.position, through: max(0, p.position - 3), by: -1) {
            let before = context.mentionsBySentence[s].filter { context.mentions[$0].mention.range.start < start }
            if let m = before.last(where: { context.mentions[$0].mention.type == .location }) { return resolution.entityOfMention[m] }
        }
        return nil
    }

    /// The organization named last before word `w`, in its sentence or the three before, that
    /// the document writes as an armed group (``isArmedGroup(_:)``).
    func lastArmedGroup(before p: ParsedSentence, word w: Int) -> Int? {
        let start = p.words[w].range.start
        var best: Int?
        for s in max(0, p.position - 3)...p.position {
            for m in context.mentionsBySentence[s] where context.mentions[m].mention.range.start < start {
                let e = resolution.entityOfMention[m]
                if resolution.entities[e].type == .organization, isArmedGroup(e) { best = e }
            }
        }
        return best
    }

    /// Whether organization `e` is an armed group: the alias table lists it from a list of armed
    /// groups (``AliasTable/Entry/listsArmedGroup``), or the document writes it as one somewhere:
    /// a mention right before one of ``fighterNouns`` ("Tamil Tiger rebels", "Hamas militants")
    /// or right after "rebel", "militant", "insurgent" or "armed" ("the rebel Sudan Liberation Movement").
    func isArmedGroup(_ e: Int) -> Bool {
        let entity = resolution.entities[e]
        if let entry = referents.aliasTable.lookup(entity.authoritativeName ?? entity.name, type: .organization), entry.listsArmedGroup { return true }
        return context.mentions.indices.contains { m in
            guard resolution.entityOfMention[m] == e else { return false }
            let mention = context.mentions[m].mention
            let words = context.words[mention.sentence]
            guard let first = words.firstIndex(where: { $0.range.start >= mention.range.start }) else { return false }
            let after = words.firstIndex(where: { $0.range.start >= mention.range.end })
            if let after, ReferenceResolver.fighterNouns.contains(words[after].lower) { return true }
            return first > 0 && ["rebel", "militant", "insurgent", "armed", "guerrilla"].contains(words[first - 1].lower)
        }
    }

    /// The antecedent of "the group" (an organization) or "the country": the entity of that
    /// type named last as a subject, in this sentence before `w` or the three before (subjects
    /// first, as for pronouns), else the one mentioned last in that window.
    /// With `otherThanOwn`, never the party the clause is about, in any sentence ("Ethiopia
    /// urged its neighbor": not Ethiopia).
    func lastNamed(_ type: EntityType, before p: ParsedSentence, word w: Int, otherThanOwn: Bool = false) -> Int? {
        func subjects(_ q: ParsedSentence, before limit: Int) -> [Int] {
            (0..<min(limit, q.words.count)).compactMap { i -> Int? in
                guard q.words[i].relation.hasPrefix("nsubj"), let m = q.mentionOfWord[i] else { return nil }
                let e = resolution.entityOfMention[m]
                return resolution.entities[e].type == type ? e : nil
            }
        }
        // "a Russian president has visited the kingdom", "Russia visited the country": the
        // description names someone other than the subject of its own clause.
        let own = clauseSubjectMentions(of: w, in: p)
        let ownEntities = otherThanOwn ? Set(own.map { resolution.entityOfMention[$0] }) : []
        if let e = subjects(p, before: w).last(where: { e in !own.contains { resolution.entityOfMention[$0] == e } }) { return e }
        for position in stride(from: p.position - 1, through: max(0, p.position - 3), by: -1) {
            if let q = parsed[position], let e = subjects(q, before: q.words.count).last(where: { !ownEntities.contains($0) }) { return e }
        }
        let start = p.words[w].range.start
        var best: Int?
        for s in max(0, p.position - 3)...p.position {
            for m in context.mentionsBySentence[s] where context.mentions[m].mention.range.start < start && !own.contains(m) {
                let e = resolution.entityOfMention[m]
                if resolution.entities[e].type == type, !ownEntities.contains(e) { best = e }
            }
        }
        return best
    }

    /// The one organization sentence `p` names after word `w`, outside `w`'s own phrase, when
    /// the document names none before it; nil when it names none or several.
    func organizationNamed(after w: Int, in p: ParsedSentence) -> Int? {
        let start = p.words[w].range.start
        let earlier = (0...p.position).flatMap { context.mentionsBySentence[$0] }.contains { m in
            context.mentions[m].mention.range.start < start && resolution.entities[resolution.entityOfMention[m]].type == .organization
        }
        guard !earlier else { return nil }
        let own = Set(p.core(w))
        let later = Set(((w + 1)..<p.words.count).filter { !own.contains($0) }.compactMap { p.mentionOfWord[$0] }
            .map { resolution.entityOfMention[$0] }.filter { resolution.entities[$0].type == .organization })
        return later.count == 1 ? later.first : nil
    }

    /// Mentions inside the subject of the clause whose object or oblique `w` heads.
    func clauseSubjectMentions(of w: Int, in p: ParsedSentence) -> Set<Int> {
        guard var h = p.words[w].head, !p.words[w].relation.hasPrefix("nsubj") else { return [] }
        // "Pakistan does not recognize Israel, and has condemned the Jewish state": a
        // coordinated verb's subject is its first conjunct's.
        while p.children(of: h, "nsubj").isEmpty, p.children(of: h, "nsubj:pass").isEmpty, p.words[h].relation.hasPrefix("conj"), let up = p.words[h].head { h = up }
        var out: Set<Int> = []
        var stack = p.children(of: h, "nsubj") + p.children(of: h, "nsubj:pass")
        while let x = stack.popLast() {
            if let m = p.mentionOfWord[x] { out.insert(m) }
            stack += p.children[x]
        }
        return out
    }
}
