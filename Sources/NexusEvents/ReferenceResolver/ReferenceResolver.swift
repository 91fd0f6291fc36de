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

    var context: ResolutionContext { resolution.context }

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
        // "troops along its border with Eritrea": a border is the neighbour's "with" it.
        if ReferenceResolver.borderNouns.contains(word) { markers.insert("with") }
        // A "from" phrase is read only when it is a name itself: "officials from five Balkan
        // nations - Albania, ..." are the listed members' (``listedMembers(of:in:)``).
        let ofPhrase = p.children[w].filter { p.words[$0].relation.hasPrefix("nmod") && markers.contains(p.caseMarker(of: $0) ?? "")
            && (p.caseMarker(of: $0) != "from" || p.mentionOfWord[$0] != nil) }
            .flatMap { p.core($0).compactMap { p.mentionOfWord[$0] } }
        // "a Kabul court", "Moscow officials": a capital beside the head names its state (the
        // country when the document names it, else the capital, which stands for it).
        // "NATO-led forces", "the Hamas-led government": the leader is the forces' side.
        let leader = p.leaders(of: w).compactMap { p.mentionOfWord[$0] }
        // "an Afghan Taliban leader": a body named between a state and the head is the nearer
        // affiliation; not an organ of that state ("a Palestinian Interior Ministry spokesman").
        let states = mentioned.filter { context.mentions[$0].mention.type == .country }
        let nearerBody = mentioned.last { m in
            context.mentions[m].mention.type == .organization
                && states.contains { context.mentions[$0].mention.range.end <= context.mentions[m].mention.range.start }
                && !context.mentions[m].mention.text.split(separator: " ").contains { ReferenceResolver.organNouns.contains($0.lowercased()) }
        }
        let modifier = (nearerBody.map { [$0] } ?? (mentioned + ofPhrase + leader)).first { [.country, .organization].contains(context.mentions[$0].mention.type) }.map { resolution.entityOfMention[$0] }
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
            // "a former IMF director" no one named no longer acts for the body.
            let former = p.children[w].contains { ["former", "ex", "ex-", "retired", "onetime", "one-time"].contains(p.lower[$0]) }
            if let modifier, !former { return (modifier, .title) }
            return nil
        }
        if let named = selfNamed(w, in: p) { return (named, nil) }
        // "U.S. allies", "Iran's rivals", "Israeli critics": others, defined by their tie to the
        // state named ("NATO allies", an alliance's own members, are read below).
        if ReferenceResolver.relationalNouns.contains(word) || ReferenceResolver.nonStateNouns.contains(word), let modifier,
           resolution.entities[modifier].type == .country { return nil }
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
        // "Israel said its jets had struck ...", "the army said its forces attacked ...": a state's
        // or a body's forces and weapons act for it; a leader's ("Putin said his troops ...") for
        // the body the text affiliates the leader with.
        if let possessor, EventExtractor.militaryNouns.contains(word), p.words[possessor].upos == "PRON",
           let (owner, _) = pronoun(possessor, in: p) {
            if resolution.entities[owner].type == .person { return referents.affiliations[owner]?.first.map { ($0, .pronoun) } }
            if [.country, .organization].contains(resolution.entities[owner].type) { return (owner, .pronoun) }
        }
        if let modifier, ReferenceResolver.stateNouns.contains(word) || ReferenceResolver.borderNouns.contains(word) { return (modifier, .nounModifier) }
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
        // "authorities in Moscow detained ...", "officials in Kabul accused ...": a state's organs
        // placed in its country or its capital are its own (not its forces, which as often serve
        // abroad: "troops in Iraq"), nor the officials of another body ("Church officials in Belgium").
        if modifier == nil, possessor == nil, ReferenceResolver.placedOrganNouns.contains(word),
           p.children(of: w, "compound").isEmpty,
           let place = p.children(of: w, "nmod").first(where: { p.caseMarker(of: $0) == "in" }), let m = p.mentionOfWord[place] {
            let e = resolution.entityOfMention[m]
            if resolution.entities[e].type == .country { return (e, .nounModifier) }
            if capitals.isCapital(e, in: resolution) { return (capitals.country(of: e, in: resolution) ?? e, .capital) }
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
        // "the Caribbean island nation of Haiti", "the state of Qatar": the name the noun is of.
        if ReferenceResolver.countryNouns.contains(word),
           let named = p.children[w].filter({ (p.words[$0].relation.hasPrefix("nmod") && p.caseMarker(of: $0) == "of") || p.words[$0].relation == "appos" })
               .lazy.compactMap({ c in p.core(c).compactMap { p.mentionOfWord[$0] }.first { [.country, .location].contains(context.mentions[$0].mention.type) } }).first {
            return (resolution.entityOfMention[named], nil)
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
        // "the company": an organization named before it in the sentence, not as a subject
        // ("GM's largest investor urged the company"; not "Microsoft sued the company"), else
        // the organization named last.
        if ReferenceResolver.companyNouns.contains(word), p.children(of: w, "det").contains(where: { p.lower[$0] == "the" }),
           let e = organizationBefore(w, in: p) ?? lastNamed(.organization, before: p, word: w) {
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

    /// The organization named last before word `w` in its sentence, outside the subjects of
    /// the sentence's verbs; nil when there is none.
    func organizationBefore(_ w: Int, in p: ParsedSentence) -> Int? {
        func inSubject(_ k: Int) -> Bool {
            p.words[k].relation.hasPrefix("nsubj") || (["compound", "flat"].contains(p.words[k].relation)
                && p.words[k].head.map { p.words[$0].relation.hasPrefix("nsubj") } == true)
        }
        for k in stride(from: w - 1, through: 0, by: -1) where !inSubject(k) {
            guard let m = p.mentionOfWord[k] else { continue }
            let e = resolution.entityOfMention[m]
            if resolution.entities[e].type == .organization { return e }
        }
        return nil
    }

    /// Groups of a country that act against or apart from its state: its country modifier does
    /// not name them ("Scotland's opposition parties", "Syrian rebels"). Not "opposition", which
    /// is as often the state's own stance ("dismissed U.S. opposition to the pipeline").
    static let nonStateNouns: Set<String> = ["parties", "rebels", "insurgents", "dissidents", "protesters", "demonstrators",
                                             "opponents", "critics", "separatists"]

    /// The entity named by a possessor, compound or adjective of `w` ("Kenya's", "UN
    /// Security Council", "Iranian"), the possessor first.
    func modifier(of w: Int, in p: ParsedSentence, undergoers acts: Bool, agents: Bool) -> (Int, ActorResolution?)? {
        guard p.isNominal(w) else { return nil }
        // "countries such as Chile", "partners including Norway": the named examples.
        let examples = p.children(of: w, "nmod").filter { ["such", "including", "like"].contains(p.caseMarker(of: $0) ?? "") }
        // "called for the withdrawal of Israeli forces": whom the act asked for bears on.
        let undergoers = acts && ReferenceResolver.actNouns.contains(p.lower[w]) ? p.children(of: w, "nmod").filter { p.caseMarker(of: $0) == "of" } : []
        // "condemned joint drills by Seoul and Washington": whoever does the act disapproved.
        // "welcomed the release of the hostages by Iran": the agent phrase the parser hung on the
        // act's "of" object is the act's too.
        let ofObjects = p.children(of: w, "nmod").filter { p.caseMarker(of: $0) == "of" && p.mentionOfWord[$0] == nil }
        let byAgents = agents ? ([w] + ofObjects).flatMap { p.children(of: $0, "nmod") }.filter { p.caseMarker(of: $0) == "by" } : []
        let candidates = p.children(of: w, "nmod:poss") + p.children[w].filter { ["compound", "amod"].contains(p.words[$0].relation) }
            + examples + undergoers.flatMap { [$0] + p.core($0) } + (acts ? authors(of: w, in: p) : []) + (agents ? p.participleAgents(of: w) : [])
            + byAgents
        for c in candidates {
            // "wrote to Scotland's opposition parties", "Syrian rebels": a country's opposition,
            // rebels or protesters are not its state.
            if ReferenceResolver.nonStateNouns.contains(p.lower[w]), !byAgents.contains(c), let m = p.mentionOfWord[c],
               context.mentions[m].mention.type == .country { continue }
            if byAgents.contains(c), let m = p.mentionOfWord[c],
               context.mentions[m].mention.type != .location || capitals.isCapital(resolution.entityOfMention[m], in: resolution) {
                return (resolution.entityOfMention[m], .nounModifier)
            }
            // "condemned a drug raid by U.S. and Russian forces": the state the agent noun names.
            if byAgents.contains(c), p.mentionOfWord[c] == nil, let found = entity(at: c, in: p) { return (found.0, .nounModifier) }
            // "accused the Chavez government": the state its leader is affiliated with, if any.
            if let m = p.mentionOfWord[c], context.mentions[m].mention.type == .person, EntityRecognizer.governmentNouns.contains(p.lower[w]) {
                return stateLed(by: resolution.entityOfMention[m], noun: p.words[c].relation == "compound" ? p.lower[w] : nil).map { ($0, .nounModifier) }
            }
            // "rejected a request from Washington": a capital that makes a proposal stands for its state.
            if acts, let m = p.mentionOfWord[c], context.mentions[m].mention.type == .location, authors(of: w, in: p).contains(c),
               capitals.isCapital(resolution.entityOfMention[m], in: resolution) {
                let capital = resolution.entityOfMention[m]
                return (capitals.country(of: capital, in: resolution) ?? capital, .capital)
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
    func authors(of w: Int, in p: ParsedSentence) -> [Int] {
        guard ReferenceResolver.proposalNouns.contains(p.lower[w]) else { return [] }
        let phrases = p.children(of: w, "nmod").filter { ["of", "from", "by"].contains(p.caseMarker(of: $0) ?? "") }
        return phrases + p.participleAgents(of: w)
    }
}
