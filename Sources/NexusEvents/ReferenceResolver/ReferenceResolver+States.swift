import NexusCore
import NexusEntities

/// States and their organs: the country a bare "the government" or "authorities" is, the seat of government, a counterpart, a title's holder.
extension ReferenceResolver {
    /// The country a government named after its leader ("the Bush administration") acts for:
    /// the country the text affiliates the leader with, as CAMEO codes a government as its
    /// state. With no affiliation in the text, "the <name> administration" is the United States
    /// when the document names it: in American usage, which English-language news follows, the
    /// word names a president's executive branch and its term ("the Trump administration"),
    /// while other states' executives are "the <name> government" (a convention of news usage,
    /// written down by the Nexus team). `noun` is the head when the name is
    /// written before it as a compound, nil otherwise ("Karzai's administration" is not the
    /// idiom). Otherwise nil.
    func stateLed(by leader: Int, noun: String?) -> Int? {
        if let state = referents.affiliations[leader]?.first(where: { resolution.entities[$0].type == .country }) { return state }
        guard let noun, ReferenceResolver.presidentialGovernmentNouns.contains(noun) else { return nil }
        return resolution.entities.indices.first {
            resolution.entities[$0].type == .country && (resolution.entities[$0].authoritativeName ?? resolution.entities[$0].name) == "United States"
        }
    }

    /// The one person the sentence after `position` names, when the text names no person
    /// before `start`: the holder a lede's title subject introduces ("The leader of Hezbollah has
    /// rejected ... Sheikh Hassan Nasrallah says ...", "Iran's Intelligence Minister has accused
    /// ... The agency quoted Ali Yunesi ...").
    func personIntroduced(after position: Int, before start: Int) -> Int? {
        let s = position + 1
        guard s < context.words.count else { return nil }
        let earlier = context.mentions.indices.contains { context.mentions[$0].mention.range.start < start && resolution.entities[resolution.entityOfMention[$0]].type == .person }
        guard !earlier else { return nil }
        let persons = Set(context.mentionsBySentence[s].map { resolution.entityOfMention[$0] }.filter { resolution.entities[$0].type == .person })
        return persons.count == 1 ? persons.first : nil
    }

    /// The country or organization whose name opens sentence `s` (after "The" or "the"), if any.
    func openingState(_ s: Int) -> Int? {
        openingEntity(s).flatMap { [.country, .organization].contains(resolution.entities[$0].type) ? $0 : nil }
    }

    /// The entity whose name opens sentence `s` (after "The" or "the"), if any.
    func openingEntity(_ s: Int) -> Int? {
        guard s < context.words.count, let first = context.words[s].first(where: { $0.isWord && $0.lower != "the" }) else { return nil }
        return context.mentionsBySentence[s].first { context.mentions[$0].mention.range.start == first.range.start }
            .map { resolution.entityOfMention[$0] }
    }

    /// The organization sentence `s` opens with ("Human Rights Watch said ...", "The Red Cross
    /// says ..."), else the one organization it names ("In a report, the New York-based Human
    /// Rights Watch said ..."), if any.
    func organizationOpening(_ s: Int) -> Int? {
        guard s < context.words.count else { return nil }
        if let e = openingEntity(s), resolution.entities[e].type == .organization { return e }
        let organizations = context.mentionsBySentence[s].filter { resolution.entities[resolution.entityOfMention[$0]].type == .organization }
        let named = Set(organizations.map { resolution.entityOfMention[$0] })
        return named.count == 1 ? named.first : nil
    }

    /// The person "his <demonym> counterpart" at `w` names: one written right after it
    /// ("his Iranian counterpart, Hassan Qomi"), else the person the text affiliates with
    /// `country`, else the one other person who holds a role of the possessor ("President
    /// Obama ... his French counterpart ... President Sarkozy").
    func counterpart(at w: Int, in p: ParsedSentence, of country: Int) -> Int? {
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
    func lastState(before p: ParsedSentence, word w: Int) -> Int? {
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

    /// The state or body the previous sentence's subject names, or the state or body its
    /// person subject is affiliated with ("Secretary Rice arrived ... The delegation ...").
    func senderNamedBefore(_ p: ParsedSentence) -> Int? {
        guard let e = previousSubject(before: p, opening: false) else { return nil }
        switch resolution.entities[e].type {
        case .country, .organization: return e
        case .person: return referents.affiliations[e]?.first { [.country, .organization].contains(resolution.entities[$0].type) }
        default: return nil
        }
    }

    /// The one country the document names, if it names exactly one (as a name or a demonym).
    var soleCountry: Int? {
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
    func statesNamed(inSentence s: Int) -> [(entity: Int, offset: Int, noun: String)] {
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

    /// Whether `country` is a country the text affiliates person `person` with.
    func isOwnCountry(_ country: Int, of person: Int) -> Bool {
        resolution.entities[person].type == .person && resolution.entities[country].type == .country
            && (referents.affiliations[person]?.contains(country) ?? false)
    }

    /// The country entity of the document that organization entity `e`, a seat of government
    /// (``seatsOfGovernment``), stands for; nil when it is none or the text names no such country.
    func seatOfGovernment(_ e: Int) -> Int? {
        let entity = resolution.entities[e]
        guard entity.type == .organization,
              let country = ([entity.name] + entity.names.keys.sorted()).lazy.compactMap({ ReferenceResolver.seatsOfGovernment[$0] }).first else { return nil }
        return resolution.entities.firstIndex { $0.type == .country && ($0.name == country || $0.names[country] != nil) }
    }

    /// "the kingdom", "the emirate", "the sultanate": the one country the text affiliates with
    /// a person titled king, queen, emir or sultan before `position` (the role as the title
    /// lexicon gives it), if there is exactly one.
    func monarchy(_ noun: String, before position: Int) -> Int? {
        guard let titles = ReferenceResolver.monarchTitles[noun] else { return nil }
        var found: Set<Int> = []
        for (e, entity) in resolution.entities.enumerated() where entity.type == .person && entity.roles.contains(where: { titles.contains($0.lowercased()) }) {
            guard entity.mentions.contains(where: { context.mentions[$0].mention.range.start < position }) else { continue }
            found.formUnion((referents.affiliations[e] ?? []).filter { resolution.entities[$0].type == .country })
        }
        return found.count == 1 ? found.first : nil
    }

    /// The person mention right after mention `m` and a title ("Palestinian Authority" in
    /// "Palestinian Authority Interior Minister Nasser Youssef"), if any.
    func titledPerson(after m: Int, in p: ParsedSentence) -> Int? {
        let words = context.words[p.position]
        let end = context.mentions[m].mention.range.end
        guard let r = words.firstIndex(where: { $0.range.start >= end }), let hit = titles.match(words, at: r), hit.end < words.count,
              let k = p.words.firstIndex(where: { $0.range.start == words[hit.end].range.start }),
              let person = p.mentionOfWord[k], context.mentions[person].mention.type == .person else { return nil }
        return person
    }

    /// The title a nominal head spells ("Minister" in "Foreign Minister", "Secretary"), read
    /// with the title lexicon over the phrase's words.
    func title(at w: Int, in p: ParsedSentence) -> TitleLexicon.Title? {
        let words = context.words[p.position]
        let core = p.core(w).filter { $0 <= w }
        for k in core {
            guard let r = words.firstIndex(where: { $0.range.start == p.words[k].range.start }) else { continue }
            if let hit = titles.match(words, at: r), hit.end > 0, words[hit.end - 1].range.end >= p.words[w].range.end { return hit.title }
        }
        return nil
    }

    // MARK: Pronouns
}
