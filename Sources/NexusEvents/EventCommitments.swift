import NexusCore

/// Commitments read from coded events, for the appeals, demands, intentions and planned
/// meetings whose words the commitment lexicon does not list ("requested", "a request by",
/// "agreed to meet"): CAMEO 02 appeal and 10 demand give a `call` to the target, 03 express
/// intent to cooperate a `support` for it, and, when the act is still to come (the trigger has
/// "will"/"shall", or is the complement of agree, plan, decide, promise, pledge, vow,
/// intend, offer or commit, or of "ready"/"willing"), or is a noun announced rather than done ("the planned visit", "ahead of his visit
/// to", "preparations for the summit"), 04 consult a `meeting`, 07 provide aid an `aid`, and
/// 05, 06, 08 a `support`.
///
/// Only asserted events count, and only where the commitment extractor found no commitment
/// by the same actor in the same sentence, or found only a bare intention with no amount
/// (``LocalCommitment/intentionOnly``), which the event then makes precise.
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
        case 5...8:
            return isToCome(event, parsed: parsed) ? (event.code.root == 7 ? .aid : .support) : nil
        default:
            return nil
        }
    }

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
        let intended = p.words[w].relation == "xcomp" && p.words[w].head.map { intentions.contains(p.lower[$0]) } == true
        // "Chavez is to meet Gadhafi": be + to-infinitive.
        let beTo = p.children(of: w, "mark").contains { p.lower[$0] == "to" }
            && p.children[w].contains { ["aux", "cop"].contains(p.words[$0].relation) && ["is", "are", "was", "were"].contains(p.lower[$0]) }
        return future || intended || beTo || isAnnounced(w, in: p)
    }

    /// Modifiers that set an act noun in the future: "the upcoming withdrawal", "a planned visit".
    static let upcoming: Set<String> = ["upcoming", "planned", "scheduled", "proposed", "expected", "forthcoming", "impending",
                                        "coming", "next", "future", "prospective"]

    /// Nouns of preparation whose "for"/"of" phrase is an act still to come: "plans for a summit".
    static let preparations: Set<String> = ["plan", "plans", "preparation", "preparations", "arrangements", "invitation"]

    /// Whether noun trigger `w` is an act announced, not done: modified as upcoming ("the
    /// planned visit"), the object of "ahead of" or "prior to" ("ahead of Musharraf's visit to
    /// New Delhi"), or the phrase of a preparation noun ("preparations for the summit").
    static func isAnnounced(_ w: Int, in p: ParsedSentence) -> Bool {
        guard p.words[w].upos == "NOUN" else { return false }
        if p.children(of: w, "amod").contains(where: { upcoming.contains(p.lower[$0]) }) { return true }
        guard let h = p.words[w].head else { return false }
        // "ahead of" and "prior to", however the parser hangs "ahead": the word before the preposition.
        if let marker = p.children(of: w, "case").first, marker > 0, ["ahead", "prior"].contains(p.lower[marker - 1]) { return true }
        return preparations.contains(p.lower[h]) && p.words[w].relation.hasPrefix("nmod")
    }
}
