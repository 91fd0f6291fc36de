/// Whether an event trigger is negated or hypothetical, read from the parse.
///
/// - Negated: the trigger (or a verb it is the complement of, "did not agree to provide", or
///   the verb an act noun is the object of, "did not launch an attack") has "not", "n't",
///   "never" or "no longer" among its dependents; its object is determined
///   by "no" ("gave no aid"); or it is the complement of a refusal ("refused to", "declined
///   to", "failed to") or is ruled out ("ruled out sending troops", "excluded talks").
/// - Hypothetical: the sentence is a question; the trigger or a clause above it (through
///   complements, adverbial clauses and coordination) carries a tentative modal (might, may,
///   could, should; "would" when the sentence states a condition), a condition or doubt
///   ("if", "unless", "whether"), is a material act with a condition of its own ("will
///   attack if NATO expands"), or is the content of an appeal, a demand, a threat, a
///   proposal, a hope, a doubt, a consideration or an expectation ("urged X to withdraw",
///   "threatened to cut aid", "is expected to pledge"), or what someone is accused or blamed
///   of ("accused China of pressuring Nepal"), or an act advised against or passed over
///   ("warned NATO against sending troops", "instead of sending", "rather than send"), or
///   not ruled out ("has not ruled out sending troops"), or what someone is kept from doing
///   ("to prevent him from fighting", "barred from travelling").
///   Plain futures and intentions ("will send", "plans to send", "pledged to send") are
///   asserted.
///
/// - Complexity: O(depth × children) per trigger.
struct EventModality {
    static let negators: Set<String> = ["not", "n't", "never", "nt"]
    static let refusals: Set<String> = ["refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining", "fail", "failed",
                                        "fails", "failing", "reject", "rejected", "rejects", "deny", "denied", "denies", "stop", "stopped", "cease",
                                        "ceased", "halt", "halted", "avoid", "avoided", "resist", "resisted", "unable"]
    static let tentative: Set<String> = ["might", "may", "could", "should", "can", "must"]
    static let conditions: Set<String> = ["if", "unless", "whether", "lest"]
    /// Subordinators of a clause of contrast, which asserts on its own ("while Moscow blamed Kyiv").
    static let contrasts: Set<String> = ["while", "whereas", "although", "though", "whilst"]
    /// Heads whose complement is not (yet) a fact.
    /// Verbs of asking someone to act: what they ask for has not happened ("called on Iran to
    /// release her", the infinitive parsed as a clause of purpose).
    static let appeals: Set<String> = [
        "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "call", "called", "calls", "calling", "appeal",
        "appealed", "appeals", "press", "pressed", "request", "requested", "requests", "encourage", "encouraged", "encourages",
        "invite", "invited", "invites", "implore", "implored", "plead", "pleaded",
    ]

    static let irrealis: Set<String> = [
        "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "call", "called", "calls", "calling", "appeal", "appealed",
        "appeals", "demand", "demanded", "demands", "press", "pressed", "request", "requested", "requests", "encourage", "encouraged",
        "encourages", "invite", "invited", "invites", "want", "wants", "wanted", "wish", "wished", "hope", "hoped", "hopes", "hoping",
        "threaten", "threatened", "threatens", "threatening", "propose", "proposed", "proposes", "proposing", "suggest", "suggested", "suggests", "suggesting",
        "consider", "considered", "considers", "considering", "mull", "mulled", "mulls", "mulling", "weigh", "weighed", "weighs", "weighing",
        "expect", "expected", "expects", "likely", "unlikely", "seek", "seeks", "sought", "seeking", "try", "tried", "tries", "trying",
        "attempt", "attempted", "attempts", "plead", "pleaded", "pleads", "implore", "implored", "recommend", "recommended", "advise",
        "advised", "warn", "warned", "warns", "allow", "allowed", "permit", "permitted", "possible", "possibility", "ready", "willing",
        "prepared", "able", "need", "needs", "needed", "order", "ordered", "orders", "authorize", "authorized",
        "doubt", "doubts", "doubted", "doubting", "doubtful",
    ]

    /// Heads whose "from" clause did not happen: "detained to prevent him from fighting",
    /// "barred from travelling", "refrained from attacking".
    static let preventions: Set<String> = [
        "prevent", "prevented", "prevents", "preventing", "stop", "stopped", "stops", "stopping", "bar", "barred", "bars", "barring",
        "block", "blocked", "blocks", "blocking", "keep", "kept", "keeps", "keeping", "deter", "deterred", "deters", "prohibit",
        "prohibited", "prohibits", "ban", "banned", "bans", "discourage", "discouraged", "dissuade", "dissuaded", "restrain",
        "restrained", "refrain", "refrained", "refrains", "refraining", "forbid", "forbade", "forbidden", "preclude", "precluded",
    ]

    /// Heads whose "of"/"for" clause is an allegation: "accused X of attacking".
    static let allegations: Set<String> = ["accuse", "accused", "accuses", "accusing", "blame", "blamed", "blames", "blaming", "charge",
                                           "charged", "charges", "criticize", "criticized", "criticizes", "criticise", "criticised",
                                           "condemn", "condemned", "condemns", "denounce", "denounced", "suspect", "suspected", "fault", "faulted"]

    let sentence: ParsedSentence

    /// Whether a verb form only carries the act its object names: the light, "have" and
    /// participation verbs of ``TriggerRoles`` ("launch", "hold", "had", "join").
    static func isLightVerb(_ lower: String) -> Bool {
        EventExtractor.lightVerbs.contains(lower) || EventExtractor.haveForms.contains(lower) || EventExtractor.participationVerbs.contains(lower)
    }

    func isNegated(_ w: Int) -> Bool {
        if isNeitherNor(w) { return true }
        var x = w
        var steps = 0
        while steps < 8 {
            if hasNegation(x) { return true }
            guard let h = sentence.words[x].head else { return false }
            let r = sentence.words[x].relation
            // "ruled out sending troops": an act ruled out is denied; not ruled out, possible.
            if let ruledOut = ruledOut(x, by: h) { return ruledOut }
            // "did not launch an attack", "will not renew the truce": an act noun takes the
            // negation of the light verb it is the object of (not a refusal, "rejected an offer",
            // nor a verb of speech or perception, "did not mention the talks").
            if x == w, r == "obj", sentence.words[w].upos == "NOUN", sentence.isVerb(h), EventModality.isLightVerb(sentence.lower[h]) { return hasNegation(h) }
            // "pulled out of his planned meeting with Kim", "cancelled the talks": an act called off.
            if x == w, sentence.words[w].upos == "NOUN", sentence.isVerb(h), isCalledOff(w, by: h) { return !hasNegation(h) }
            guard r == "xcomp" || (r == "ccomp" && sentence.words[x].upos == "VERB" && sentence.words[h].upos != "VERB") else { return false }
            if EventModality.refusals.contains(sentence.lower[h]) { return true }
            x = h
            steps += 1
        }
        return false
    }

    /// Whether the act at `w` is denied by "neither ... nor", read from the words, since the
    /// parser often misreads the pair: "Neither France nor Germany sent troops", "neither
    /// confirmed nor denied the report" (both acts denied), "Nor did Iran reply". A "neither"
    /// before the trigger, in the same clause (no semicolon, colon or "but" between), and either
    /// its "nor" before the trigger with no other verb between them, or the trigger between the
    /// two (the "nor" at most eight words after it); or a sentence opening with "Nor". An act
    /// inside what is neither confirmed nor denied ("nor deny a claim that the insurgents
    /// killed ...") is not denied.
    func isNeitherNor(_ w: Int) -> Bool {
        let lower = sentence.lower
        if w > 0, lower[0] == "nor" { return true }
        guard let i = lower[..<w].lastIndex(of: "neither"),
              !lower[i..<w].contains(where: { [";", ":", "but"].contains($0) }) else { return false }
        if let j = lower[(i + 1)..<w].firstIndex(of: "nor") {
            return !((j + 1)..<w).contains { sentence.words[$0].upos == "VERB" }
        }
        return lower[(w + 1)..<min(lower.count, w + 9)].contains("nor")
    }

    /// Verbs that call off the act their object names ("cancelled the talks", "scrapped a
    /// visit"), and with a particle or preposition, the act they leave ("pulled out of the
    /// meeting", "withdrew from the talks", "called off the summit").
    static let cancellations: Set<String> = ["cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "scrap", "scraps",
                                             "scrapped", "postpone", "postpones", "postponed", "skip", "skips", "skipped", "boycott",
                                             "boycotts", "boycotted", "abandon", "abandons", "abandoned"]
    static let departures: Set<String> = ["pull", "pulls", "pulled", "pulling", "withdraw", "withdraws", "withdrew", "withdrawn", "call",
                                          "calls", "called", "back", "backs", "backed"]

    /// Whether verb `h` calls off the act noun `w` names (``cancellations``, ``departures``).
    func isCalledOff(_ w: Int, by h: Int) -> Bool {
        let r = sentence.words[w].relation
        let verb = sentence.lower[h]
        if r == "obj", EventModality.cancellations.contains(verb) { return true }
        guard EventModality.departures.contains(verb) else { return false }
        let particle = sentence.children(of: h, "compound:prt").map { sentence.lower[$0] }
        if r == "obj", verb.hasPrefix("call"), particle.contains("off") { return true }
        guard r.hasPrefix("obl") else { return false }
        let markers = sentence.children(of: w, "case").map { sentence.lower[$0] }
        if verb.hasPrefix("withdr") { return markers.contains("from") }
        // "pulled out of", "backed out of" (the particle hung on the verb or on the noun).
        return !verb.hasPrefix("call") && markers.contains("of") && (particle.contains("out") || markers.contains("out"))
    }

    /// Verbs that exclude their complement: "rule out" (with its particle) and "exclude".
    static let exclusions: Set<String> = ["rule", "rules", "ruled", "ruling", "exclude", "excluded", "excludes", "excluding"]

    /// For clause `x` the complement of verb `h`: true when `h` rules it out ("ruled out
    /// sending troops", "excluded talks with"), false when `h` is negated and so leaves it
    /// possible ("has not ruled out sending"), nil when `h` excludes nothing.
    func ruledOut(_ x: Int, by h: Int) -> Bool? {
        guard EventModality.exclusions.contains(sentence.lower[h]),
              ["xcomp", "ccomp", "advcl", "obj"].contains(where: { sentence.words[x].relation.hasPrefix($0) }),
              sentence.lower[h].hasPrefix("exclu") || sentence.children(of: h, "compound:prt").contains(where: { sentence.lower[$0] == "out" })
        else { return nil }
        return !hasNegation(h)
    }

    private func hasNegation(_ w: Int) -> Bool {
        for c in sentence.children[w] {
            let word = sentence.lower[c]
            let r = sentence.words[c].relation
            if (r.hasPrefix("advmod") || r == "neg" || r.hasPrefix("aux")) && EventModality.negators.contains(word) { return true }
            if r.hasPrefix("advmod"), word == "longer", sentence.children[c].contains(where: { sentence.lower[$0] == "no" }) { return true }
            if r.hasPrefix("obj") || r.hasPrefix("nsubj:pass") {
                if sentence.children[c].contains(where: { sentence.lower[$0] == "no" && sentence.words[$0].relation == "det" }) { return true }
            }
        }
        return false
    }

    /// With `material`, a material act (aid, cooperation, yielding, force: CAMEO 06-08, 15-20) with a
    /// condition of its own is hypothetical ("will attack Ukraine if NATO expands"); a verbal
    /// act's condition belongs to what it says ("offered talks if it renounces violence",
    /// "threatened to kill them unless France lifted the ban" are offers and threats made).
    ///
    /// Words in `undertakings` ("ready", "willing", "prepared") are read as stating an
    /// intention, not doubting the act: a commitment's reading ("is ready to hold talks").
    func isHypothetical(_ w: Int, material: Bool = false, undertakings: Set<String> = []) -> Bool {
        if sentence.lower.last == "?" { return true }
        let conditional = sentence.lower.contains { EventModality.conditions.contains($0) }
        var x = w
        var steps = 0
        // "... may be getting stronger and called for help": a past tense cannot share a modal
        // ("may called"), so a conjunct in the past tense takes no modal from above its
        // coordination (conditions still hold: "if Iran attacked and destroyed ...").
        var pastConjunct = false
        while steps < 12 {
            for c in sentence.children[x] {
                let word = sentence.lower[c]
                let r = sentence.words[c].relation
                if r.hasPrefix("aux") && !pastConjunct && (EventModality.tentative.contains(word) || (word == "would" && conditional)) { return true }
                if r == "mark" && EventModality.conditions.contains(word) { return true }
                // "Russia will attack Ukraine if NATO expands": an act that has a condition of its own.
                if material, x == w, r.hasPrefix("advcl"),
                   sentence.children(of: c, "mark").contains(where: { ["if", "unless"].contains(sentence.lower[$0]) }) { return true }
            }
            guard let h = sentence.words[x].head else { return false }
            let r = sentence.words[x].relation
            // "has not ruled out sending troops": a possibility left open.
            if ruledOut(x, by: h) == false { return true }
            if r.hasPrefix("conj"), sentence.words[x].xpos == "VBD", sentence.children(of: x, "aux").isEmpty { pastConjunct = true }
            // "called on Iran to release her", the infinitive also parsed as a clause of purpose.
            // So is the infinitive of an appeal noun: "Egypt's call on Israel to withdraw".
            let infinitive = (r.hasPrefix("advcl") || r == "acl") && sentence.children(of: x, "mark").contains { sentence.lower[$0] == "to" }
            // "it was highly unlikely he would give Labour more money": the clause is the
            // adjective's subject ("csubj") in the parse of an extraposed "it".
            if (r == "xcomp" || r.hasPrefix("ccomp") || r.hasPrefix("csubj")) && EventModality.irrealis.contains(sentence.lower[h]) && !undertakings.contains(sentence.lower[h]) { return true }
            if infinitive && EventModality.appeals.contains(sentence.lower[h]) { return true }
            if r.hasPrefix("advcl"), sentence.children(of: x, "mark").contains(where: { ModalityFilter.passedOver.contains(sentence.lower[$0]) }) { return true }
            // What someone is kept from doing has not happened: "to prevent him from fighting".
            if r.hasPrefix("advcl"), EventModality.preventions.contains(sentence.lower[h]),
               sentence.children(of: x, "mark").contains(where: { sentence.lower[$0] == "from" }) { return true }
            // What someone is accused or blamed of is alleged, not asserted.
            if r.hasPrefix("advcl"), EventModality.allegations.contains(sentence.lower[h]),
               sentence.children(of: x, "mark").contains(where: { ["of", "for"].contains(sentence.lower[$0]) }) { return true }
            // Only clauses whose truth depends on the head's: complements, conditions, coordination;
            // and an act noun takes its light verb's ("is expected to hold talks").
            let actNoun = x == w && r == "obj" && sentence.isVerb(h)
            // A finite conjunct the parser hung on a gerund ("accuses Iran of trying ... and has
            // imposed sanctions") takes the modality of the finite verb above, not the gerund's.
            if r.hasPrefix("conj"), sentence.isVerb(x), sentence.isFinite(x), let finite = sentence.finiteVerb(above: h), finite != h {
                x = finite
                steps += 1
                continue
            }
            guard actNoun || ["xcomp", "ccomp", "advcl", "conj", "parataxis"].contains(where: { r.hasPrefix($0) }) else { return false }
            // "Ukraine accused Russia of shelling the plant, while Moscow blamed Kyiv": a clause of
            // contrast with a subject of its own asserts apart, wherever the parser hung it.
            if r.hasPrefix("advcl"), sentence.child(of: x, "nsubj") != nil,
               sentence.children(of: x, "mark").contains(where: { EventModality.contrasts.contains(sentence.lower[$0]) }) { return false }
            // A reported clause carries its own modality: "X said Y will" stays asserted.
            if r.hasPrefix("ccomp") || r.hasPrefix("parataxis") { return false }
            x = h
            steps += 1
        }
        return false
    }
}
