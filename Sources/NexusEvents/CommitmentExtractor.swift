import NexusCore
import NexusEntities

/// A commitment found in one document, between local entity indices.
struct LocalCommitment: Sendable {
    var actor: Int
    var kind: CommitmentKind
    var sentencePosition: Int
    var range: TextRange
    var amount: Amount?
    var beneficiary: Int?
    var time: String?
    var normalizedTime: String?
    /// Found from a bare intention with no action after it ("Obasanjo will meet with ..."):
    /// a `support` that an event in the same sentence may make precise (``EventCommitments``).
    var intentionOnly = false
    /// The intention is a bare future auxiliary ("will", "would", "shall"), which every
    /// statement about the future has: unless an event makes it precise, no commitment
    /// (``EventCommitments/extend(_:with:parsed:)``).
    var bareFuture = false
    /// How the parse found the actor (nil when word order did, or a donor's "from X" phrase):
    /// only a commitment whose actor the parse gives states an event of its own
    /// (``EventCommitments/events(stating:besides:parsed:)``).
    var actorVia: ActorResolution? = nil
    /// The word that names the act or call, for the event a commitment states.
    var trigger: TextRange? = nil
    /// Whether the parse gave the beneficiary (a target of the trigger), not word order.
    var beneficiaryFromParse = false
    /// Whether the beneficiary is the one other country the document names
    /// (``EventCommitments/recipientsFromContext(_:resolution:)``), not a word of the sentence.
    var beneficiaryFromContext = false
}

/// Extracts commitments sentence by sentence.
///
/// For each sentence:
/// 1. find triggers (``CommitmentLexicon``); an intention ("will", "intend to", "reaffirm",
///    "committed") attaches to the next action of its clause, or stands alone as `support`;
/// 2. each action or call owns a segment of the sentence, from the previous trigger to the next;
/// 3. drop it when the modality filter finds negation or a hypothetical (``ModalityFilter``)
///    or when it needs an amount and has none;
/// 4. find the actor: from the parse when the sentence has one (``EventExtractor``'s roles of
///    the trigger word; one commitment per coordinated actor), else, or when the parse names
///    none, from word order (``CommitmentActorResolver``); a giver named by "from X" wins over
///    both; no actor, no commitment;
/// 5. read the amount (``AmountParser``) and time (``TimeExpressionParser``, relative times
///    anchored on the document date) nearest the
///    trigger in its segment, and the beneficiary: the trigger's target in the parse, else the
///    first entity after the trigger that is not the actor nor a giver ("from X"), else one
///    introduced by in/to/between/for before it; a meeting's venue ("in Geneva", "the Glasgow
///    summit") is not a beneficiary, nor the maker of a commitment ("the United States'
///    commitment to ..."), nor an adversary (a target of a conflict act of the sentence or of
///    the actor's own in the document, a perpetrator: "victims of Boko Haram"), nor a place for
///    a call; two coordinated actors that undertake to build a relation together ("deepen
///    cooperation") with no beneficiary are each other's;
/// 6. decide the kind: call → `call`; meeting nouns → `meeting`; troop or unit counts or a
///    deployment verb → `deployment`; money → `aid` with aid words, else `pledge`; aid words
///    with a provision verb → `aid`; otherwise `support`.
///
/// - Complexity: O(w + m) per sentence for w words and m mentions, plus the actor search.
struct CommitmentExtractor {
    let titles: TitleLexicon
    let aliasTable: AliasTable
    /// Reads actors and beneficiaries from the parse when the sentence has one.
    var events: EventExtractor?
    /// The document's parsed sentences.
    var parsed: ParsedDocument?
    /// The events of the document: the targets of conflict acts in the same sentence, and of
    /// the commitment actor's own asserted conflict acts anywhere in the document, are never
    /// beneficiaries.
    var documentEvents: [LocalEvent] = []

    /// Words after a name that make it the subject of a clause of its own: verbs of saying and
    /// auxiliaries ("Britain said", "Britain will").
    static let clauseOpeners: Set<String> = CommitmentActorResolver.reportingVerbs.union(
        ["will", "would", "has", "have", "had", "is", "was", "are", "were", "also", "plans", "planned", "intends", "hopes"])

    /// Words of buying and selling: an amount of arms after one is traded ("will buy 26 Rafale
    /// jets", "the sale of 40 F-16 fighter jets"), not deployed.
    static let purchaseVerbs: Set<String> = ["buy", "buys", "buying", "purchase", "purchases", "purchasing", "acquire", "acquires",
                                             "acquiring", "order", "orders", "ordering", "import", "imports", "importing",
                                             "sell", "sells", "selling", "sold", "sale", "sales", "export", "exports", "exporting"]
    /// Verbs of training or equipping forces: the forces counted after one are another's, the
    /// beneficiary's ("train 10,000 Ukrainian soldiers").
    /// Arms and military supplies a state hands over: "a new package of weapons for Ukraine".
    static let armsWords: Set<String> = ["weapons", "arms", "ammunition", "munitions", "shells", "missiles", "tanks", "drones",
                                         "artillery", "rockets", "equipment", "weaponry", "howitzers", "jets"]

    /// Words of trade: arms sold or bought are no gift ("agreed to sell weapons to India",
    /// ``purchaseVerbs`` and the words of a contract).
    static let tradeWords: Set<String> = purchaseVerbs.union(["deal", "deals", "contract", "contracts", "exported", "ordered"])

    /// Whether the words after a commitment's trigger give arms (``armsWords``) to someone: an
    /// arms word in an amount or a package ("a package of weapons", "$1 billion in weapons") or
    /// before its recipient ("weapons for Ukraine"), in a segment with no word of trade
    /// (``tradeWords``: arms sold or bought are no gift). Arms handed over are military aid
    /// (CAMEO 07); "its nuclear weapons program", "lay down their arms" are not.
    static func isArmsGift(_ after: [String], segment: Set<String>) -> Bool {
        guard segment.isDisjoint(with: tradeWords) else { return false }
        return after.indices.contains { i in
            armsWords.contains(after[i])
                && ((i > 0 && ["of", "in"].contains(after[i - 1])) || (i + 1 < after.count && ["to", "for"].contains(after[i + 1])))
        }
    }

    static let trainingVerbs: Set<String> = ["train", "trains", "training", "equip", "equips", "equipping", "arm", "arming"]
    /// Nouns of a relation two parties build together ("deepen cooperation", "strengthen ties").
    static let mutualNouns: Set<String> = ["cooperation", "partnership", "ties", "relations", "coordination", "dialogue"]

    func extract(_ resolution: DocumentResolution, affiliations: [LocalRelation]) -> [LocalCommitment] {
        let context = resolution.context
        let actors = CommitmentActorResolver(resolution: resolution, titles: titles, aliasTable: aliasTable, affiliations: affiliations)
        var out: [LocalCommitment] = []
        for s in context.words.indices {
            out.append(contentsOf: extract(sentence: s, resolution: resolution, actors: actors))
        }
        return out
    }

    private struct Candidate {
        var trigger: CommitmentTrigger
        /// Intentions that precede and attach to it.
        var intentions: [CommitmentTrigger]
    }

    private func extract(sentence s: Int, resolution: DocumentResolution, actors: CommitmentActorResolver) -> [LocalCommitment] {
        let context = resolution.context
        let words = context.words[s]
        let sentence = context.document.sentences[s]
        if words.last?.text == "?" { return [] }
        // A cue inside a name is part of the name: "the U.N. Children's Fund", "the Support Group".
        let triggers = CommitmentLexicon.triggers(in: words).filter { t in
            !context.mentionsBySentence[s].contains { context.mentions[$0].firstWord <= t.firstWord && t.firstWord <= context.mentions[$0].lastWord }
        }
        guard !triggers.isEmpty else { return [] }
        let candidates = group(triggers, words: words)
        guard !candidates.isEmpty else { return [] }
        let amounts = AmountParser.amounts(in: words, sentence: sentence.text, sentenceStart: sentence.range.start)
        let times = TimeExpressionParser.expressions(in: words, sentence: sentence.text, sentenceStart: sentence.range.start,
                                                     documentDate: context.document.date?.date)
        let lowered = words.map(\.lower)
        var out: [LocalCommitment] = []
        for (n, candidate) in candidates.enumerated() {
            let t = candidate.trigger
            let segmentStart = n == 0 ? 0 : candidates[n - 1].trigger.lastWord + 1
            let segmentEnd = n + 1 < candidates.count ? (candidates[n + 1].intentions.first ?? candidates[n + 1].trigger).firstWord : words.count
            let first = candidate.intentions.first?.firstWord ?? t.firstWord
            var (actorOrNil, windowStart) = actors.actor(sentence: s, trigger: t.firstWord, triggerEnd: t.lastWord, segmentEnd: segmentEnd)
            let parsed = self.parsed.flatMap { document in
                events?.commitmentRoles(sentence: s, start: words[t.firstWord].range.start, isCall: t.family == .call,
                                        resolution: resolution, parsed: document, referents: actors)
            }
            let hasDonor = actors.donor(s, from: t.lastWord + 1, to: segmentEnd) != nil
            if let parsedActor = parsed?.actors.first?.entity, !hasDonor { actorOrNil = parsedActor }
            let window = windowStart < first ? Array(lowered[windowStart..<first]) + Array(lowered[first..<t.firstWord]) : Array(lowered[first..<t.firstWord])
            let after = Array(lowered[min(t.lastWord + 1, segmentEnd)..<max(min(t.lastWord + 1, segmentEnd), segmentEnd)])
            guard ModalityFilter.isAsserted(window: window, after: after, sentence: lowered),
                  !isUnasserted(sentence: s, start: words[t.firstWord].range.start) else { continue }
            guard var firstActor = actorOrNil else { continue }
            // "said Warsaw would sign": a capital acts for its country, as an event's actor does.
            if let country = statesCapital(firstActor, resolution: resolution) { firstActor = country }
            // A meeting is no sum of money ("send 50 million dollars and would host a meeting").
            // An amount between two triggers is the earlier one's object ("promised to restore £1bn
            // of aid, as Labour seeks to ..."): a later trigger takes amounts from its own words on.
            let amountStart = n == 0 ? segmentStart : first
            let amount = t.hint == .meeting ? nil : nearest(amounts.filter { $0.firstWord >= amountStart && $0.lastWord < segmentEnd }, to: t)
            if t.needsAmount && amount == nil { continue }
            let time = nearestTime(times.filter { $0.firstWord >= segmentStart && $0.lastWord < segmentEnd && !($0.firstWord > 0 && CommitmentActorResolver.reportingVerbs.contains(lowered[$0.firstWord - 1])) }, to: t)
            let segmentWords = Set(lowered[segmentStart..<segmentEnd])
            let kind = decideKind(t, amount: amount?.amount, segmentWords: segmentWords, words: lowered, amountMatch: amount, after: after)
            // Adversaries in this sentence: targets of its conflict acts and perpetrators of harm.
            let sentenceAdversaries = Set(documentEvents.filter { $0.sentencePosition == s && !$0.code.quad.isCooperation }.map(\.target))
                .union(self.parsed.flatMap { events?.perpetrators(sentence: s, resolution: resolution, parsed: $0) } ?? [])
            // "France and Germany pledged ...": one commitment per coordinated actor.
            let coordinated = hasDonor ? [] : (parsed?.actors.dropFirst().map(\.entity) ?? [])
            var viaOfActor = Dictionary((hasDonor ? [] : parsed?.actors ?? []).map { ($0.entity, $0.via) }, uniquingKeysWith: { a, _ in a })
            if firstActor != actorOrNil, let capital = actorOrNil, viaOfActor[capital] != nil { viaOfActor[firstActor] = .capital }
            for actor in [firstActor] + coordinated {
                // ... and whoever this actor acts against anywhere in the document.
                let adversaries = sentenceAdversaries.union(documentEvents.filter {
                    $0.actor == actor && !$0.negated && !$0.hypothetical && !$0.code.quad.isCooperation
                }.map(\.target))
                let parsedBeneficiary = parsed?.targets.first { $0 != actor && !adversaries.contains($0) }
                var beneficiary = parsedBeneficiary ?? findBeneficiary(sentence: s, resolution: resolution, actors: actors, actor: actor, trigger: t, kind: kind,
                                                                       segmentStart: segmentStart, segmentEnd: segmentEnd)
                // "defeat al-Shabaab" is not support for al-Shabaab: an adversary is never a beneficiary.
                if let b = beneficiary, adversaries.contains(b) { beneficiary = nil }
                // "deploy 10,000 National Guard troops": what is given is not whom it is given to.
                if let b = beneficiary, let amount, kind != .support, context.mentionsBySentence[s].contains(where: { m in
                    resolution.entityOfMention[m] == b && context.mentions[m].firstWord >= amount.firstWord && context.mentions[m].lastWord <= amount.lastWord
                }) { beneficiary = nil }
                // "keep working with Seoul": a capital stands for its country when the text names
                // it, as an event's target does; a meeting's place stays the city.
                if kind != .meeting, let b = beneficiary, let country = statesCapital(b, resolution: resolution) {
                    beneficiary = country == actor ? nil : country
                }
                // "would tighten inspections at ports on the Pacific coast": a bare intention is
                // made to a party, not to a place (a capital stands for its country; a meeting's
                // place is where it is held).
                if kind != .meeting, t.family == .intention, CommitmentLexicon.bareFutureCues.contains(lowered[t.firstWord]), let b = beneficiary,
                   resolution.entities[b].type == .location { beneficiary = nil }
                // A call is addressed to someone who can act, not to a place.
                if kind == .call, let b = beneficiary, resolution.entities[b].type == .location { beneficiary = nil }
                // "rice donated by Japan and Germany": the actor's co-actor is not what it gives to.
                let parties = [firstActor] + coordinated
                if let b = beneficiary, parties.contains(b) { beneficiary = nil }
                // "a bailout from the EU and the IMF": a giver named by "from" receives nothing.
                if let b = beneficiary, isGiver(b, sentence: s, resolution: resolution) { beneficiary = nil }
                // "Kenya and Norway pledged to deepen cooperation", "Washington and Kabul have
                // agreed to ...": a mutual undertaking of two parties is made to each other.
                if beneficiary == nil, parties.count == 2,
                   !segmentWords.isDisjoint(with: CommitmentExtractor.mutualNouns) || lowered[t.firstWord].hasPrefix("agree") {
                    beneficiary = parties.first { $0 != actor }
                }
                var lo = words[first].range.start, hi = words[t.lastWord].range.end
                for part in [amount.map { ($0.firstWord, $0.lastWord) }, time.map { ($0.firstWord, $0.lastWord) }].compactMap({ $0 }) {
                    lo = min(lo, words[part.0].range.start)
                    hi = max(hi, words[part.1].range.end)
                }
                let commitment = LocalCommitment(actor: actor, kind: kind, sentencePosition: s, range: TextRange(start: lo, end: hi),
                                                 amount: amount?.amount, beneficiary: beneficiary, time: time?.text, normalizedTime: time?.normalized,
                                                 intentionOnly: t.family == .intention,
                                                 bareFuture: t.family == .intention && CommitmentLexicon.bareFutureCues.contains(lowered[t.firstWord]),
                                                 actorVia: viaOfActor[actor], trigger: words[t.firstWord].range,
                                                 beneficiaryFromParse: beneficiary != nil && beneficiary == parsedBeneficiary)
                if out.contains(where: { $0.actor == commitment.actor && $0.kind == commitment.kind && $0.amount == commitment.amount && $0.time == commitment.time }) { continue }
                out.append(commitment)
            }
        }
        return Self.mergingMoneylessParts(out)
    }

    /// Whether the parse shows the trigger starting at character `start` of sentence `s` as
    /// negated or hypothetical (``EventModality``), as the event coder reads its acts: "doubted
    /// that Tehran would honour its commitments", where the word window before the trigger
    /// holds only the actor; readiness states an intention ("is ready to hold talks"). A
    /// future auxiliary stands for its verb. False without a parse.
    private func isUnasserted(sentence s: Int, start: Int) -> Bool {
        guard let p = parsed?[s], var w = p.words.indices.first(where: { p.words[$0].range.start == start }) else { return false }
        if p.words[w].upos == "AUX", p.words[w].relation == "aux", let verb = p.words[w].head { w = verb }
        let modality = EventModality(sentence: p)
        return modality.isNegated(w) || modality.isHypothetical(w, undertakings: EventCommitments.intentions)
    }

    /// Whether entity `e` is named in sentence `s` only as the object of "from" (directly or as
    /// a conjunct: "a bailout from the European Union and the IMF"), by the parse.
    private func isGiver(_ e: Int, sentence s: Int, resolution: DocumentResolution) -> Bool {
        guard let p = parsed?[s] else { return false }
        let named = Set(p.words.indices.filter { w in p.mentionOfWord[w].map { resolution.entityOfMention[$0] == e } == true })
        // The head word of each mention: its own head lies outside the name.
        let heads = named.filter { w in p.words[w].head.map { !named.contains($0) } ?? true }
        guard !heads.isEmpty else { return false }
        return heads.allSatisfy { w in
            var x = w
            while p.words[x].relation.hasPrefix("conj"), let h = p.words[x].head { x = h }
            return p.caseMarker(of: x) == "from"
        }
    }

    /// Whether mention `m` is an adjective modifying a noun in the parse ("Japanese" of
    /// "Japanese loans"); false without a parse.
    private func isDemonymModifier(_ m: Int, sentence s: Int) -> Bool {
        guard let p = parsed?[s] else { return false }
        return p.words.indices.contains { w in p.mentionOfWord[w] == m && p.words[w].upos == "ADJ" && p.words[w].relation == "amod" }
    }

    /// The country entity that place entity `e` is the capital of, when the document names
    /// that country (``CapitalTable``); nil for any other entity, or without the event coder's table.
    private func statesCapital(_ e: Int, resolution: DocumentResolution) -> Int? {
        guard resolution.entities[e].type == .location, let capitals = events?.capitals, capitals.isCapital(e, in: resolution) else { return nil }
        return capitals.country(of: e, in: resolution)
    }

    /// "will contribute $2 million to fund the project", "announced an offer of $100 million":
    /// a support, pledge or aid with no amount, by an actor whose money the same sentence
    /// gives, is part of that act. It is dropped, and lends the money commitment its
    /// beneficiary and words when that has none.
    static func mergingMoneylessParts(_ commitments: [LocalCommitment]) -> [LocalCommitment] {
        var out = commitments
        for k in out.indices.reversed() where out[k].amount == nil && [.support, .pledge, .aid].contains(out[k].kind) {
            guard let m = out.indices.first(where: { $0 != k && out[$0].actor == out[k].actor && out[$0].amount != nil }) else { continue }
            if out[m].beneficiary == nil { out[m].beneficiary = out[k].beneficiary }
            out[m].range = TextRange(start: min(out[m].range.start, out[k].range.start), end: max(out[m].range.end, out[k].range.end))
            out.remove(at: k)
        }
        return out
    }

    /// Attaches intentions to the next action or call of their clause.
    private func group(_ triggers: [CommitmentTrigger], words: [ResolutionWord]) -> [Candidate] {
        var out: [Candidate] = []
        var pending: [CommitmentTrigger] = []
        func boundary(between a: Int, and b: Int) -> Bool {
            guard a < b else { return false }
            return words[a..<b].contains { [";", "but", "while", "whereas", "because", "although"].contains($0.lower) }
        }
        for trigger in triggers {
            if trigger.family == .intention {
                if let last = pending.last, boundary(between: last.lastWord + 1, and: trigger.firstWord) {
                    out.append(Candidate(trigger: last, intentions: Array(pending.dropLast())))
                    pending = []
                }
                pending.append(trigger)
                continue
            }
            if let last = pending.last, boundary(between: last.lastWord + 1, and: trigger.firstWord) {
                out.append(Candidate(trigger: last, intentions: Array(pending.dropLast())))
                pending = []
            }
            // "appealed for $4bn to fund ...", "urged allies to send ...": the content of the call.
            if trigger.family == .action, pending.isEmpty, trigger.firstWord > 0, words[trigger.firstWord - 1].lower == "to",
               let previous = out.last, previous.trigger.family == .call, !boundary(between: previous.trigger.lastWord + 1, and: trigger.firstWord) {
                continue
            }
            out.append(Candidate(trigger: trigger, intentions: pending))
            pending = []
        }
        if let last = pending.last { out.append(Candidate(trigger: last, intentions: Array(pending.dropLast()))) }
        return out.filter { !$0.trigger.attachOnly }
    }

    private func nearest(_ matches: [AmountMatch], to t: CommitmentTrigger) -> AmountMatch? {
        matches.min { distance($0.firstWord, $0.lastWord, t) < distance($1.firstWord, $1.lastWord, t) }
    }

    private func nearestTime(_ matches: [TimeExpressionMatch], to t: CommitmentTrigger) -> TimeExpressionMatch? {
        let after = matches.filter { $0.firstWord > t.lastWord }
        if let first = after.min(by: { $0.firstWord < $1.firstWord }) { return first }
        return matches.max { $0.lastWord < $1.lastWord }
    }

    /// Words between a span and the trigger; spans after the trigger are preferred on ties.
    private func distance(_ a: Int, _ b: Int, _ t: CommitmentTrigger) -> Int {
        a > t.lastWord ? 2 * (a - t.lastWord) : 2 * (t.firstWord - b) + 1
    }

    private func decideKind(_ t: CommitmentTrigger, amount: Amount?, segmentWords: Set<String>, words: [String], amountMatch: AmountMatch?,
                            after: [String]) -> CommitmentKind {
        if t.family == .call { return .call }
        if t.hint == .meeting { return .meeting }
        // "will buy 26 Rafale jets": what a state buys is no deployment.
        if let amount, amount.unit == "count", let m = amountMatch, AmountParser.deploymentNouns.contains(words[m.lastWord]) {
            // The verb the count is the object of: up to three words before it ("buy 150 passenger
            // jets", "train more than 40,000 police").
            let verbs = Set(words[max(0, m.firstWord - 3)..<m.firstWord])
            if !verbs.isDisjoint(with: CommitmentExtractor.purchaseVerbs) { return .pledge }
            // "agreed to train 10,000 Ukrainian soldiers": training another's forces is support.
            return verbs.isDisjoint(with: CommitmentExtractor.trainingVerbs) ? .deployment : .support
        }
        let aidWords = !segmentWords.isDisjoint(with: CommitmentLexicon.aidNouns) || CommitmentExtractor.isArmsGift(after, segment: segmentWords)
        // Money sent is given, not deployed ("ready to send a further 50 million dollars"); money
        // in support is aid ("$4.5 billion of military support").
        if let amount, amount.unit != "count" { return aidWords || segmentWords.contains("support") ? .aid : .pledge }
        if t.hint == .deployment { return .deployment }
        if t.hint == .pledge { return aidWords ? .aid : (amount != nil ? .pledge : .support) }
        if t.hint == .aid && (aidWords || amount != nil) { return .aid }
        return .support
    }

    /// The first word of a participle clause set off by a comma in words `from..<to` (", angering
    /// Ethiopia", ", saying ...", ", prompting ..."): a comma followed by a lower-case word in
    /// "-ing" other than a preposition ("including", "following"); nil when there is none. (A
    /// past participle, ", aimed at helping Iraq", often states the purpose: it is kept.)
    static func participleClause(in words: [ResolutionWord], from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        for j in from..<to where words[j].text == "," && j + 1 < to {
            let next = words[j + 1].text
            guard next.first?.isLowercase == true, next.count > 4, !["including", "according", "following", "regarding", "concerning"].contains(next) else { continue }
            if next.hasSuffix("ing") { return j }
        }
        return nil
    }

    /// The word ranges of the relative clauses set off by commas in words `from..<to` (",
    /// which has sold gas to Brazil for two decades,", ", who leads the alliance,"): from the
    /// relative pronoun to the next comma.
    static func relativeClauses(in words: [ResolutionWord], from: Int, to: Int) -> [Range<Int>] {
        guard from < to else { return [] }
        var out: [Range<Int>] = []
        for j in from..<to where words[j].text == "," && j + 1 < to && ["which", "who", "whose", "whom"].contains(words[j + 1].lower) {
            let close = (j + 2..<to).first { words[$0].text == "," } ?? to
            out.append((j + 1)..<close)
        }
        return out
    }

    /// The country sentence `s` names last before word `k`, else the first it names after it.
    private func lastCountry(before k: Int, sentence s: Int, resolution: DocumentResolution) -> Int? {
        let context = resolution.context
        let start = context.words[s][k].range.start
        if let m = context.mentionsBySentence[s].last(where: {
            context.mentions[$0].mention.range.start < start && resolution.entities[resolution.entityOfMention[$0]].type == .country
        }) { return resolution.entityOfMention[m] }
        // "On the Syrian issue, ... aid to the victims of the crisis in the country, saying ...
        // in Syria": with no country named before, the one the sentence names after.
        return context.mentionsBySentence[s].first {
            context.mentions[$0].mention.range.start > start && resolution.entities[resolution.entityOfMention[$0]].type == .country
        }.map { resolution.entityOfMention[$0] }
    }

    /// Prepositions whose object is not whom a commitment is for, nor anything after it.
    static let notForPrepositions: Set<String> = ["under", "against", "despite", "unlike", "without", "since", "while", "whereas"]

    private func findBeneficiary(sentence s: Int, resolution: DocumentResolution, actors: CommitmentActorResolver, actor: Int, trigger t: CommitmentTrigger,
                                 kind: CommitmentKind, segmentStart: Int, segmentEnd: Int) -> Int? {
        let context = resolution.context
        let words = context.words[s]
        func lower(_ k: Int) -> String { k >= 0 && k < words.count ? words[k].lower : "" }
        func preceding(_ k: Int) -> String {
            var j = k - 1
            while j >= 0 && ["the", "a", "an"].contains(words[j].lower) { j -= 1 }
            return j >= 0 ? words[j].lower : ""
        }
        // The object of a call: "urge X", "asked the coalition for", "called on X".
        if kind == .call {
            var k = t.lastWord + 1
            if k < words.count, words[k].lower == "the", k + 1 < words.count, context.mentionStarting[s][k + 1] == nil,
               CommitmentActorResolver.collectiveNouns.contains(words[k + 1].lower),
               let e = actors.collective(words[k + 1].lower, before: words[k].range.start, sentence: s), e != actor {
                return e
            }
            if k < words.count, words[k].lower == "the" { k += 1 }
            if k < words.count, let m = context.mentionStarting[s][k], resolution.entityOfMention[m] != actor { return resolution.entityOfMention[m] }
        }
        // The word right after mention `m`, a possessive marker skipped when `possessive`.
        func wordAfter(_ m: Int, possessive: Bool = false) -> String? {
            guard var j = words.firstIndex(where: { $0.range.start >= context.mentions[m].mention.range.end }) else { return nil }
            if possessive {
                guard ["'s", "'", "’s", "’"].contains(words[j].lower), j + 1 < words.count else { return nil }
                j += 1
            }
            return words[j].lower
        }
        // "offered to send troops as well, angering Ethiopia": a participle clause set off by a
        // comma is a consequence or a comment, and whom it names is not the commitment's.
        let scanEnd = CommitmentExtractor.participleClause(in: words, from: t.lastWord + 1, to: segmentEnd) ?? segmentEnd
        for k in (t.lastWord + 1)..<max(t.lastWord + 1, scanEnd) {
            // "aid to the victims of the crisis in the country": the country named last before.
            // (Only as the object of "in", "to", "for" or "into", and not a possessor: "the
            // country's ruling party" is most often the actor's own.)
            if context.mentionStarting[s][k] == nil, k > 1, words[k - 1].lower == "the", ["in", "to", "for", "into"].contains(words[k - 2].lower),
               ReferenceResolver.countryNouns.contains(words[k].lower), k + 1 >= words.count || !["'s", "'", "’s"].contains(words[k + 1].lower),
               kind != .call, let e = lastCountry(before: k, sentence: s, resolution: resolution), e != actor,
               !(actors.affiliations[actor] ?? []).contains(e) {
                return e
            }
            guard let m = context.mentionStarting[s][k] else { continue }
            let e = resolution.entityOfMention[m]
            if e == actor { continue }
            // "ahead of the Glasgow summit": a gathering's place is where it meets, no beneficiary.
            if resolution.entities[e].type == .location, let next = wordAfter(m), CommitmentLexicon.meetingNouns.contains(next) { continue }
            // "promised a resumption of Japanese loans to Pakistan": a demonym before a state's act
            // names who acts (``MentionTyper/actNouns``), not for whom.
            if let next = wordAfter(m), MentionTyper.actNouns.contains(next), isDemonymModifier(m, sentence: s) { continue }
            // "reaffirmed the United States' commitment to ...": whose commitment it is, not for whom.
            if let owned = wordAfter(m, possessive: true), CommitmentLexicon.cues[owned] != nil { continue }
            // "urged other European countries to follow Germany's lead": past the addressee, a
            // possessor names whose thing the call is about, not whom it is made to.
            if kind == .call, k > t.lastWord + 1, wordAfter(m, possessive: true) != nil { continue }
            // "Saudi Arabia pledged $430 million, while the United States announced ...": the
            // subject of the next clause, right before its trigger or a verb of saying or an
            // auxiliary, receives nothing.
            if let j = words.firstIndex(where: { $0.range.start >= context.mentions[m].mention.range.end }),
               j == segmentEnd || CommitmentExtractor.clauseOpeners.contains(words[j].lower) { continue }
            let prep = preceding(k)
            // Givers, comparisons and channels: "from Japan", "than Germany", "through U.N. agencies".
            if ["from", "by", "than", "through", "via"].contains(prep) { continue }
            // An adversary, a regime, a contrast or a time ("against the Taliban", "cuts under
            // the Tories", "unlike France", "since the war"), or the next clause ("while Germany,
            // the largest donor, committed ...") ends the search: what follows is that phrase's,
            // not the commitment's.
            if CommitmentExtractor.notForPrepositions.contains(prep) { return nil }
            if kind == .meeting && ["in", "at", "of"].contains(prep) { continue }
            // Where support is voiced is not whom it is for ("told reporters in Karachi that ...").
            if [.support, .call].contains(kind), resolution.entities[e].type == .location, ["in", "at"].contains(prep) { continue }
            if resolution.entities[e].type == .person { continue }
            return e
        }
        if kind == .meeting { return nil }
        let relatives = CommitmentExtractor.relativeClauses(in: words, from: segmentStart, to: t.firstWord)
        for k in segmentStart..<t.firstWord {
            guard let m = context.mentionStarting[s][k] else { continue }
            let e = resolution.entityOfMention[m]
            if e == actor { continue }
            // "Bolivia, which has sold gas to Brazil for two decades, said it would cut prices":
            // a relative clause describes the actor; whom it names is not the commitment's.
            if relatives.contains(where: { $0.contains(k) }) { continue }
            if ["in", "to", "between", "for", "into"].contains(preceding(k)) { return e }
        }
        return nil
    }
}
