import NexusCore
import NexusEntities

/// Pronouns and the clauses they sit in: who "he", "it", "we" are, who reports a clause, whose subject a clause shares.
extension ReferenceResolver {
    func pronoun(_ w: Int, in p: ParsedSentence) -> (Int, ActorResolution?)? {
        let word = p.lower[w]
        let start = p.words[w].range.start
        // "a request for activist Nuriye Kesbir, whom Turkey accuses": a relative pronoun
        // object is the name written right before it.
        if word == "whom", let m = p.wordBefore(w).flatMap({ p.mentionOfWord[$0] }) {
            return (resolution.entityOfMention[m], .relativeClause)
        }
        // "Hamas, which is backed by Iran": the passive subject of a relative clause is the
        // name the clause is hung on.
        if ["which", "who", "that"].contains(word), p.words[w].relation == "nsubj:pass",
           let clause = p.words[w].head, p.words[clause].relation == "acl:relcl",
           let noun = p.words[clause].head, noun < w {
            if let m = p.mentionOfWord[noun] { return (resolution.entityOfMention[m], .relativeClause) }
            // "Osmani, a senior commander who was killed ...", "a commander, Mullah Dadullah, who
            // was ...": the clause hung on a description in apposition with a name.
            let named = p.children(of: noun, "appos").filter { $0 < w } + (p.words[noun].relation == "appos" ? [p.words[noun].head].compactMap { $0 } : [])
            if let m = named.compactMap({ p.mentionOfWord[$0] }).last { return (resolution.entityOfMention[m], .relativeClause) }
        }
        if ReferenceResolver.firstPerson.contains(word) {
            guard let speaker = speaker(of: w, in: p) else { return nil }
            if ["we", "us", "our"].contains(word), resolution.entities[speaker].type == .person, let body = referents.affiliations[speaker]?.first {
                return (body, .quoteSpeaker)
            }
            return (speaker, .quoteSpeaker)
        }
        if ReferenceResolver.thirdPersonHuman.contains(word) {
            // An object pronoun refers back to the person named last in its sentence ("wrote to
            // Mr. Ban urging him"), not to the clause's subject.
            if ["him", "her"].contains(word), p.words[w].relation.hasPrefix("obj") || p.words[w].relation.hasPrefix("iobj"),
               let named = lastPersonInSentence(before: w, in: p) {
                return (named, .pronoun)
            }
            if let fronted = frontedSubject(of: w, in: p, feminine: ["she", "her"].contains(word)) { return (fronted, .pronoun) }
            if let reporter = reporter(of: w, in: p), resolution.entities[reporter].type == .person { return (reporter, .pronoun) }
            // "Syria's ambassador says his government will withdraw": a title no one named holds
            // stands for its state or body, and so does the pronoun its holder reports with,
            // unless the report names a person before the pronoun; a person the text names as
            // a subject right after is that holder ("Iraq's foreign minister says he ... Hoshyar
            // Zebari says ...").
            if let verb = reportingVerb(of: w, in: p), let subject = subject(of: verb, in: p), !p.isInPhrase(w, of: subject),
               title(at: subject, in: p) != nil, let (body, via) = entity(at: subject, in: p), via == .title,
               resolution.entities[body].type != .person,
               !((verb + 1)..<max(verb + 1, w)).contains(where: { k in p.mentionOfWord[k].map { context.mentions[$0].mention.type == .person } ?? false }) {
                // "his government", "her country": the body itself, whoever holds the title.
                let owned = p.words[w].relation == "nmod:poss" ? p.words[w].head.map { p.lower[$0] } : nil
                if let owned, EntityRecognizer.governmentNouns.contains(owned) || ["country", "nation"].contains(owned) { return (body, .pronoun) }
                let named = subjectPerson(after: w, in: p, feminine: ["she", "her"].contains(word))
                    .flatMap { person in (referents.affiliations[person].map { $0.isEmpty || $0.contains(body) } ?? true) ? person : nil }
                return (named ?? body, .pronoun)
            }
            let feminine = ["she", "her"].contains(word)
            return (salientPerson(before: w, in: p, feminine: feminine) ?? referents.lastPerson(before: start, orAfter: false)
                ?? subjectPerson(after: w, in: p, feminine: feminine)).map { ($0, .pronoun) }
        }
        if ReferenceResolver.thirdPersonOther.contains(word) {
            // "Kenya received Iran's support for its bid": a possessive refers to the subject of
            // its own clause when that subject is a named country or organization.
            if ["its", "their"].contains(word), p.words[w].relation == "nmod:poss", let owner = clauseSubject(of: w, in: p) { return (owner, .pronoun) }
            if let reporter = reporter(of: w, in: p), resolution.entities[reporter].type != .person { return (reporter, .pronoun) }
            // "The Obama administration says it plans ...": the pronoun is the reporter, a noun
            // phrase that names no entity, so it has no antecedent to look further back for.
            if let verb = reportingVerb(of: w, in: p), let subject = p.child(of: verb, "nsubj"), !p.isInPhrase(w, of: subject),
               p.words[subject].upos == "NOUN", entity(at: subject, in: p) == nil { return nil }
            if let previous = previousSubject(before: p, opening: w == 0), resolution.entities[previous].type != .person { return (previous, .pronoun) }
        }
        return nil
    }

    /// The entity a candidate antecedent `w` names without resolving a pronoun of its own: nil
    /// for a pronoun or a phrase a pronoun possesses ("his country"). An antecedent is found
    /// by names, and a search that resolved the candidate's own pronoun could come back to
    /// the pronoun being resolved ("a spokesman said his country would ...": "his" looks for
    /// a subject after it, finds "his country" and resolves "his" again, without end).
    func antecedent(at w: Int, in p: ParsedSentence) -> (Int, ActorResolution?)? {
        guard p.words[w].upos != "PRON", !p.children(of: w, "nmod:poss").contains(where: { p.words[$0].upos == "PRON" }) else { return nil }
        return entity(at: w, in: p)
    }

    /// The country or organization named as the subject of the clause word `w` belongs to
    /// (the nearest verb above it), written before `w`; nil when the subject is a pronoun,
    /// a person, coordinated or no name.
    func clauseSubject(of w: Int, in p: ParsedSentence) -> Int? {
        var x = p.words[w].head
        while let v = x, !p.isVerb(v) { x = p.words[v].head }
        if let v = x, p.child(of: v, "nsubj") == nil, let main = participleController(of: v, in: p) { x = main }
        // A coordinated subject ("the United States, Britain and Japan warned their citizens")
        // is several owners: none is taken.
        guard let verb = x, let subject = p.children(of: verb, "nsubj").first, subject < w, p.words[subject].upos != "PRON",
              p.children(of: subject, "conj").isEmpty, let m = p.mentionOfWord[subject] else { return nil }
        let e = resolution.entityOfMention[m]
        return [.country, .organization].contains(resolution.entities[e].type) ? e : nil
    }

    /// The antecedent of "he"/"she": the most recent person named as a subject, in this
    /// sentence before `w`, then in the three sentences before it (after Lappin and Leass
    /// 1994: subjects are the most salient referents), skipping persons whose courtesy title
    /// says the other gender ("Mr." for "she", "Ms."/"Mrs." for "he").
    func salientPerson(before w: Int, in p: ParsedSentence, feminine: Bool) -> Int? {
        // A name heading a sentence without a main verb counts as its subject: "Lib Dem leader
        // Charles Kennedy accelerating preparations as he visits ...", parsed with the name as
        // the root.
        func subjects(_ q: ParsedSentence, before limit: Int) -> [Int] {
            var out: [Int] = []
            for i in 0..<min(limit, q.words.count)
            where (q.words[i].relation.hasPrefix("nsubj") || (q.words[i].relation == "root" && q.words[i].upos == "PROPN")) && q.words[i].upos != "PRON" {
                if let (e, _) = antecedent(at: i, in: q), resolution.entities[e].type == .person, agrees(e, feminine: feminine) { out.append(e) }
            }
            return out
        }
        if let e = subjects(p, before: w).last { return e }
        var position = p.position - 1
        while position >= 0 && position >= p.position - 3 {
            if let q = parsed[position], let e = subjects(q, before: q.words.count).last { return e }
            position -= 1
        }
        return nil
    }

    /// The antecedent of a pronoun that opens a text ("During her visit to Kenya, she will meet
    /// ... Clinton will also visit ..."): the first person named as a subject after it, in its
    /// sentence or the next, whose courtesy title allows the pronoun's gender; a person named
    /// elsewhere after it (an apposition, an object) is not taken.
    func subjectPerson(after w: Int, in p: ParsedSentence, feminine: Bool) -> Int? {
        func subject(_ q: ParsedSentence, from start: Int) -> Int? {
            for i in start..<q.words.count where q.words[i].relation.hasPrefix("nsubj") && q.words[i].upos != "PRON" {
                if let (e, _) = antecedent(at: i, in: q), resolution.entities[e].type == .person, agrees(e, feminine: feminine) { return e }
            }
            return nil
        }
        if let e = subject(p, from: w + 1) { return e }
        guard p.position + 1 < parsed.sentences.count, let next = parsed[p.position + 1] else { return nil }
        return subject(next, from: 0)
    }

    /// The subject a pronoun looks ahead to from a phrase set before it (cataphora): "During
    /// his visit to Kyiv, Biden announced ...", "After she met the envoy, Merkel said ...". The
    /// pronoun is inside an oblique or adverbial clause written before its verb, and the verb's
    /// subject, after the pronoun, names a person its gender allows; nil otherwise.
    func frontedSubject(of w: Int, in p: ParsedSentence, feminine: Bool) -> Int? {
        var x = w
        while let h = p.words[x].head {
            let r = p.words[x].relation
            if p.isVerb(h), x < h, r.hasPrefix("obl") || r.hasPrefix("advcl") {
                guard let subject = p.child(of: h, "nsubj"), subject > w, p.words[subject].upos != "PRON",
                      let (e, _) = antecedent(at: subject, in: p), resolution.entities[e].type == .person, agrees(e, feminine: feminine) else { return nil }
                return e
            }
            x = h
        }
        return nil
    }

    /// The person named last before word `w` in its sentence, if any.
    func lastPersonInSentence(before w: Int, in p: ParsedSentence) -> Int? {
        (0..<w).reversed().lazy.compactMap { i -> Int? in
            guard let m = p.mentionOfWord[i] else { return nil }
            let e = resolution.entityOfMention[m]
            return resolution.entities[e].type == .person ? e : nil
        }.first
    }

    /// Whether a person's gender, as the text gives it (courtesy titles, else the first name;
    /// ``LocalEntity/gender``), allows the pronoun's.
    func agrees(_ e: Int, feminine: Bool) -> Bool {
        guard let gender = resolution.entities[e].gender else { return true }
        return (gender == .female) == feminine
    }

    /// The reporting verb governing the clause of `w`: up through ccomp/parataxis/xcomp links,
    /// or a reporting verb attached to the clause as parataxis ("..., he said").
    func reportingVerb(of w: Int, in p: ParsedSentence) -> Int? {
        var x = w
        var steps = 0
        while let h = p.words[x].head, steps < 20 {
            let r = p.words[x].relation
            if ["ccomp", "parataxis"].contains(where: { r.hasPrefix($0) }), ReferenceResolver.reportingForms.contains(p.lower[h]) { return h }
            for c in p.children[h] where c != x && p.words[c].relation.hasPrefix("parataxis") && ReferenceResolver.reportingForms.contains(p.lower[c]) {
                return c
            }
            x = h
            steps += 1
        }
        for c in p.children[x] where p.words[c].relation.hasPrefix("parataxis") && ReferenceResolver.reportingForms.contains(p.lower[c]) { return c }
        return nil
    }

    /// Who reports the clause holding `w` ("X said that ..."), if the subject names an entity.
    func reporter(of w: Int, in p: ParsedSentence) -> Int? {
        guard let verb = reportingVerb(of: w, in: p), let subject = subject(of: verb, in: p), !p.isInPhrase(w, of: subject),
              !ReferenceResolver.firstPerson.contains(p.lower[subject]), !ReferenceResolver.thirdPersonOther.contains(p.lower[subject]) else { return nil }
        if ReferenceResolver.thirdPersonHuman.contains(p.lower[subject]) { return referents.lastPerson(before: p.words[subject].range.start) }
        return entity(at: subject, in: p)?.0
    }

    /// The subject of verb `v`, or of the verb it is coordinated with when it has none of its
    /// own ("The military says it will withdraw, but warned it will strike": "warned" shares
    /// "the military"), or of the verb an adverbial participle without a subject modifies
    /// ("Colombia denied the charge, saying it ...": "saying" is Colombia's; in English the
    /// understood subject of such a participle is the main clause's, Quirk et al. 1985, 15.58).
    func subject(of v: Int, in p: ParsedSentence) -> Int? {
        if let own = p.child(of: v, "nsubj") { return own }
        if let main = participleController(of: v, in: p) { return p.child(of: main, "nsubj") }
        guard p.words[v].relation == "conj", let first = p.words[v].head else { return nil }
        return p.child(of: first, "nsubj")
    }

    /// The verb whose subject an adverbial participle `v` without a subject of its own shares:
    /// its head, when `v` is an `advcl` in the -ing or -ed form and the head is a verb. Nil
    /// otherwise, and for a participle after "of", "for" or "from", whose understood subject
    /// is often the head's object ("accused Colombia of violating ...", "thanked Japan for
    /// sending ...").
    func participleController(of v: Int, in p: ParsedSentence) -> Int? {
        guard p.words[v].relation == "advcl", ["VBG", "VBN"].contains(p.words[v].xpos), p.child(of: v, "nsubj") == nil,
              !p.children(of: v, "mark").contains(where: { ["of", "for", "from"].contains(p.lower[$0]) }),
              let head = p.words[v].head, p.isVerb(head) else { return nil }
        return head
    }

    /// The speaker of the quote holding `w`: the subject of its reporting verb, else the
    /// speaker the sentence names ("said X", "according to X").
    func speaker(of w: Int, in p: ParsedSentence) -> Int? {
        if let verb = reportingVerb(of: w, in: p) {
            if let subject = subject(of: verb, in: p), !p.isInPhrase(w, of: subject), !ReferenceResolver.firstPerson.contains(p.lower[subject]) {
                if ReferenceResolver.thirdPersonHuman.contains(p.lower[subject]) { return referents.lastPerson(before: p.words[subject].range.start) }
                if let e = entity(at: subject, in: p)?.0 { return e }
            }
        }
        return referents.speaker(p.position)
    }

    /// The parties "they" as a subject refers to when the previous sentence's subject names two
    /// or more ("The two men discussed Ukraine. They agreed to deliver ammunition", "Saudi
    /// Arabia and Iran agreed ... They will reopen embassies"): that subject's entities; nil
    /// for any other word or a previous subject naming fewer than two. A "they" some reporting
    /// verb's subject in its own sentence may stand for (the verb's own subject or its
    /// coordinated verb's: "also scrapped the deal, and said they had fired") is that subject's
    /// parties when it names two or more ("Saudi Arabia and Russia said they backed each
    /// other"), else nil.
    func pluralAntecedent(of w: Int, in p: ParsedSentence) -> [Int]? {
        guard p.lower[w] == "they", p.words[w].upos == "PRON", p.words[w].relation.hasPrefix("nsubj") else { return nil }
        // "Saudi Arabia and Russia said they backed each other": the reporting verb's subject,
        // when it names two parties or more.
        if let subject = reportingVerb(of: w, in: p).flatMap({ subject(of: $0, in: p) }) {
            guard p.words[subject].upos != "PRON", !p.isInPhrase(w, of: subject) else { return nil }
            let parties = entities(at: subject, in: p).map(\.entity)
            return parties.count >= 2 ? parties : nil
        }
        guard p.position > 0, let q = parsed[p.position - 1], let root = q.words.firstIndex(where: { $0.head == nil }),
              let subject = q.child(of: root, "nsubj"), q.words[subject].upos != "PRON" else { return nil }
        let parties = entities(at: subject, in: q).map(\.entity)
        return parties.count >= 2 ? parties : nil
    }

    /// The entity named by the subject of the previous sentence's root, if any. For a pronoun
    /// that opens its sentence (`opening`), a previous sentence the pipeline did not parse (it
    /// names one party: "Israel rejected the criticism. Its foreign ministry accused ...")
    /// gives the country or organization it opens with, past a "The": in English word order
    /// its subject or the subject's owner, and the topic the next sentence continues.
    func previousSubject(before p: ParsedSentence, opening: Bool) -> Int? {
        guard p.position > 0 else { return nil }
        guard let q = parsed[p.position - 1] else { return opening ? openingState(p.position - 1) : nil }
        guard let root = q.words.firstIndex(where: { $0.head == nil }) else { return nil }
        guard let subject = q.child(of: root, "nsubj"), !q.isCredit[subject], q.words[subject].upos != "PRON" else { return nil }
        return antecedent(at: subject, in: q)?.0
    }
}
