import NexusCore
import NexusEntities

/// The roles the parse gives a verb or eventive noun: its actors (with how each was found)
/// and its targets, as entities of the document.
struct TriggerRoles {
    var actors: [(entity: Int, via: ActorResolution)]
    var targets: [Int]
    /// The actor phrase names armed forces or their means ("troops", "an airstrike").
    var military: Bool = false
    /// A target phrase names armed forces or their posts ("attacks on Turkish troops").
    var armedTarget: Bool = false
    /// A target phrase names a border (``ReferenceResolver/borderNouns``: "sent troops to the
    /// Iraqi border").
    var borderTarget: Bool = false
}

/// Who acts and on whom, for a trigger of a parsed sentence: the actor and target rules of
/// ``EventExtractor`` (documented there) read on the dependency tree.
extension EventExtractor {
    /// Whether the phrase at `t` names a news outlet: its head or a word beside it is one
    /// ("al-Arabiya television", "the daily Maariv").
    func isMediaOutlet(_ t: Int, in p: ParsedSentence) -> Bool {
        var beside = p.children[t] + (p.words[t].relation == "compound" ? p.words[t].head.map { [$0] } ?? [] : [])
        // The word right after the name, however the parser hung it ("al-Arabiya television").
        if let last = p.core(t).max(), last + 1 < p.words.count { beside.append(last + 1) }
        if ([t] + beside).contains(where: { EventExtractor.mediaNouns.contains(p.lower[$0]) }) { return true }
        // "told BBC1's Breakfast With Frost", "speaking to the BBC's Westminster Hour": a
        // broadcaster's programme, however its name reads.
        let first = p.core(t).min() ?? t
        let owner = p.children(of: t, "nmod:poss") + (first >= 2 && ["'s", "\u{2019}s"].contains(p.lower[first - 1]) ? [first - 2] : [])
        return owner.contains { o in p.core(o).contains { NewsMedia.isNewsMedium(p.words[$0].text) } }
    }

    /// The news outlets a statement is made through ("told the Israeli daily Maariv"), and the
    /// words that end their names ("told ABC News", "told The Washington Post"). Not "agency"
    /// alone: "told the International Atomic Energy Agency" is said to it, and a news agency
    /// has "news" beside it.
    static let mediaNouns: Set<String> = ["television", "tv", "radio", "newspaper", "daily", "paper", "network", "magazine",
                                          "channel", "broadcaster", "website", "reporters", "journalists", "press",
                                          "news", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "broadcasting"]

    /// Verbs whose object names the act their subject performs: "launched an attack on",
    /// "held talks with", "imposed sanctions on", "agreed new sanctions on".
    static let lightVerbs: Set<String> = Set<String>(["launch", "launched", "launches", "launching", "carry", "carried", "carries", "make", "made", "makes",
                                          "making", "hold", "held", "holds", "holding", "pay", "paid", "pays", "paying", "stage", "staged", "stages",
                                          "conduct", "conducted", "conducts", "lodge", "lodged", "lodges", "lodging", "mount", "mounted", "announce", "announced", "announces", "offer",
                                          "offered", "offers", "give", "gave", "given", "gives", "begin", "began", "begun", "begins", "start",
                                          "started", "starts", "step", "stepped", "impose", "imposed", "imposes", "order", "ordered", "issue", "issued",
                                          "approve", "approved", "approves", "authorize", "authorized", "authorizes", "authorise", "authorised",
                                          // "filed charges against", "brought charges against", "pressed charges".
                                          "file", "filed", "files", "filing", "bring", "brought", "brings", "press", "pressed", "presses",
                                          "level", "leveled", "levelled", "levels",
                                          // "reached an agreement", "struck a deal".
                                          "reach", "reached", "reaches", "reaching", "strike", "struck", "strikes", "striking", "conclude",
                                          "concluded", "concludes", "forge", "forged", "forges", "seal", "sealed", "seals",
                                          // "submitted an extradition request", "renewed its call for".
                                          "submit", "submitted", "submits", "lodge", "lodged", "lodges", "deliver", "delivered", "delivers",
                                          "extend", "extended", "extends", "renew", "renewed", "renews", "repeat", "repeated", "repeats",
                                          // "adopted new sanctions against", "slapped sanctions on", "unveiled a plan".
                                          "adopt", "adopted", "adopts", "adopting", "slap", "slapped", "slaps", "unveil", "unveiled", "unveils",
                                          // "agreed a new package of sanctions against Russia" (British usage).
                                          "agree", "agreed", "agrees", "agreeing"])
        // "expressed support for", "reaffirmed its support for", "voiced concern over".
        .union(["express", "voice", "reaffirm", "reiterate"].flatMap { EventLexicon.inflections(of: $0) })
        // "traded accusations", "exchanged fire": acts each side does to the other.
        .union(exchangeVerbs)

    /// Nouns whose possessor undergoes the act rather than performing it: "Boko Haram's defeat",
    /// "Fujimori's arrest", "the hostages' release".
    static let patientNouns: Set<String> = ["defeat", "arrest", "arrests", "release", "capture", "killing", "killings", "assassination",
                                            "expulsion", "extradition", "detention", "execution", "ouster", "overthrow", "abduction",
                                            "kidnapping", "deportation", "surrender", "isolation", "removal", "trial", "prosecution"]

    /// Nouns of a work of recovery, whose "of" phrase names whom aid for it goes to ("the
    /// reconstruction of Gaza", "the rebuilding of Iraq").
    static let recoveryNouns: Set<String> = ["reconstruction", "rebuilding", "recovery", "rehabilitation", "development",
                                             "stabilization", "stabilisation", "defense", "defence", "security"]

    /// Head nouns of a part of a place: "swathes of Mali", "parts of Somalia", "control of Mosul".
    static let partitiveNouns: Set<String> = ["parts", "part", "swathes", "swaths", "swath", "areas", "area", "territory", "territories",
                                              "control", "regions", "region", "much", "most", "towns", "villages", "cities", "positions",
                                              "target", "targets", "bases", "camps", "border", "outskirts", "suburbs"]

    /// Nouns and pronouns that count the people their "of" phrase names: "hundreds of Moroccan
    /// soldiers", "two of the hostages", "several of its members".
    static let countNouns: Set<String> = ["hundreds", "dozens", "thousands", "scores", "tens", "millions", "dozen", "hundred",
                                          "thousand", "some", "several", "many", "few", "all", "each", "both", "one"]

    /// Heads of actor phrases that name armed forces or their means: their assaults are the
    /// use of conventional military force (CAMEO 19), not unconventional violence (18).
    static let militaryNouns: Set<String> = ["forces", "troops", "army", "military", "soldiers", "navy", "airstrike", "airstrikes",
                                             "aircraft", "warplanes", "warplane", "jets", "helicopters", "gunships", "tanks", "artillery",
                                             "warships", "drones", "missiles", "shelling", "strike", "strikes", "raid", "raids", "offensive"]

    /// Heads of target phrases that name armed forces or their posts: an armed attack on them
    /// is fighting (CAMEO 19: "attacks on Turkish troops", "fired on a UN base"), not an
    /// assault on civilians or property (18).
    static let armedTargetNouns: Set<String> = ["forces", "troops", "army", "military", "soldiers", "navy", "base", "bases", "positions",
                                                "post", "posts", "outpost", "outposts", "convoy", "convoys", "patrol", "patrols",
                                                "checkpoint", "checkpoints", "peacekeepers", "garrison"]

    /// Nouns of time that own an act only as its date ("last month's attack", "Saturday's talks").
    static let timeNouns: Set<String> = timeWords.union(["day", "week", "weekend", "month", "year", "decade", "night", "morning", "evening"])

    /// Words of time that the parser sometimes takes for a subject.
    static let timeWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                                         "yesterday", "tonight", "january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december"]

    /// Nouns of meetings, whose participant is the subject of the clause they are an oblique of.
    static let meetingNouns: Set<String> = ["meeting", "meetings", "talks", "visit", "summit", "consultations", "negotiations", "session",
                                            "conversation"]

    /// Gatherings a host receives others at: the meetings, conferences and forums.
    static let hostedNouns: Set<String> = meetingNouns.union(["conference", "forum"])

    /// Nouns that count, group or measure acts: "a series of attacks", "a wave of strikes", "a
    /// fourth day of talks", "two rounds of negotiations".
    static let quantityNouns: Set<String> = ["series", "wave", "string", "spate", "number", "round", "rounds", "campaign", "barrage", "volley",
                                             "day", "days", "week", "weeks", "hour", "hours", "minutes", "package", "packages", "raft", "batch", "set"]

    /// Nouns of an effort made towards an end given by an infinitive ("efforts to persuade Iran").
    static let effortNouns: Set<String> = ["effort", "efforts", "attempt", "attempts", "bid", "drive", "push", "campaign", "initiative"]

    /// Nouns that sum up the act of the clause they follow: "Iran resumed enrichment, a move
    /// condemned by France".
    static let moveNouns: Set<String> = ["move", "step", "decision", "action", "measure", "gesture", "development", "act"]

    /// Nouns of a party's own plan or decision to act ("plans to cut", "a decision to send").
    static let planNouns: Set<String> = ["plan", "plans", "decision", "decisions", "intention", "intentions", "readiness", "willingness"]

    /// Verbs whose subject makes the plan or decision that is their object ("announced plans",
    /// "made a decision", "took the decision"), in their inflected forms.
    static let planVerbs: Set<String> = {
        let lemmas: [(String, [String])] = [("announce", []), ("unveil", []), ("make", ["made"]), ("take", ["took", "taken"]),
                                            ("reach", []), ("outline", []), ("confirm", []), ("express", []), ("signal", [])]
        return lemmas.reduce(into: []) { $0.formUnion(EventLexicon.inflections(of: $1.0, irregular: $1.1)) }
    }()

    /// Verbs whose subject makes the effort that is their object ("leads efforts", "stepped up
    /// its campaign", "launched a bid"), in their inflected forms.
    static let effortVerbs: Set<String> = {
        let lemmas: [(String, [String])] = [("lead", ["led"]), ("make", ["made"]), ("spearhead", []), ("launch", []), ("step", []),
                                            ("intensify", []), ("redouble", []), ("head", []), ("undertake", ["undertook", "undertaken"]),
                                            ("pursue", []), ("renew", []), ("begin", ["began", "begun"]), ("start", [])]
        return lemmas.reduce(into: []) { $0.formUnion(EventLexicon.inflections(of: $1.0, irregular: $1.1)) }
    }()

    /// Verbs whose subject takes part in the act their object or oblique names ("joined the
    /// fight against", "is committed in the fight against", "took part in the attack on").
    static let participationVerbs: Set<String> = ["join", "joined", "joins", "joining", "participate", "participated", "participates", "engage",
                                                  "engaged", "engages", "committed", "continue", "continued", "continues", "intensify",
                                                  "intensified", "lead", "led", "leads", "part", "resume", "resumed", "resumes", "escalate", "escalated",
                                                  // "have been involved in clashes with U.S. troops".
                                                  "involved",
                                                  // "the two oversaw the signing", "attended talks with ...".
                                                  "oversee", "oversaw", "overseen", "oversees", "overseeing",
                                                  "attend", "attended", "attends", "attending"]

    /// Actors and targets of trigger `w` read with `entry`.
    func roles(of w: Int, entry: EventLexiconEntry, in p: ParsedSentence, resolver: ReferenceResolver, resolution: DocumentResolution) -> TriggerRoles {
        // "a tour that took him to India": the journey's traveller, the object, visits.
        let travels = entry.lemma == "take" && entry.particle == "to"
        let agentWords = travels ? p.children(of: w, "obj").map { ($0, ActorResolution.subject) }
            : entry.partOfSpeech == .verb ? agents(ofVerb: w, in: p)
            : entry.partOfSpeech == .adjective ? agents(ofAdjective: w, in: p) : agents(ofNoun: w, in: p)
        var actors: [(entity: Int, via: ActorResolution)] = []
        var military = false
        for (a, via) in agentWords {
            if EventExtractor.militaryNouns.contains(p.lower[a]) { military = true }
            for (e, how) in resolver.entities(at: a, in: p) {
                var entity = e, resolution_ = how ?? via
                if resolution.entities[e].type == .location {
                    if capitals.isCapital(e, in: resolution), !p.isCredit[a] {
                        entity = capitals.country(of: e, in: resolution) ?? e
                        resolution_ = .capital
                    } else {
                        guard let speaker = resolver.referents.speaker(p.position), resolution.entities[speaker].type != .location else { continue }
                        entity = speaker
                        resolution_ = .placeSpeaker
                    }
                }
                if !actors.contains(where: { $0.entity == entity }) { actors.append((entity, resolution_)) }
            }
        }
        var targets: [Int] = []
        var armedTarget = false, borderTarget = false
        for t in targetWords(of: w, entry: entry, in: p) {
            // "told al-Arabiya television": a statement goes through a news outlet, not to it.
            if entry.code.root == 1, isMediaOutlet(t, in: p) { continue }
            // "attacks against U.S., NATO and Afghan forces": the last conjunct's noun heads them all.
            if p.withConjuncts(t).contains(where: { EventExtractor.armedTargetNouns.contains(p.lower[$0]) }) { armedTarget = true }
            if ReferenceResolver.borderNouns.contains(p.lower[t]) { borderTarget = true }
            var found = resolver.entities(at: t, in: p, modifiers: true, undergoers: [2, 10, 12, 13].contains(entry.code.root),
                                          agents: [5, 11, 12, 13, 14, 16].contains(entry.code.root))
            // "is in India for talks with senior government officials", "met officials in Kabul":
            // officials tied to no state are the host's, where the clause places the meeting;
            // not the actor's own ("Iran's negotiator met officials in Tehran").
            if found.isEmpty, entry.code.root == 4, ReferenceResolver.hostedOfficials.contains(p.lower[t]),
               let host = hostState(of: t, in: p, resolver: resolver, resolution: resolution) ?? hostState(of: w, in: p, resolver: resolver, resolution: resolution),
               !actors.contains(where: { $0.entity == host || (resolver.referents.affiliations[$0.entity] ?? []).contains(host) }) {
                found = [(host, .placeOfAct)]
            }
            // "promised 500 million dollars for the reconstruction of Gaza": aid for a work of
            // recovery goes to the place or party it rebuilds.
            if found.isEmpty, [3, 6, 7].contains(entry.code.root), EventExtractor.recoveryNouns.contains(p.lower[t]) {
                found = p.children(of: t, "nmod").filter { p.caseMarker(of: $0) == "of" }.flatMap { resolver.entities(at: $0, in: p) }
            }
            for (found, via) in found {
                // "sanctions on Tehran": a capital stands for its country when the text names it;
                // a visit or a trip to a capital goes to the city ("travelled to Beijing").
                let visit = entry.code.root == 4 && resolution.entities[found].type == .location
                let e = !visit && capitals.isCapital(found, in: resolution) ? (capitals.country(of: found, in: resolution) ?? found) : found
                // "a Russian president visited the kingdom": a described target is not the actor's own side.
                if via == .definiteReference, actors.contains(where: { (resolver.referents.affiliations[$0.entity] ?? []).contains(e) }) { continue }
                if !targets.contains(e) { targets.append(e) }
            }
        }
        // "pledged $100 million to help Haiti recover", "aid to rebuild southern Sudan": whom the
        // aid's purpose is to help receives it.
        if targets.isEmpty, [3, 6, 7].contains(entry.code.root) {
            targets = purposeBeneficiaries(of: w, in: p, resolver: resolver).filter { t in !actors.contains { $0.entity == t } }
        }
        // "pledged 100 million euros to the reconstruction fund for Lebanon": what is given to
        // a fund, an appeal or a programme for a party goes to that party.
        if targets.isEmpty, [3, 6, 7].contains(entry.code.root) {
            let causes = targetWords(of: w, entry: entry, in: p).flatMap { p.children(of: $0, "nmod").filter { p.caseMarker(of: $0) == "for" } }
            targets = causes.flatMap { resolver.entities(at: $0, in: p).map(\.entity) }.filter { t in !actors.contains { $0.entity == t } }
        }
        return TriggerRoles(actors: actors, targets: targets, military: military, armedTarget: armedTarget, borderTarget: borderTarget)
    }

    /// The state where the clause of trigger `w` takes place: the country of an "in" phrase of
    /// the trigger or of the words it hangs from, up to three levels ("met officials in
    /// Kabul"; "is in India for talks": the copula's own "in India"). A capital stands for its
    /// country, and for the state itself when the text does not name the country.
    func hostState(of w: Int, in p: ParsedSentence, resolver: ReferenceResolver, resolution: DocumentResolution) -> Int? {
        var a = w
        for _ in 0..<(p.isVerb(w) || EventExtractor.meetingNouns.contains(p.lower[w]) ? 4 : 1) {
            var places = p.children[a].filter { (p.words[$0].relation.hasPrefix("obl") || p.words[$0].relation.hasPrefix("nmod")) && p.caseMarker(of: $0) == "in" }
            if a != w, p.caseMarker(of: a) == "in" { places.append(a) }
            for place in places {
                for (e, _) in resolver.entities(at: place, in: p) {
                    if resolution.entities[e].type == .country { return e }
                    if capitals.isCapital(e, in: resolution) { return capitals.country(of: e, in: resolution) ?? e }
                }
            }
            guard let h = p.words[a].head else { return nil }
            a = h
        }
        return nil
    }

    // MARK: Actors

    /// The words that name the doer of verb `w`, with how each was found.
    /// Whom a predicate adjective is said of: its subject ("Germany has been critical of", "France
    /// is opposed to", read as a passive), or the subject of the verb it completes ("Russia
    /// remains critical of NATO").
    func agents(ofAdjective w: Int, in p: ParsedSentence) -> [(Int, ActorResolution)] {
        let subjects = p.children[w].filter { ["nsubj", "nsubj:pass"].contains(p.words[$0].relation) }
        if !subjects.isEmpty { return subjects.map { ($0, .subject) } }
        if p.words[w].relation == "xcomp", let h = p.words[w].head, p.isVerb(h) { return agents(ofVerb: h, in: p) }
        return []
    }

    func agents(ofVerb w: Int, in p: ParsedSentence, depth: Int = 0) -> [(Int, ActorResolution)] {
        guard depth < 6 else { return [] }
        if p.isPassive(w) {
            return byAgent(of: w, in: p).map { [($0, .passiveAgent)] } ?? []
        }
        // A day or month read as the subject ("French leaders Tuesday called on ...") is a
        // parse error: the real subject is the noun the clause was hung on.
        var subjects = p.children(of: w, "nsubj").filter { !EventExtractor.timeWords.contains(p.lower[$0]) }
        // "In a statement Sunday, the EU offered ...", parsed with the name in apposition to the day.
        if subjects.isEmpty {
            subjects = p.children(of: w, "nsubj").flatMap { p.children(of: $0, "appos").filter { p.mentionOfWord[$0] != nil } }
        }
        if subjects.isEmpty, !p.children(of: w, "nsubj").isEmpty, p.words[w].relation.hasPrefix("acl"), let h = p.words[w].head {
            return [(h, .subject)]
        }
        if let subject = subjects.first {
            if ["who", "which", "that"].contains(p.lower[subject]), p.words[w].relation.hasPrefix("acl"), let h = p.words[w].head {
                // "a visit by Vice President Jane Roe, who urged ...", with the clause hung on
                // "visit": "who" stands for the name written right before it.
                if p.lower[subject] == "who", let named = nameBefore(subject, in: p), named != h { return [(named, .relativeClause)] }
                // "A battle broke out with Afghan police, who called for ...", with the clause
                // hung on the verb: "who" stands for the noun right before it.
                if p.lower[subject] == "who", p.isVerb(h), let noun = nounBefore(subject, in: p) { return [(noun, .relativeClause)] }
                // "dozens of U.N. peacekeepers who will provide ...", with the clause hung on
                // "dozens" or on an earlier conjunct ("a group of supporters and dozens of ..."):
                // "who" stands for the noun right before it, inside the phrase the clause was hung on.
                if p.lower[subject] == "who", let noun = nounBefore(subject, in: p), noun != h, isInNounPhrase(noun, of: h, in: p) {
                    return [(noun, .relativeClause)]
                }
                return [(h, .relativeClause)]
            }
            // Two subjects are a parse error on an apposition ("the group Human Rights Watch
            // has accused"): both are read, the one that names someone wins.
            return subjects.compactMap { subject in afterCredit(subject, in: p).map { ($0, .subject) } }
        }
        guard let h = p.words[w].head else { return [] }
        let r = p.words[w].relation
        switch r {
        case _ where r.hasPrefix("conj"):
            guard p.isVerb(h) else { return [] }
            // The surface subject is shared, not a passive's agent: in "X was attacked by Y and
            // fled", X fled.
            if let surface = p.child(of: h, "nsubj:pass") { return [(surface, .sharedSubject)] }
            if p.children(of: h, "aux:pass").count > 0 { return [] }
            // "Larijani's trip comes as the United States ... are pressing Iran", with "are
            // pressing" parsed as a conjunct of "comes": verbs that disagree in number share no subject.
            if let a = p.grammaticalNumber(ofVerb: w), let b = p.grammaticalNumber(ofVerb: h), a != b { return [] }
            // "Obama says al-Qaida terrorists are planning attacks ... and urged Islamabad to ...":
            // a simple past hung on the present-tense verb of a reported clause goes with the
            // verb that reports it, the tenses of one clause agreeing.
            if p.words[w].xpos == "VBD", p.children(of: w, "aux").isEmpty, p.words[h].relation == "ccomp",
               p.isPresentTense(h), let reporting = p.words[h].head, p.isVerb(reporting), reporting < h {
                return agents(ofVerb: reporting, in: p, depth: depth + 1).map { ($0.0, .sharedSubject) }
            }
            // "accuses Iran of trying to develop weapons and has imposed sanctions": a finite
            // conjunct hung on a non-finite verb belongs with the finite verb above it.
            if p.isFinite(w), let finite = p.finiteVerb(above: h), finite != h {
                return agents(ofVerb: finite, in: p, depth: depth + 1).map { ($0.0, .sharedSubject) }
            }
            return agents(ofVerb: h, in: p, depth: depth + 1).map { ($0.0, .sharedSubject) }
        case "xcomp":
            // "Poland has announced plans to cut its forces", the infinitive parsed as the verb's
            // complement: the plan's maker does what it is for, not the plan.
            if let object = p.child(of: h, "obj"), p.child(of: h, "iobj") == nil,
               EventExtractor.planNouns.contains(p.lower[object]) || EventExtractor.effortNouns.contains(p.lower[object]),
               EventExtractor.planVerbs.contains(p.lower[h]) || EventExtractor.effortVerbs.contains(p.lower[h]) {
                return agents(ofVerb: h, in: p, depth: depth + 1).map { ($0.0, .sharedSubject) }
            }
            if let object = p.child(of: h, "obj") ?? p.child(of: h, "iobj") { return [(object, .sharedSubject)] }
            // "Talabani is scheduled to arrive", "was forced to withdraw": the passive's subject does it.
            if let surface = p.child(of: h, "nsubj:pass") { return [(surface, .sharedSubject)] }
            // "called on Iran to stop": the one called on; "agreed on Thursday to send" is a time.
            if let onObject = p.children(of: h, "obl").first(where: { ["on", "upon"].contains(p.caseMarker(of: $0) ?? "") && !EventExtractor.timeNouns.contains(p.lower[$0]) }) {
                return [(onObject, .sharedSubject)]
            }
            guard p.isVerb(h) || p.words[h].upos == "ADJ" else { return [] }
            return agents(ofVerb: h, in: p, depth: depth + 1).map { ($0.0, .sharedSubject) }
        case _ where r.hasPrefix("advcl"):
            // "accused China of pressuring Nepal": the accused does it.
            if p.children(of: w, "mark").contains(where: { ["of", "for"].contains(p.lower[$0]) }), let object = p.child(of: h, "obj") {
                return [(object, .sharedSubject)]
            }
            // "called on the Security Council to pressure Israel", the infinitive parsed as a
            // clause of purpose: the one called on is to act.
            if p.children(of: w, "mark").contains(where: { p.lower[$0] == "to" }),
               let onObject = p.children(of: h, "obl").first(where: { ["on", "upon"].contains(p.caseMarker(of: $0) ?? "") }),
               entry(at: h, in: p)?.code.root == 2 {
                return [(onObject, .sharedSubject)]
            }
            // "Modi invited Macron to visit New Delhi", the infinitive parsed as a clause of
            // purpose: after a verb of object control, its object is to act.
            if p.children(of: w, "mark").contains(where: { p.lower[$0] == "to" }), EventExtractor.objectControlVerbs.contains(p.lower[h]),
               let object = p.child(of: h, "obj") {
                return [(object, .sharedSubject)]
            }
            guard p.words[w].xpos == "VBG" || p.children(of: w, "mark").contains(where: { p.lower[$0] == "to" }), p.isVerb(h) else { return [] }
            return agents(ofVerb: h, in: p, depth: depth + 1).map { ($0.0, .sharedSubject) }
        case "acl:relcl":
            return [(h, .relativeClause)]
        case _ where r.hasPrefix("ccomp"):
            // "NATO says Foreign Secretary Miliband visited ...", parsed with both names as
            // subjects of "says": the one between the head and the clause is the clause's.
            let stray = p.children(of: h, "nsubj").filter { $0 > h && $0 < w }
            return stray.map { ($0, .subject) }
        case "acl":
            // "Solana made his plea after meeting with Livni", the participle hung on "plea": a
            // clause of time shares the subject of the verb it belongs to.
            if p.words[w].xpos == "VBG", p.children(of: w, "mark").contains(where: { EventExtractor.temporalMarkers.contains(p.lower[$0]) }),
               let verb = governingVerb(of: h, in: p) {
                return agents(ofVerb: verb, in: p, depth: depth + 1).map { ($0.0, .sharedSubject) }
            }
            if p.words[w].xpos == "VBN" {
                if let agent = byAgent(of: w, in: p) { return [(agent, .passiveAgent)] }
                // "In a letter sent to the AU, FIFA said ...": the message is the speaker's.
                if EventExtractor.messageNouns.contains(p.lower[h]), let v = occasionVerb(of: h, in: p) {
                    return agents(ofVerb: v, in: p, depth: depth + 1).map { ($0.0, .sharedSubject) }
                }
                return []
            }
            if p.words[w].xpos == "VBG" { return [(h, .relativeClause)] }
            // "Egypt's call on Israel to withdraw", "an appeal to Iran to stop": whom the appeal
            // is addressed to does what it asks (object control, as of the verbs).
            if p.children(of: w, "mark").contains(where: { p.lower[$0] == "to" }), EventModality.appeals.contains(p.lower[h]),
               let addressee = p.children[h].first(where: { p.words[$0].relation.hasPrefix("nmod") && ["on", "to", "for"].contains(p.caseMarker(of: $0) ?? "") }) {
                return [(addressee, .sharedSubject)]
            }
            // "the efforts of the alliance to defeat al-Shabaab", "Kenya's decision to send troops".
            if p.children(of: w, "mark").contains(where: { p.lower[$0] == "to" }) {
                let own = agents(ofNoun: h, in: p, ownOnly: true).map { ($0.0, ActorResolution.nounModifier) }
                // "France is leading diplomatic efforts to persuade Iran", "stepped up its campaign
                // to isolate Taiwan": who makes the effort does what it is for.
                // "Poland has announced plans to cut its forces", "made a decision to send
                // troops": who announces a plan or takes a decision does what it is for.
                if own.isEmpty, p.words[h].relation == "obj", let v = p.words[h].head, p.isVerb(v),
                   (EventExtractor.effortNouns.contains(p.lower[h]) && EventExtractor.effortVerbs.contains(p.lower[v]))
                    || (EventExtractor.planNouns.contains(p.lower[h]) && EventExtractor.planVerbs.contains(p.lower[v])) {
                    return agents(ofVerb: v, in: p, depth: depth + 1).map { ($0.0, .sharedSubject) }
                }
                return own
            }
            return []
        default:
            return []
        }
    }

    /// Verbs whose object does what their infinitive says ("invited Macron to visit", "asked
    /// Iran to stop", "persuaded the rebels to return"): object control.
    static let objectControlVerbs: Set<String> = ["invite", "invites", "invited", "inviting", "ask", "asks", "asked", "asking",
                                                  "urge", "urges", "urged", "urging", "encourage", "encourages", "encouraged",
                                                  "persuade", "persuaded", "convince", "convinced", "allow", "allows", "allowed",
                                                  "permit", "permitted", "force", "forced", "compel", "compelled", "order", "ordered",
                                                  "instruct", "instructed", "authorize", "authorized", "authorise", "authorised",
                                                  "press", "pressed", "pressure", "pressured", "tell", "told", "advise", "advised"]

    /// Subordinators of a participle clause of time: "after meeting", "before leaving".
    static let temporalMarkers: Set<String> = ["after", "before", "while", "since", "upon", "when", "during"]

    /// The nearest verb at or above word `x` in the tree.
    func governingVerb(of x: Int, in p: ParsedSentence) -> Int? {
        var x = x
        for _ in 0..<12 {
            if p.isVerb(x) { return x }
            guard let h = p.words[x].head else { return nil }
            x = h
        }
        return nil
    }

    /// The noun written right before word `k` (a comma between allowed).
    /// Whether word `x` hangs on noun `h` through "of" phrases and conjuncts only ("a group of
    /// supporters and dozens of peacekeepers": "peacekeepers" in the phrase of "group").
    func isInNounPhrase(_ x: Int, of h: Int, in p: ParsedSentence) -> Bool {
        var x = x
        while let head = p.words[x].head {
            let r = p.words[x].relation
            guard r == "conj" || (r.hasPrefix("nmod") && p.caseMarker(of: x) == "of") else { return false }
            if head == h { return true }
            x = head
        }
        return false
    }

    func nounBefore(_ k: Int, in p: ParsedSentence) -> Int? {
        p.wordBefore(k).flatMap { ["NOUN", "PROPN"].contains(p.words[$0].upos) ? $0 : nil }
    }

    /// Nouns for a part of a country's land (``ReferenceResolver/placeHeads`` and ``ReferenceResolver/placeNouns``).
    static let regionNouns: Set<String> = ReferenceResolver.placeHeads.union(ReferenceResolver.placeNouns)

    /// Whether word `x` names a place or country: a mention of one, or a region noun whose
    /// owner is a country ("Russia's Volgograd region", "Pakistan's North Waziristan tribal
    /// region"; not "southwestern Baluchistan province", where a state may be acting in its own land).
    func isNamedPlace(_ x: Int, in p: ParsedSentence) -> Bool {
        if p.isPlaceOrCountry[x] { return true }
        guard EventExtractor.regionNouns.contains(p.lower[x]) else { return false }
        return p.children(of: x, "nmod:poss").contains { p.isPlaceOrCountry[$0] && !p.isPlace[$0] }
    }

    /// The word of a name, not a place, written right before word `k` (a comma between allowed).
    func nameBefore(_ k: Int, in p: ParsedSentence) -> Int? {
        p.wordBefore(k).flatMap { p.mentionOfWord[$0] != nil && !p.isPlace[$0] ? $0 : nil }
    }

    /// A subject inside a dateline ("NAIROBI, May 3 (Reuters) - Kenya urged ...", parsed with
    /// NAIROBI as the subject and Kenya hanging from it): the first nominal after the dateline
    /// among its dependents; the word itself when it is not a credit.
    func afterCredit(_ w: Int, in p: ParsedSentence) -> Int? {
        guard p.isCredit[w] else { return w }
        var queue = p.children[w]
        var k = 0
        var found: [Int] = []
        while k < queue.count {
            let x = queue[k]
            k += 1
            if !p.isCredit[x], ["PROPN", "NOUN", "PRON"].contains(p.upos(x)) { found.append(x) } else { queue += p.children[x] }
        }
        return found.min()
    }

    /// Verbs of a purpose clause that name whom an aid or a pledge is for ("to help Haiti", "to
    /// rebuild Sudan").
    static let purposeVerbs: Set<String> = ["help", "rebuild", "reconstruct", "support", "assist", "aid", "fund", "finance",
                                            "develop", "feed", "stabilize", "stabilise", "strengthen", "bolster", "boost",
                                            "train", "equip", "protect", "defend", "rescue", "resettle", "relieve"]

    /// The objects of the "to"-infinitive purpose clauses (``purposeVerbs``) hung on trigger `w`,
    /// on its object or on its object's modifiers: "pledged $100 million to help Haiti",
    /// "provided $50 million in aid to support Ukraine", "aid to rebuild southern Sudan".
    func purposeBeneficiaries(of w: Int, in p: ParsedSentence, resolver: ReferenceResolver) -> [Int] {
        var heads = [w]
        for o in p.children(of: w, "obj") { heads += [o] + p.children(of: o, "nmod") }
        let clauses = heads.flatMap { h in p.children[h].filter { ["acl", "advcl", "xcomp"].contains(p.words[$0].relation) } }
            .filter { c in EventExtractor.purposeVerbs.contains(p.lower[c]) && p.children(of: c, "mark").contains { p.lower[$0] == "to" } }
        return clauses.flatMap { c in p.children(of: c, "obj").flatMap { resolver.entities(at: $0, in: p).map(\.entity) } }
    }

    private func byAgent(of w: Int, in p: ParsedSentence) -> Int? {
        p.children[w].first { c in
            (p.words[c].relation.hasPrefix("obl") || p.words[c].relation.hasPrefix("nmod")) && p.caseMarker(of: c) == "by"
        }
    }

    /// The doer of noun trigger `w`: its possessor, a country or organization modifier, a
    /// "by"/"from" phrase, or the subject of the light verb it is the object of.
    func agents(ofNoun w: Int, in p: ParsedSentence, ownOnly: Bool = false) -> [(Int, ActorResolution)] {
        // "Boko Haram's defeat", "Fujimori's arrest": the owner of these nouns undergoes the act.
        let ownerUndergoes = EventExtractor.patientNouns.contains(p.lower[w])
        let light = ownOnly ? nil : lightVerb(of: w, in: p)
        // "last month's attack": a time is no owner.
        if let owner = p.child(of: w, "nmod:poss"), !ownerUndergoes, !EventExtractor.timeNouns.contains(p.lower[owner]) {
            // "the two countries held their first talks", "paid his visit": a pronoun owner
            // repeats the light verb's subject, which names the actor directly.
            if p.words[owner].upos == "PRON", let light {
                let subjects = agents(ofVerb: light, in: p)
                if !subjects.isEmpty { return subjects }
            }
            return [(owner, .nounModifier)]
        }
        // "Albanese will be in Berlin on Monday for a bilateral visit", "Rubio is in Kyiv for
        // talks": a visit or meeting that is why someone is in a named place is theirs.
        if let place = stayPlace(of: w, in: p), let subject = p.child(of: place, "nsubj") { return [(subject, .sharedSubject)] }
        // A predicate noun: "al-Shabaab is a threat to Kenya"; in a relative clause, "Abe, who is
        // on a visit to the United States": the name the clause is hung on.
        if let subject = p.child(of: w, "nsubj"), p.child(of: w, "cop") != nil {
            // (The parser may hang the clause elsewhere: "who" is the name written right before it.)
            // Not a noun its subject undergoes: "Suu Kyi, who was under house arrest".
            if p.lower[subject] == "who", !ownerUndergoes, let named = nameBefore(subject, in: p) { return [(named, .relativeClause)] }
            if ["which", "that"].contains(p.lower[subject]), p.words[w].relation.hasPrefix("acl"), let h = p.words[w].head {
                return [(h, .relativeClause)]
            }
            return [(subject, .subject)]
        }
        if ownOnly, let of = p.children[w].first(where: { p.words[$0].relation.hasPrefix("nmod") && ["of", "by"].contains(p.caseMarker(of: $0) ?? "") }) {
            return [(of, .nounModifier)]
        }
        // "U.S.-led wars", "a NATO-led operation": whoever leads the act does it.
        for led in p.children(of: w, "amod") where p.lower[led] == "led" {
            if let leader = p.children[led].first(where: { $0 < led && p.mentionOfWord[$0] != nil && !p.isPlace[$0] }) {
                return [(leader, .nounModifier)]
            }
        }
        for c in p.children[w] where ["amod", "compound"].contains(p.words[c].relation) {
            // "a Gaza offensive": the place of an armed act is its target, not its doer.
            if p.isPlace[c], isArmedNoun(w, in: p) { continue }
            // "Hayashi and Wong participated in the Quad talks", "held the ASEAN summit": the
            // organization named before a meeting is its forum; the clause's subject takes part.
            if isForum(c, of: w, in: p) { continue }
            if p.mentionOfWord[c] != nil, p.mentionOfWord[w] == nil { return [(c, .nounModifier)] }
        }
        if let agent = p.children[w].first(where: { p.words[$0].relation.hasPrefix("nmod") && ["by", "from"].contains(p.caseMarker(of: $0) ?? "") }) {
            return [(agent, .nounModifier)]
        }
        // "a truce offer made by bin Laden", "the attack carried out by the group": the agent of a
        // participle hung on the noun.
        if let agent = p.participleAgents(of: w).first { return [(agent, .passiveAgent)] }
        // "the kidnapping of two soldiers by Hezbollah fighters", with the agent hung on the "of" phrase.
        for of in p.children(of: w, "nmod") where p.caseMarker(of: of) == "of" {
            if let agent = p.children(of: of, "nmod").first(where: { p.caseMarker(of: $0) == "by" }) { return [(agent, .nounModifier)] }
        }
        // "the visit of Iranian President Ebrahim Raisi to Syria", "with the support of France":
        // the "of" phrase of a journey or of help is who makes it, unless it is a place ("a
        // tour of Asia").
        if EventExtractor.agentOfNouns.contains(p.lower[w]),
           let of = p.children(of: w, "nmod").first(where: { p.caseMarker(of: $0) == "of" && !p.isPlace[$0] }) {
            return [(of, .nounModifier)]
        }
        guard !ownOnly else { return [] }
        // "carried out a series of deadly attacks": the quantity noun stands between.
        if let q = p.words[w].head, p.words[w].relation.hasPrefix("nmod"), EventExtractor.quantityNouns.contains(p.lower[q]),
           let h = p.words[q].head, p.isVerb(h), p.words[q].relation == "obj", EventExtractor.lightVerbs.contains(p.lower[h]) {
            return agents(ofVerb: h, in: p)
        }
        if let h = p.words[w].head, p.isVerb(h) {
            let r = p.words[w].relation
            if light == h { return agents(ofVerb: h, in: p) }
            // "vowed revenge against Israel", "threatened retaliation": force its subject announces.
            if r == "obj", EventExtractor.vowVerbs.contains(p.lower[h]), isArmedNoun(w, in: p) || p.lower[w] == "revenge" {
                return agents(ofVerb: h, in: p)
            }
            // "called for progress during a meeting with ...", "arrived for talks with ...":
            // a meeting the subject of the clause takes part in.
            if r.hasPrefix("obl"), EventExtractor.meetingNouns.contains(p.lower[w]) {
                return agents(ofVerb: h, in: p).map { ($0.0, .sharedSubject) }
            }
            // (Unless the act names its parties: "attend a summit between the EU and the United States".)
            if (r == "obj" || r.hasPrefix("obl")) && isParticipation(h, in: p),
               !p.children[w].contains(where: { p.caseMarker(of: $0) == "between" }) {
                // "his government is committed in the fight against al-Shabaab": the surface subject.
                if let surface = p.child(of: h, "nsubj:pass") { return [(surface, .sharedSubject)] }
                return agents(ofVerb: h, in: p)
            }
        }
        // "Larijani is in India for talks with ...": a meeting hung on a predicate of place; its
        // subject takes part.
        if let h = p.words[w].head, p.words[w].relation.hasPrefix("obl"), EventExtractor.meetingNouns.contains(p.lower[w]),
           p.child(of: h, "cop") != nil, let subject = p.child(of: h, "nsubj") {
            return [(subject, .sharedSubject)]
        }
        // "the group claimed responsibility for the attack": who claims an act did it; also for
        // a later conjunct ("for the London subway and bus bombings", parsed as "subway and bombings").
        let claimed = p.words[w].relation == "conj" ? (p.words[w].head ?? w) : w
        if p.words[claimed].relation.hasPrefix("nmod"), p.caseMarker(of: claimed) == "for", let r = p.words[claimed].head,
           ["responsibility", "credit"].contains(p.lower[r]), p.words[r].relation == "obj", let v = p.words[r].head, p.isVerb(v),
           Self.claimVerbs.contains(p.lower[v]) {
            return agents(ofVerb: v, in: p)
        }
        // ... also with the act hung on the verb: "claimed responsibility for an attack", parsed
        // with "for an attack" an oblique of "claimed".
        if p.words[claimed].relation.hasPrefix("obl"), p.caseMarker(of: claimed) == "for", let v = p.words[claimed].head, p.isVerb(v),
           Self.claimVerbs.contains(p.lower[v]), p.children(of: v, "obj").contains(where: { ["responsibility", "credit"].contains(p.lower[$0]) }) {
            return agents(ofVerb: v, in: p)
        }
        // "delivered the warning during a meeting with Assad", the meeting hung on the object
        // of the clause rather than on its verb: the clause's subject takes part, one noun down
        // (unless the meeting names its parties: "talks between X and Y").
        if EventExtractor.meetingNouns.contains(p.lower[w]), p.words[w].relation.hasPrefix("nmod"),
           Self.circumstanceMarkers.contains(p.caseMarker(of: w) ?? ""),
           !p.children[w].contains(where: { p.caseMarker(of: $0) == "between" }),
           let n = p.words[w].head, p.mentionOfWord[n] == nil, p.words[n].relation == "obj" || p.words[n].relation.hasPrefix("obl"),
           let v = p.words[n].head, p.isVerb(v) {
            return agents(ofVerb: v, in: p).map { ($0.0, .sharedSubject) }
        }
        // "At the end of a three-day visit to China, Mr. Chirac said ...": a meeting or visit
        // deeper in a phrase of circumstance set before the clause is the clause subject's.
        if EventExtractor.meetingNouns.contains(p.lower[w]), !p.children[w].contains(where: { p.caseMarker(of: $0) == "between" }),
           let v = occasionVerb(of: w, in: p) {
            return agents(ofVerb: v, in: p).map { ($0.0, .sharedSubject) }
        }
        return []
    }

    /// The finite verb whose clause noun `w` is the occasion of, when `w` sits in a phrase set
    /// before that verb's subject: up through nouns' "of" phrases, an oblique, and the
    /// participles that open the sentence ("Speaking on the final day of a visit to X, Y
    /// said"); nil past four steps or when the verb has no subject after the phrase.
    func occasionVerb(of w: Int, in p: ParsedSentence) -> Int? {
        var x = w
        for _ in 0..<6 {
            guard let h = p.words[x].head else { return nil }
            let r = p.words[x].relation
            if r.hasPrefix("nmod"), r != "nmod:poss", !p.isVerb(h) { x = h; continue }
            guard p.isVerb(h), r.hasPrefix("obl") || (r == "xcomp" && !p.isFinite(h)) || (r == "advcl" && !p.isFinite(x)) else { return nil }
            if p.isFinite(h) {
                guard let subject = p.children(of: h, "nsubj").first, subject > w else { return nil }
                return h
            }
            x = h
        }
        return nil
    }

    /// Verbs by which a group owns an act: "claimed responsibility for", "took credit for".
    static let claimVerbs: Set<String> = ["claim", "claimed", "claims", "claiming", "take", "took", "taken", "takes", "taking",
                                          "accept", "accepted", "accepts", "admit", "admitted", "admits", "assume", "assumed"]

    /// Prepositions that set a meeting as the occasion of a clause's act ("during a meeting with").
    static let circumstanceMarkers: Set<String> = ["during", "at", "after", "before", "following", "for", "in"]

    /// The light verb noun trigger `w` is the object of ("launched an attack", "held talks"),
    /// with "have" for meetings and calls (``hadNouns``: "had two meetings with") and the verbs
    /// of taking an act back ("withdrew its support"): its subject performs the act.
    func lightVerb(of w: Int, in p: ParsedSentence) -> Int? {
        // "held 45 minutes of talks with", "carried out a series of raids on": through the
        // quantity noun the act is measured by.
        var n = w
        if let q = p.words[w].head, p.words[w].relation.hasPrefix("nmod"), p.caseMarker(of: w) == "of",
           EventExtractor.quantityNouns.contains(p.lower[q]) { n = q }
        // "A ban on Liberian diamonds was imposed by the Security Council": a passive light verb.
        guard let h = p.words[n].head, p.isVerb(h), ["obj", "nsubj:pass"].contains(p.words[n].relation) else { return nil }
        if EventExtractor.lightVerbs.contains(p.lower[h]) || EventExtractor.retractionVerbs.contains(p.lower[h]) { return h }
        if EventExtractor.hadNouns.contains(p.lower[w]), EventExtractor.haveForms.contains(p.lower[h]) { return h }
        return nil
    }

    /// Verbs of waging a fight rather than striking a blow.
    static let campaignVerbs: Set<String> = ["fight", "battle", "combat", "clash", "destroy", "eliminate", "crush", "suppress"]

    /// Whether request noun `w`'s "for" phrase names the person wanted, not the addressee: "an
    /// extradition request for Nuriye Kesbir".
    func asksForSomeone(_ w: Int, in p: ParsedSentence) -> Bool {
        p.children(of: w, "compound").contains { p.lower[$0].hasPrefix("extradition") }
    }

    /// Whether noun `w` names an act of force (CAMEO 15–20: "offensive", "strikes", "attack").
    func isArmedNoun(_ w: Int, in p: ParsedSentence) -> Bool {
        lexicon.nounEntries(p.lower[w]).contains { $0.code.root >= 15 }
    }

    /// Whether name `c`, an organization modifying meeting noun `w`, is the meeting's forum
    /// rather than its party: the meeting is the object or oblique of a light or participation
    /// verb whose subject names someone ("participated in the Quad talks", "held the G7 summit").
    func isForum(_ c: Int, of w: Int, in p: ParsedSentence) -> Bool {
        guard EventExtractor.hostedNouns.contains(p.lower[w]), p.mentionOfWord[c] != nil, !p.isPlaceOrCountry[c],
              let h = p.words[w].head, p.isVerb(h), lightVerb(of: w, in: p) == h || isParticipation(h, in: p) else { return false }
        return agents(ofVerb: h, in: p).contains { p.mentionOfWord[$0.0] != nil || p.upos($0.0) == "PRON" }
    }

    /// Forms of the verbs of exchange, whose act noun each coordinated subject does to the
    /// others ("Hamas and Israel traded accusations", "India and Pakistan exchanged fire").
    static let exchangeVerbs: Set<String> = Set(["trade", "exchange"].flatMap { EventLexicon.inflections(of: $0) })

    /// The nouns "have" is a light verb of: meetings and conversations ("had talks with", "had
    /// a phone call with"; not "has an army").
    static let hadNouns: Set<String> = meetingNouns.union(["call", "calls", "discussion", "discussions"])

    /// Forms of "have", a light verb for meetings only ("had talks with", not "has an army").
    static let haveForms: Set<String> = ["have", "has", "had", "having"]

    /// Whether verb `h` makes its subject a participant of the act its object or oblique
    /// names: the participation verbs, and "take part in".
    func isParticipation(_ h: Int, in p: ParsedSentence) -> Bool {
        if EventExtractor.participationVerbs.contains(p.lower[h]) { return true }
        return ["take", "takes", "took", "taken", "taking"].contains(p.lower[h]) && p.children(of: h, "obj").contains { p.lower[$0] == "part" }
    }

    // MARK: Targets

    /// The targets of the acts a verb that is no trigger is done for: its object when that
    /// is an act ("launch an attack on X") and its purpose clauses ("... to attack X"), one
    /// level down.
    func purposeTargets(of clause: Int, in p: ParsedSentence) -> [Int] {
        var out: [Int] = []
        for object in p.children(of: clause, "obj") {
            guard let inner = entry(at: object, in: p) else { continue }
            out += targetWords(of: object, entry: inner, in: p)
            // "seek new sanctions against Sudan", the phrase hung on the verb.
            out += p.children[clause].filter { c in
                p.words[c].relation.hasPrefix("obl") && inner.targetPrepositions.contains(p.caseMarker(of: c) ?? "")
            }
        }
        for purpose in p.children(of: clause, "advcl") + p.children(of: clause, "xcomp")
        where p.isVerb(purpose) && p.children(of: purpose, "mark").contains(where: { p.lower[$0] == "to" }) {
            if let inner = entry(at: purpose, in: p) { out += targetWords(of: purpose, entry: inner, in: p) }
        }
        return out
    }

    /// The words that name the target of trigger `w` under `entry`.
    func targetWords(of w: Int, entry: EventLexiconEntry, in p: ParsedSentence) -> [Int] {
        var out: [Int] = []
        let passive = p.isPassive(w) && p.child(of: w, "nsubj:pass") != nil
        if entry.objectIsTarget {
            out += p.children(of: w, "obj")
            if passive { out += p.children(of: w, "nsubj:pass") }
            // "killing six people, including a commander of the Popular Resistance Committee":
            // the examples of the object, parsed as a phrase of the verb, are among those acted on.
            if !p.children(of: w, "obj").isEmpty || passive {
                // Not a gerund after a preposition: "criticized Washington for including Hezbollah".
                out += p.children(of: w, "obl").filter { c in
                    let markers = p.children(of: c, "case")
                    return ["including", "such"].contains(p.caseMarker(of: c) ?? "")
                        && !markers.contains { $0 > 0 && ["ADP", "SCONJ"].contains(p.upos($0 - 1)) }
                }
            }
            // "Kenya, backed by France, ...": a past participle hung on a noun is a passive
            // whose patient is that noun; only with its "by" agent, so that "the troops
            // deployed" or "those arrested" stay what they were.
            // The noun is a name or a state noun ("Iraqi forces backed by U.S. troops"), not an
            // act or document whose modifier would be taken for it ("a Senate resolution backed by Democrats").
            if p.words[w].relation == "acl", p.words[w].xpos == "VBN", entry.partOfSpeech == .verb, p.children(of: w, "obj").isEmpty,
               p.children(of: w, "obl:agent").count > 0, let h = p.words[w].head,
               p.mentionOfWord[h] != nil || ReferenceResolver.stateNouns.contains(p.lower[h]) {
                out.append(h)
            }
            // "Ezzat was among those arrested", "Mukakibibi is the second journalist arrested this
            // week": the participle's noun is said of the copula's subject, the one acted on.
            if p.words[w].relation == "acl", p.words[w].xpos == "VBN", entry.partOfSpeech == .verb, p.children(of: w, "obj").isEmpty,
               let h = p.words[w].head, !p.children(of: h, "cop").isEmpty {
                out += p.children(of: h, "nsubj")
            }
            // "Iran resumed enrichment, a move condemned by France", "..., a step that was welcomed
            // by Washington": the move is the act of the clause it sums up, whose subject is the
            // one judged.
            if p.words[w].xpos == "VBN", entry.partOfSpeech == .verb, p.children(of: w, "obj").isEmpty,
               p.children(of: w, "obl:agent").count > 0, let h = p.words[w].head, p.words[w].relation.hasPrefix("acl"),
               EventExtractor.moveNouns.contains(p.lower[h]), let h2 = p.words[h].head, let clause = governingVerb(of: h2, in: p) {
                out += p.children(of: clause, "nsubj")
            }
            // "Bashir and Deby reached the agreement at a summit hosted by Gadhafi": the host
            // receives those who act at the meeting.
            if entry.lemma == "host", p.words[w].relation == "acl", let h = p.words[w].head,
               EventExtractor.hostedNouns.contains(p.lower[h]),
               p.words[h].relation.hasPrefix("obl"), let v = p.words[h].head, p.isVerb(v) {
                out += agents(ofVerb: v, in: p).map(\.0)
            }
            if entry.partOfSpeech == .noun {
                out += p.children[w].filter { p.words[$0].relation.hasPrefix("nmod") && p.caseMarker(of: $0) == "of" && p.words[$0].relation != "nmod:poss" }
            }
        }
        // "abducted and held hostage 38 AU personnel", "condemned and rejected the resolution": an
        // object written once after coordinated verbs is the object of each (right node raising),
        // unless the later verb has a subject of its own; the verbs are joined by a conjunction.
        if entry.objectIsTarget, !passive, p.children(of: w, "obj").isEmpty {
            for c in p.children(of: w, "conj") where c > w && p.isVerb(c) && !p.children[c].contains(where: { p.words[$0].relation.hasPrefix("nsubj") })
                && p.children(of: c, "cc").contains(where: { $0 > w && $0 < c }) {
                out += p.children(of: c, "obj").filter { $0 > c }
            }
        }
        // The phrases with the row's prepositions, first: the rules below apply when the trigger has none.
        var prepositions = entry.targetPrepositions
        if let particle = entry.particle { prepositions.insert(particle) }
        let wanted = entry.partOfSpeech == .noun && asksForSomeone(w, in: p)
        func prepositional(_ x: Int) -> [Int] {
            p.children[x].filter { c in
                let r = p.words[c].relation
                guard r.hasPrefix("obl") || (r.hasPrefix("nmod") && r != "nmod:poss") else { return false }
                guard let marker = p.caseMarker(of: c), prepositions.contains(marker), !(wanted && x == w && marker == "for") else { return false }
                // "For its part, the ministry urged ...", "on their part": a turn in the account, no party.
                if p.lower[c] == "part", !p.children(of: c, "nmod:poss").isEmpty { return false }
                return !(entry.particle != nil && marker == entry.particle && !entry.targetPrepositions.contains(marker) && !entry.objectIsTarget)
            }
        }
        out += prepositional(w)
        // "Bush held talks Saturday with Musharraf": the phrase hung on the light verb.
        if entry.partOfSpeech == .noun, out.isEmpty, let light = lightVerb(of: w, in: p), self.entry(at: light, in: p) == nil {
            out += prepositional(light)
        }
        // "asked Gadhafi to make progress" parsed with Gadhafi as the subject of the complement.
        if entry.objectIsTarget, p.children(of: w, "obj").isEmpty, !passive {
            out += p.children(of: w, "iobj")
            for clause in p.children(of: w, "xcomp") + p.children(of: w, "ccomp")
            where p.children(of: clause, "mark").contains(where: { p.lower[$0] == "to" }) {
                out += p.children(of: clause, "nsubj")
            }
        }
        // "Moscow demanded that the United States extradite ...": the addressee of a demand or
        // an appeal is the subject of what it asks for.
        // So is the accused of an allegation: "alleges Syria allows fighters to ...".
        if [2, 10, 11].contains(entry.code.root), out.isEmpty, p.children(of: w, "obj").isEmpty, p.children(of: w, "iobj").isEmpty {
            // "a request by Bush for Riyadh to raise production": a noun's clause too.
            for clause in p.children(of: w, "ccomp") + p.children(of: w, "xcomp") + p.children(of: w, "acl") { out += p.children(of: clause, "nsubj") }
        }
        if entry.indirectObjectIsTarget {
            out += p.children(of: w, "iobj")
            // "agreed to sell Venezuela patrol boats", parsed with two objects: the first, a
            // name, is the indirect object, who receives. Not a name right before the other
            // object or counted, which modifies it ("pledged EU support", "send 29 Qing
            // Dynasty relics").
            let objects = p.children(of: w, "obj")
            if objects.count >= 2, p.mentionOfWord[objects[0]] != nil, p.mentionOfWord[objects[1]] == nil,
               objects[1] > objects[0] + 1, p.children(of: objects[0], "nummod").isEmpty {
                out.append(objects[0])
            }
        }
        // "Turkey threatened to send troops into Iraq", "offering to resume aid to Sudan": a
        // threat, appeal, demand or offer with no target of its own is aimed at the target of
        // what it announces.
        if [2, 3, 10, 13].contains(entry.code.root), out.isEmpty, p.children(of: w, "obj").isEmpty {
            for clause in p.children(of: w, "xcomp") where p.isVerb(clause) {
                if let inner = self.entry(at: clause, in: p) {
                    out += targetWords(of: clause, entry: inner, in: p)
                    if out.isEmpty { out += purposeTargets(of: clause, in: p) }
                } else {
                    // "offering to resume aid to Sudan": the announced verb is no trigger, its
                    // phrase with the trigger's own prepositions names the target.
                    out += prepositional(clause)
                    // "offered to lead a police mission to Haiti": the phrase hung on its object.
                    if out.isEmpty {
                        out += p.children(of: clause, "obj").flatMap(prepositional).filter { c in p.core(c).contains { p.mentionOfWord[$0] != nil } }
                    }
                    // "threatened to launch an operation to attack PKK rebels": the act the
                    // announced one is for.
                    if out.isEmpty { out += purposeTargets(of: clause, in: p) }
                }
            }
        }
        if entry.partOfSpeech == .noun, EventExtractor.patientNouns.contains(p.lower[w]) { out += p.children(of: w, "nmod:poss") }
        // "a Gaza offensive", "the Mosul airstrikes": the place an armed act is aimed at.
        if entry.partOfSpeech == .noun, entry.code.root >= 15 {
            out += p.children(of: w, "compound").filter { p.isPlace[$0] }
            // "the London subway and bus bombings", parsed with "bombings" a conjunct of "subway".
            if p.words[w].relation == "conj", let first = p.words[w].head, first < w, ["NOUN", "PROPN"].contains(p.words[first].upos) {
                out += p.children(of: first, "compound").filter { p.isPlace[$0] }
            }
        }
        // "Osmani was killed in a U.S. airstrike", "died in an attack by the Taliban": the victims
        // of an armed act are the subject of the harm it is the occasion of.
        if entry.partOfSpeech == .noun, entry.code.root >= 18, !out.contains(where: { t in p.core(t).contains { p.mentionOfWord[$0] != nil } }) {
            out += victims(ofOccasion: w, in: p)
        }
        // "the shelling of towns in northern Israel", "wars in Afghanistan and Iraq": with no
        // target of its own, an assault or fight is aimed at the place or country it is in.
        // (Also hung on the unnamed target: "shelling of populated centers in northern Israel".)
        // Not a "campaign", which may fight a disease ("a campaign in Burma to fight dengue").
        if entry.partOfSpeech == .noun, entry.code.root >= 18, !["campaign", "campaigns"].contains(p.lower[w]),
           !out.contains(where: { t in p.core(t).contains { p.mentionOfWord[$0] != nil } }) {
            out += ([w] + out).flatMap { p.children(of: $0, "nmod") }.filter { p.caseMarker(of: $0) == "in" && isNamedPlace($0, in: p) }
        }
        // "attacked the district headquarters in Alishar": an assault's unnamed object is in a place.
        // Not for fighting or combating something, which may be a state's own insurgency or
        // outbreak ("battling militants in Swat", "combat a bird flu outbreak in Crimea").
        if entry.partOfSpeech == .verb, entry.code.root >= 18, !EventExtractor.campaignVerbs.contains(entry.lemma),
           !out.contains(where: { t in p.core(t).contains { p.mentionOfWord[$0] != nil } }) {
            out += out.flatMap { p.children(of: $0, "nmod") }.filter { p.caseMarker(of: $0) == "in" && isNamedPlace($0, in: p) }
            // "attacked a police post in Zabul province", the place hung on the verb.
            if out.contains(where: { p.words[$0].relation == "obj" && p.words[$0].head == w }) {
                out += p.children(of: w, "obl").filter { p.caseMarker(of: $0) == "in" && isNamedPlace($0, in: p) }
            }
        }
        // "will be in Berlin for a bilateral visit": the place the visitor is in.
        if entry.fineCode == "042", out.isEmpty, let place = stayPlace(of: w, in: p) { out.append(place) }
        // "visited a refugee camp in Jordan", "a trip to an air base in Poland": a visit whose
        // place is not named goes to the named place that place is in.
        if entry.fineCode == "042", !out.contains(where: { t in p.core(t).contains { p.mentionOfWord[$0] != nil } }) {
            out += out.flatMap { p.children(of: $0, "nmod") }.filter { p.caseMarker(of: $0) == "in" && isNamedPlace($0, in: p) }
        }
        // "Ukraine won the support of Poland", "Obiang had the backing of 15 parties": help whose
        // "of" phrase gives it (``agentOfNouns``) goes to whoever has, wins or receives it.
        if entry.partOfSpeech == .noun, out.isEmpty, EventExtractor.agentOfNouns.contains(p.lower[w]), p.words[w].relation == "obj",
           p.children(of: w, "nmod").contains(where: { p.caseMarker(of: $0) == "of" }),
           let h = p.words[w].head, EventExtractor.obtainingVerbs.contains(p.lower[h]) {
            out += p.children(of: h, "nsubj")
        }
        // "seized large swathes of Mali", "fired artillery at villages in northern Iraq": the
        // place a part or a settlement belongs to.
        let parts = (entry.objectIsTarget ? p.children(of: w, "obj") : []) + out
        for part in parts where EventExtractor.partitiveNouns.contains(p.lower[part]) {
            out += p.children(of: part, "nmod").filter { ["of", "in"].contains(p.caseMarker(of: $0) ?? "") }
            // "shelled the villages in Iraq's Sulaimaniyah province", the place hung on the verb.
            if entry.code.root >= 18, p.words[part].relation == "obj" {
                out += p.children(of: w, "obl").filter { p.caseMarker(of: $0) == "in" }
            }
        }
        // "released hundreds of Moroccan soldiers", "the release of two of the hostages": a
        // count acted on stands for those its "of" phrase names. Only for the acts done to
        // people (yield, investigate, coerce, assault, fight): not "hosting millions of Afghan
        // refugees"; and not when the counted are acts ("fought two of their three wars").
        if entry.objectIsTarget, [8, 9, 17, 18, 19, 20].contains(entry.code.root) {
            let counted = p.children(of: w, "obj") + (passive ? p.children(of: w, "nsubj:pass") : []) + out
            for count in Set(counted) where EventExtractor.countNouns.contains(p.lower[count]) || p.upos(count) == "NUM" {
                out += p.children(of: count, "nmod").filter { p.caseMarker(of: $0) == "of" && self.entry(at: $0, in: p) == nil }
            }
        }
        // A prepositional phrase hung inside the object or an "in"/"as" oblique: "provide 50
        // million dollars to Yemen", "pledged 50 million euros in aid to Sudan" (two levels of
        // nominal modifiers).
        // A phrase of time cannot hold a target: "pledged $250 million over the next three
        // years for Sudan", with "for Sudan" hung on "years".
        var nominals = p.children(of: w, "obj") + p.children(of: w, "obl").filter { ["in", "as", "over", "within", "during"].contains(p.caseMarker(of: $0) ?? "") }
        // "spoke by telephone with Erdogan": the means of a conversation, with its partner hung on it.
        nominals += p.children[w].filter { p.words[$0].relation.hasPrefix("obl") && p.caseMarker(of: $0) == "by" && EventExtractor.meansNouns.contains(p.lower[$0]) }
        // A noun's agent phrase can carry the target the parser hung on it: "a request by
        // Bush for Riyadh to ...", "an attack by militants on the embassy".
        // So can its "of" phrase: "the deployment of 2,000 troops to Sudan's Darfur region".
        if entry.partOfSpeech == .noun {
            nominals += p.children(of: w, "nmod").filter { ["by", "from", "of"].contains(p.caseMarker(of: $0) ?? "") && p.words[$0].relation != "nmod:poss" }
            // "an attack carried out by al-Shabaab on a Kenyan base", "the raid launched by
            // Turkish forces against the PKK": the phrases of a participle hung on the noun.
            for participle in p.children(of: w, "acl") where p.words[participle].xpos == "VBN" {
                out += prepositional(participle)
                nominals += p.children(of: participle, "obl:agent")
            }
        }
        for _ in 0..<2 {
            out += nominals.flatMap(prepositional)
            nominals = nominals.flatMap { x in p.children[x].filter { p.words[$0].relation.hasPrefix("nmod") && p.words[$0].relation != "nmod:poss" } }
        }
        // "seeking closer ties with Iran", "promised to improve coordination with the Afghan
        // government": the partner of a relation the act seeks or builds.
        if out.isEmpty, [2, 3, 4, 5].contains(entry.code.root) {
            for o in relationObjects(of: w, in: p) {
                out += p.children(of: o, "nmod").filter { ["with", "between"].contains(p.caseMarker(of: $0) ?? "") }
            }
        }
        // "bought Twitter", "the takeover of Credit Suisse": what is bought is a named company or
        // party, not a thing someone owns ("purchased his plane ticket") or an office ("takeover of
        // the chairmanship"); a seller after "from" may be described.
        if EventExtractor.acquisitionLemmas.contains(entry.lemma) {
            out = out.filter { p.mentionOfWord[$0] != nil || p.caseMarker(of: $0) == "from" }
        }
        // "promised Mr Zelensky that Italy would ...": the one promised is an object only as a
        // name, and only when what is promised is a clause; "pledged support", "pledged EU
        // support" are what is promised.
        if ["promise", "pledge"].contains(entry.lemma), entry.partOfSpeech == .verb {
            let clause = !(p.children(of: w, "ccomp") + p.children(of: w, "xcomp")).isEmpty
            out = out.filter { p.words[$0].relation != "obj" || p.words[$0].head != w || (clause && p.mentionOfWord[$0] != nil) }
        }
        return Array(Set(out)).sorted()
    }

    /// Forms of the verbs of harm done to someone in an act: "was killed in", "died in".
    static let harmForms: Set<String> = dyingForms.union(["killed", "wounded", "injured", "hurt"])

    /// Forms of "die", whose subject is the one harmed.
    static let dyingForms: Set<String> = ["died", "dies", "die"]

    /// Those harmed in the act that noun `w` names, when `w` is the "in" or "during" phrase of a
    /// verb of harm (``harmForms``): the passive subject ("was killed in a U.S. airstrike") or,
    /// for "die", the subject ("died in an attack"), with its conjuncts. Empty otherwise.
    func victims(ofOccasion w: Int, in p: ParsedSentence) -> [Int] {
        guard p.words[w].relation.hasPrefix("obl"), ["in", "during"].contains(p.caseMarker(of: w) ?? ""),
              let v = p.words[w].head, EventExtractor.harmForms.contains(p.lower[v]) else { return [] }
        let subjects = p.children(of: v, "nsubj:pass") + (EventExtractor.dyingForms.contains(p.lower[v]) ? p.children(of: v, "nsubj") : [])
        return subjects.flatMap { p.withConjuncts($0) }
    }

    /// The named place a visit or meeting noun `w` is the purpose of being in: the noun is a
    /// "for" phrase of a place name that is a predicate ("will be in Berlin for a visit", the
    /// place with a copula); nil otherwise.
    func stayPlace(of w: Int, in p: ParsedSentence) -> Int? {
        guard EventExtractor.meetingNouns.contains(p.lower[w]) || EventExtractor.travelNouns.contains(p.lower[w]),
              p.words[w].relation.hasPrefix("obl"), p.caseMarker(of: w) == "for", let h = p.words[w].head,
              p.child(of: h, "cop") != nil, isNamedPlace(h, in: p) else { return nil }
        return h
    }

    /// Forms of the verbs of having, winning or receiving help ("won the support of").
    static let obtainingVerbs: Set<String> = ["have", "has", "had", "having", "win", "wins", "won", "winning", "gain", "gains",
                                              "gained", "secure", "secures", "secured", "enjoy", "enjoys", "enjoyed", "receive",
                                              "receives", "received", "get", "gets", "got", "obtain", "obtained", "retain", "retained"]

    /// Means of speaking at a distance: "by phone with", "by video link with".
    static let meansNouns: Set<String> = ["phone", "telephone", "video", "videoconference", "videolink", "link", "teleconference"]

    /// The lemmas of buying and taking over, whose object or "of" phrase is a target only as a name.
    static let acquisitionLemmas: Set<String> = ["buy", "purchase", "acquire", "acquisition", "takeover"]

    /// Nouns of a relation between parties, whose partner is their "with" phrase.
    static let relationNouns: Set<String> = ["ties", "relations", "relationship", "cooperation", "coordination", "partnership",
                                             "dialogue", "contact", "contacts", "links", "friendship"]

    /// The relation nouns that are the object of `w` or of the verb of its complement ("seek
    /// ties", "promised to improve coordination").
    func relationObjects(of w: Int, in p: ParsedSentence) -> [Int] {
        (p.children(of: w, "obj") + p.children(of: w, "xcomp").flatMap { p.children(of: $0, "obj") })
            .filter { EventExtractor.relationNouns.contains(p.lower[$0]) }
    }
}
