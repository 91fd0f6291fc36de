import NexusCore
import NexusEntities

/// Commitments read from coded events, for the appeals, demands, intentions and planned
/// meetings whose words the commitment lexicon does not list ("requested", "a request by",
/// "agreed to meet"): CAMEO 02 appeal and 10 demand give a `call` to the target, 03 express
/// intent to cooperate a `support` for it, and, when the act is still to come (the trigger has
/// "will"/"shall", or is the complement of agree, plan, decide, promise, pledge, vow,
/// intend, offer or commit, of "ready"/"willing", of prepare or aim, or the to-clause of a
/// plan or decision noun; or is a noun announced rather than done ("the planned visit", "ahead
/// of his visit to", "preparations for the summit", "is due in Moscow for talks"); or is dated
/// ahead in the present: "is visiting Russia next week"), 04 consult a `meeting`, 07 provide
/// aid an `aid` (a `deployment` when it sends troops or a force), and 05, 06, 08 a `support`;
/// a 05 of stated support or agreement (``bindingCooperation``) is a `support` whenever it is
/// said.
///
/// Only asserted events count, and only where the commitment extractor found no commitment
/// by the same actor in the same sentence, or found only a bare intention with no amount
/// (``LocalCommitment/intentionOnly``), which the event then makes precise; a commitment of the
/// same kind found with no beneficiary takes the event's target, and one found with another
/// beneficiary gains a commitment to this target too ("urged both Russia and Ukraine").
enum EventCommitments {
    static let intentions: Set<String> = ["agree", "agreed", "agrees", "plan", "planned", "plans", "decide", "decided", "decides", "promise",
                                          "promised", "promises", "pledge", "pledged", "pledges", "vow", "vowed", "vows", "intend", "intended",
                                          "intends", "arrange", "arranged", "schedule", "scheduled", "due", "set", "slated", "going", "prepared",
                                          // "offered to train Ukrainian pilots", "is ready to help", "committed to rebuild".
                                          "offer", "offered", "offers", "ready", "willing", "commit", "committed", "commits"]

    static func extend(_ commitments: [LocalCommitment], with events: [LocalEvent], parsed: ParsedDocument) -> [LocalCommitment] {
        var out = commitments
        for event in events where !event.negated && !event.hypothetical {
            guard let kind = kind(of: event, parsed: parsed) else { continue }
            // "Obasanjo will meet with Powell": a bare intention the lexicon could only call
            // support is the event's commitment, to the event's target.
            if let k = out.firstIndex(where: { $0.sentencePosition == event.sentencePosition && $0.actor == event.actor }) {
                if out[k].intentionOnly, out[k].amount == nil {
                    out[k].kind = kind
                    out[k].beneficiary = event.target
                    out[k].range = TextRange(start: min(out[k].range.start, event.trigger.start), end: max(out[k].range.end, event.trigger.end))
                    out[k].intentionOnly = false
                } else if out[k].beneficiary == nil, out[k].kind == kind, event.target != out[k].actor {
                    // "Rice will hold talks with Putin": the lexicon found the meeting but not
                    // whom it is with; the event's target is that party.
                    out[k].beneficiary = event.target
                } else if out[k].kind == kind, event.target != out[k].actor,
                          !out.contains(where: { $0.sentencePosition == event.sentencePosition && $0.actor == event.actor && $0.beneficiary == event.target }),
                          !events.contains(where: { $0.sentencePosition == event.sentencePosition && $0.triggerWord == event.triggerWord && $0.actor == event.target }) {
                    // "urged both Russia and Ukraine to show restraint", "will visit Kenya and
                    // Angola": one call or visit to each party the act names. Not each pair of a
                    // mutual act ("Brunei, Malaysia and Singapore agreed to ..."), which stays
                    // one commitment of each party.
                    out.append(LocalCommitment(actor: event.actor, kind: kind, sentencePosition: event.sentencePosition,
                                               range: TextRange(start: event.trigger.start, end: event.trigger.end), beneficiary: event.target))
                }
                continue
            }
            out.append(LocalCommitment(actor: event.actor, kind: kind, sentencePosition: event.sentencePosition,
                                       range: TextRange(start: event.trigger.start, end: event.trigger.end), beneficiary: event.target))
        }
        // "Moscow would respond", "the Conservatives would scrutinise every pound": a bare
        // future that no cooperative act made precise is a statement, not a commitment.
        return out.filter { !($0.intentionOnly && $0.bareFuture && $0.amount == nil && $0.beneficiary == nil) }
    }

    static func kind(of event: LocalEvent, parsed: ParsedDocument) -> CommitmentKind? {
        switch event.code.root {
        case 2, 10: return .call
        case 3: return .support
        case 4:
            return isToCome(event, parsed: parsed) ? .meeting : nil
        case 5 where isStatedSupport(event, parsed: parsed):
            return .support
        case 7:
            return isToCome(event, parsed: parsed) ? (sendsForces(event, parsed: parsed) ? .deployment : .aid) : nil
        case 5...8:
            return isToCome(event, parsed: parsed) ? .support : nil
        default:
            return nil
        }
    }

    /// Whether aid event `event` sends armed forces: its object is troops, a force or their
    /// levels ("to expand its peacekeeping force", "to increase troop levels").
    static func sendsForces(_ event: LocalEvent, parsed: ParsedDocument) -> Bool {
        guard let p = parsed[event.sentencePosition] else { return false }
        return p.children(of: event.triggerWord, "obj").contains { o in
            ([o] + p.children(of: o, "compound") + p.children(of: o, "amod")).contains { forceWords.contains(p.lower[$0]) }
        }
    }

    /// Words of armed forces sent (``AmountParser/deploymentNouns`` and the words that modify
    /// or head them: "peacekeeping force", "troop levels").
    static let forceWords: Set<String> = AmountParser.deploymentNouns.union(["force", "troop", "contingent", "peacekeeping"])

    /// Whether the act is still to come: "will"/"shall" on the trigger (or on the verb a noun
    /// trigger hangs on: "will take part in the talks"), the trigger is the
    /// complement of an intention or a schedule ("agreed to coordinate", "plans to visit", "is
    /// due to meet"), or a be + to-infinitive ("is to meet").
    static func isToCome(_ event: LocalEvent, parsed: ParsedDocument) -> Bool {
        guard let p = parsed[event.sentencePosition] else { return false }
        let w = event.triggerWord
        // "will take part in the talks", "will hold talks": a noun's act is to come when the verb it hangs on is.
        let governor = p.words[w].upos == "NOUN" && p.words[w].relation != "nsubj" ? p.words[w].head.flatMap { p.isVerb($0) ? $0 : nil } : nil
        let future = ([w] + (governor.map { [$0] } ?? [])).contains { v in p.children(of: v, "aux").contains { ["will", "shall", "'ll"].contains(p.lower[$0]) } }
        // "agreed to coordinate"; "are set to resume talks", "arranging emergency talks": the
        // verb a noun trigger hangs on is intended, or arranges it.
        // Only for the verb's object: not "agreed to reopen consulates, following a meeting".
        let arranged = p.words[w].relation == "obj" ? governor : nil
        let intended = ([w] + (arranged.map { [$0] } ?? [])).contains { v in isIntended(v, in: p) }
            || arranged.map { arrangingVerbs.contains(p.lower[$0]) } == true
        // "Chavez is to meet Gadhafi": be + to-infinitive.
        let beTo = p.children(of: w, "mark").contains { p.lower[$0] == "to" }
            && p.children[w].contains { ["aux", "cop"].contains(p.words[$0].relation) && ["is", "are", "was", "were"].contains(p.lower[$0]) }
        // "is due in Moscow on Monday for talks": the talks hang on a word of schedule.
        let scheduled = p.words[w].upos == "NOUN" && p.words[w].relation.hasPrefix("obl")
            && p.words[w].head.map { schedulingWords.contains(p.lower[$0]) && ["JJ", "VBN"].contains(p.words[$0].xpos) } == true
        // "is travelling to Moscow next week for talks": a present tense dated ahead.
        let dated = ([w] + (governor.map { [$0] } ?? [])).contains { isDatedAhead($0, in: p) }
        return future || intended || beTo || scheduled || dated || isAnnounced(w, in: p)
    }

    /// Nouns of a span of time that a phrase of its own can carry an act in ("next week for talks").
    static let timeSpans: Set<String> = ["week", "weeks", "month", "months", "year", "weekend", "day", "days", "summer", "autumn",
                                         "spring", "winter", "fall"]

    /// Whether act noun `w` is dated ahead: by a time phrase of its own ("Rice's visit to Moscow
    /// next week", "talks between Chile and Peru next month"), or as the phrase of one ("heads
    /// to Moscow next week for talks", parsed with the talks hung on the week).
    static func isNounDatedAhead(_ w: Int, in p: ParsedSentence) -> Bool {
        let own = p.children[w].contains { c in
            (p.words[c].relation.hasPrefix("nmod") || p.words[c].relation.hasPrefix("obl")) && p.words[c].relation != "nmod:poss"
                && timeSpans.contains(p.lower[c]) && p.children[c].contains { aheadWords.contains(p.lower[$0]) }
        }
        if own { return true }
        guard p.words[w].relation.hasPrefix("nmod"), let h = p.words[w].head, timeSpans.contains(p.lower[h]) else { return false }
        return p.children[h].contains { aheadWords.contains(p.lower[$0]) }
    }

    /// Words that date a time phrase after the moment of writing: "next week", "tomorrow",
    /// "later this month", "in the coming days".
    static let aheadWords: Set<String> = ["next", "tomorrow", "later", "coming", "upcoming"]

    /// Whether verb `v`, in the present ("is travelling", "travels", "heads"), has a time phrase
    /// dated ahead among its dependents: news writes planned acts so ("is visiting Russia next
    /// week"). A past or perfect verb ("met ... later") is not.
    static func isDatedAhead(_ v: Int, in p: ParsedSentence) -> Bool {
        if p.words[v].upos == "NOUN" { return isNounDatedAhead(v, in: p) }
        guard ["VBG", "VBZ", "VBP"].contains(p.words[v].xpos) else { return false }
        if p.children[v].contains(where: { p.words[$0].relation.hasPrefix("aux") && ["was", "were", "had", "has", "have"].contains(p.lower[$0]) }) { return false }
        return p.children[v].contains { c in
            let r = p.words[c].relation
            guard r.hasPrefix("obl") || r == "advmod" else { return false }
            return ([c] + p.children[c]).contains { aheadWords.contains(p.lower[$0]) }
        }
    }

    /// Verbs that ready their complement without promising it: "NATO prepares to expand its
    /// force", "aims to double its aid". Not intentions for modality: a plan being readied is
    /// still asserted, not hypothetical.
    static let preparingVerbs: Set<String> = ["prepare", "prepares", "preparing", "aim", "aims", "aiming"]

    /// Whether verb `v` is the to-complement of an intention ("agreed to coordinate", "prepares
    /// to expand"), or the to-clause of a noun of plan or decision ("NATO's decision to increase
    /// troop levels", "announced plans to cut its forces").
    static func isIntended(_ v: Int, in p: ParsedSentence) -> Bool {
        guard let h = p.words[v].head else { return false }
        switch p.words[v].relation {
        case "xcomp": return intentions.contains(p.lower[h]) || preparingVerbs.contains(p.lower[h])
        case "acl": return p.words[h].upos == "NOUN" && EventExtractor.planNouns.contains(p.lower[h])
            && p.children(of: v, "mark").contains { p.lower[$0] == "to" }
        default: return false
        }
    }

    /// Words of diplomatic cooperation (CAMEO 05) that bind their actor whenever they are said,
    /// done or to come: support stated for a party ("backed by Russia", "reaffirmed his
    /// country's support for") and agreements made with it ("a deal reached last week with",
    /// "signed an accord with"). Praise, welcome and recognition are 05 too but promise nothing.
    static let bindingCooperation: Set<String> = ["support", "supports", "supported", "supporting", "back", "backs", "backed", "backing",
                                                  "endorse", "endorses", "endorsed", "endorsing", "endorsement", "endorsements",
                                                  "solidarity", "supportive", "sign", "signs", "signed", "signing", "ratify", "ratifies",
                                                  "ratified", "ratifying", "agreement", "agreements", "deal", "deals", "accord", "accords",
                                                  "pact", "pacts", "treaty", "treaties"]

    /// The verbs of support among ``bindingCooperation``: in the simple past, with a thing as
    /// their object, they report a vote or a stand once taken, not support still given.
    static let supportVerbs: Set<String> = ["supported", "backed", "endorsed"]

    /// Whether a 05 event states support or an agreement (``bindingCooperation``): a
    /// commitment of support to its target whatever its tense.
    static func isStatedSupport(_ event: LocalEvent, parsed: ParsedDocument) -> Bool {
        guard let p = parsed[event.sentencePosition] else { return false }
        let w = event.triggerWord
        // "supported a 2015 resolution", "backed Yushchenko's opponent": in the past, support
        // for a thing is a vote cast; for a party named as the object ("endorsed Obama") it is
        // support given. An agreement signed binds still.
        if p.words[w].xpos == "VBD", supportVerbs.contains(p.lower[w]),
           !p.children(of: w, "obj").contains(where: { p.upos($0) == "PROPN" }) { return false }
        return bindingCooperation.contains(p.lower[w])
    }

    /// Modifiers that set an act noun in the future: "the upcoming withdrawal", "a planned visit".
    static let upcoming: Set<String> = ["upcoming", "planned", "scheduled", "proposed", "expected", "forthcoming", "impending",
                                        "coming", "next", "future", "prospective"]

    /// Verbs that arrange an act for later: their object, a meeting or a visit, is still to
    /// come ("arranging emergency talks", "proposed a summit", "scheduled talks for May").
    static let arrangingVerbs: Set<String> = ["arrange", "arranges", "arranged", "arranging", "schedule", "schedules", "scheduled", "scheduling",
                                              "plan", "plans", "planned", "planning", "propose", "proposes", "proposed", "proposing",
                                              "organize", "organizes", "organized", "organizing", "organise", "organises", "organised", "organising",
                                              "prepare", "prepares", "prepared", "preparing"]

    /// Words that set an act noun on a calendar: "talks scheduled to begin", "the summit is due".
    static let schedulingWords: Set<String> = ["scheduled", "planned", "set", "due", "slated"]

    /// Nouns of preparation whose "for"/"of" phrase is an act still to come: "plans for a summit".
    static let preparations: Set<String> = ["plan", "plans", "preparation", "preparations", "arrangements", "invitation"]

    /// Whether noun trigger `w` is an act announced, not done: modified as upcoming ("the
    /// planned visit"), the object of "ahead of" or "prior to" ("ahead of Musharraf's visit to
    /// New Delhi"), or the phrase of a preparation noun ("preparations for the summit").
    static func isAnnounced(_ w: Int, in p: ParsedSentence) -> Bool {
        guard p.words[w].upos == "NOUN" else { return false }
        if p.children(of: w, "amod").contains(where: { upcoming.contains(p.lower[$0]) }) { return true }
        // "membership talks scheduled to begin on October 3", "a visit planned for May".
        // "the talks are scheduled for May", "the summit is due to open Monday".
        if p.children(of: w, "acl").contains(where: { schedulingWords.contains(p.lower[$0]) }) { return true }
        guard let h = p.words[w].head else { return false }
        if p.words[w].relation.hasPrefix("nsubj"), schedulingWords.contains(p.lower[h]) { return true }
        // "ahead of" and "prior to", however the parser hangs "ahead": the word before the preposition.
        if let marker = p.children(of: w, "case").first, marker > 0, ["ahead", "prior"].contains(p.lower[marker - 1]) { return true }
        return preparations.contains(p.lower[h]) && p.words[w].relation.hasPrefix("nmod")
    }
}

extension EventCommitments {
    /// The events that commitments state where no coded event does: a commitment whose actor
    /// the parse gives and whose beneficiary is another entity, given by the parse or hung on
    /// the cue through giving only (``isGivenTo(_:from:in:resolution:)``), with no asserted event of the
    /// same actor in its sentence on a word of its span or on the same target ("agreed to lend
    /// Egypt $5 billion", "is announcing $200 million in assistance for Sudan", "is willing to
    /// work with Brazil"; the event lexicon lacks or reads otherwise these words). The code
    /// follows the kind, as commitments are CAMEO 02, 03, 04 and 07 (issue 10): a call is an
    /// appeal (02), a meeting a consultation (04), aid, a pledge or a deployment material aid
    /// (07), and support material aid when it has an amount ("promised two more Patriot
    /// systems"), else an intent to cooperate (03). The trigger is the commitment's act word.
    static func events(stating commitments: [LocalCommitment], besides events: [LocalEvent], parsed: ParsedDocument,
                       resolution: DocumentResolution) -> [LocalEvent] {
        var out: [LocalEvent] = []
        for c in commitments {
            guard let via = c.actorVia, let trigger = c.trigger, let target = c.beneficiary, target != c.actor,
                  resolution.entities[target].type != .location,
                  let p = parsed[c.sentencePosition], let cue = p.words.indices.first(where: { p.words[$0].range.start == trigger.start }) else { continue }
            // "agreed to lend Egypt $5 billion": the act is the complement of an intention.
            // (an infinitive the parser may read as a clause of purpose).
            let w = p.children[cue].first { x in
                p.words[x].relation == "xcomp" || (p.words[x].relation.hasPrefix("advcl") && p.children(of: x, "mark").contains { p.lower[$0] == "to" })
            } ?? cue
            guard isMaterial(c, trigger: p.lower[w]),
                  // "pledged to give up its nuclear weapons" gives nothing to anyone.
                  !p.children(of: w, "compound:prt").contains(where: { ["up", "away", "back"].contains(p.lower[$0]) }),
                  c.beneficiaryFromParse || c.beneficiaryFromContext || isGivenTo(target, from: cue, in: p, resolution: resolution) else { continue }
            let stated = (events + out).contains { e in
                e.sentencePosition == c.sentencePosition && e.actor == c.actor && !e.negated && !e.hypothetical
                    && (e.target == target || (c.range.start <= e.trigger.start && e.trigger.end <= c.range.end))
            }
            // "is ready to provide aid to Russia": the act the event pass read as a possibility
            // is not stated again as done.
            let doubted = (events + out).contains { e in
                e.sentencePosition == c.sentencePosition && e.actor == c.actor && e.target == target && e.triggerWord == w && e.hypothetical
            }
            guard !stated, !doubted else { continue }
            let word = p.words[w]
            out.append(LocalEvent(code: code(of: c), actor: c.actor, target: target, sentencePosition: c.sentencePosition, triggerWord: w,
                                  trigger: EventTrigger(text: word.text, start: word.range.start, end: word.range.end),
                                  negated: false, hypothetical: false, actorResolution: via, clause: p.clauseHead(of: w)))
        }
        return out
    }

    /// Whether a name of entity `e` hangs on the cue word `cue` through nouns, prepositions and
    /// verbs of giving or helping only ("agreed to lend Egypt", "assistance for the people of
    /// Sudan", "$500 million to help rebuild Syria"), not
    /// through another act ("pledged 100 million dollars to discuss Haiti"): the test for a
    /// beneficiary word order found.
    static func isGivenTo(_ e: Int, from cue: Int, in p: ParsedSentence, resolution: DocumentResolution) -> Bool {
        p.words.indices.contains { b in
            guard p.mentionOfWord[b].map({ resolution.entityOfMention[$0] == e }) == true else { return false }
            var x = b
            while let h = p.words[x].head {
                if h == cue { return true }
                if p.isVerb(h), !givingWords.contains(p.lower[h]), !helpingVerbs.contains(p.lower[h]) { return false }
                x = h
            }
            return false
        }
    }

    /// Verbs of helping or rebuilding that money pledged is for: a party they name receives it
    /// ("pledged $500 million to help rebuild Syria").
    static let helpingVerbs: Set<String> = ["help", "helps", "helping", "rebuild", "rebuilding", "reconstruct", "reconstructing",
                                            "assist", "assisting", "support", "supporting", "fund", "funding", "finance", "financing"]

    /// Words of giving that make money pledged a gift.
    static let givingWords: Set<String> = ["pledge", "pledged", "pledges", "pledging", "donate", "donated", "donates", "donating", "donation",
                                           "contribute", "contributed", "contributes", "contributing", "contribution", "give", "gave", "gives",
                                           "giving", "given", "grant", "granted", "grants", "lend", "lent", "lends", "lending", "loan", "loaned",
                                           "provide", "provided", "provides", "providing", "offer", "offered", "offers"]

    /// Whether a commitment gives something: aid, money pledged with a word of giving, or
    /// support with an amount, and not a bare intention ("will", "plans to"). Calls and meetings with no coded
    /// act, and bare undertakings, name their beneficiary from word order too often to be
    /// events (on the development sets, 14 of 15 such events were wrong; of 40 drawn from GMB before
    /// money without a word of giving was left out, half).
    static func isMaterial(_ c: LocalCommitment, trigger: String) -> Bool {
        guard !c.intentionOnly else { return false }
        switch c.kind {
        case .aid: return true
        // Money with no word of aid is a gift only when a verb of giving says so: "pledged $290
        // million", not "agreed to sell Miramax for $660 million" or "a fine of $50 million".
        case .pledge: return givingWords.contains(trigger)
        case .support: return c.amount != nil
        // Troops sent "to the border with Colombia" or "into northern Iraq" are not always aid.
        case .call, .meeting, .deployment: return false
        }
    }

    /// The CAMEO root a commitment of this kind states (see ``events(stating:besides:parsed:)``).
    static func code(of c: LocalCommitment) -> EventCode {
        switch c.kind {
        case .call: return EventCode(root: 2)!
        case .meeting: return EventCode(root: 4)!
        case .aid, .pledge, .deployment: return EventCode(root: 7)!
        case .support: return EventCode(root: c.amount == nil ? 3 : 7)!
        }
    }
}

extension EventCommitments {
    /// Aid given with no recipient in its sentence goes to the one country the document
    /// names besides the giver ("The United States has pledged $156 million for humanitarian
    /// aid ... The death toll in Pakistan now stands at ..."): the recipient a reader takes from
    /// the passage (the annotation guidelines' "context" participant). Only aid, and money
    /// pledged, by a country or an organization; never when the document names no other
    /// country or several, and never a country the giver acts against in the document.
    static func recipientsFromContext(_ commitments: [LocalCommitment], events: [LocalEvent], resolution: DocumentResolution) -> [LocalCommitment] {
        let countries = Set(resolution.entityOfMention.filter { resolution.entities[$0].type == .country })
        return commitments.map { c in
            guard c.beneficiary == nil, c.kind == .aid || (c.kind == .pledge && c.amount != nil),
                  [.country, .organization].contains(resolution.entities[c.actor].type) else { return c }
            // ("The EU and the US provide food aid": not the co-giver.)
            let givers = commitments.filter { $0.sentencePosition == c.sentencePosition }.map(\.actor)
            let others = countries.subtracting([c.actor] + givers)
            guard others.count == 1, let recipient = others.first,
                  !events.contains(where: { $0.actor == c.actor && $0.target == recipient && !$0.code.quad.isCooperation }) else { return c }
            var c = c
            c.beneficiary = recipient
            c.beneficiaryFromContext = true
            return c
        }
    }
}
