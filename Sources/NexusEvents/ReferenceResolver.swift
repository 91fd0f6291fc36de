import NexusCore
import NexusEntities

/// Finds the entities a noun phrase of a parsed sentence names, resolving pronouns, quotes,
/// titles and definite descriptions to entities of the document, and says how.
///
/// For the head word `w` of a subject, object or prepositional phrase:
/// 1. a person named anywhere in the phrase's core (title chains and appositions:
///    "German Foreign Minister Annalena Baerbock", "Baerbock, Germany's foreign minister") is the
///    entity; else the mention covering `w`;
/// 2. a title head with no name ("the German Foreign Minister", "the Secretary") is the
///    person the document names with that role (for the country or organization of the
///    phrase when it has one), else that country or organization (`title`);
/// 3. "the <collective noun>" ("the alliance", "the Ministers") is the body the text has
///    bound or named (`definite reference`);
/// 4. a state noun with a country or organization modifier ("the Iraqi government",
///    "Sudanese forces") is that country or organization (`noun modifier`);
/// 5. "I", "we", "our" inside a quote are its speaker; "we"/"our" the speaker's body when the
///    text affiliates the speaker with one (`quote speaker`);
/// 6. "he", "she" are the person who reports the clause ("X said he ..."), else the last
///    person named before; "it", "they" the country or organization reporting the clause, else
///    the subject of the previous sentence when it is one (`pronoun`);
/// 7. "his/her/their country|government|organization" is that referent's affiliation.
/// Conjuncts of the phrase ("France and Germany") each give an entity.
struct ReferenceResolver {
    let resolution: DocumentResolution
    let titles: TitleLexicon
    let referents: CommitmentActorResolver
    /// The document's parsed sentences, for antecedents in earlier sentences.
    let parsed: ParsedDocument
    /// Capitals and their countries: "a Kabul court" acts for Afghanistan.
    let capitals: CapitalTable

    static let stateNouns: Set<String> = Set<String>(["government", "governments", "forces", "army", "troops", "military", "authorities", "officials", "leaders",
                                          "police", "administration", "ministry", "navy", "parliament", "cabinet", "delegation", "diplomats",
                                          "leadership", "regime", "soldiers", "president", "embassy", "embassies", "consulate", "consulates", "lawmakers", "legislature", "judiciary",
                                          "aircraft", "warplanes", "jets", "helicopters", "gunships", "tanks", "warships", "drones", "artillery",
                                          "prosecutors", "investigators", "negotiators", "agents", "court", "courts", "judges", "envoy", "ambassador", "spokesman", "spokeswoman", "official",
                                          // Holders of one office in several states: "the foreign ministers of Indonesia and Malaysia".
                                          "ministers", "presidents", "premiers", "envoys", "ambassadors", "delegations",
                                          // The means of a state's or a group's force act for it: "a NATO airstrike killed ...".
                                          "airstrike", "airstrikes", "strike", "strikes", "raid", "raids", "missile", "missiles", "rocket",
                                          "rockets", "shelling", "bombardment", "convoy", "patrol", "patrols", "offensive", "operation", "warplane"])
        .union(serviceNouns)
    /// Nouns for a state's people met where they serve: "talks with officials in Kabul".
    static let hostedOfficials: Set<String> = ["officials", "official", "leaders", "authorities", "government", "ministers", "counterparts"]
    /// Nouns for those who speak or negotiate for a body, whose "for" phrase names it as "of"
    /// does: "a spokesman for Hamas", "negotiators for the rebels" (not "ambassador", whose "to"
    /// or "for" phrase names the host).
    static let representativeNouns: Set<String> = EntityRecognizer.spokespersonWords
        .union(["spokesmen", "spokespeople", "spokespersons", "representative", "representatives", "negotiator", "negotiators"])
    /// Nouns for people a state or a body sends, whose "from" phrase names it as "of" does:
    /// "delegates from Iran and the EU met", "an IMF mission to Gabon" (its "to" phrase is the host).
    static let sentNouns: Set<String> = ["representative", "representatives", "delegate", "delegates", "delegation", "delegations",
                                         "envoy", "envoys", "emissary", "emissaries", "diplomat", "diplomats", "negotiators",
                                         "official", "officials", "ministers", "mission", "missions"]
    /// The people who serve a state's or a body's force ("the Philippine coast guard", "train
    /// Ukrainian pilots", "AU peacekeepers"): state nouns, but not the organs a later bare
    /// "the government" or "authorities" refers back to (``lastState(before:word:)``).
    /// So do a state's mediators ("Norwegian mediators are arranging talks between the government
    /// and the rebels": "the government" is not Norway's).
    static let serviceNouns: Set<String> = ["guard", "guards", "coastguard", "pilots", "sailors", "marines", "peacekeepers", "personnel", "servicemen",
                                            "mediators", "mediator",
                                            // Those a state or a body sends: "Chinese representatives", "an IMF mission".
                                            "representative", "representatives", "delegate", "delegates", "mission", "missions"]
    /// Nouns for the people of a country: "the people of Afghanistan", "Iraqi civilians".
    /// So do groups of them a text names by what they are or suffer ("Afghan refugees", "24
    /// Pakistani prisoners", "Indian students"), as CAMEO codes refugees and civilians under
    /// their country's code (Schrodt 2012, the agent codes REF and CVL).
    static let populationNouns: Set<String> = ["people", "peoples", "population", "populations", "citizens", "civilians", "nationals", "public",
                                               "refugees", "prisoners", "detainees", "hostages", "students", "workers", "farmers", "migrants",
                                               "pilgrims", "fishermen", "villagers", "residents"]
    /// Nouns for a country's businesses ("Iranian drone makers", "Chinese banks").
    static let businessNouns: Set<String> = ["company", "companies", "firm", "firms", "maker", "makers", "manufacturer", "manufacturers",
                                             "producer", "producers", "exporter", "exporters", "supplier", "suppliers", "bank", "banks",
                                             "lenders", "airline", "airlines", "carmakers", "automakers", "investors", "businesses", "shipyards"]
    /// Heads of the names of a state's organs ("Foreign Ministry", "Defense Ministry", "Army").
    static let organNouns: Set<String> = ["ministry", "ministries", "government", "army", "military", "navy", "police", "embassy",
                                          "cabinet", "administration", "presidency", "consulate", "court", "parliament"]
    /// Verb forms that report speech: the commitment resolver's reporting verbs without the
    /// commissive ones (agreed, promised, assured) and "according", plus more forms of saying.
    static let reportingForms: Set<String> = CommitmentActorResolver.reportingVerbs
        .subtracting(["according", "agreed", "assured", "promised"])
        .union(["saying", "tell", "announces", "declares", "stresses", "warns", "insists", "claimed", "claims", "reported", "writes",
                "confirms", "reiterated", "argued", "argues", "recalled", "pointed"])
    /// Nouns for members of an armed or political group: "PKK rebels", "Taliban militants".
    static let memberNouns: Set<String> = ["rebels", "rebel", "militants", "militant", "fighters", "guerrillas", "insurgents", "gunmen",
                                           "members", "supporters", "activists", "loyalists", "separatists", "extremists", "militiamen",
                                           "faction", "wing", "branch", "unit", "cell", "commander", "commanders", "leaders", "bomber"]
    static let firstPerson: Set<String> = ["i", "me", "my", "we", "us", "our"]
    static let thirdPersonHuman: Set<String> = ["he", "she", "him", "her", "his"]
    static let thirdPersonOther: Set<String> = ["it", "its", "they", "them", "their"]

    private var context: ResolutionContext { resolution.context }

    /// Entities named by the phrase headed by `w` and by its conjuncts, each with how it was found.
    ///
    /// With `modifiers`, a phrase whose head names no entity stands for the entity that owns
    /// or qualifies it ("Kenya's initiative", "a UN Security Council resolution", "the
    /// Iranian nuclear programme"): how targets are read, not actors.
    ///
    /// With `undergoers` (appeals, demands, rejections, threats), an act noun stands for whom
    /// its "of" phrase names: "called for the withdrawal of Israeli forces" → Israel.
    ///
    /// With `agents` (disapproval, rejection, threats, protest, reducing relations), an act noun
    /// stands for the agent of a participle on it: "condemned the sanctions imposed by the
    /// United States" → United States.
    func entities(at w: Int, in p: ParsedSentence, modifiers: Bool = false, undergoers: Bool = false, agents: Bool = false) -> [(entity: Int, via: ActorResolution?)] {
        if let pair = pair(at: w, in: p) { return pair.map { ($0, .definiteReference) } }
        if let parties = pluralAntecedent(of: w, in: p) { return parties.map { ($0, .pronoun) } }
        var out: [(Int, ActorResolution?)] = []
        for (n, h) in p.withConjuncts(w).enumerated() {
            guard modifiers || !p.isCredit[h] else { continue }
            // A target that is a proposal or an act ("blocked Sweden's NATO bid") stands for whom
            // owns it, made it or qualifies it, the owner first; as a doer, "the IAEA resolution
            // accuses" is the IAEA.
            let owned = modifiers && p.mentionOfWord[h] == nil
                && (ReferenceResolver.proposalNouns.contains(p.lower[h]) || ReferenceResolver.actNouns.contains(p.lower[h]))
            if let (e, via) = (owned ? nil : entity(at: h, in: p)) ?? (modifiers ? modifier(of: h, in: p, undergoers: undergoers, agents: agents) : nil) {
                if !out.contains(where: { $0.0 == e }) { out.append((e, via ?? (n > 0 ? .coordination : nil))) }
                // "Japan and South Korea agreed", parsed with Japan as a compound of Korea: a
                // coordinated compound names parties of its own.
                // So does a demonym coordinated with it: "the U.S. and British embassies".
                for c in p.children(of: h, "compound") where !p.children(of: c, "conj").isEmpty && p.mentionOfWord[c] != p.mentionOfWord[h] {
                    for x in p.withConjuncts(c) + p.children(of: c, "conj").filter({ p.upos($0) == "ADJ" }) {
                        guard let m = p.mentionOfWord[x], m != p.mentionOfWord[h] else { continue }
                        let other = resolution.entityOfMention[m]
                        if !out.contains(where: { $0.0 == other }) { out.append((other, .coordination)) }
                    }
                }
                // "his South Korean and Russian counterparts": the opposite number of each.
                if via == .title, ReferenceResolver.counterpartNouns.contains(p.lower[h]) {
                    for a in p.children(of: h, "amod") + p.children(of: h, "compound") where p.mentionOfWord[a] != nil {
                        for c in p.children(of: a, "conj") {
                            guard let m = p.mentionOfWord[c], [.country, .organization].contains(context.mentions[m].mention.type) else { continue }
                            let state = resolution.entityOfMention[m]
                            let other = counterpart(at: h, in: p, of: state) ?? state
                            if !out.contains(where: { $0.0 == other }) { out.append((other, .title)) }
                        }
                    }
                }
                // "Israeli and Palestinian officials", "the ministers of Indonesia, Malaysia and
                // Singapore", "drills by Seoul and Washington", "delegates from Peru and Chile":
                // each coordinated modifier.
                if via == .nounModifier {
                    let ofPhrase = p.children[h].filter { p.words[$0].relation.hasPrefix("nmod") && ["of", "by", "from"].contains(p.caseMarker(of: $0) ?? "") }
                    for a in p.children(of: h, "amod") + ofPhrase where p.mentionOfWord[a] != nil {
                        for c in p.withConjuncts(a).dropFirst() {
                            guard let m = p.mentionOfWord[c] else { continue }
                            let other = resolution.entityOfMention[m]
                            if !out.contains(where: { $0.0 == other }) { out.append((other, .coordination)) }
                        }
                    }
                }
            }
        }
        if out.isEmpty {
            for h in p.withConjuncts(w) {
                // "officials from five Balkan nations - Albania, Bulgaria ... -": the nations' members.
                let from = ReferenceResolver.stateNouns.contains(p.lower[h])
                    ? p.children[h].filter { p.words[$0].relation.hasPrefix("nmod") && ["from", "of"].contains(p.caseMarker(of: $0) ?? "") } : []
                for m in ([h] + from).flatMap({ listedMembers(of: $0, in: p) }) where !out.contains(where: { $0.0 == m }) {
                    out.append((m, .listedMember))
                }
            }
        }
        return out
    }

    /// Nouns for parties defined by their tie to another ("U.S. allies", "Iran's rivals").
    static let relationalNouns: Set<String> = ["allies", "ally", "rivals", "rival", "enemies", "enemy", "foes", "foe", "opponents",
                                               "adversaries", "critics", "detractors"]

    /// Plural nouns for a set of states or bodies that a text may name by listing its members.
    static let memberSetNouns: Set<String> = ["countries", "nations", "powers", "states", "governments", "members", "donors",
                                              "partners", "allies", "organizations", "groups", "agencies"]

    /// The countries and organizations a plural noun lists as its members: "Western powers
    /// including France and Britain", "countries such as Chile and Peru", "five Balkan nations -
    /// Albania, Bulgaria, ... -", "the Group of Seven nations - comprising the United States,
    /// Japan, ... - asked OPEC" (an "including", "such as" or "like" phrase, an apposition, or
    /// the object of a participle "comprising" or "including" on the noun, with its conjuncts).
    func listedMembers(of w: Int, in p: ParsedSentence) -> [Int] {
        guard ReferenceResolver.memberSetNouns.contains(p.lower[w]) else { return [] }
        let phrases = p.children(of: w, "nmod").filter { ["such", "including", "like"].contains(p.caseMarker(of: $0) ?? "") }
        let participles = p.children(of: w, "acl").filter { ["comprising", "including"].contains(p.lower[$0]) }
        let listed = phrases + p.children(of: w, "appos") + participles.flatMap { p.children(of: $0, "obj") }
        return listed.flatMap { p.withConjuncts($0) }.compactMap { x -> Int? in
            guard let m = p.mentionOfWord[x], [.country, .organization].contains(context.mentions[m].mention.type) else { return nil }
            return resolution.entityOfMention[m]
        }
    }

    /// The entity named by the phrase headed by `w` (its conjuncts aside); `via` is nil when
    /// the phrase names it directly.
    func entity(at w: Int, in p: ParsedSentence) -> (Int, ActorResolution?)? {
        let word = p.lower[w]
        // "US" is a country, not "us": pronouns are what the tagger says they are.
        if p.words[w].upos == "PRON" || (p.words[w].xpos.hasPrefix("PRP") && p.words[w].text != p.words[w].text.uppercased()) {
            return pronoun(w, in: p)
        }
        // "confront the growing threat of Boko Haram in Nigeria": a threat stands for whom it
        // comes from, not for where.
        if ReferenceResolver.threatNouns.contains(word), p.mentionOfWord[w] == nil,
           let source = p.children(of: w, "nmod").first(where: { p.caseMarker(of: $0) == "of" }),
           let found = entity(at: source, in: p) {
            return found
        }
        let core = p.core(w)
        let mentioned = core.compactMap { p.mentionOfWord[$0] }
        if let person = mentioned.first(where: { context.mentions[$0].mention.type == .person }) {
            // "the Bush administration" acts for the state its leader is affiliated with, as
            // CAMEO codes a government as its country; with no affiliation in the text, for no one.
            if EntityRecognizer.governmentNouns.contains(word), p.mentionOfWord[w] != person {
                let named = p.children(of: w, "compound").contains { p.mentionOfWord[$0] == person }
                return stateLed(by: resolution.entityOfMention[person], noun: named ? word : nil).map { ($0, .nounModifier) }
            }
            return (resolution.entityOfMention[person], nil)
        }
        if let m = p.mentionOfWord[w] {
            // "The White House rejected the offer", "the Kremlin said": a seat of government acts
            // for its state, as CAMEO codes a government as its country, when the text names it.
            if let state = seatOfGovernment(resolution.entityOfMention[m]) { return (state, .capital) }
            // "Israeli Defense Minister Shaul Mofaz and Palestinian Authority Interior Minister
            // Nasser Youssef agreed", the parser making the body the conjunct: a body or country
            // that opens a title names the person the title belongs to.
            if [.organization, .country].contains(context.mentions[m].mention.type), let person = titledPerson(after: m, in: p) {
                return (resolution.entityOfMention[person], .title)
            }
            // "Venezuela's Foreign Ministry", "the Iraqi army": an organ of a state acts for it,
            // as CAMEO codes a ministry as its government.
            if context.mentions[m].mention.type == .organization, ReferenceResolver.organNouns.contains(word),
               let state = (p.children(of: w, "nmod:poss") + p.children(of: w, "amod") + p.children(of: w, "compound"))
                   .compactMap({ p.mentionOfWord[$0] }).first(where: { $0 != m && context.mentions[$0].mention.type == .country }) {
                return (resolution.entityOfMention[state], .nounModifier)
            }
            return (resolution.entityOfMention[m], nil)
        }
        let start = p.words[w].range.start
        // "a spokesman for Hamas", "negotiators for the rebels": who speaks for a body speaks "for"
        // it; "representatives from Chile, Peru and Bolivia met": who is sent comes "from" it.
        var markers: Set<String> = ["of"]
        if ReferenceResolver.representativeNouns.contains(word) { markers.insert("for") }
        if ReferenceResolver.sentNouns.contains(word) { markers.insert("from") }
        // A "from" phrase is read only when it is a name itself: "officials from five Balkan
        // nations - Albania, ..." are the listed members' (``listedMembers(of:in:)``).
        let ofPhrase = p.children[w].filter { p.words[$0].relation.hasPrefix("nmod") && markers.contains(p.caseMarker(of: $0) ?? "")
            && (p.caseMarker(of: $0) != "from" || p.mentionOfWord[$0] != nil) }
            .flatMap { p.core($0).compactMap { p.mentionOfWord[$0] } }
        // "a Kabul court", "Moscow officials": a capital beside the head names its state (the
        // country when the document names it, else the capital, which stands for it).
        // "NATO-led forces", "the Hamas-led government": the leader is the forces' side.
        let leader = p.leaders(of: w).compactMap { p.mentionOfWord[$0] }
        let modifier = (mentioned + ofPhrase + leader).first { [.country, .organization].contains(context.mentions[$0].mention.type) }.map { resolution.entityOfMention[$0] }
            ?? mentioned.lazy.map { resolution.entityOfMention[$0] }.first { capitals.isCapital($0, in: resolution) }
                .map { capitals.country(of: $0, in: resolution) ?? $0 }
        // "his Iranian counterpart": the person the text affiliates with that country, else the country.
        if ReferenceResolver.counterpartNouns.contains(word), let modifier {
            if let named = p.children[w].first(where: { ["appos", "flat"].contains(p.words[$0].relation) && p.mentionOfWord[$0] != nil }).flatMap({ p.mentionOfWord[$0] }),
               context.mentions[named].mention.type == .person {
                return (resolution.entityOfMention[named], .title)
            }
            if let person = counterpart(at: w, in: p, of: modifier) { return (person, .title) }
            return (modifier, .title)
        }
        if let role = title(at: w, in: p) {
            // "the current chairman of the African Union, Nigerian President Olusegun Obasanjo":
            // the person in apposition to the title or to its "of" phrase holds it.
            let appositions = p.children(of: w, "appos") + p.children[w].filter { p.words[$0].relation.hasPrefix("nmod") && p.caseMarker(of: $0) == "of" }
                .flatMap { p.children(of: $0, "appos") }
            if let named = appositions.flatMap({ p.core($0) }).compactMap({ p.mentionOfWord[$0] }).first(where: { context.mentions[$0].mention.type == .person }) {
                return (resolution.entityOfMention[named], .title)
            }
            // "a top rebel leader" is someone new, not whoever holds some leadership named before;
            // "a Taleban commander" may still be the Taleban commander the text names.
            let indefinite = p.children(of: w, "det").contains { ["a", "an", "another"].contains(p.lower[$0]) }
            if !indefinite || modifier != nil, let holder = referents.holder(of: role.role, for: modifier, before: start) { return (holder, .title) }
            // Only a lede's main subject introduces the person the next sentence names: "after
            // a Japanese official visited ..." in a clause of its own is someone else's act.
            if p.words[w].relation.hasPrefix("nsubj"), let verb = p.words[w].head, p.words[verb].head == nil,
               let person = personIntroduced(after: p.position, before: start) { return (person, .title) }
            if let modifier { return (modifier, .title) }
            return nil
        }
        if let named = selfNamed(w, in: p) { return (named, nil) }
        // "U.S. allies", "Iran's rivals", "Israeli critics": others, defined by their tie to the
        // state named ("NATO allies", an alliance's own members, are read below).
        if ReferenceResolver.relationalNouns.contains(word), let modifier, resolution.entities[modifier].type == .country { return nil }
        // Not a title: "the group Human Rights Watch", "the militant group Hamas", "the Afghan
        // capital, Kabul": a name beside the head. An apposition names the head before any
        // modifier does ("the United Nations' court, the International Court of Justice").
        let beside = p.children(of: w, "appos") + p.children[w].filter { ["compound", "flat"].contains(p.words[$0].relation) }
        for c in beside where p.upos(c) == "PROPN" {
            // A parenthesized name is an apposition of the word right before the parenthesis
            // only ("the Kurdistan Workers' Party (PKK)"); hung on an earlier noun it is a parse error.
            if p.isStrayParenthetical(c, of: w) { continue }
            // A place beside the head names it only as an apposition ("the capital, Kabul"), not
            // as a modifier ("the Geneva conference").
            if let m = p.mentionOfWord[c], context.mentions[m].mention.type != .location || p.words[c].relation == "appos" || isPlaceHead(w, in: p) {
                return (resolution.entityOfMention[m], nil)
            }
        }
        let possessor = p.children(of: w, "nmod:poss").first
        if let possessor, CommitmentActorResolver.ownedNouns.contains(word), p.words[possessor].upos == "PRON",
           let (owner, _) = pronoun(possessor, in: p) {
            if resolution.entities[owner].type == .person, let body = referents.affiliations[owner]?.first { return (body, .pronoun) }
            if resolution.entities[owner].type != .person { return (owner, .pronoun) }
        }
        // "Hezbollah said its fighters had targeted ...": a group's members act for it.
        if let possessor, ReferenceResolver.fighterNouns.contains(word), p.words[possessor].upos == "PRON",
           let (owner, _) = pronoun(possessor, in: p), resolution.entities[owner].type == .organization {
            return (owner, .pronoun)
        }
        if let modifier, ReferenceResolver.stateNouns.contains(word) { return (modifier, .nounModifier) }
        // "The alliance force arrested ...", "the group's fighters": the force of a body the text
        // refers back to ("the alliance", "the group") acts for that body.
        if modifier == nil, ReferenceResolver.stateNouns.contains(word) || ReferenceResolver.fighterNouns.contains(word) || word == "force",
           let owner = (p.children(of: w, "nmod:poss") + p.children(of: w, "compound")).first(where: { c in
               p.upos(c) == "NOUN" && ReferenceResolver.ownerBodyNouns.contains(p.lower[c]) }),
           (p.children(of: owner, "det") + p.children(of: w, "det")).contains(where: { p.lower[$0] == "the" }) {
            let body = ReferenceResolver.groupNouns.contains(p.lower[owner]) ? lastNamed(.organization, before: p, word: w)
                : referents.collective(p.lower[owner], before: start, sentence: p.position)
            if let body, resolution.entities[body].type == .organization { return (body, .definiteReference) }
        }
        // "The Egyptian plan calls on Israel to withdraw", "Kenya's proposal urges": a proposal
        // acts for whom it is (as "the IAEA resolution accuses" is the IAEA's).
        if let modifier, ReferenceResolver.proposalNouns.contains(word) { return (modifier, .nounModifier) }
        // "aid to the people of Afghanistan", "the Syrian population": a country's people stand
        // for the country, as CAMEO codes civilians under their country's code.
        if let modifier, ReferenceResolver.populationNouns.contains(word), resolution.entities[modifier].type == .country {
            return (modifier, .nounModifier)
        }
        // "sanctions on six Iranian companies", "Chinese firms invested": a country's businesses
        // stand for it, as CAMEO codes them under its code (the agent code BUS).
        if let modifier, ReferenceResolver.businessNouns.contains(word), resolution.entities[modifier].type == .country {
            return (modifier, .nounModifier)
        }
        // "authorities arrested ...", "the police said": a bare state noun after "Rwandan
        // police" stands for the same state.
        if modifier == nil, ReferenceResolver.bareStateNouns.contains(word), possessor == nil,
           p.children(of: w, "det").allSatisfy({ p.lower[$0] == "the" }), p.children(of: w, "amod").isEmpty,
           let e = lastState(before: p, word: w) {
            return (e, .definiteReference)
        }
        // "Members of the Security Council arrived in Kigali ... Delegates are also to visit
        // Burundi", "The delegation will also visit Uganda": a bare delegation is the one the
        // previous sentence's subject sent.
        if modifier == nil, possessor == nil, ReferenceResolver.delegationNouns.contains(word), p.children(of: w, "amod").isEmpty,
           p.children(of: w, "det").allSatisfy({ p.lower[$0] == "the" }), !p.children[w].contains(where: { p.words[$0].relation.hasPrefix("nmod") }),
           let e = senderNamedBefore(p) {
            return (e, .definiteReference)
        }
        // Members of an organization act for it; "Iraqi insurgents" are not the Iraqi state.
        if let modifier, ReferenceResolver.memberNouns.contains(word), resolution.entities[modifier].type == .organization {
            return (modifier, .nounModifier)
        }
        // "NATO allies agreed": an alliance's members act for it; "Hezbollah's allies", "allies of
        // the group" and "U.S. allies" (of a country) are others.
        if word == "allies", let m = p.children(of: w, "compound").compactMap({ p.mentionOfWord[$0] }).first,
           context.mentions[m].mention.type == .organization {
            return (resolution.entityOfMention[m], .nounModifier)
        }
        // "talks between the government and the rebels": the armed group named last.
        if modifier == nil, possessor == nil, ReferenceResolver.armedMemberNouns.contains(word),
           p.children(of: w, "det").contains(where: { p.lower[$0] == "the" }), p.children(of: w, "amod").isEmpty,
           let e = lastArmedGroup(before: p, word: w) {
            return (e, .definiteReference)
        }
        // "urged its neighbor to hunt down militants", "will negotiate with its neighbor": the
        // country named last other than the one the clause is about.
        if ReferenceResolver.neighborNouns.contains(word),
           possessor != nil || p.children(of: w, "det").contains(where: { p.lower[$0] == "the" }),
           let e = lastNamed(.country, before: p, word: w, otherThanOwn: true) {
            return (e, .definiteReference)
        }
        // "the country", "the kingdom", "the island nation": the country named last; "the
        // kingdom" first the country of a king the text names.
        if ReferenceResolver.countryNouns.contains(word), p.children(of: w, "det").contains(where: { p.lower[$0] == "the" }) {
            if let e = monarchy(word, before: start) { return (e, .definiteReference) }
            if let e = lastNamed(.country, before: p, word: w) { return (e, .definiteReference) }
        }
        // "Israeli troops raided the Palestinian city", "fired shells into the territory": the
        // place named last before it.
        if ReferenceResolver.placeNouns.contains(word), p.children(of: w, "det").contains(where: { p.lower[$0] == "the" }),
           !namesItsPlace(w, in: p), let e = lastPlace(before: p, word: w) {
            return (e, .definiteReference)
        }
        if CommitmentActorResolver.collectiveNouns.contains(word) || ReferenceResolver.groupNouns.contains(word),
           p.children(of: w, "det").contains(where: { p.lower[$0] == "the" }) {
            // "the group", "the organization": the organization named last as a subject (or
            // last at all), in this sentence or the three before.
            if ReferenceResolver.groupNouns.contains(word), let e = lastNamed(.organization, before: p, word: w) { return (e, .definiteReference) }
            // "... has blamed the group for the killing, a charge denied by the Tamil Tigers":
            // with no organization named before, the one the same sentence names after it.
            // ("the same group", "the latter group" point back only.)
            if ReferenceResolver.groupNouns.contains(word), !p.children[w].contains(where: { ["same", "latter", "former", "aforementioned"].contains(p.lower[$0]) }),
               let e = organizationNamed(after: w, in: p) { return (e, .definiteReference) }
            if CommitmentActorResolver.collectiveNouns.contains(word), let e = referents.collective(word, before: start, sentence: p.position) {
                return (e, .definiteReference)
            }
        }
        // "A prominent human rights group has called on ... Human Rights Watch said ...": a
        // group described as a subject and named at the head of the next sentence.
        if ReferenceResolver.groupNouns.contains(word), p.words[w].relation.hasPrefix("nsubj"),
           p.children(of: w, "det").contains(where: { ["a", "an", "the"].contains(p.lower[$0]) }), let e = organizationOpening(p.position + 1) {
            return (e, .definiteReference)
        }
        return nil
    }

    /// The entity named by a possessor, compound or adjective of `w` ("Kenya's", "UN
    /// Security Council", "Iranian"), the possessor first.
    private func modifier(of w: Int, in p: ParsedSentence, undergoers acts: Bool, agents: Bool) -> (Int, ActorResolution?)? {
        guard p.isNominal(w) else { return nil }
        // "countries such as Chile", "partners including Norway": the named examples.
        let examples = p.children(of: w, "nmod").filter { ["such", "including", "like"].contains(p.caseMarker(of: $0) ?? "") }
        // "called for the withdrawal of Israeli forces": whom the act asked for bears on.
        let undergoers = acts && ReferenceResolver.actNouns.contains(p.lower[w]) ? p.children(of: w, "nmod").filter { p.caseMarker(of: $0) == "of" } : []
        // "condemned joint drills by Seoul and Washington": whoever does the act disapproved.
        let byAgents = agents ? p.children(of: w, "nmod").filter { p.caseMarker(of: $0) == "by" } : []
        let candidates = p.children(of: w, "nmod:poss") + p.children[w].filter { ["compound", "amod"].contains(p.words[$0].relation) }
            + examples + undergoers.flatMap { [$0] + p.core($0) } + (acts ? authors(of: w, in: p) : []) + (agents ? p.participleAgents(of: w) : [])
            + byAgents
        for c in candidates {
            if byAgents.contains(c), let m = p.mentionOfWord[c],
               context.mentions[m].mention.type != .location || capitals.isCapital(resolution.entityOfMention[m], in: resolution) {
                return (resolution.entityOfMention[m], .nounModifier)
            }
            // "accused the Chavez government": the state its leader is affiliated with, if any.
            if let m = p.mentionOfWord[c], context.mentions[m].mention.type == .person, EntityRecognizer.governmentNouns.contains(p.lower[w]) {
                return stateLed(by: resolution.entityOfMention[m], noun: p.words[c].relation == "compound" ? p.lower[w] : nil).map { ($0, .nounModifier) }
            }
            // A place beside the head names it only as an apposition ("the capital, Kabul") or as
            // its owner ("Kyiv's peace proposal", a capital for its government), not as a
            // modifier ("the Geneva conference").
            if let m = p.mentionOfWord[c], context.mentions[m].mention.type != .location || ["appos", "nmod:poss"].contains(p.words[c].relation)
                || isPlaceHead(w, in: p) || ReferenceResolver.settlementNouns.contains(p.lower[w]) {
                return (resolution.entityOfMention[m], nil)
            }
            // "his initiative" stands for his side; "His Majesty" is a form of address, not a possession.
            let addressed = p.words[w].text.unicodeScalars.first?.properties.isUppercase ?? false
            if p.words[c].relation == "nmod:poss", p.words[c].upos == "PRON", !addressed, let found = pronoun(c, in: p) { return found }
            // "praised the Pakistani leader's commitment": an owner described by a title.
            if p.words[c].relation == "nmod:poss", p.words[c].upos == "NOUN", p.core(c).contains(where: { p.mentionOfWord[$0] != nil }),
               let found = entity(at: c, in: p) { return found }
        }
        return nil
    }

    /// Who made the proposal noun `w`, for the acts that answer it ("rejected the offer made by
    /// bin Laden", "ignored the resolution of the Arab League", "declined an invitation from
    /// Hamas"): its "of"/"from"/"by" phrase, or the agent of a participle hung on it.
    private func authors(of w: Int, in p: ParsedSentence) -> [Int] {
        guard ReferenceResolver.proposalNouns.contains(p.lower[w]) else { return [] }
        let phrases = p.children(of: w, "nmod").filter { ["of", "from", "by"].contains(p.caseMarker(of: $0) ?? "") }
        return phrases + p.participleAgents(of: w)
    }

    /// Nouns of proposals and requests, whose author a rejection or an acceptance bears on.
    static let proposalNouns: Set<String> = ["offer", "offers", "proposal", "proposals", "request", "requests", "demand", "demands",
                                             "plan", "plans", "call", "calls", "appeal", "appeals", "resolution", "resolutions",
                                             "initiative", "invitation", "ultimatum", "bid", "conditions", "terms", "overture",
                                             "overtures", "suggestion", "suggestions"]

    /// The country a government named after its leader ("the Bush administration") acts for:
    /// the country the text affiliates the leader with, as CAMEO codes a government as its
    /// state. With no affiliation in the text, "the <name> administration" is the United States
    /// when the document names it: in American usage, which English-language news follows, the
    /// word names a president's executive branch and its term ("the Trump administration"),
    /// while other states' executives are "the <name> government" (a convention of news usage,
    /// written down by the Nexus team). `noun` is the head when the name is
    /// written before it as a compound, nil otherwise ("Karzai's administration" is not the
    /// idiom). Otherwise nil.
    private func stateLed(by leader: Int, noun: String?) -> Int? {
        if let state = referents.affiliations[leader]?.first(where: { resolution.entities[$0].type == .country }) { return state }
        guard let noun, ReferenceResolver.presidentialGovernmentNouns.contains(noun) else { return nil }
        return resolution.entities.indices.first {
            resolution.entities[$0].type == .country && (resolution.entities[$0].authoritativeName ?? resolution.entities[$0].name) == "United States"
        }
    }

    /// Nouns that name a US president's government after the president ("the Obama administration").
    static let presidentialGovernmentNouns: Set<String> = ["administration"]

    /// Whether `w` is the geographic head of a place name the tagger cut short ("the Gaza
    /// Strip" tagged "Gaza", "Sulaimaniyah province"): then the place beside it is named.
    /// A possessor names the place first ("Sudan's Darfur region" is Sudan's).
    private func isPlaceHead(_ w: Int, in p: ParsedSentence) -> Bool {
        ReferenceResolver.placeHeads.contains(p.lower[w]) && !p.children(of: w, "nmod:poss").contains { p.mentionOfWord[$0] != nil }
    }

    /// Settlements and areas named by the place before them: "West Bank towns", "Gaza refugee camps".
    static let settlementNouns: Set<String> = ["town", "towns", "village", "villages", "city", "cities", "camp", "camps", "areas",
                                               "settlements", "neighborhoods", "neighbourhoods", "outskirts", "suburbs"]

    /// Heads of place names: "Strip", "Bank", "province", "region".
    static let placeHeads: Set<String> = ["strip", "bank", "province", "region", "valley", "heights", "peninsula", "district",
                                          "governorate", "territory", "territories", "island", "islands", "county"]

    /// The one person the sentence after `position` names, when the text names no person
    /// before `start`: the holder a lede's title subject introduces ("The leader of Hezbollah has
    /// rejected ... Sheikh Hassan Nasrallah says ...", "Iran's Intelligence Minister has accused
    /// ... The agency quoted Ali Yunesi ...").
    private func personIntroduced(after position: Int, before start: Int) -> Int? {
        let s = position + 1
        guard s < context.words.count else { return nil }
        let earlier = context.mentions.indices.contains { context.mentions[$0].mention.range.start < start && resolution.entities[resolution.entityOfMention[$0]].type == .person }
        guard !earlier else { return nil }
        let persons = Set(context.mentionsBySentence[s].map { resolution.entityOfMention[$0] }.filter { resolution.entities[$0].type == .person })
        return persons.count == 1 ? persons.first : nil
    }

    /// The country or organization whose name opens sentence `s` (after "The" or "the"), if any.
    private func openingState(_ s: Int) -> Int? {
        openingEntity(s).flatMap { [.country, .organization].contains(resolution.entities[$0].type) ? $0 : nil }
    }

    /// The entity whose name opens sentence `s` (after "The" or "the"), if any.
    private func openingEntity(_ s: Int) -> Int? {
        guard s < context.words.count, let first = context.words[s].first(where: { $0.isWord && $0.lower != "the" }) else { return nil }
        return context.mentionsBySentence[s].first { context.mentions[$0].mention.range.start == first.range.start }
            .map { resolution.entityOfMention[$0] }
    }

    /// The organization sentence `s` opens with ("Human Rights Watch said ...", "The Red Cross
    /// says ..."), else the one organization it names ("In a report, the New York-based Human
    /// Rights Watch said ..."), if any.
    private func organizationOpening(_ s: Int) -> Int? {
        guard s < context.words.count else { return nil }
        if let e = openingEntity(s), resolution.entities[e].type == .organization { return e }
        let organizations = context.mentionsBySentence[s].filter { resolution.entities[resolution.entityOfMention[$0]].type == .organization }
        let named = Set(organizations.map { resolution.entityOfMention[$0] })
        return named.count == 1 ? named.first : nil
    }

    /// Nouns for someone's opposite number: "his Iranian counterpart", "her French counterparts".
    static let counterpartNouns: Set<String> = ["counterpart", "counterparts"]

    /// The person "his <demonym> counterpart" at `w` names: one written right after it
    /// ("his Iranian counterpart, Hassan Qomi"), else the person the text affiliates with
    /// `country`, else the one other person who holds a role of the possessor ("President
    /// Obama ... his French counterpart ... President Sarkozy").
    private func counterpart(at w: Int, in p: ParsedSentence, of country: Int) -> Int? {
        guard resolution.entities[country].type == .country else { return nil }
        let after = p.words.indices.filter { $0 > w && $0 <= w + 2 && p.mentionOfWord[$0] != nil }
        if w + 1 < p.words.count, p.words[w + 1].text == ",", let k = after.first, let m = p.mentionOfWord[k], context.mentions[m].mention.type == .person {
            return resolution.entityOfMention[m]
        }
        if let person = referents.holder(of: nil, for: country, before: p.words[w].range.start) { return person }
        guard let owner = p.child(of: w, "nmod:poss").flatMap({ pronoun($0, in: p)?.0 }), resolution.entities[owner].type == .person else { return nil }
        let roles = resolution.entities[owner].roles
        let peers = resolution.entities.indices.filter { e in
            e != owner && resolution.entities[e].type == .person && !resolution.entities[e].roles.isDisjoint(with: roles)
                && (referents.affiliations[e] ?? []).allSatisfy { $0 == country || resolution.entities[$0].type != .country }
        }
        return peers.count == 1 ? peers[0] : nil
    }

    /// Bare state nouns that only a country's organs are called, whatever bodies the text names.
    static let governmentOnlyNouns: Set<String> = ["government", "regime"]

    /// State nouns that, bare or with "the" ("authorities arrested", "the police said"), refer
    /// back to the state whose organs the text has just named.
    static let bareStateNouns: Set<String> = ["authorities", "police", "government", "army", "military", "troops", "forces", "soldiers",
                                              "officials", "prosecutors", "investigators", "regime"]

    /// The antecedent of a bare state noun: the country or organization written just before a
    /// state noun ("Rwandan police", "the Iraqi government", "Iraq's army") last, in this
    /// sentence before `w` or in the three before it, else first in the rest of this sentence
    /// or the next ("authorities arrested X. ... an attempt by the Rwandan government").
    /// Only a state whose organs the text names is taken, so that a country merely mentioned
    /// is not made the doer. Read on the words, as neighbouring sentences may be unparsed.
    ///
    /// "The government" and "the regime" are a country's: a body is taken for them only when
    /// written right before the same noun ("the Hamas government ... the government"), not
    /// before another ("the U.N. envoy to Sudan ... called on the government": Sudan's, not
    /// the U.N.'s).
    private func lastState(before p: ParsedSentence, word w: Int) -> Int? {
        let start = p.words[w].range.start
        let noun = p.lower[w]
        /// The states of sentence `s` this noun may refer back to.
        func candidates(inSentence s: Int) -> [(entity: Int, offset: Int)] {
            let named = statesNamed(inSentence: s)
            guard ReferenceResolver.governmentOnlyNouns.contains(noun) else { return named.map { ($0.entity, $0.offset) } }
            return named.filter { resolution.entities[$0.entity].type == .country || $0.noun == noun }.map { ($0.entity, $0.offset) }
        }
        let here = candidates(inSentence: p.position)
        if let e = here.last(where: { $0.offset < start })?.entity { return e }
        for position in stride(from: p.position - 1, through: max(0, p.position - 3), by: -1) {
            if let e = candidates(inSentence: position).last?.entity { return e }
        }
        if let e = here.first(where: { $0.offset > start })?.entity { return e }
        if p.position + 1 < context.words.count, let e = candidates(inSentence: p.position + 1).first?.entity { return e }
        return ReferenceResolver.stateOrganNouns.contains(noun) || (noun == "officials" && p.children(of: w, "compound").contains { p.lower[$0] == "government" })
            ? soleCountry : nil
    }

    /// Nouns for a party sent by a state or a body, which a later sentence writes bare ("the
    /// delegation", "delegates", "the negotiators").
    static let delegationNouns: Set<String> = ["delegation", "delegations", "delegates", "negotiators"]

    /// The state or body the previous sentence's subject names, or the state or body its
    /// person subject is affiliated with ("Secretary Rice arrived ... The delegation ...").
    private func senderNamedBefore(_ p: ParsedSentence) -> Int? {
        guard let e = previousSubject(before: p, opening: false) else { return nil }
        switch resolution.entities[e].type {
        case .country, .organization: return e
        case .person: return referents.affiliations[e]?.first { [.country, .organization].contains(resolution.entities[$0].type) }
        default: return nil
        }
    }

    /// Nouns of a state's own organs: in a document that names one country and no other,
    /// they are that country's ("Nestle resumed operations in Zimbabwe ... The government has
    /// assured the company ..."), even where the text never writes "Zimbabwe's government".
    /// Not "troops", "forces" or "soldiers", which are often a foreign state's in a country.
    static let stateOrganNouns: Set<String> = ["government", "authorities", "police", "army", "military", "regime", "prosecutors"]

    /// The one country the document names, if it names exactly one (as a name or a demonym).
    private var soleCountry: Int? {
        var found: Int?
        for m in context.mentions.indices where resolution.entities[resolution.entityOfMention[m]].type == .country {
            let e = resolution.entityOfMention[m]
            if let f = found, f != e { return nil }
            found = e
        }
        return found
    }

    /// Countries and organizations of sentence `s` written right before a state noun, with
    /// the noun's offset and the noun (lowercased), and countries that host an envoy named
    /// there (noun "host").
    private func statesNamed(inSentence s: Int) -> [(entity: Int, offset: Int, noun: String)] {
        let words = context.words[s]
        var out: [(entity: Int, offset: Int, noun: String)] = []
        for m in context.mentionsBySentence[s] {
            let e = resolution.entityOfMention[m]
            guard [.country, .organization].contains(resolution.entities[e].type) else { continue }
            guard var k = words.firstIndex(where: { $0.range.start >= context.mentions[m].mention.range.end }) else { continue }
            let possessive = words[k].lower == "'s" || words[k].lower == "'"
            if possessive { k += 1 }
            // "Bulgaria's center-left government": up to three lower-case words between an owner
            // and its organ.
            if possessive {
                var x = k
                while x < words.count, x < k + 3, !ReferenceResolver.stateNouns.contains(words[x].lower),
                      words[x].text.first.map({ $0.isLowercase || $0 == "-" }) == true { x += 1 }
                if x < words.count, ReferenceResolver.stateNouns.contains(words[x].lower) { k = x }
            }
            if k < words.count, ReferenceResolver.stateNouns.contains(words[k].lower), !ReferenceResolver.serviceNouns.contains(words[k].lower) {
                out.append((e, words[k].range.start, words[k].lower))
                continue
            }
            // "the U.N. envoy to Sudan", "an IMF mission to Gabon": the host, whose government
            // the envoy deals with ("the U.N. representative to Iraq's election commission" is
            // sent to the commission).
            if resolution.entities[e].type == .country, let j = words.firstIndex(where: { $0.range.start >= context.mentions[m].mention.range.start }),
               j >= 2, words[j - 1].lower == "to", ReferenceResolver.hostedEnvoyNouns.contains(words[j - 2].lower), !possessive {
                out.append((e, words[j].range.start, "host"))
            }
        }
        return out
    }

    /// Nouns for those sent to a state, whose "to" phrase names the state that hosts them.
    static let hostedEnvoyNouns: Set<String> = ["envoy", "envoys", "ambassador", "ambassadors", "mission", "missions", "delegation",
                                                "delegations", "emissary", "representative", "coordinator"]

    /// Nouns that, with "the", refer back to the organization named last.
    static let groupNouns: Set<String> = ["group", "organization", "organisation", "movement", "militia", "network", "faction", "party"]

    /// Nouns for a danger that stands for whom it comes from ("the threat of ISIS").
    static let threatNouns: Set<String> = ["threat", "threats", "menace", "danger", "scourge"]

    /// Nouns for a body whose force or members a phrase can name ("the alliance force", "the
    /// group's fighters"); not "government" or "army", which are the force itself.
    static let ownerBodyNouns: Set<String> = ["alliance", "coalition", "bloc", "group", "organization", "organisation", "movement",
                                              "militia", "network", "faction"]

    /// Plural nouns that refer back to two parties ("the two countries", "both sides"), with the
    /// kinds of entity each can stand for; "two" is the bare "the two".
    static let pairNouns: [String: Set<EntityType>] = [
        "countries": [.country], "nations": [.country], "governments": [.country], "states": [.country],
        "neighbors": [.country], "neighbours": [.country],
        "leaders": [.person], "men": [.person], "presidents": [.person], "ministers": [.person],
        "premiers": [.person], "officials": [.person],
        "sides": [.country, .organization, .person], "parties": [.country, .organization], "rivals": [.country, .organization, .person],
        "delegations": [.country, .organization], "two": [.country, .organization, .person],
    ]

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
        guard p.mentionOfWord[w] == nil, let kinds = ReferenceResolver.pairNouns[p.lower[w]] else { return nil }
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
        // A bare "the two" is a pair only as a subject ("the two met"); "kill the two" is about people unnamed.
        let isPair = p.lower[w] == "two" ? determiners == ["the"] && p.children(of: w, "nmod").isEmpty && p.words[w].relation.hasPrefix("nsubj")
            : (determiners == ["the"] && numbers == ["two"]) || (determiners == ["both"] && numbers.isEmpty)
        guard isPair else { return nil }
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

    /// The numbers of parties a group phrase may count ("the three countries").
    static let groupSizes: [String: Int] = ["three": 3, "four": 4, "five": 5]

    /// The `n` parties of the last coordinated list of exactly `n` named entities of the kinds
    /// `kinds` ("Tinubu urged Mali, Burkina Faso and Niger ... The three Sahel states announced
    /// ..."), in `p` before word `w` or in the two sentences before; nil when no list counts `n`.
    /// A group phrase is read only from such a list, never from the last names mentioned.
    private func group(of n: Int, before w: Int, in p: ParsedSentence, kinds: Set<EntityType>) -> [Int]? {
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

    /// The two parties of the last clause of `q` before word `limit` that names two: a
    /// "between" phrase ("a meeting between Mr. Chavez and President Uribe"), a subject that
    /// names two ("The Secretary and Foreign Minister Iwaya reaffirmed ..."), or a subject and
    /// its partner in a "with" phrase ("discussed the inquiry with the Ugandan president") or
    /// as the object of a verb of encounter (``encounterVerbs``: "Rubio thanked the Foreign
    /// Minister", "Bush will welcome President Kagame"); of the kinds `kinds`, none
    /// `excluded`, the two not affiliated; nil if no clause does.
    private func partiesOfAClause(in q: ParsedSentence, before limit: Int, kinds: Set<EntityType>, excluded: Set<Int>,
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

    /// Verbs whose object is the subject's counterpart in an encounter.
    static let encounterVerbs: Set<String> = ["meet", "meets", "met", "meeting", "welcome", "welcomes", "welcomed", "receive", "receives",
                                              "received", "host", "hosts", "hosted", "visit", "visits", "visited", "thank", "thanks",
                                              "thanked", "telephoned", "phoned", "called", "greet", "greets", "greeted", "hug", "hugged"]

    /// Whether `country` is a country the text affiliates person `person` with.
    func isOwnCountry(_ country: Int, of person: Int) -> Bool {
        resolution.entities[person].type == .person && resolution.entities[country].type == .country
            && (referents.affiliations[person]?.contains(country) ?? false)
    }

    /// Seats of government that newsrooms write for their government, and its country (written
    /// down by the Nexus team; CAMEO codes such actors as their state's government, Schrodt 2012).
    static let seatsOfGovernment: [String: String] = [
        "White House": "United States", "Pentagon": "United States", "State Department": "United States",
        "United States Department of State": "United States", "Kremlin": "Russia", "Downing Street": "United Kingdom",
        "Elysee": "France", "Élysée": "France", "Elysee Palace": "France", "Élysée Palace": "France",
        "Blue House": "South Korea", "Zhongnanhai": "China",
    ]

    /// The country entity of the document that organization entity `e`, a seat of government
    /// (``seatsOfGovernment``), stands for; nil when it is none or the text names no such country.
    func seatOfGovernment(_ e: Int) -> Int? {
        let entity = resolution.entities[e]
        guard entity.type == .organization,
              let country = ([entity.name] + entity.names.keys.sorted()).lazy.compactMap({ ReferenceResolver.seatsOfGovernment[$0] }).first else { return nil }
        return resolution.entities.firstIndex { $0.type == .country && ($0.name == country || $0.names[country] != nil) }
    }

    /// Participles that give the name a thing goes by: "calling itself", "called", "known as".
    static let namingForms: Set<String> = ["calling", "called", "named", "known", "styling", "styled"]

    /// Nouns for whoever can go by a name: groups, their members, bodies, people.
    static let namedAgentNouns: Set<String> = groupNouns.union(memberNouns).union(CommitmentActorResolver.collectiveNouns)
        .union(["charity", "company", "firm", "cell", "man", "woman", "commander", "leader", "cleric"])

    /// The entity named by the participle phrase on `w`, a noun for a group or a person, that says
    /// what it calls itself or is called: "an insurgent group calling itself the Islamic Army of
    /// Iraq", "a militia known as the Janjaweed", "a group called Hizbul Mujahideen" (not "a
    /// parade known as ...", "a program known as ...").
    private func selfNamed(_ w: Int, in p: ParsedSentence) -> Int? {
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

    /// Prepositions of place and origin: a name they mark is where something happens.
    static let venueMarkers: Set<String> = ["in", "at", "near", "inside", "outside", "across", "into", "through", "throughout", "within", "from"]

    /// Whether mention `m` of sentence `q` is a place where something happens: its head word is
    /// marked by a preposition of place ("in Turkey", "at the UN").
    private func isVenue(_ m: Int, in q: ParsedSentence) -> Bool {
        let words = q.words.indices.filter { q.mentionOfWord[$0] == m }
        guard let head = words.first(where: { w in q.words[w].head.map { q.mentionOfWord[$0] != m } ?? true }) else { return false }
        return q.caseMarker(of: head).map(ReferenceResolver.venueMarkers.contains) ?? false
    }

    /// Nouns of acts done to or by someone named in their "of" phrase: "the withdrawal of
    /// Israeli forces", "the release of the hostages", "the extradition of Nevzlin".
    static let actNouns: Set<String> = ["withdrawal", "pullout", "release", "return", "extradition", "disarmament", "departure",
                                        "removal", "surrender", "recognition", "isolation", "expulsion", "resignation", "participation",
                                        "involvement", "cooperation", "help", "support", "intervention"]

    /// Nouns that, with "the", refer back to the country named last.
    static let countryNouns: Set<String> = ["country", "kingdom", "nation", "republic", "state", "emirate", "sultanate"]

    /// A country's one neighbour, named elsewhere in the text ("its neighbor"; not the plural,
    /// a group the text need not name).
    static let neighborNouns: Set<String> = ["neighbor", "neighbour"]

    /// Nouns that describe a place below a country: "the city", "the territory". Not "the
    /// region" or "the area", which are as often wider than the place named before, nor "the
    /// capital", which is the capital whatever place was named last.
    static let placeNouns: Set<String> = ["city", "town", "village", "camp", "territory", "province", "district", "enclave"]

    /// Whether the place noun at `w` is named where it stands ("the city of Lyon", "the
    /// capital, Kabul", "the Gaza territory"), however the parser attached the name.
    private func namesItsPlace(_ w: Int, in p: ParsedSentence) -> Bool {
        if p.children[w].contains(where: { ["nmod", "appos", "flat", "compound"].contains(p.words[$0].relation) && p.upos($0) == "PROPN" }) { return true }
        var next = w + 1
        if next < p.words.count, p.lower[next] == "of" || p.lower[next] == "," { next += 1 }
        return next < p.words.count && p.mentionOfWord[next] != nil
    }

    /// The antecedent of "the city": the place (a location, not a country) named last before
    /// `w`, in this sentence or the three before.
    private func lastPlace(before p: ParsedSentence, word w: Int) -> Int? {
        let start = p.words[w].range.start
        for s in stride(from: p.position, through: max(0, p.position - 3), by: -1) {
            let before = context.mentionsBySentence[s].filter { context.mentions[$0].mention.range.start < start }
            if let m = before.last(where: { context.mentions[$0].mention.type == .location }) { return resolution.entityOfMention[m] }
        }
        return nil
    }

    /// The antecedent of "the group" (an organization) or "the country": the entity of that
    /// type named last as a subject, in this sentence before `w` or the three before (subjects
    /// first, as for pronouns), else the one mentioned last in that window.
    /// Plural nouns for the fighters of an armed group: "the rebels", "the militants".
    static let armedMemberNouns: Set<String> = ["rebels", "militants", "insurgents", "guerrillas", "separatists", "militiamen"]

    /// Nouns for the fighters of an armed group, singular and plural.
    static let fighterNouns: Set<String> = ["rebels", "rebel", "militants", "militant", "fighters", "fighter", "guerrillas", "guerrilla",
                                            "insurgents", "insurgent", "gunmen", "militiamen", "separatists", "extremists"]

    /// The organization named last before word `w`, in its sentence or the three before, that
    /// the document writes as an armed group (``isArmedGroup(_:)``).
    private func lastArmedGroup(before p: ParsedSentence, word w: Int) -> Int? {
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
    private func isArmedGroup(_ e: Int) -> Bool {
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

    /// With `otherThanOwn`, never the party the clause is about, in any sentence ("Ethiopia
    /// urged its neighbor": not Ethiopia).
    private func lastNamed(_ type: EntityType, before p: ParsedSentence, word w: Int, otherThanOwn: Bool = false) -> Int? {
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
    private func organizationNamed(after w: Int, in p: ParsedSentence) -> Int? {
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

    /// "the kingdom", "the emirate", "the sultanate": the one country the text affiliates with
    /// a person titled king, queen, emir or sultan before `position` (the role as the title
    /// lexicon gives it), if there is exactly one.
    private func monarchy(_ noun: String, before position: Int) -> Int? {
        guard let titles = ReferenceResolver.monarchTitles[noun] else { return nil }
        var found: Set<Int> = []
        for (e, entity) in resolution.entities.enumerated() where entity.type == .person && entity.roles.contains(where: { titles.contains($0.lowercased()) }) {
            guard entity.mentions.contains(where: { context.mentions[$0].mention.range.start < position }) else { continue }
            found.formUnion((referents.affiliations[e] ?? []).filter { resolution.entities[$0].type == .country })
        }
        return found.count == 1 ? found.first : nil
    }

    /// The titles of the rulers of a kingdom, an emirate, a sultanate.
    static let monarchTitles: [String: Set<String>] = ["kingdom": ["king", "queen"], "emirate": ["emir", "amir"], "sultanate": ["sultan"]]

    /// Mentions inside the subject of the clause whose object or oblique `w` heads.
    private func clauseSubjectMentions(of w: Int, in p: ParsedSentence) -> Set<Int> {
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

    /// The person mention right after mention `m` and a title ("Palestinian Authority" in
    /// "Palestinian Authority Interior Minister Nasser Youssef"), if any.
    private func titledPerson(after m: Int, in p: ParsedSentence) -> Int? {
        let words = context.words[p.position]
        let end = context.mentions[m].mention.range.end
        guard let r = words.firstIndex(where: { $0.range.start >= end }), let hit = titles.match(words, at: r), hit.end < words.count,
              let k = p.words.firstIndex(where: { $0.range.start == words[hit.end].range.start }),
              let person = p.mentionOfWord[k], context.mentions[person].mention.type == .person else { return nil }
        return person
    }

    /// The title a nominal head spells ("Minister" in "Foreign Minister", "Secretary"), read
    /// with the title lexicon over the phrase's words.
    private func title(at w: Int, in p: ParsedSentence) -> TitleLexicon.Title? {
        let words = context.words[p.position]
        let core = p.core(w).filter { $0 <= w }
        for k in core {
            guard let r = words.firstIndex(where: { $0.range.start == p.words[k].range.start }) else { continue }
            if let hit = titles.match(words, at: r), hit.end > 0, words[hit.end - 1].range.end >= p.words[w].range.end { return hit.title }
        }
        return nil
    }

    // MARK: Pronouns

    private func pronoun(_ w: Int, in p: ParsedSentence) -> (Int, ActorResolution?)? {
        let word = p.lower[w]
        let start = p.words[w].range.start
        // "a request for activist Nuriye Kesbir, whom Turkey accuses": a relative pronoun
        // object is the name written right before it.
        if word == "whom", let m = p.wordBefore(w).flatMap({ p.mentionOfWord[$0] }) {
            return (resolution.entityOfMention[m], .relativeClause)
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
            if let reporter = reporter(of: w, in: p), resolution.entities[reporter].type == .person { return (reporter, .pronoun) }
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
    private func antecedent(at w: Int, in p: ParsedSentence) -> (Int, ActorResolution?)? {
        guard p.words[w].upos != "PRON", !p.children(of: w, "nmod:poss").contains(where: { p.words[$0].upos == "PRON" }) else { return nil }
        return entity(at: w, in: p)
    }

    /// The antecedent of "he"/"she": the most recent person named as a subject, in this
    /// sentence before `w`, then in the three sentences before it (after Lappin and Leass
    /// 1994: subjects are the most salient referents), skipping persons whose courtesy title
    /// says the other gender ("Mr." for "she", "Ms."/"Mrs." for "he").
    /// The country or organization named as the subject of the clause word `w` belongs to
    /// (the nearest verb above it), written before `w`; nil when the subject is a pronoun,
    /// a person, coordinated or no name.
    private func clauseSubject(of w: Int, in p: ParsedSentence) -> Int? {
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

    private func salientPerson(before w: Int, in p: ParsedSentence, feminine: Bool) -> Int? {
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
    private func subjectPerson(after w: Int, in p: ParsedSentence, feminine: Bool) -> Int? {
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

    /// The person named last before word `w` in its sentence, if any.
    private func lastPersonInSentence(before w: Int, in p: ParsedSentence) -> Int? {
        (0..<w).reversed().lazy.compactMap { i -> Int? in
            guard let m = p.mentionOfWord[i] else { return nil }
            let e = resolution.entityOfMention[m]
            return resolution.entities[e].type == .person ? e : nil
        }.first
    }

    /// Whether a person's gender, as the text gives it (courtesy titles, else the first name;
    /// ``LocalEntity/gender``), allows the pronoun's.
    private func agrees(_ e: Int, feminine: Bool) -> Bool {
        guard let gender = resolution.entities[e].gender else { return true }
        return (gender == .female) == feminine
    }

    /// The reporting verb governing the clause of `w`: up through ccomp/parataxis/xcomp links,
    /// or a reporting verb attached to the clause as parataxis ("..., he said").
    private func reportingVerb(of w: Int, in p: ParsedSentence) -> Int? {
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
    private func reporter(of w: Int, in p: ParsedSentence) -> Int? {
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
    private func subject(of v: Int, in p: ParsedSentence) -> Int? {
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
    private func participleController(of v: Int, in p: ParsedSentence) -> Int? {
        guard p.words[v].relation == "advcl", ["VBG", "VBN"].contains(p.words[v].xpos), p.child(of: v, "nsubj") == nil,
              !p.children(of: v, "mark").contains(where: { ["of", "for", "from"].contains(p.lower[$0]) }),
              let head = p.words[v].head, p.isVerb(head) else { return nil }
        return head
    }

    /// The speaker of the quote holding `w`: the subject of its reporting verb, else the
    /// speaker the sentence names ("said X", "according to X").
    private func speaker(of w: Int, in p: ParsedSentence) -> Int? {
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
    /// for any other word, a "they" some reporting verb's subject in its own sentence may
    /// stand for (the verb's own subject or its coordinated verb's: "also scrapped the deal,
    /// and said they had fired"), or a previous subject naming fewer than two.
    private func pluralAntecedent(of w: Int, in p: ParsedSentence) -> [Int]? {
        guard p.lower[w] == "they", p.words[w].upos == "PRON", p.words[w].relation.hasPrefix("nsubj"), p.position > 0,
              reportingVerb(of: w, in: p).flatMap({ subject(of: $0, in: p) }) == nil,
              let q = parsed[p.position - 1], let root = q.words.firstIndex(where: { $0.head == nil }),
              let subject = q.child(of: root, "nsubj"), q.words[subject].upos != "PRON" else { return nil }
        let parties = entities(at: subject, in: q).map(\.entity)
        return parties.count >= 2 ? parties : nil
    }

    /// The entity named by the subject of the previous sentence's root, if any. For a pronoun
    /// that opens its sentence (`opening`), a previous sentence the pipeline did not parse (it
    /// names one party: "Israel rejected the criticism. Its foreign ministry accused ...")
    /// gives the country or organization it opens with, past a "The": in English word order
    /// its subject or the subject's owner, and the topic the next sentence continues.
    private func previousSubject(before p: ParsedSentence, opening: Bool) -> Int? {
        guard p.position > 0 else { return nil }
        guard let q = parsed[p.position - 1] else { return opening ? openingState(p.position - 1) : nil }
        guard let root = q.words.firstIndex(where: { $0.head == nil }) else { return nil }
        guard let subject = q.child(of: root, "nsubj"), !q.isCredit[subject], q.words[subject].upos != "PRON" else { return nil }
        return antecedent(at: subject, in: q)?.0
    }
}
