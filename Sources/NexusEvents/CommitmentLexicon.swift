import NexusCore
import NexusEntities

/// A word or phrase that states a commitment.
struct CommitmentTrigger: Hashable, Sendable {
    enum Family: Hashable, Sendable {
        /// A commissive act: pledge, promise, provide, deploy, hold a meeting, support.
        case action
        /// A call to action addressed to others: urge, call for, ask ... for.
        case call
        /// A stated intention that attaches to the action after it ("will", "intend to",
        /// "reaffirm", "committed to"); recorded alone as `support` when no action follows.
        case intention
    }
    let family: Family
    /// The kind the trigger suggests before amounts and nouns are considered.
    let hint: CommitmentKind
    /// First and last word (inclusive).
    let firstWord: Int
    let lastWord: Int
    /// A past-tense provision verb ("provided", "sent") that counts only with an amount.
    let needsAmount: Bool
    /// An intention that only qualifies a following action ("continue to"), never alone.
    var attachOnly: Bool = false
}

/// The trigger lexicon of commitments, after the CAMEO event codebook (Schrodt 2012) and
/// PLOVER (Halterman et al. 2023):
///
/// | kind         | CAMEO                                        | PLOVER                 | triggers |
/// |--------------|----------------------------------------------|------------------------|----------|
/// | `pledge`     | 03 express intent to cooperate, 033/0331 material/economic aid | AID (pledged)  | pledge, vow, promise, commit, donate, contribute, allocate, earmark, offer, announce (+ amount) |
/// | `aid`        | 07 provide aid, 071 economic, 073 humanitarian | AID                  | provide, fund, deliver + money or aid nouns |
/// | `deployment` | 074 provide military protection or peacekeeping, 0333 military aid | MOVE / AID (military) | deploy, send, station, dispatch, keep/maintain presence, troop/unit counts |
/// | `meeting`    | 036 express intent to meet or negotiate, 04 consult | CONSULT            | hold, host, convene + meeting nouns |
/// | `support`    | 05 engage in diplomatic cooperation, 051 praise/endorse | COOPERATE      | support, stand with, reaffirm, committed to, will, intend/plan to |
/// | `call`       | 10 demand, 02 appeal                          | DEMAND / REQUEST      | urge, call for/on, appeal for, ask ... for, press for, demand |
///
/// Past-tense facts that are not commissive ("launched a bombardment", "seized territory")
/// are not triggers; past "provided/sent/deployed" count only with an amount.
enum CommitmentLexicon {
    static let aidNouns: Set<String> = ["aid", "humanitarian", "assistance", "relief", "funding", "funds", "grant", "grants", "donation", "donations", "loan", "loans", "vaccines", "doses", "food", "reconstruction", "development"]
    static let meetingNouns: Set<String> = ["meeting", "meetings", "summit", "conference", "talks", "session", "dialogue", "forum", "ministerial", "consultations", "negotiations", "round"]
    /// Cues that are also nouns ("the fund", "his offer"): after a determiner or possessor
    /// they name a thing, not an act.
    static let nounCues: Set<String> = ["fund", "funds", "finance", "finances", "offer", "offers"]

    /// Nouns of office a cue can modify ("his finance minister", "the fund's managers", "the
    /// finance ministry"): the cue before one is part of a title, not an act.
    static let officeNouns: Set<String> = ["minister", "ministers", "ministry", "ministries", "secretary", "secretaries", "chief", "chiefs",
                                           "committee", "committees", "department", "director", "directors", "official", "officials",
                                           "manager", "managers", "spokesman", "spokeswoman", "spokesperson", "portfolio", "chair", "chairman"]

    /// Words after a vow or pledge that make it a threat ("vowed retaliation", "pledged to
    /// crush the insurgency", "vowed revenge", "would veto the bill", right after "will" or
    /// "would"): CAMEO codes these 13 (threaten), and a threat is no commitment.
    /// ("vowed to fight terrorism", "to defeat poverty" stay commitments: those verbs take
    /// problems as often as enemies.)
    static let hostileWords: Set<String> = ["retaliation", "retaliate", "revenge", "avenge", "reprisal", "reprisals", "crush", "destroy",
                                           "punish", "annihilate", "wipe", "kill", "attack", "attacks", "war", "vengeance", "response", "respond",
                                           // "vowed to veto the bill", "pledged to block it": opposition, not an undertaking to anyone.
                                           "veto", "block", "oppose", "reject", "resist", "boycott", "oust", "topple", "overthrow", "impeach",
                                           // "agreed to impose sanctions", "to slap an arms embargo on".
                                           "sanction", "sanctions", "embargo"]

    /// Words after "will"/"would" that make it a preference, not an undertaking ("would rather
    /// have chaos", "would prefer a delay", "would sooner resign").
    static let preferenceWords: Set<String> = ["rather", "prefer", "sooner"]

    /// What an announcement must name, within six words, to be an undertaking: money or aid,
    /// a plan, a deployment, support or a ceasefire ("announced $190 million in aid", "unveiled a
    /// spending plan", "announced plans to visit", "announced its support for", "announced a
    /// unilateral ceasefire"). "Announced
    /// the decision", "the deaths of two Marines", "the closure of the hospital" report news.
    static let announcedUndertakings: Set<String> = aidNouns.union(["package", "packages", "plan", "plans", "programme", "program",
                                                                    "contribution", "contributions", "pledge", "pledges", "deployment",
                                                                    "support", "investment", "investments", "stimulus", "spending",
                                                                    "ceasefire", "cease-fire", "truce", "initiative"])

    /// Deployment cues that are also nouns ("a police station", "news dispatches"): a cue only
    /// after "to", a modal or "and" ("will station troops", "agreed to dispatch").
    static let nounDeployCues: Set<String> = ["station", "dispatch", "dispatches"]
    static let verbOpeners: Set<String> = ["to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "and", "also", "not", "'ll"]

    /// The future auxiliaries that are intention cues (``cues``: `.will`, `.would`).
    static let bareFutureCues: Set<String> = ["will", "shall", "'ll", "would"]

    static let pronounsBeforeSupport: Set<String> = ["we", "i", "they", "you", "he", "she", "it", "to", "will", "would", "also", "continue", "continues", "and", "shall", "must"]
    static let supportBlockers: Set<String> = ["a", "an", "the", "of", "for", "in", "financial", "military", "political", "attract", "attracts", "with", "without", "popular", "public", "our", "their", "its", "his", "her", "your", "my", "some", "more", "much", "strong", "broad", "provide", "provides", "providing", "continued", "international"]

    /// Trigger words grouped by how they are read (one case per group of the switch in ``triggers(in:)``).
    enum Cue: Sendable { case agree, urge, callFor, ask, demand, pledge, promise, donate, donatedPast, provide, providedPast, announce, deploy, deployedPast, keepPresence, hold, support, stand, back, will, would, intend, continueTo, intentNoun, reaffirm, commit, ready }

    static let cues: [String: Cue] = [
        "agree": .agree, "agreed": .agree, "agrees": .agree, "approve": .agree, "approved": .agree, "approves": .agree,
        "urge": .urge,
        "urges": .urge,
        "urged": .urge,
        "urging": .urge,
        "implore": .urge,
        "implored": .urge,
        "exhort": .urge,
        "exhorted": .urge,
        "call": .callFor,
        "calls": .callFor,
        "called": .callFor,
        "calling": .callFor,
        "appeal": .callFor,
        "appeals": .callFor,
        "appealed": .callFor,
        "appealing": .callFor,
        "ask": .ask,
        "asks": .ask,
        "asked": .ask,
        "asking": .ask,
        "press": .ask,
        "pressed": .ask,
        "pressing": .ask,
        "demand": .demand,
        // "Britain has requested the extradition of", "requested that the council meet".
        "request": .demand,
        "requests": .demand,
        "requested": .demand,
        "requesting": .demand,
        "demands": .demand,
        "demanded": .demand,
        "demanding": .demand,
        "pledge": .pledge,
        "pledges": .pledge,
        "pledged": .pledge,
        "pledging": .pledge,
        "vow": .pledge,
        "vows": .pledge,
        "vowed": .pledge,
        "vowing": .pledge,
        "promise": .promise,
        "promises": .promise,
        "promised": .promise,
        "promising": .promise,
        "donate": .donate,
        "donates": .donate,
        "donating": .donate,
        "contribute": .donate,
        "contributes": .donate,
        "contributing": .donate,
        "allocate": .donate,
        "allocates": .donate,
        "earmark": .donate,
        "earmarks": .donate,
        "offer": .donate,
        "offers": .donate,
        "fund": .donate,
        "funds": .donate,
        "finance": .donate,
        "finances": .donate,
        "donated": .donatedPast,
        "contributed": .donatedPast,
        "allocated": .donatedPast,
        "earmarked": .donatedPast,
        "offered": .donatedPast,
        "funded": .donatedPast,
        "financed": .donatedPast,
        "provide": .provide,
        "provides": .provide,
        "providing": .provide,
        "deliver": .provide,
        "delivers": .provide,
        "delivering": .provide,
        "give": .provide,
        "gives": .provide,
        "giving": .provide,
        "provided": .providedPast,
        "delivered": .providedPast,
        "gave": .providedPast,
        "announce": .announce,
        "announces": .announce,
        "announced": .announce,
        "announcing": .announce,
        "unveil": .announce,
        "unveils": .announce,
        "unveiled": .announce,
        "deploy": .deploy,
        "deploys": .deploy,
        "deploying": .deploy,
        "send": .deploy,
        "sends": .deploy,
        "sending": .deploy,
        "dispatch": .deploy,
        "dispatches": .deploy,
        "station": .deploy,
        "stationing": .deploy,
        "deployed": .deployedPast,
        "sent": .deployedPast,
        "dispatched": .deployedPast,
        "stationed": .deployedPast,
        "keep": .keepPresence,
        "keeps": .keepPresence,
        "keeping": .keepPresence,
        "maintain": .keepPresence,
        "maintains": .keepPresence,
        "maintaining": .keepPresence,
        "retain": .keepPresence,
        "retains": .keepPresence,
        "hold": .hold,
        "holds": .hold,
        "holding": .hold,
        "host": .hold,
        "hosts": .hold,
        "hosting": .hold,
        "convene": .hold,
        "convenes": .hold,
        "convening": .hold,
        "organise": .hold,
        "organize": .hold,
        "support": .support,
        "supports": .support,
        "stand": .stand,
        "stands": .stand,
        "standing": .stand,
        "back": .back,
        "backs": .back,
        "endorse": .back,
        "endorses": .back,
        "will": .will,
        "shall": .will,
        "'ll": .will,
        "would": .would,
        "intend": .intend,
        "intends": .intend,
        "intended": .intend,
        "plan": .intend,
        "plans": .intend,
        "planned": .intend,
        "aim": .intend,
        "aims": .intend,
        "seek": .intend,
        "seeks": .intend,
        "undertake": .intend,
        "undertakes": .intend,
        "undertook": .intend,
        "resolve": .intend,
        "resolved": .intend,
        "determined": .intend,
        "continue": .continueTo,
        "continues": .continueTo,
        "intent": .intentNoun,
        "intention": .intentNoun,
        "determination": .intentNoun,
        "commitment": .intentNoun,
        "readiness": .intentNoun,
        "willingness": .intentNoun,
        "reaffirm": .reaffirm,
        "reaffirms": .reaffirm,
        "reaffirmed": .reaffirm,
        "reaffirming": .reaffirm,
        "reiterate": .reaffirm,
        "reiterates": .reaffirm,
        "reiterated": .reaffirm,
        "reiterating": .reaffirm,
        "recommit": .reaffirm,
        "recommitted": .reaffirm,
        "commit": .commit,
        "commits": .commit,
        "committed": .commit,
        "committing": .commit,
        "ready": .ready,
        "prepared": .ready,
        "willing": .ready,
    ]

    /// Words that qualify an amount before it: "nearly $585 million", "more than 200 million".
    static let approximators: Set<String> = ["nearly", "almost", "about", "around", "some", "roughly", "approximately",
                                             "over", "more", "than", "up", "to", "at", "least", "another", "a", "further", "an", "additional"]

    /// The triggers of a sentence, in order.
    static func triggers(in words: [ResolutionWord]) -> [CommitmentTrigger] {
        var out: [CommitmentTrigger] = []
        var i = 0
        func lower(_ k: Int) -> String { k >= 0 && k < words.count ? words[k].lower : "" }
        func within(_ k: Int, _ n: Int, _ set: Set<String>) -> Int? {
            var j = k
            while j < words.count && j <= k + n {
                if set.contains(words[j].lower) { return j }
                if [".", ";", "”", "\""].contains(words[j].text) { return nil }
                j += 1
            }
            return nil
        }
        /// Whether money is written from word `k` on, after at most two words of approximation
        /// ("nearly $585 million", "more than 200 million euros").
        func moneyAt(_ k: Int) -> Bool {
            var j = k
            while j < words.count, j < k + 2, approximators.contains(words[j].lower) { j += 1 }
            guard j < words.count else { return false }
            return AmountParser.symbols[words[j].text] != nil || words[j].text.first?.isNumber == true
        }
        while i < words.count {
            let w = lower(i)
            var hit: CommitmentTrigger?
            func make(_ family: CommitmentTrigger.Family, _ hint: CommitmentKind, _ last: Int? = nil, needsAmount: Bool = false, attachOnly: Bool = false) -> CommitmentTrigger {
                CommitmentTrigger(family: family, hint: hint, firstWord: i, lastWord: last ?? i, needsAmount: needsAmount, attachOnly: attachOnly)
            }
            switch CommitmentLexicon.cues[w] {
            // Calls
            case .urge?:
                hit = make(.call, .call)
            case .callFor?:
                if ["for", "on", "upon"].contains(lower(i + 1)) || (w.hasPrefix("appeal") && lower(i + 1) == "to") { hit = make(.call, .call, i + 1) }
            case .ask?:
                if within(i + 1, 6, ["for"]) != nil || (w.hasPrefix("ask") && within(i + 1, 4, ["to"]) != nil) { hit = make(.call, .call) }
            case .demand?:
                // ("Officials who requested anonymity" ask no one for anything.)
                if ["that", "the", "an", "a"].contains(lower(i + 1)) && !["a", "the", "of"].contains(lower(i - 1)) { hit = make(.call, .call) }
            // Pledges and provision
            case .pledge?:
                // "welcomed the pledge": a noun referring to someone else's pledge.
                // "vowed retaliation", "vowed to crush the rebels": a threat, not a commitment.
                if !["the", "this", "that", "these", "those", "its", "their", "his", "her", "such", "previous", "earlier"].contains(lower(i - 1)),
                   within(i + 1, 3, hostileWords) == nil { hit = make(.action, .pledge) }
            case .agree?:
                // "Iran agreed to suspend enrichment", "agreed in principle to transfer": an
                // undertaking, which the action after it makes precise. "Agreed that", "agreed
                // with him" state an opinion; "approved $300 million" counts with its amount.
                // "agreed to slap an arms embargo on": a threat or sanction is no undertaking to anyone.
                if w.hasPrefix("agree"), lower(i + 1) == "to" || (lower(i + 1) == "in" && lower(i + 2) == "principle" && lower(i + 3) == "to"),
                   within(i + 1, 6, hostileWords) == nil {
                    hit = make(.intention, .pledge, lower(i + 1) == "to" ? i + 1 : i + 3)
                } else {
                    hit = make(.action, .pledge, needsAmount: true)
                }
            case .promise?:
                if !["a", "the", "its", "their", "his", "her", "of", "this"].contains(lower(i - 1)) || lower(i + 1) == "of" { hit = make(.action, .support) }
            case .donate?:
                let isNoun = ["the", "a", "of", "its", "their", "his", "her", "our", "my", "your"].contains(lower(i - 1)) || lower(i - 1).hasSuffix("'s")
                if !(isNoun && nounCues.contains(w)) && !officeNouns.contains(lower(i + 1)) { hit = make(.action, .pledge) }
            case .donatedPast?:
                hit = make(.action, .pledge, needsAmount: true)
            case .provide?:
                // "to deliver a smart rebuff to Hain", "deliver a speech": words, not aid.
                if within(i + 1, 4, EventExtractor.messageNouns) == nil { hit = make(.action, .aid) }
            case .providedPast?:
                hit = make(.action, .aid, needsAmount: true)
            case .announce?:
                // "announced a new 2.5 billion pound military aid package": past an article and an adjective.
                let opener: Set<String> = ["a", "an", "new", "additional", "further", "fresh", "another", "its", "their"]
                if moneyAt(i + 1) || (opener.contains(lower(i + 1)) && (moneyAt(i + 2) || moneyAt(i + 3)))
                    || within(i + 1, 6, announcedUndertakings) != nil {
                    hit = make(.action, .pledge, needsAmount: false)
                }
            // Deployments
            case .deploy?:
                guard !nounDeployCues.contains(w) || verbOpeners.contains(lower(i - 1)) else { break }
                // "would send a delegation to Cairo": sending negotiators is a meeting to come.
                hit = within(i + 1, 3, EventExtractor.envoyNouns) != nil ? make(.action, .meeting) : make(.action, .deployment)
            case .deployedPast?:
                hit = make(.action, .deployment, needsAmount: true)
            case .keepPresence?:
                if let j = within(i + 1, 3, ["presence", "troops", "forces", "contingent", "mission"]) { hit = make(.action, .deployment, j) }
            // Meetings
            case .hold?:
                if within(i + 1, 8, meetingNouns) != nil { hit = make(.action, .meeting) }
            // Support
            case .support?:
                let previous = lower(i - 1)
                if !supportBlockers.contains(previous) && (pronounsBeforeSupport.contains(previous) || previous.hasSuffix("ly") || (i > 0 && words[i - 1].isCapitalized && words[i - 1].isWord)) {
                    hit = make(.action, .support)
                }
            case .stand?:
                if ["with", "by", "alongside", "behind"].contains(lower(i + 1)) { hit = make(.action, .support, i + 1) }
            case .back?:
                // Not "to back out of the deal", "backed down", "back away from": withdrawals.
                if ["we", "i", "they", "fully", "strongly", "will", "to"].contains(lower(i - 1)),
                   !["out", "down", "away", "off"].contains(lower(i + 1)) { hit = make(.action, .support) }
            // Intentions
            case .will?, .would?:
                // Not "will be", "would have", "would like", a preference or an act of opposition.
                let next = lower(i + 1)
                let excluded: Set<String> = CommitmentLexicon.cues[w] == .would ? ["be", "have", "like"] : ["be", "have"]
                if i + 1 < words.count, words[i + 1].isWord, !excluded.contains(next), !preferenceWords.contains(next),
                   !hostileWords.contains(next) { hit = make(.intention, .support) }
            case .intend?:
                if lower(i + 1) == "to" { hit = make(.intention, .support, i + 1) }
            case .continueTo?:
                if lower(i + 1) == "to" { hit = make(.intention, .support, i + 1, attachOnly: true) }
            case .intentNoun?:
                if lower(i + 1) == "to" && lower(i - 1) != "no" && ["their", "our", "its", "his", "her", "the", "my", "firm", "strong", "full"].contains(lower(i - 1)) { hit = make(.intention, .support, i + 1) }
            case .reaffirm?:
                hit = make(.intention, .support)
            case .commit?:
                // "Germany committed 200 million euros": committing money is pledging it.
                if moneyAt(i + 1) { hit = make(.action, .pledge, needsAmount: true) }
                else if !["by", "against", "on", "atrocities", "crimes"].contains(lower(i + 1)) && !["crimes", "atrocities", "abuses", "violations", "offences", "offenses", "murders", "attacks"].contains(lower(i - 1)) {
                    hit = make(.intention, .support)
                }
            case .ready?:
                if lower(i + 1) == "to" && ["is", "are", "remain", "remains", "stands", "stand"].contains(lower(i - 1)) { hit = make(.intention, .support, i + 1) }
            case nil:
                break
            }
            if let hit {
                out.append(hit)
                i = hit.lastWord + 1
            } else {
                i += 1
            }
        }
        return out
    }
}
