import NexusCore
import NexusEntities

/// An event found in one document, between local entity indices.
struct LocalEvent: Sendable {
    var code: EventCode
    var actor: Int
    var target: Int
    var sentencePosition: Int
    /// The trigger word's index in the sentence's ``SentenceSyntax``.
    var triggerWord: Int
    var trigger: EventTrigger
    var negated: Bool
    var hypothetical: Bool
    var actorResolution: ActorResolution
    /// The head of the trigger's clause (``ParsedSentence/clauseHead(of:)``): triggers of one
    /// clause with the same actor, target and code state one act ("imposed sanctions on Iran").
    var clause: Int
}

/// Codes the events of a document from the dependency parse of its sentences, after the
/// CAMEO event coding scheme (Schrodt 2012) and the parse-based coders that read it
/// (PETRARCH2, Norris, Schrodt and Beieler 2017).
///
/// For every word the ``EventLexicon`` knows (a VERB for verb entries, a NOUN for noun
/// entries; an entry with a particle only when the particle attaches to the word):
/// - actors: the subject; the "by" agent of a passive; the shared subject of a coordinated
///   verb, of a controlled complement ("X agreed to provide": X; "X urged Y to provide": Y),
///   of a participle clause; the noun a relative clause modifies; for a noun trigger, its
///   possessor or country/organization modifier ("Germany's pledge", "the Turkish attack") or
///   the subject of the light verb it is the object of ("X launched an attack on Y"). Each
///   phrase is read by ``ReferenceResolver`` (titles, pronouns, quotes, coordination).
///   Persons, countries and organizations act; a place acts only as its government standing
///   in for the speaker of the sentence ("the spokesman said Moscow will ..."). Datelines,
///   credits and parenthesized words never act.
/// - targets: by the entry, the object (also the passive subject), the indirect object, and
///   the phrases with the entry's prepositions attached to the trigger or to its object
///   ("provide 50 million dollars to Yemen"), each conjunct included (``TriggerRoles``).
/// - one event per (actor, target) pair with actor ≠ target; negation and hypotheticals from
///   ``EventModality``.
///
/// - Complexity: O(w·d) per sentence for w words and tree depth d.
struct EventExtractor {
    let lexicon: EventLexicon
    let titles: TitleLexicon
    let capitals: CapitalTable

    func extract(_ resolution: DocumentResolution, parsed: ParsedDocument, referents: CommitmentActorResolver) -> [LocalEvent] {
        let context = resolution.context
        let resolver = ReferenceResolver(resolution: resolution, titles: titles, referents: referents, parsed: parsed, capitals: capitals)
        var out: [LocalEvent] = []
        var acts: [StatedAct] = []
        // A sentence with no name can still refer back to two parties ("The two leaders agreed
        // ...", "The Secretary and the Minister discussed ...").
        for case let p? in parsed.sentences where !context.mentionsBySentence[p.position].isEmpty || EventSentenceFilter.hasPairPhrase(p.lower)
            || EventSentenceFilter.officeReferences(p.words.map(\.text)) >= 2 {
            guard p.lower.contains(where: { lexicon.contains($0) || PresenceChange.triggerForms.contains($0) }) else { continue }
            out += extract(p, resolver: resolver, resolution: resolution, earlier: out, acts: &acts)
        }
        return out
    }

    /// The named subjects of the "unless"/"if" clauses of trigger `w` or of its complement
    /// ("threatened to kill them unless France lifts the ban" → France); a pronoun subject
    /// ("if they are not disarmed") is too often someone else than the last one named.
    private func conditionedParties(of w: Int, in p: ParsedSentence, resolver: ReferenceResolver) -> [Int] {
        let clauses = ([w] + p.children(of: w, "xcomp")).flatMap { p.children(of: $0, "advcl") }
            .filter { c in p.children(of: c, "mark").contains { ["unless", "if"].contains(p.lower[$0]) } }
        return clauses.flatMap { c in
            (p.children(of: c, "nsubj") + p.children(of: c, "nsubj:pass")).filter { p.words[$0].upos != "PRON" }
                .flatMap { resolver.entities(at: $0, in: p).filter { $0.via != .pronoun }.map(\.entity) }
        }
    }

    /// An asserted act whose doers the text states, named target or not ("the arrests of two
    /// broadcasters by Afghan authorities"): what an agentless passive after it can restate.
    struct StatedAct {
        var position: Int
        var root: Int
        var actors: [Int]
    }

    private func extract(_ p: ParsedSentence, resolver: ReferenceResolver, resolution: DocumentResolution, earlier: [LocalEvent],
                         acts: inout [StatedAct]) -> [LocalEvent] {
        var out: [LocalEvent] = []
        // Aid acts whose actor is named but whose recipient is not: they share the recipient of
        // the sentence's or the previous sentence's other aid acts (below).
        var unaddressedAid: [(word: Int, actors: [(entity: Int, via: ActorResolution)])] = []
        let modality = EventModality(sentence: p)
        // A word inside a name ("International Campaign to Ban Landmines") is not a trigger.
        for w in p.words.indices where p.mentionOfWord[w] == nil {
            guard let entry = entry(at: w, in: p) else { continue }
            // "agreed to meet", "pledged to provide aid to X": the complement's act carries the
            // code when it has a target of its own, or is mutual ("X and Y agreed to meet").
            // Not an invitation to someone ("NATO invited Finland to join the alliance"): the
            // one invited is its target, and the complement is their own act.
            if entry.code.root == 3, p.children(of: w, "obj").isEmpty, p.children(of: w, "xcomp").contains(where: { clause in
                self.entry(at: clause, in: p).map { !targetWords(of: clause, entry: $0, in: p).isEmpty || EventExtractor.isReciprocal($0) } ?? false
            }) { continue }
            var roles = self.roles(of: w, entry: entry, in: p, resolver: resolver, resolution: resolution)
            // "Ukraine received military aid from the United States": the giver provides it.
            if entry.lemma == "receive", entry.partOfSpeech == .verb {
                let given = aidReceived(at: w, by: roles.actors, in: p, modality: modality, resolver: resolver, resolution: resolution)
                if !given.isEmpty { out += given; continue }
            }
            // "talks between Israel and Syria", "clashes between the army and the rebels": the
            // parties of a mutual act named together.
            // "US-China talks", "the Israel-Hamas war": two names joined by a hyphen before a
            // mutual act noun are its parties.
            if entry.partOfSpeech == .noun, EventExtractor.isReciprocal(entry), let pair = hyphenatedParties(of: w, in: p, resolution: resolution) {
                roles.actors = pair.map { ($0, .coordination) }
            }
            // They are the parties even when the noun has an agent of its own: "talks between
            // Israel and Hamas, mediated by Qatar", whose mediator is no party to them.
            if EventExtractor.isReciprocal(entry) {
                for phrase in p.children[w] where p.caseMarker(of: phrase) == "between" {
                    let parties = resolver.entities(at: phrase, in: p).map { ($0.entity, $0.via ?? .coordination) }
                    if roles.actors.isEmpty || parties.count >= 2 { roles.actors = parties }
                }
            }
            var code = self.code(of: w, entry: entry, in: p)
            // "threatened to kill the two unless France lifted the ban": a threat is aimed at
            // whom its condition asks to act.
            // "would drop its objections to Iran's application", "withdrew its demand that ...": a
            // hostile act taken back is a concession to its target (CAMEO 08, yield); "withdraw
            // his support for X", a friendly one taken back, reduces relations with it (16).
            if entry.partOfSpeech == .noun, p.words[w].relation == "obj", let v = p.words[w].head, p.isVerb(v),
               EventExtractor.retractionVerbs.contains(p.lower[v]) {
                code = EventCode(root: code.root <= 9 ? 16 : 8)!
            }
            if roles.targets.isEmpty, code.root == 13 {
                roles.targets = conditionedParties(of: w, in: p, resolver: resolver).filter { t in !roles.actors.contains { $0.entity == t } }
            }
            if roles.targets.isEmpty, code.root == 12 {
                roles.targets = proposers(answeredBy: w, entry: entry, in: p, acts: acts).filter { t in !roles.actors.contains { $0.entity == t } }
            }
            // A proposal or accusation answered in the clause, addressed to no one it names (a
            // pronoun that names no one aside) and not one its author was coded making in the
            // sentences before (there, with its own target: "Sharon insisted that ... Erekat
            // rejected Mr. Sharon's demand").
            if roles.targets.isEmpty, !roles.actors.isEmpty, targetWords(of: w, entry: entry, in: p).allSatisfy({ p.words[$0].upos == "PRON" }),
               !acts.contains(where: { act in act.root == code.root && act.position >= p.position - 3
                                       && roles.actors.contains { act.actors.contains($0.entity) } }) {
                roles.targets = answerers(of: w, entry: entry, in: p, resolver: resolver).filter { t in !roles.actors.contains { $0.entity == t } }
                // Charges someone denies are accusations (CAMEO 11), not a court's charges.
                if !roles.targets.isEmpty, EventExtractor.accusationNouns.contains(p.lower[w]) { code = EventCode(root: 11)! }
            }
            if roles.actors.isEmpty, !roles.targets.isEmpty, isAgentlessPassive(w, in: p) {
                // Not a relative clause that describes someone ("Roche, a journalist who was
                // kidnapped last week"): background, not a restatement of the act told before.
                if !isRelativeClause(w, in: p) { roles.actors = earlierAgents(of: code, before: p.position, in: acts) }
                // "was freed from an Afghan jail": a release is made by the state that held.
                // (Not "was released in Albania", where a prisoner may be set down by others.)
                let releasedFromCustody = code.root == 8 && EventExtractor.releaseVerbs.contains(entry.lemma)
                    && p.children(of: w, "obl").contains { p.caseMarker(of: $0) == "from" }
                if roles.actors.isEmpty, code.root == 17 || releasedFromCustody {
                    roles.actors = stateWhere(w, in: p, resolver: resolver, resolution: resolution).map { [($0, .placeOfAct)] } ?? []
                }
                // "was extradited to Britain from Italy": the state a person is handed over from.
                if roles.actors.isEmpty, EventExtractor.handoverVerbs.contains(entry.lemma) {
                    roles.actors = stateWhere(w, in: p, resolver: resolver, resolution: resolution, markers: ["from"]).map { [($0, .placeOfAct)] } ?? []
                }
            } else if !roles.actors.isEmpty, !modality.isNegated(w), !modality.isHypothetical(w) {
                acts.append(StatedAct(position: p.position, root: code.root, actors: roles.actors.map(\.entity)))
            }
            guard !roles.actors.isEmpty else { continue }
            var pairs: [(actor: (entity: Int, via: ActorResolution), target: Int)] = []
            // A person's act on the country the text makes them a leader or official of is their
            // own state's business, no tie between two parties ("Mexican President Vicente Fox
            // called on the United States and Mexico to work together": Fox → United States only).
            for actor in roles.actors {
                for target in roles.targets where target != actor.entity && !resolver.isOwnCountry(target, of: actor.entity) {
                    pairs.append((actor, target))
                }
            }
            // "Musharraf and Koizumi have met": each conjunct acts on the others.
            // ... unless the act is aimed at someone the text does not name ("spoke to reporters",
            // "are telephoning the millions of people who signed up").
            // Nor do the forces of allies, named as one subject, fight each other when they fight
            // a foe the text does not name ("NATO and U.S. forces are battling the insurgency").
            if roles.targets.isEmpty, roles.actors.count > 1, EventExtractor.isReciprocal(entry) || pledgesMutualRelation(w, code: code, in: p),
               !targetWords(of: w, entry: entry, in: p).contains(where: {
                   (p.caseMarker(of: $0) != nil && !EventExtractor.aimNouns.contains(p.lower[$0])) || addressesPeople($0, in: p)
               }),
               code.root < 18 || !p.children(of: w, "nsubj").contains(where: { p.words[$0].upos == "NOUN" })
                || p.children(of: w, "obj").allSatisfy({ EventExtractor.fightNouns.contains(p.lower[$0]) }) {
                for actor in roles.actors {
                    for other in roles.actors where other.entity != actor.entity { pairs.append((actor, other.entity)) }
                }
            }
            // "Taleban fighters clashed with U.S. troops", "a battle with Eritrean forces": both
            // sides fight an armed contest, so the party it is fought with acts too. Not
            // "fighting X" or "battled X", aimed at its object.
            if code.root == 19, EventExtractor.armedContests.contains(entry.lemma),
               targetWords(of: w, entry: entry, in: p).contains(where: { p.caseMarker(of: $0) == "with" }) {
                for (actor, target) in pairs where !pairs.contains(where: { $0.actor.entity == target && $0.target == actor.entity }) {
                    pairs.append(((target, .otherSide), actor.entity))
                }
            }
            // "Chad and Sudan accused each other", "blame one another", "traded accusations":
            // each conjunct acts on the others.
            let exchanged = entry.partOfSpeech == .noun && lightVerb(of: w, in: p).map { EventExtractor.exchangeVerbs.contains(p.lower[$0]) } == true
            if roles.targets.isEmpty, roles.actors.count > 1,
               exchanged || (targetWords(of: w, entry: entry, in: p) + p.children[w]).contains(where: { EventExtractor.isReciprocalPronoun($0, in: p) }) {
                for actor in roles.actors {
                    for other in roles.actors where other.entity != actor.entity { pairs.append((actor, other.entity)) }
                }
            }
            guard !pairs.isEmpty else {
                if roles.targets.isEmpty, code.root == 7 { unaddressedAid.append((w, roles.actors)) }
                continue
            }
            // "Moscow insists the deployment will destabilize Europe" asserts; "the EU insisted
            // that Poland restructure the shipyard" demands (the mandative subjunctive).
            if entry.lemma == "insist", let clause = p.child(of: w, "ccomp"), !EventExtractor.isMandative(clause, in: p) { continue }
            let negated = modality.isNegated(w)
            let hypothetical = modality.isHypothetical(w, material: (6...8).contains(code.root) || code.root >= 15)
            let word = p.words[w]
            // Seizing a state's boats or goods stays the seizure of property (171).
            let seizedProperty = p.children(of: w, "obj").contains { EventExtractor.propertyNouns.contains(p.lower[$0]) }
            for (actor, target) in pairs {
                // Seizing a country's or a place's territory is occupying it: CAMEO 192, root 19.
                var code = entry.fineCode.hasPrefix("171") && !seizedProperty && [.country, .location].contains(resolution.entities[target].type)
                    ? EventCode(root: 19)! : code
                // Welcoming a person is hosting a visit (CAMEO 043, root 04); welcoming a decision
                // is endorsing it (051).
                if entry.lemma == "welcome", resolution.entities[target].type == .person { code = EventCode(root: 4)! }
                // A ban laid on another state or its goods ("a ban on Liberian diamonds") is an
                // embargo (CAMEO 163, root 16); a ban within one's own realm stays 172.
                if entry.lemma == "ban", entry.partOfSpeech == .noun, resolution.entities[target].type == .country,
                   !(resolver.referents.affiliations[actor.entity] ?? []).contains(target) { code = EventCode(root: 16)! }
                // Receiving a person is hosting a visit; receiving aid, a letter or someone's
                // support is no act on anyone (only a person named or titled as the object counts).
                if entry.lemma == "receive", !EventExtractor.receivesPerson(target, at: w, in: p, resolver: resolver, resolution: resolution) { continue }
                // "Mr Brown was joined by Alan Milburn", "joined on stage by his wife": one
                // person with another is company, not cooperation; "was joined by Chile in
                // condemning the coup" is.
                if entry.lemma == "join", p.child(of: w, "aux:pass") != nil,
                   [actor.entity, target].allSatisfy({ resolution.entities[$0].type == .person }),
                   !p.children[w].contains(where: { c in
                       p.words[c].upos == "VERB" && (p.caseMarker(of: c) == "in" || p.children(of: c, "mark").contains { p.lower[$0] == "in" })
                   }) { continue }
                // Flying someone or something somewhere ("has flown the chief to Washington") is
                // carrying, not a visit.
                if entry.lemma == "fly", !p.children(of: w, "obj").isEmpty { continue }
                // "Venezuela is the third stop in Mr. Zeng's tour": the place said to be a stop is
                // where the visit goes, not who makes it.
                if ["stop", "stopover"].contains(entry.lemma), p.child(of: w, "cop") != nil { continue }
                // "Trump attacked Haley at a rally": one person attacking another, with no force or
                // casualty in the sentence, attacks with words (11).
                if entry.lemma == "attack", code.root == 18, resolution.entities[actor.entity].type == .person,
                   resolution.entities[target].type == .person, !p.lower.contains(where: EventExtractor.armedClashWords.contains) {
                    code = EventCode(root: 11)!
                }
                // "Brazil defeated Croatia 1-0", "Merkel's party narrowly beat the Social Democrats":
                // a victory is a battle's only between armed parties; in sport and elections it is no event.
                if code.root >= 18, !isArmedContest(entry: entry, roles: roles, actor: actor.entity, target: target, at: w, in: p, resolver: resolver) { continue }
                // "told the BBC", "speaking to VOA": a statement or an interview given to a news
                // medium is addressed to the public, not to the medium (``NewsMedia``).
                if [1, 4].contains(code.root), resolution.entities[target].type == .organization,
                   NewsMedia.isNewsMedium(resolution.entities[target].name) { continue }
                // An assault by a state or by armed forces is the use of conventional military force.
                // An armed attack on troops or a base is fighting too (CAMEO 19); an abduction or
                // an assassination (a sub-code of 18) stays what it is.
                let armedAttack = roles.armedTarget && entry.fineCode == "18"
                if code.root == 18, roles.military || armedAttack || resolution.entities[actor.entity].type == .country { code = EventCode(root: 19)! }
                // "sent troops to the Iraqi border": forces sent to a neighbour's border are a
                // show of force toward it (CAMEO 15, exhibit force posture), not aid to it.
                if code.root == 7, roles.borderTarget { code = EventCode(root: 15)! }
                // "deployed two carriers to the eastern Mediterranean": a sea is where forces or
                // aid go, never who receives them or is shown force.
                if [7, 15].contains(code.root), EventExtractor.isWaterBody(resolution.entities[target]) { continue }
                // "We will destroy Hamas", "vowed to resume the war": force announced, not used,
                // is a threat to use it (CAMEO 138, root 13).
                if (18...20).contains(code.root), EventExtractor.announcesForce(w, in: p) { code = EventCode(root: 13)! }
                out.append(LocalEvent(code: code, actor: actor.entity, target: target, sentencePosition: p.position, triggerWord: w,
                                      trigger: EventTrigger(text: word.text, start: word.range.start, end: word.range.end),
                                      negated: negated, hypothetical: hypothetical, actorResolution: actor.via, clause: p.clauseHead(of: w)))
            }
        }
        out += sharedRecipients(unaddressedAid, in: p, modality: modality, sentence: out, earlier: earlier)
        return out
    }

    /// The aid that receivers (the subjects of "receive" at `w`) got from a named giver: an
    /// event "provide aid" (07) from each party of a "from" phrase of the verb, of its object or
    /// of the object's "of" phrase (or, with none, from a party named before an aid noun: "received
    /// U.S. aid") to each receiver, when the object is money, aid or arms (``materialWords``,
    /// ``CommitmentLexicon/aidNouns``), itself or through its "of" phrase ("a new package of
    /// military aid from the United States"). Receiving a letter or someone's support is no act
    /// of the sender's here, and only states and organizations give or receive (a politician
    /// receiving money from a donor is no aid between parties).
    func aidReceived(at w: Int, by receivers: [(entity: Int, via: ActorResolution)], in p: ParsedSentence, modality: EventModality,
                     resolver: ReferenceResolver, resolution: DocumentResolution) -> [LocalEvent] {
        let isParty = { (e: Int) in [.country, .organization].contains(resolution.entities[e].type) }
        // "a new package of military aid", "more than $1 billion in aid from the US": what the
        // amount is of, or is given in.
        func ofPhrases(_ object: Int) -> [Int] { p.children(of: object, "nmod").filter { ["of", "in"].contains(p.caseMarker(of: $0) ?? "") } }
        func isMaterial(_ object: Int) -> Bool {
            ([object] + ofPhrases(object)).contains { k in
                EventExtractor.materialWords.contains(p.lower[k]) || CommitmentLexicon.aidNouns.contains(p.lower[k])
                    || p.children[k].contains { EventExtractor.materialWords.contains(p.lower[$0]) }
            }
        }
        // (The parser may split "more than $1 billion" into two objects.)
        guard let object = p.children(of: w, "obj").first(where: isMaterial) else { return [] }
        let ofPhrases = ofPhrases(object)
        var sources = ([w, object] + ofPhrases).flatMap { p.children[$0] }.filter { p.caseMarker(of: $0) == "from" }
        // "has received U.S. aid", "$1.5 billion in Japanese assistance": the giver named before the aid.
        if sources.isEmpty {
            sources = ([object] + ofPhrases).filter { CommitmentLexicon.aidNouns.contains(p.lower[$0]) }.flatMap { aid in
                p.children[aid].filter { ["amod", "compound", "nmod:poss"].contains(p.words[$0].relation) && p.mentionOfWord[$0] != nil }
            }
        }
        let givers = sources.flatMap { resolver.entities(at: $0, in: p).map(\.entity) }.filter(isParty)
        let word = p.words[w]
        var out: [LocalEvent] = []
        for giver in givers {
            for receiver in receivers where isParty(receiver.entity) && receiver.entity != giver && !resolver.isOwnCountry(receiver.entity, of: giver) {
                out.append(LocalEvent(code: EventCode(root: 7)!, actor: giver, target: receiver.entity, sentencePosition: p.position, triggerWord: w,
                                      trigger: EventTrigger(text: word.text, start: word.range.start, end: word.range.end),
                                      negated: modality.isNegated(w), hypothetical: modality.isHypothetical(w, material: true),
                                      actorResolution: .giver, clause: p.clauseHead(of: w)))
            }
        }
        return out
    }

    /// Whether clause `c` is a mandative subjunctive, what someone demands rather than asserts
    /// ("insisted that Poland restructure the shipyard", "that Mr. Schroeder remain in office",
    /// "that talks should include"): its verb is a base form, or a present form with a singular
    /// subject ("Poland restructure") or after a demand in the past ("insisted that the forces
    /// dismantle"), or it has "should" or "must". "Insisted that his country
    /// has been cooperating", "insists the deployment will destabilize" assert (Quirk et al.
    /// 1985, 16.32).
    static func isMandative(_ c: Int, in p: ParsedSentence) -> Bool {
        let auxiliaries = p.children(of: c, "aux").map { p.lower[$0] }
        if auxiliaries.contains(where: { ["should", "must"].contains($0) }) { return true }
        guard auxiliaries.isEmpty || auxiliaries.allSatisfy({ $0 == "be" }) else { return false }
        if let cop = p.child(of: c, "cop") { return p.lower[cop] == "be" }
        switch p.words[c].xpos {
        case "VB": return true
        case "VBP":
            if p.child(of: c, "nsubj").map({ ["NN", "NNP"].contains(p.words[$0].xpos) }) ?? false { return true }
            // "has insisted that Palestinian forces dismantle the groups": after a demand in the
            // past, a present verb (not "be" or "have", whose present may state what still holds)
            // is the subjunctive, as the tenses of reported speech would have it in the past.
            guard let h = p.words[c].head, ["VBD", "VBN"].contains(p.words[h].xpos) else { return false }
            return !["are", "have", "am", "do"].contains(p.lower[c])
        default: return false
        }
    }

    /// Plural nouns of people an act may be aimed at without naming them ("met reporters",
    /// "telephoning voters").
    static let peopleNouns: Set<String> = ["people", "reporters", "journalists", "voters", "supporters", "residents", "students", "workers",
                                           "members", "crowds", "families", "officials", "leaders", "lawmakers", "troops", "soldiers",
                                           "villagers", "refugees", "victims", "relatives", "survivors", "citizens", "activists", "protesters"]

    /// Nouns of an aim or a manner, which a preposition that can mark a target also introduces
    /// ("met with a focus on security", "with the aim of a settlement"): no party.
    static let aimNouns: Set<String> = ["focus", "aim", "goal", "emphasis", "purpose", "objective", "intention"]

    /// Whether target word `t` (or the "of" phrase of a quantity, "millions of people") is a
    /// plural noun of people (``peopleNouns``).
    func addressesPeople(_ t: Int, in p: ParsedSentence) -> Bool {
        if EventExtractor.peopleNouns.contains(p.lower[t]) { return true }
        return p.children(of: t, "nmod").contains { p.caseMarker(of: $0) == "of" && EventExtractor.peopleNouns.contains(p.lower[$0]) }
    }

    /// Verbs and nouns of winning: a military victory between armed parties, otherwise a game
    /// or an election won.
    static let victoryLemmas: Set<String> = ["defeat", "eliminate", "rout"]

    /// Verbs and nouns of fighting, which news also uses of contests without arms.
    static let fightLemmas: Set<String> = ["fight", "fighting", "battle", "clash", "war", "skirmish", "feud"]

    /// Modifiers of a fight that make it one without arms ("legal fight", "takeover battle").
    static let civilContestModifiers: Set<String> = ["legal", "court", "courtroom", "political", "bidding", "takeover", "boardroom", "budget",
                                                     "trade", "price", "verbal", "custody", "election", "electoral", "leadership",
                                                     "campaign", "regulatory", "propaganda", "ratings", "turf", "tax", "patent", "antitrust"]

    /// Words that make a sentence about a game or an election: a victory or a beating there is
    /// no use of force.
    static let contestWords: Set<String> = ["match", "matches", "set", "sets", "seeded", "seed", "round", "tournament", "cup", "championship",
                                            "champion", "olympic", "olympics", "game", "games", "team", "squad", "goal", "goals", "final",
                                            "finals", "semifinal", "semifinals", "quarterfinal", "league", "title", "election", "elections",
                                            "primary", "primaries", "vote", "votes", "ballot", "runoff", "race", "leadership", "nomination",
                                            "seats", "poll", "polls"]

    /// Whether an act of force at `w` (coded 18 or more) is one of armed force: a victory
    /// (``victoryLemmas``) needs an armed party (a military noun, an armed target, or an armed
    /// group, ``ReferenceResolver/isArmedGroup(_:)``); "beat" is no assault between two
    /// persons or in a sentence about a game or an election (``contestWords``, or a score
    /// such as "6-3"); a fight (``fightLemmas``) is none between two persons ("the fight between
    /// Clinton and Obama", "Mr Blunkett's battle with the police chief") or when it is a legal,
    /// political or business one (``civilContestModifiers``: "the legal fight between Russia and
    /// Yukos"); taking over a body is none when neither party is armed and the taker is no
    /// state ("Gazprom took over Atomstroieksport"). Every other act is left as it is.
    func isArmedContest(entry: EventLexiconEntry, roles: TriggerRoles, actor: Int, target: Int, at w: Int, in p: ParsedSentence,
                        resolver: ReferenceResolver) -> Bool {
        if EventExtractor.victoryLemmas.contains(entry.lemma) {
            return roles.military || roles.armedTarget || resolver.isArmedGroup(actor) || resolver.isArmedGroup(target)
        }
        // "Gazprom took over Atomstroieksport": a body taking over a body, neither armed nor a
        // state, buys it; it occupies no territory.
        if entry.lemma == "take", entry.fineCode.hasPrefix("192"), resolver.resolution.entities[target].type == .organization,
           resolver.resolution.entities[actor].type != .country {
            return roles.military || resolver.isArmedGroup(actor) || resolver.isArmedGroup(target)
        }
        let persons = [actor, target].allSatisfy { resolver.resolution.entities[$0].type == .person }
        if EventExtractor.fightLemmas.contains(entry.lemma) {
            let civil = p.children[w].contains { ["amod", "compound"].contains(p.words[$0].relation) && EventExtractor.civilContestModifiers.contains(p.lower[$0]) }
            return !persons && !civil
        }
        guard entry.lemma == "beat" else { return true }
        let contest = p.lower.contains(where: EventExtractor.contestWords.contains) || p.lower.contains(where: EventExtractor.isScore)
        return !persons && !contest
    }

    /// Whether `word` is a score ("6-3", "34-17"), or a score a spreadsheet made a date of
    /// ("06-Mar", as some agency copy has them).
    static func isScore(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts.first, !first.isEmpty, first.count <= 2, first.allSatisfy(\.isNumber) else { return false }
        let second = parts[1]
        if !second.isEmpty, second.count <= 2, second.allSatisfy(\.isNumber) { return true }
        return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].contains(second.lowercased())
    }

    /// What a party asks to have approved: approving one of these endorses whoever owns it.
    static let approvedThings: Set<String> = ReferenceResolver.proposalNouns.union(
        ["entry", "membership", "accession", "application", "candidacy", "nomination", "appointment"])

    /// Whether entity `target` is a person who is the object of "receive" at `w` itself, named
    /// or titled ("received Mr. Lavrov", "received the Saudi foreign minister", and a title
    /// the text gives no name, which stands for its state: "received the visiting Brazilian
    /// president"), not through a possessor or a modifier ("received Iran's support").
    static func receivesPerson(_ target: Int, at w: Int, in p: ParsedSentence, resolver: ReferenceResolver, resolution: DocumentResolution) -> Bool {
        return p.children(of: w, "obj").contains { o in
            guard let (e, via) = resolver.entity(at: o, in: p), e == target else { return false }
            // "received the visiting Brazilian president": a title the text gives no name
            // stands for its state, still a person received.
            return resolution.entities[target].type == .person ? via == nil || via == .title : via == .title
        }
    }

    /// Verbs of promising whose complement is an act announced ("vowed to crush", "pledged
    /// to retaliate", "swore to destroy").
    static let vowVerbs: Set<String> = ["vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging", "promise",
                                        "promises", "promised", "promising", "swear", "swears", "swore", "sworn", "threaten",
                                        "threatens", "threatened", "threatening"]

    /// Whether the act at `w` is announced for the future rather than done: it (or, for an act
    /// noun, the verb it is the object of: "will launch an attack") has "will", "shall", "'ll"
    /// or "would" as auxiliary, or is the complement or, for a noun, the object of a vow ("vowed
    /// to destroy", "vowed retaliation").
    static func announcesForce(_ w: Int, in p: ParsedSentence) -> Bool {
        var verbs = [w]
        if p.words[w].upos == "NOUN", p.words[w].relation == "obj", let h = p.words[w].head, p.isVerb(h) {
            // "vowed retaliation", "threatened war": force as the object of a vow.
            if vowVerbs.contains(p.lower[h]) { return true }
            verbs.append(h)
        }
        for v in verbs {
            if p.children(of: v, "aux").contains(where: { ["will", "shall", "'ll", "would", "wo"].contains(p.lower[$0]) }) { return true }
            if p.words[v].relation == "xcomp", let h = p.words[v].head, vowVerbs.contains(p.lower[h]) { return true }
        }
        return false
    }

    /// Aid with no recipient of its own, in a sentence or right after one that names who
    /// receives the aid pledged beside it ("Norway pledged $250 million for Sudan, while Japan
    /// announced an offer of $100 million"; "The United States pledged $50 million." after a
    /// sentence of pledges to Sudan): the same recipients, as donors at one conference give to
    /// one cause. Only asserted aid acts lend their recipients.
    private func sharedRecipients(_ pending: [(word: Int, actors: [(entity: Int, via: ActorResolution)])], in p: ParsedSentence,
                                  modality: EventModality, sentence: [LocalEvent], earlier: [LocalEvent]) -> [LocalEvent] {
        guard !pending.isEmpty else { return [] }
        func recipients(_ events: [LocalEvent]) -> [Int] {
            var out: [Int] = []
            for e in events where e.code.root == 7 && !e.negated && !e.hypothetical && !out.contains(e.target) { out.append(e.target) }
            return out
        }
        var targets = recipients(sentence)
        if targets.isEmpty { targets = recipients(earlier.filter { $0.sentencePosition == p.position - 1 }) }
        var out: [LocalEvent] = []
        for (w, actors) in pending {
            let word = p.words[w]
            for actor in actors {
                for target in targets where target != actor.entity {
                    out.append(LocalEvent(code: EventCode(root: 7)!, actor: actor.entity, target: target, sentencePosition: p.position, triggerWord: w,
                                          trigger: EventTrigger(text: word.text, start: word.range.start, end: word.range.end),
                                          negated: modality.isNegated(w), hypothetical: modality.isHypothetical(w), actorResolution: actor.via,
                                          clause: p.clauseHead(of: w)))
                }
            }
        }
        return out
    }

    /// Whether verb `w` is a passive with no "by" agent ("was arrested", "those arrested").
    func isAgentlessPassive(_ w: Int, in p: ParsedSentence) -> Bool {
        guard p.isVerb(w), p.words[w].xpos == "VBN" else { return false }
        // "claims that militants have kidnapped two Marines", parsed as a clause of the noun: a
        // participle with a subject of its own, or after "have", is active.
        let relations = p.children[w].map { p.words[$0].relation }
        if !relations.contains("aux:pass"), !relations.contains("nsubj:pass"),
           relations.contains("nsubj") || p.children[w].contains(where: { p.words[$0].relation == "aux" && EventExtractor.haveForms.contains(p.lower[$0]) }) {
            return false
        }
        let passive = p.isPassive(w) || p.words[w].relation.hasPrefix("acl")
        return passive && !p.children[w].contains { c in
            (p.words[c].relation.hasPrefix("obl") || p.words[c].relation.hasPrefix("nmod")) && p.caseMarker(of: c) == "by"
        }
    }

    /// Whether verb `w` heads a relative clause opened by a relative pronoun, or is a conjunct
    /// of one ("who was kidnapped and murdered").
    func isRelativeClause(_ w: Int, in p: ParsedSentence) -> Bool {
        let first = p.words[w].relation == "conj" ? (p.words[w].head ?? w) : w
        return p.words[first].relation == "acl:relcl"
            && p.children[first].contains { p.words[$0].relation.hasPrefix("nsubj") && ["who", "which", "that"].contains(p.lower[$0]) }
    }

    /// The doers of the last asserted act with the same root in this sentence or the two
    /// before it: a passive that names no agent restates an act the text has attributed
    /// ("Egyptian police have arrested ... X was among those arrested"; "the arrests of two
    /// broadcasters by Afghan authorities ... Kohdamani was arrested"). The annotation of the
    /// evaluation sets codes such a passive only when the passage states the agent.
    func earlierAgents(of code: EventCode, before position: Int, in acts: [StatedAct]) -> [(entity: Int, via: ActorResolution)] {
        guard let last = acts.last(where: { $0.root == code.root && $0.position >= position - 2 }) else { return [] }
        return last.actors.map { ($0, .earlierAgent) }
    }

    /// The doers of the act a rejection answers when its object refers back to one with a
    /// definite noun and names no author ("Pyongyang demanded ... Washington rejected the
    /// demand"): the last asserted act of the noun's kind in this sentence or the three before
    /// it. Rejecting an accusation is denying it, a statement (CAMEO 016), so accusations are
    /// not among the nouns.
    func proposers(answeredBy w: Int, entry: EventLexiconEntry, in p: ParsedSentence, acts: [StatedAct]) -> [Int] {
        for t in targetWords(of: w, entry: entry, in: p) {
            guard let roots = EventExtractor.proposalRoots[p.lower[t]],
                  p.children(of: t, "det").contains(where: { ["the", "this", "that", "these", "those"].contains(p.lower[$0]) }),
                  let last = acts.last(where: { roots.contains($0.root) && $0.position >= p.position - 3 }) else { continue }
            return last.actors
        }
        return []
    }

    /// Who answers proposal, demand or accusation noun `w` that names its author but not whom
    /// it was addressed to: the subject of the verb that rejects, accepts or ignores it ("Gadhafi
    /// declined a U.S. request" → the United States appealed to Gadhafi; "Chavez rejected U.S.
    /// charges"; "ignored a truce offer made by bin Laden"). What is answered was put to the one
    /// who answers it. A noun followed by a preposition that marks its target ("call for the group to disarm";
    /// not the infinitive's "to" of "a request to meet") is addressed to that phrase, wherever
    /// the parser hung it.
    func answerers(of w: Int, entry: EventLexiconEntry, in p: ParsedSentence, resolver: ReferenceResolver) -> [Int] {
        guard EventExtractor.proposalRoots[p.lower[w]] != nil || EventExtractor.accusationNouns.contains(p.lower[w]),
              w + 1 >= p.words.count || p.words[w + 1].upos != "ADP" || !entry.targetPrepositions.contains(p.lower[w + 1])
                  || (p.lower[w + 1] == "for" && asksForSomeone(w, in: p)),
              p.words[w].relation == "obj", let v = p.words[w].head, p.isVerb(v),
              EventExtractor.answerVerbs.contains(p.lower[v]) else { return [] }
        return agents(ofVerb: v, in: p).flatMap { resolver.entities(at: $0.0, in: p).map(\.entity) }
    }

    /// Nouns of messages: what is sent to someone is then said to them.
    static let messageNouns: Set<String> = ["letter", "letters", "message", "messages", "note", "notes", "invitation", "invitations",
                                            "congratulations", "condolences", "greetings", "memo", "cable", "telegram", "statement",
                                            // words spoken: "to deliver a smart rebuff to Hain", "gave a speech to the UN"
                                            "speech", "speeches", "address", "lecture", "warning", "warnings", "ultimatum", "verdict",
                                            "rebuff", "rebuke", "snub", "reply", "response", "remarks", "sermon", "briefing", "testimony"]

    /// Whether verb `w` sends a message: its object is one of ``messageNouns``, or it is a
    /// participle on one ("a letter sent to X").
    func isSentMessage(_ w: Int, in p: ParsedSentence) -> Bool {
        if p.children(of: w, "obj").contains(where: { EventExtractor.messageNouns.contains(p.lower[$0]) }) { return true }
        guard p.words[w].relation == "acl", let h = p.words[w].head else { return false }
        return EventExtractor.messageNouns.contains(p.lower[h])
    }

    /// Verbs (inflected forms) of answering a proposal, demand or accusation.
    static let answerVerbs: Set<String> = Set(
        ["reject", "decline", "refuse", "dismiss", "deny", "ignore", "accept", "welcome", "consider", "study", "heed", "grant",
         "answer", "spurn", "address"].flatMap { EventLexicon.inflections(of: $0) }
    ).union(EventLexicon.inflections(of: "overcome", irregular: ["overcame"]))

    /// Verbs (inflected forms) of taking back one's own act: "drop its objections", "withdrew the demand".
    static let retractionVerbs: Set<String> = Set(
        ["drop", "abandon", "retract", "rescind"].flatMap { EventLexicon.inflections(of: $0) }
    ).union(EventLexicon.inflections(of: "withdraw", irregular: ["withdrew", "withdrawn"]))

    /// Nouns of accusations that a verb of answering can deny ("rejected U.S. charges").
    static let accusationNouns: Set<String> = ["charge", "charges", "accusation", "accusations", "allegation", "allegations", "criticism",
                                               "objection", "objections"]

    /// Nouns of proposals, demands and appeals that refer back to an act, with the CAMEO roots
    /// of the acts they can name.
    static let proposalRoots: [String: Set<Int>] = [
        "demand": [10], "demands": [10], "offer": [3, 7], "offers": [3, 7], "proposal": [3], "proposals": [3],
        "request": [2], "requests": [2], "call": [2], "calls": [2], "appeal": [2], "appeals": [2], "ultimatum": [13],
    ]

    /// Verbs of handing a person over from one state to another.
    static let handoverVerbs: Set<String> = ["extradite", "deport", "hand", "transfer", "repatriate"]

    /// Verbs of setting a prisoner free (CAMEO 084), whose agentless passive is the act of the
    /// state where the prisoner was held.
    static let releaseVerbs: Set<String> = ["release", "free"]

    /// The state where an agentless passive act of coercion took place: the country, or the
    /// country of the capital, named in an "in" or "at" phrase of the verb ("was arrested in
    /// Britain", "was detained at a Moscow airport"): arrests, detentions and sentences are a
    /// state's acts, and the one whose territory they happen on is the state that acts.
    ///
    /// With `markers` ["from"], the state an extradition or handover comes from.
    func stateWhere(_ w: Int, in p: ParsedSentence, resolver: ReferenceResolver, resolution: DocumentResolution,
                    markers: Set<String> = ["in", "at"]) -> Int? {
        // The verb's own "in"/"at" phrases, and those hung two nouns down a "to" phrase of a
        // term or a "from" phrase ("sentenced to 10 years in prison in Colombia", "released
        // from prison in Afghanistan").
        let obliques = p.children[w].filter { p.words[$0].relation.hasPrefix("obl") }
        let nested = obliques.filter { ["to", "from"].contains(p.caseMarker(of: $0) ?? "") }.flatMap { p.children(of: $0, "nmod") }.flatMap { [$0] + p.children(of: $0, "nmod") }
        // "was arrested after his arrival in Britain": the place of the circumstance.
        let circumstances = obliques.filter { ["after", "upon", "on", "during"].contains(p.caseMarker(of: $0) ?? "") }.flatMap { p.children(of: $0, "nmod") }
        for phrase in obliques + nested + (markers.contains("from") ? [] : circumstances) where markers.contains(p.caseMarker(of: phrase) ?? "") {
            // ("from last month's Cup in Germany" is no state handing anyone over).
            // "in an Afghan jail": a state's demonym on the place.
            let demonyms = p.children(of: phrase, "amod").filter { p.isPlaceOrCountry[$0] }
            for word in [phrase] + p.children(of: phrase, "compound") + demonyms + (markers.contains("from") ? [] : p.children(of: phrase, "nmod")) {
                for (e, _) in resolver.entities(at: word, in: p) {
                    if resolution.entities[e].type == .country { return e }
                    // "detained at a Moscow airport": a capital stands for its country, or for
                    // the state itself when the text does not name the country.
                    if capitals.isCapital(e, in: resolution) { return capitals.country(of: e, in: resolution) ?? e }
                }
            }
        }
        return nil
    }

    /// Words that make a clash one of arms: the forces and fighters in it, its casualties and
    /// violence.
    static let armedClashWords: Set<String> = ReferenceResolver.fighterNouns.union([
        "forces", "troops", "soldiers", "police", "policemen", "army", "military", "guards", "coastguard", "militias", "militia",
        "supporters", "protesters", "demonstrators", "students", "gangs", "clans", "tribesmen", "villagers", "security",
        "killed", "killing", "dead", "died", "deaths", "wounded", "injured", "injuring", "deadly", "bloody", "violent", "violence",
        "fighting", "gunfire", "armed", "border", "rockets", "artillery", "shots", "fire", "casualties",
    ])

    /// Whether adjective `w` is said of a subject: it has a copula or a subject ("Germany has
    /// been critical of"), or completes a verb like "remain" or "become" ("Russia remains
    /// critical of NATO"); not an attribute ("a critical report").
    static func isPredicate(_ w: Int, in p: ParsedSentence) -> Bool {
        p.child(of: w, "cop") != nil || p.child(of: w, "nsubj") != nil || p.words[w].relation == "xcomp"
    }

    /// Whether word `k` opens the reciprocal pronoun "each other" or "one another": "each" or
    /// "one" with "other" or "another" right after it, however the parser hung them.
    static func isReciprocalPronoun(_ k: Int, in p: ParsedSentence) -> Bool {
        let pair = ["each": "other", "one": "another"]
        guard let second = pair[p.lower[k]], k + 1 < p.words.count, p.lower[k + 1] == second else { return false }
        return true
    }

    /// Whether an act is mutual when its actors are coordinated and no target is named:
    /// consulting (meet, talk, negotiate), and agreeing, cooperating (cooperation, partnership),
    /// signing, fighting and clashing ("Israel and Hamas clashed"). Visiting, hosting and
    /// mediating are not: "a ceasefire brokered by Saudi Arabia and the United States" is their
    /// joint act on the parties, not a tie between the two mediators (CAMEO 042, 043, 045).
    static func isReciprocal(_ entry: EventLexiconEntry) -> Bool {
        if ["042", "043", "045"].contains(where: { entry.fineCode.hasPrefix($0) }) { return false }
        return entry.code.root == 4 || reciprocalLemmas.contains(entry.lemma)
    }

    /// The two parties named by a hyphenated pair before noun `w` ("US-China talks": "US" a
    /// `compound` of "China", a hyphen between them, "China" a `compound` of "talks"; the
    /// demonyms of "Israeli-Palestinian peace talks", modifiers of "talks" through "peace"), when
    /// each is a mention of a different person, country or organization; nil otherwise.
    func hyphenatedParties(of w: Int, in p: ParsedSentence, resolution: DocumentResolution) -> [Int]? {
        for h in [w] + p.children(of: w, "compound") {
            let seconds = p.children[h].filter { ["compound", "amod"].contains(p.words[$0].relation) && $0 >= 2 && p.lower[$0 - 1] == "-" }
            for second in seconds {
                let first = second - 2
                guard p.words[first].head == second || p.words[first].head == h,
                      let a = p.mentionOfWord[first], let b = p.mentionOfWord[second], a != b else { continue }
                let parties = [a, b].map { resolution.entityOfMention[$0] }
                guard parties[0] != parties[1],
                      parties.allSatisfy({ [.person, .country, .organization].contains(resolution.entities[$0].type) }) else { continue }
                return parties
            }
        }
        return nil
    }

    /// Whether intent trigger `w` (CAMEO 03: vow, pledge, promise) promises a relation among
    /// its own actors: its complement clause's object or "in" phrase is a relation noun
    /// (``relationNouns``: "to strengthen cooperation", "to stay in close contact"), or the
    /// clause says "each other" or "together" ("Japan, the US, Australia and India vowed to strengthen
    /// cooperation": each to the others, as "X and Y agreed to" is).
    func pledgesMutualRelation(_ w: Int, code: EventCode, in p: ParsedSentence) -> Bool {
        guard code.root == 3 else { return false }
        return p.children(of: w, "xcomp").contains { clause in
            p.withConjuncts(clause).flatMap { p.children(of: $0, "obj") + p.children(of: $0, "obl").filter { p.caseMarker(of: $0) == "in" } }
                .contains { EventExtractor.relationNouns.contains(p.lower[$0]) }
                || p.span(clause).contains { p.lower[$0] == "together" || EventExtractor.isReciprocalPronoun($0, in: p) }
        }
    }

    /// Armed contests fought by both sides (CAMEO 19): a clash, battle or war "with" a party
    /// is that party's fight too.
    static let armedContests: Set<String> = ["clash", "clashes", "battle", "skirmish", "war", "hostilities", "gunbattle", "firefight",
                                             "fighting", "fight", "confrontation", "confrontations"]

    static let reciprocalLemmas: Set<String> = ["agree", "cooperate", "collaborate", "sign", "reconcile", "ally", "clash", "clashes", "fight",
                                                "fighting", "battle", "skirmish", "normalize", "normalise", "war", "conflict", "hostilities",
                                                "agreement", "deal", "accord", "treaty", "pact", "signing", "cooperation", "partnership",
                                                // "Iran and Saudi Arabia restored ties".
                                                "restore", "re-establish", "reestablish"]

    /// Forms of the verbs that set up or restore a relation ("restored ties with"): an act
    /// on a party only with a relation noun (``relationNouns``) as their object.
    static let relationBuildingForms: Set<String> = ["restore", "establish", "re-establish", "reestablish"]
        .reduce(into: []) { $0.formUnion(EventLexicon.inflections(of: $1)) }

    /// Things a state or its people own that can be seized, impounded or frozen (CAMEO 171,
    /// "seize or damage property"), as opposed to its land.
    static let propertyNouns: Set<String> = ["tanker", "tankers", "ship", "ships", "vessel", "vessels", "boat", "boats", "trawler",
                                             "trawlers", "freighter", "cargo", "aircraft", "plane", "planes", "assets", "goods",
                                             "property", "exports", "imports", "shipments", "shipment", "fishermen"]

    /// Nouns that name a fight itself ("fought two wars", "battles"): as the object of a verb of
    /// fighting they name no foe.
    static let fightNouns: Set<String> = ["war", "wars", "battle", "battles", "conflict", "conflicts", "fight", "fights", "clash", "clashes",
                                          "skirmish", "skirmishes"]

    /// People sent to talk for a party: sending them is consulting (04).
    static let envoyNouns: Set<String> = ["delegation", "delegations", "envoy", "envoys", "emissary", "emissaries", "negotiators",
                                          "negotiator", "delegates", "mediators", "diplomats", "diplomat"]

    /// Words of money and aid that make a pledge or offer of them "provide aid" (07) rather
    /// than an intent to cooperate (03): CAMEO codes a pledge of material aid with the aid.
    static let materialWords: Set<String> = ["$", "€", "£", "dollars", "euros", "pounds", "yen", "yuan", "million", "billion", "troops",
                                             "soldiers", "aid", "assistance", "funds", "funding", "loan", "loans", "grant", "grants",
                                             "donation", "relief", "food", "vaccines", "doses", "weapons", "arms", "equipment",
                                             "supplies", "medicine", "medicines", "tents", "blankets"]

    /// Arms a state hands over, besides ``materialWords``.
    static let armsNouns: Set<String> = ["jets", "fighters", "planes", "aircraft", "tanks", "missiles", "rockets", "systems", "vehicles",
                                         "helicopters", "drones", "shells", "ammunition", "guns", "rifles", "warships", "ships", "boats"]

    /// The trigger's code: its entry's, except that a pledge, promise or offer (03) of money,
    /// troops or aid is coded 07.
    func code(of w: Int, entry: EventLexiconEntry, in p: ParsedSentence) -> EventCode {
        // "seeking closer ties with Iran", "sought to forge ties with": seeking a relation for
        // oneself is an intent to cooperate; asking another to build one ("urged Burma to
        // initiate dialogue with", "called on the EU to boost cooperation with") stays an appeal.
        let addressed = p.children[w].contains { c in
            p.words[c].relation.hasPrefix("obl") && (entry.targetPrepositions.contains(p.caseMarker(of: c) ?? "") || p.caseMarker(of: c) == entry.particle)
        }
        if entry.code.root == 2, entry.partOfSpeech == .verb, p.children(of: w, "iobj").isEmpty, !addressed,
           p.children(of: w, "obj").isEmpty ? !relationObjects(of: w, in: p).isEmpty
                                            : p.children(of: w, "obj").contains(where: { EventExtractor.relationNouns.contains(p.lower[$0]) }) {
            return EventCode(root: 3)!
        }
        // "Venezuela's government often clashes with the United States", "the Tories and Labour
        // clashed over spending": a clash with no force, fighter or casualty in its sentence is
        // one of words (11), not of arms.
        if entry.lemma == "clash", !p.lower.contains(where: EventExtractor.armedClashWords.contains) {
            return EventCode(root: 11)!
        }
        // "helping Iran build a nuclear power plant", "will help Afghanistan in building jails":
        // help with building something is material cooperation (06), not aid (07).
        if entry.code.root == 7, entry.partOfSpeech == .verb, ["help", "assist"].contains(entry.lemma),
           p.children[w].contains(where: { isConstruction($0, helpedBy: w, in: p) }) {
            return EventCode(root: 6)!
        }
        // "handed over the first F-16 jets to Ukraine": handing over arms or aid gives them
        // (07); handing over a prisoner, a post or control yields (08).
        if entry.lemma == "hand", entry.code.root == 8,
           p.children[w].filter({ p.words[$0].relation == "obj" || p.caseMarker(of: $0) == "over" }).contains(where: { o in
               // Troops handed over are prisoners returned, not troops sent.
               (EventExtractor.materialWords.contains(p.lower[o]) && !["troops", "soldiers"].contains(p.lower[o]))
                   || EventExtractor.armsNouns.contains(p.lower[o])
           }) {
            return EventCode(root: 7)!
        }
        // "sent a letter to Obama", "a message sent to the Security Council": sending words is a
        // statement (01), not aid.
        if entry.code.root == 7, entry.partOfSpeech == .verb, isSentMessage(w, in: p) {
            return EventCode(root: 1)!
        }
        // "attacked Labour's six new pledges as vacuous", "Fox attacks Blair's Tory 'lies'",
        // "an attack on the government's record": attacking words, plans or a record is
        // criticism (11), not force.
        if entry.lemma == "attack", isVerbalAttack(w, in: p) {
            return EventCode(root: 11)!
        }
        // "would send a delegation to Cairo", "dispatched an envoy to Kabul": sending
        // negotiators is consulting (04), not aid.
        if entry.code.root == 7, entry.partOfSpeech == .verb,
           p.children(of: w, "obj").contains(where: { EventExtractor.envoyNouns.contains(p.lower[$0]) }) {
            return EventCode(root: 4)!
        }
        // "told Russia to release the prisoners", "has been told to back out of the deal":
        // telling someone to act is an order (10), not a statement.
        // The one told is a person or a party ("him", "Russia", "its president"), not a thing
        // the parser took for one ("was told its license to operate ... would not be renewed").
        if entry.lemma == "tell", p.children(of: w, "xcomp").contains(where: { c in p.children(of: c, "mark").contains { p.lower[$0] == "to" } }) {
            let told = ["obj", "iobj", "nsubj:pass"].flatMap { p.children(of: w, $0) }
            if told.count == 1, let x = told.first, ["PRON", "PROPN"].contains(p.upos(x)) || p.mentionOfWord[x] != nil
                || ReferenceResolver.hostedOfficials.contains(p.lower[x]) || ReferenceResolver.stateNouns.contains(p.lower[x]) {
                return EventCode(root: 10)!
            }
        }
        guard entry.code.root == 3 else { return entry.code }
        var stack = p.children[w].filter { !["nsubj", "nsubj:pass", "advcl", "conj", "ccomp", "parataxis"].contains(p.words[$0].relation) }
        var seen = 0
        while let x = stack.popLast(), seen < 40 {
            seen += 1
            if EventExtractor.materialWords.contains(p.lower[x]) { return EventCode(root: 7)! }
            stack += p.children[x]
        }
        return entry.code
    }

    /// Things said, proposed or done in office, which are attacked with words only: "attacked
    /// the plans", "an attack on the government's record".
    static let criticizedThings: Set<String> = [
        "words", "remarks", "comments", "comment", "statement", "statements", "speech", "speeches", "plan", "plans",
        "pledge", "pledges", "promise", "promises", "policy", "policies", "proposal", "proposals", "record", "budget",
        "lies", "claims", "claim", "decision", "decisions", "stance", "handling", "approach", "manifesto", "reforms",
        "reform", "idea", "ideas", "views", "tactics", "strategy", "bill", "rules", "tax", "taxes", "spending",
        "performance", "leadership", "report", "remark", "attitude", "position", "agenda", "rhetoric", "credentials",
    ]

    /// Things made of words that attack with words: "Labour poster plans attacking Mr Howard".
    static let wordMedia: Set<String> = [
        "poster", "posters", "advert", "adverts", "advertisement", "advertisements", "ad", "ads", "leaflet", "leaflets",
        "speech", "article", "articles", "editorial", "column", "book", "letter", "statement", "report", "broadcast",
        "manifesto", "website", "blog", "tweet", "tweets",
    ]

    /// Whether "attack" at `w` is one of words: the verb's object, or the noun's "on" phrase,
    /// is a thing said or proposed (``criticizedThings``), the verb has an issue it is made
    /// "over" or "for" (a noun, not a time), the verb says what the attacked
    /// thing is "as" ("attacked the pledges as vacuous"), or the attacker is a thing of words
    /// (``wordMedia``: its subject, or the noun a participle describes, "posters attacking X").
    func isVerbalAttack(_ w: Int, in p: ParsedSentence) -> Bool {
        if p.words[w].upos == "VERB" {
            var attackers = p.children(of: w, "nsubj")
            if p.words[w].relation.hasPrefix("acl"), let h = p.words[w].head { attackers.append(h) }
            // "Labour poster plans attacking Mr Howard": the noun or a compound before it.
            if (attackers + attackers.flatMap { p.children(of: $0, "compound") }).contains(where: { EventExtractor.wordMedia.contains(p.lower[$0]) }) {
                return true
            }
        }
        let attacked = p.words[w].upos == "VERB"
            ? p.children(of: w, "obj")
            : p.children[w].filter { p.words[$0].relation.hasPrefix("nmod") && p.caseMarker(of: $0) == "on" }
        if attacked.contains(where: { EventExtractor.criticizedThings.contains(p.lower[$0]) }) { return true }
        // "attacked Labour over its tax plans", "attacked the minister for his remarks": an
        // attack over an issue is one of words (not "over the weekend", "for two hours").
        if p.words[w].upos == "VERB", p.children[w].contains(where: { c in
            p.words[c].relation.hasPrefix("obl") && ["over", "for"].contains(p.caseMarker(of: c) ?? "") && p.words[c].upos == "NOUN"
                && !EventExtractor.timeNouns.contains(p.lower[c]) && !["hours", "minutes", "days", "weeks", "months", "years", "time"].contains(p.lower[c])
        }) { return true }
        return p.words[w].upos == "VERB" && p.children[w].contains { c in
            ["obl", "advcl", "xcomp"].contains(where: { p.words[c].relation.hasPrefix($0) })
                && ["ADJ", "NOUN"].contains(p.words[c].upos)
                && (p.children(of: c, "case") + p.children(of: c, "mark")).contains { p.lower[$0] == "as" }
        }
    }

    /// Whether dependent `c` of "help" names building something: a complement clause of
    /// building ("help Iran build"), or an "in"/"with" phrase of it ("help Afghanistan in
    /// building jails", also parsed with "building" as a modifier of "jails").
    func isConstruction(_ c: Int, helpedBy w: Int, in p: ParsedSentence) -> Bool {
        let r = p.words[c].relation
        if r == "xcomp" || r == "ccomp" { return EventExtractor.constructionVerbs.contains(p.lower[c]) }
        guard r.hasPrefix("obl") || r == "advcl",
              ["in", "with"].contains(p.caseMarker(of: c) ?? p.children(of: c, "mark").first.map { p.lower[$0] } ?? "") else { return false }
        return ([c] + p.children(of: c, "compound")).contains { EventExtractor.constructionVerbs.contains(p.lower[$0]) }
    }

    /// Verb forms of building something, which make helping with it material cooperation.
    static let constructionVerbs: Set<String> = [
        "build", "building", "construct", "constructing", "develop", "developing", "modernize", "modernizing",
        "modernise", "modernising", "upgrade", "upgrading", "expand", "expanding", "establish", "establishing",
    ]

    /// Words that make "demand" a market's: "strong demand", "oil demand", "consumer demand".
    static let marketWords: Set<String> = ["strong", "weak", "weaker", "stronger", "rising", "growing", "falling", "slowing", "high", "higher",
                                           "low", "lower", "increased", "increasing", "global", "world", "domestic", "consumer", "energy",
                                           "oil", "fuel", "gas", "food", "market", "export", "import", "seasonal", "robust", "sluggish", "heavy"]

    /// The lexicon entry for word `w`, if it is a trigger here: a particle entry whose
    /// particle attaches to it first, then the plain entry.
    func entry(at w: Int, in p: ParsedSentence) -> EventLexiconEntry? {
        // "paid tribute to", with "tribute" tagged a verb: a verb's object is a noun, when the
        // lexicon knows the word only as one.
        let pos = p.words[w].upos == "VERB" && p.words[w].relation == "obj" && p.children(of: w, "obj").isEmpty
            && !lexicon.nounEntries(p.lower[w]).isEmpty && lexicon.verbEntries(p.lower[w]).isEmpty ? "NOUN" : p.words[w].upos
        let candidates: [EventLexiconEntry]
        if pos == "VERB" {
            // "cut its forces in Iraq", "suspended operations in Haiti": a party's own presence
            // changed in a named place (``PresenceChange``).
            if let presence = PresenceChange.entry(at: w, in: p, isNamed: { p.mentionOfWord[$0] != nil }) { return presence }
            // "want" is a demand only as "want X to do" (an object and its complement, active).
            if ["want", "wants", "wanted", "wanting"].contains(p.lower[w]) {
                // "wants the United States to lift ...", also parsed with the object as the complement's subject.
                let asked = ((p.child(of: w, "obj") ?? p.child(of: w, "iobj")) != nil && p.child(of: w, "xcomp") != nil)
                    || (p.children(of: w, "xcomp") + p.children(of: w, "ccomp")).contains { c in
                        p.child(of: c, "nsubj") != nil && p.children(of: c, "mark").contains { p.lower[$0] == "to" }
                    }
                guard asked, p.child(of: w, "nsubj:pass") == nil, p.child(of: w, "aux:pass") == nil else { return nil }
            }
            // "exchanged fire", "traded accusations": the act noun is the act, the verb its light verb.
            if EventExtractor.exchangeVerbs.contains(p.lower[w]),
               p.children(of: w, "obj").contains(where: { !lexicon.nounEntries(p.lower[$0]).isEmpty }) { return nil }
            // Approving a party's bid, plan or entry endorses that party; approving a drug, a
            // budget, a mission or a nominee is an act of office on no one.
            if ["approve", "approved", "approves", "approving"].contains(p.lower[w]),
               !p.children(of: w, "obj").contains(where: { EventExtractor.approvedThings.contains(p.lower[$0]) }) { return nil }
            // Restoring or establishing ties sets up a relation; restoring order or security, or
            // establishing a fund, does not.
            if EventExtractor.relationBuildingForms.contains(p.lower[w]),
               !p.children(of: w, "obj").contains(where: { EventExtractor.relationNouns.contains(p.lower[$0]) }) { return nil }
            // "would meet his fiscal rules", "met the deadline": meeting a target is meeting no one.
            if ["meet", "meets", "met", "meeting"].contains(p.lower[w]),
               p.children(of: w, "obj").contains(where: { EventExtractor.metTargets.contains(p.lower[$0]) }) { return nil }
            // "France is opposed to the sanctions": a participle the parser read as a passive
            // with no agent, used as an adjective.
            let adjectival = p.child(of: w, "aux:pass") != nil && p.child(of: w, "obl:agent") == nil ? lexicon.adjectiveEntries(p.lower[w]) : []
            candidates = adjectival.isEmpty ? lexicon.verbEntries(p.lower[w]) : adjectival
        } else if pos == "NOUN" {
            // "strong demand from China", "oil demand": a market's demand is no one's demand on anyone.
            if ["demand", "demands"].contains(p.lower[w]),
               p.children[w].contains(where: { ["amod", "compound"].contains(p.words[$0].relation) && EventExtractor.marketWords.contains(p.lower[$0]) }) {
                return nil
            }
            candidates = lexicon.nounEntries(p.lower[w])
        } else if pos == "ADJ", EventExtractor.isPredicate(w, in: p) {
            candidates = lexicon.adjectiveEntries(p.lower[w])
        } else {
            return nil
        }
        guard !candidates.isEmpty else { return nil }
        let particles = Set(p.children[w].flatMap { c -> [String] in
            let r = p.words[c].relation
            if r == "compound:prt" || r == "advmod" { return [p.lower[c]] }
            // "fired rockets at Israel on Monday": a phrase of time marks no sense ("fire on").
            if EventExtractor.timeNouns.contains(p.lower[c]) { return [] }
            // "fired rockets at Israel", with "at Israel" hung on the object; "fired dozens of
            // rockets at Israel", on the object's own phrase (not a time hung there: "on Sunday").
            if r.hasPrefix("obj") {
                let phrases = p.children[c].filter { p.words[$0].relation == "nmod" && !EventExtractor.timeNouns.contains(p.lower[$0]) }
                let inner = phrases.flatMap { x in p.children[x].filter { p.words[$0].relation == "nmod" && !EventExtractor.timeNouns.contains(p.lower[$0]) } }
                return (p.children(of: c, "case") + (phrases + inner).flatMap { p.children(of: $0, "case") }).map { p.lower[$0] }
            }
            // "spoke by telephone with Erdogan": the phrase hung on the means marks the sense too.
            if r.hasPrefix("obl"), p.caseMarker(of: c) == "by", EventExtractor.meansNouns.contains(p.lower[c]) {
                return (p.children(of: c, "case") + p.children(of: c, "nmod").flatMap { p.children(of: $0, "case") }).map { p.lower[$0] }
            }
            if r.hasPrefix("obl") || r.hasPrefix("nmod") { return p.children(of: c, "case").map { p.lower[$0] } }
            if r == "xcomp" || r == "advcl" { return p.children(of: c, "mark").map { p.lower[$0] } }
            // "charges that he ...", "the United States charges that Iran ...": a complement clause marks the sense.
            if r == "ccomp" || (pos == "NOUN" && r == "acl") { return p.children(of: c, "mark").map { p.lower[$0] } }
            return []
        })
        // "lodged a protest with Beijing": a noun's sense is also marked on its light verb.
        var marked = particles
        if pos == "NOUN", let light = lightVerb(of: w, in: p) {
            for phrase in p.children[light] where p.words[phrase].relation.hasPrefix("obl") {
                marked.formUnion(p.children(of: phrase, "case").map { p.lower[$0] })
            }
        }
        if let withParticle = candidates.first(where: { $0.particle.map(marked.contains) ?? false }) {
            if withParticle.lemma == "take", withParticle.particle == "to", !isJourney(subjectOf: w, in: p) { return nil }
            return withParticle
        }
        return candidates.first { $0.particle == nil }
    }

    /// Last words of the names of seas, oceans, gulfs and straits ("Black Sea", "Persian Gulf").
    static let waterWords: Set<String> = ["sea", "ocean", "gulf", "strait", "straits", "channel", "bay"]

    /// Seas named by one word. ("Gulf" and "Caribbean" alone also name the lands around them:
    /// "Gulf states", "Caribbean nations".)
    static let seaNames: Set<String> = ["mediterranean", "pacific", "atlantic", "arctic", "adriatic", "aegean"]

    /// Whether `entity` is a location named as a body of water: a name of two or more words
    /// ending in a ``waterWords`` word ("Black Sea") or opening with one before "of" ("Strait of
    /// Hormuz", "Gulf of Aden"), or a one-word sea (``seaNames``: "Mediterranean").
    static func isWaterBody(_ entity: LocalEntity) -> Bool {
        guard entity.type == .location else { return false }
        let words = entity.name.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last else { return false }
        if words.count == 1 { return seaNames.contains(last) }
        return waterWords.contains(last) || (words.count > 2 && waterWords.contains(words[0]) && words[1] == "of")
    }

    /// Things a party meets that are no party: a rule, target or demand it satisfies.
    static let metTargets: Set<String> = [
        "rules", "rule", "target", "targets", "demand", "demands", "need", "needs", "deadline", "deadlines", "obligation",
        "obligations", "standard", "standards", "criteria", "criterion", "requirement", "requirements", "expectations",
        "conditions", "condition", "costs", "cost", "goal", "goals", "commitments", "commitment", "challenge", "challenges",
        "threshold", "quota", "quotas", "benchmark", "benchmarks", "test", "terms", "promise", "promises", "pledge", "pledges",
    ]

    /// Nouns of a journey, which "takes" its traveller somewhere.
    static let travelNouns: Set<String> = ["trip", "trips", "tour", "tours", "visit", "visits", "journey", "travels", "leg", "mission", "swing"]

    /// Act nouns whose "of" phrase names who acts: visits ("the visit of the president") and
    /// help ("the support of France"); not acts done to the "of" phrase ("the arrest of"), nor
    /// a tour or a mission, whose "of" phrase is where it goes or what it is for.
    static let agentOfNouns: Set<String> = ["visit", "visits", "trip", "trips", "journey", "arrival", "support", "help", "assistance", "backing"]

    /// Whether verb `w`'s subject is a journey: its `nsubj`, or the noun its relative clause
    /// hangs on when the subject is "that" or "which" ("a tour that took him to India").
    func isJourney(subjectOf w: Int, in p: ParsedSentence) -> Bool {
        guard let subject = p.child(of: w, "nsubj") else { return false }
        if ["that", "which"].contains(p.lower[subject]), p.words[w].relation.hasPrefix("acl"), let h = p.words[w].head {
            return EventExtractor.travelNouns.contains(p.lower[h])
        }
        return EventExtractor.travelNouns.contains(p.lower[subject])
    }

}
