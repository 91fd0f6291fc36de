import NexusCore

/// The sentences the event and commitment passes can use, so that the pipeline parses only
/// those (parsing is most of the cost of a run). A sentence is parsed when
/// - it holds a trigger outside every name and not capitalized past the first word: a word
///   form of the event lexicon other than a bare statement verb ("said"), a verb that raises a
///   presence (``PresenceChange``: "increase troop levels in Afghanistan"), or a commitment cue
///   other than a bare auxiliary ("will", "would"); and
/// - it can name two parties: a mention of a possible actor (a person, country or
///   organization, or a capital) and either another name or a word that can refer to another
///   party (a personal, object or possessive pronoun; "the" before a collective, state, country or
///   group noun: "the alliance", "the government", "the kingdom"; "a" before a group noun;
///   a bare state noun such as "authorities" near a sentence naming a state by its organs;
///   "counterpart"; a definite proposal noun, "the demand"; an office's title after "the": "the
///   Secretary", ``officeReferences(_:)``), or a passive trigger ("was also arrested") within
///   two sentences after a parsed one, whose act it may restate; or
/// - it refers back to two parties ("the two countries", "both sides"; ``hasPairPhrase(_:)``),
///   named or not, or names two by their offices ("The Secretary and the Minister discussed").
/// Any other sentence can give no event (which needs an actor and a different named target);
/// its commitments, if any, are read from word order as without the parser.
///
/// - Complexity: O(tokens + mentions) per document.
public struct EventSentenceFilter: Sendable {
    let lexicon: EventLexicon
    let capitals: CapitalTable

    static let referring: Set<String> = ["he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our", "my", "him", "them", "us", "me"]
    static let bareAuxiliaries: Set<String> = ["will", "would", "shall", "'ll", "continue", "continues", "continued"]

    public init(lexicon: EventLexicon, capitals: CapitalTable) {
        self.lexicon = lexicon
        self.capitals = capitals
    }

    /// Indices (``Sentence/index``) of the sentences of `document` worth parsing.
    public func sentences(of document: Document) -> Set<Int> {
        var names: [Int: Set<String>] = [:]
        var actors: Set<Int> = []
        for m in document.mentions {
            names[m.sentence, default: []].insert(m.canonical ?? m.text)
            if m.type != .location || capitals.countryOfCapital[m.canonical ?? m.text] != nil { actors.insert(m.sentence) }
        }
        var out: Set<Int> = []
        var covered: [Int: [TextRange]] = [:]
        for m in document.mentions { covered[m.sentence, default: []].append(m.range) }
        let states = sentencesNamingStates(document)
        // A document that names one country: its organs need not be named to act ("police
        // arrested X", ``ReferenceResolver/soleCountry``).
        let countryCount = Set(document.mentions.filter { $0.type == .country }.map { $0.canonical ?? $0.text }).count
        let oneCountry = countryCount == 1
        for sentence in document.sentences {
            let lower = sentence.tokens.map { $0.text.lowercased() }
            let pair = Self.hasPairPhrase(lower)
            let offices = Self.officeReferences(sentence.tokens.map(\.text))
            guard actors.contains(sentence.index) || pair || offices >= 2 else { continue }
            let named = names[sentence.index]?.count ?? 0
            let spans = covered[sentence.index] ?? []
            // A trigger is a lowercase word outside every name ("Rapid Support Forces",
            // "March" are not acts).
            let hasTrigger = sentence.tokens.indices.contains { k in
                let token = sentence.tokens[k]
                guard k == 0 || !(token.text.unicodeScalars.first?.properties.isUppercase ?? false) else { return false }
                guard !spans.contains(where: { $0.overlaps(token.range) }) else { return false }
                return isTrigger(lower[k])
            }
            guard hasTrigger else { continue }
            // "authorities arrested X" refers to a state only near one the text names by its organs.
            let statesNear = (sentence.index - 3...sentence.index + 1).contains(where: states.contains)
                || (oneCountry && lower.contains(where: ReferenceResolver.stateOrganNouns.contains))
            // Aid from a party named alone, which may go to the other country of the document
            // (``EventCommitments/recipientsFromContext(_:events:resolution:)``).
            let aidToContext = named == 1 && countryCount == 2 && lower.contains(where: CommitmentLexicon.aidNouns.contains)
            if named >= 2 || pair || lower.contains(where: Self.referring.contains) || refersToABody(lower, statesNear: statesNear)
                || offices > 0 || aidToContext {
                out.insert(sentence.index)
            } else if out.contains(sentence.index - 1) || out.contains(sentence.index - 2), hasPassiveTrigger(lower) {
                // "X was also arrested" after a sentence of arrests: the agent is stated before.
                out.insert(sentence.index)
            }
        }
        return out
    }

    /// Whether lower-cased tokens hold "the two" or "both" before a noun that refers back to two
    /// parties (``ReferenceResolver/pairNouns``): "the two countries", "both sides"; a bare
    /// "the two" opening a clause ("The two also condemned ..."); "the sides"; or "the" before
    /// the plural that stands for everyone of a meeting (``ReferenceResolver/meetingGroupNouns``:
    /// "the ministers").
    public static func hasPairPhrase(_ lower: [String]) -> Bool {
        lower.indices.dropLast().contains { k in
            if lower[k] == "both" { return ReferenceResolver.pairNouns[lower[k + 1]] != nil && lower[k + 1] != "two" }
            // "the ministers", "the participants": everyone of a meeting named before.
            if lower[k] == "the", ReferenceResolver.meetingGroupNouns.contains(lower[k + 1]) { return true }
            // "the sides": two, counted or not.
            if lower[k] == "the", lower[k + 1] == "sides" { return true }
            // "the three Sahel states", "the four countries": a group named before.
            if lower[k] == "the", ReferenceResolver.groupSizes[lower[k + 1]] != nil {
                return lower[(k + 2)...].prefix(3).contains { ReferenceResolver.pairNouns[$0] != nil && $0 != "two" }
            }
            guard lower[k] == "the", lower[k + 1] == "two", k + 2 < lower.count else { return false }
            // A bare "the two" opening a clause is a subject pair too ("The two also condemned ...").
            if k == 0 || [",", "and", "that", "said", "says"].contains(lower[k - 1]) { return true }
            return ReferenceResolver.pairNouns[lower[k + 2]] != nil && lower[k + 2] != "two"
        }
    }

    /// Sentences naming a state by its organs: a country or organization mention followed by
    /// a state noun ("Rwandan police", "the Iraqi government", "Iraq's army"), the antecedents
    /// ``ReferenceResolver`` gives a bare state noun.
    private func sentencesNamingStates(_ document: Document) -> Set<Int> {
        var out: Set<Int> = []
        let byIndex = Dictionary(document.sentences.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        for m in document.mentions where [.country, .organization].contains(m.type) && !out.contains(m.sentence) {
            guard let tokens = byIndex[m.sentence]?.tokens else { continue }
            guard var k = tokens.firstIndex(where: { $0.range.start >= m.range.end }) else { continue }
            if ["'s", "'", "’s"].contains(tokens[k].text.lowercased()), k + 1 < tokens.count { k += 1 }
            if ReferenceResolver.stateNouns.contains(tokens[k].text.lowercased()) { out.insert(m.sentence) }
        }
        return out
    }

    /// Heads of the titles of offices a text names its holder by after naming them ("the
    /// Secretary", "the External Affairs Minister", "the Chancellor").
    static let officeHeads: Set<String> = ["secretary", "minister", "president", "chancellor", "premier", "king", "queen", "emir",
                                           "ambassador", "envoy", "chairman", "chairwoman", "chair", "governor", "commissioner",
                                           "representative", "director", "leader", "pope", "general", "commander", "mayor"]

    /// Lower-case words of a title before its head ("the prime minister", "the foreign secretary").
    static let portfolioWords: Set<String> = ["prime", "foreign", "defense", "defence", "interior", "finance", "home", "deputy", "vice",
                                              "secretary", "state", "general", "supreme", "chief"]

    /// How many times the tokens name an office's holder by its title alone: "the" and the
    /// title, its words between capitalised ("the Secretary", "the External Affairs Minister")
    /// or lower-case portfolio words ("the foreign minister"),
    /// whom ``ReferenceResolver`` resolves to the person the text gave that title.
    static func officeReferences(_ tokens: [String]) -> Int {
        tokens.indices.filter { k in
            guard tokens[k].lowercased() == "the" else { return false }
            var j = k + 1
            // Newsrooms that write titles in lower case ("the prime minister", "the foreign
            // minister") name the office with its portfolio words too.
            while j < tokens.count, j <= k + 4,
                  tokens[j].first?.isUppercase ?? false || officeHeads.contains(tokens[j]) || portfolioWords.contains(tokens[j]) {
                if officeHeads.contains(tokens[j].lowercased()) { return true }
                j += 1
            }
            return false
        }.count
    }

    /// Whether a form of "be" precedes a trigger, an adverb between allowed ("was also arrested").
    private func hasPassiveTrigger(_ lower: [String]) -> Bool {
        lower.indices.contains { k in
            Self.passiveAuxiliaries.contains(lower[k]) && lower[(k + 1)...].prefix(2).contains(where: lexicon.isCodedTrigger)
        }
    }

    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]

    private func isTrigger(_ word: String) -> Bool {
        if CommitmentLexicon.cues[word] != nil && !Self.bareAuxiliaries.contains(word) { return true }
        return lexicon.isCodedTrigger(word) || PresenceChange.triggerForms.contains(word)
    }

    /// Whether the words can refer to a party the sentence does not name: "the" before a
    /// collective, state, country or group noun or fighters ("the alliance", "the government", "the
    /// kingdom", "the rebels"), "a"/"an" before a group noun the next sentence may name ("a human rights
    /// group"), a bare state noun ("authorities arrested"), "counterpart", "neighbor", or a proposal named
    /// before ("rejected the demand").
    private func refersToABody(_ lower: [String], statesNear: Bool) -> Bool {
        if statesNear, lower.contains(where: ReferenceResolver.bareStateNouns.contains) { return true }
        if lower.contains(where: { ReferenceResolver.counterpartNouns.contains($0) || ReferenceResolver.neighborNouns.contains($0)
            || ReferenceResolver.delegationNouns.contains($0) }) { return true }
        // "rejected the demand": a proposal named before, whose author is the other party.
        if zip(lower, lower.dropFirst()).contains(where: { ["the", "this", "that", "these", "those"].contains($0) && EventExtractor.proposalRoots[$1] != nil }) {
            return true
        }
        // "the group", and past up to two modifiers, "the militant group", "the Swiss-based company".
        return lower.indices.contains { k in
            lower[k] == "the" && lower[(k + 1)...].prefix(3).contains { noun in
                CommitmentActorResolver.collectiveNouns.contains(noun) || ReferenceResolver.stateNouns.contains(noun)
                    || ReferenceResolver.countryNouns.contains(noun) || ReferenceResolver.groupNouns.contains(noun)
                    || ReferenceResolver.companyNouns.contains(noun) || ReferenceResolver.armedMemberNouns.contains(noun)
            }
        } || lower.indices.contains { k in
            ["a", "an"].contains(lower[k]) && lower[(k + 1)...].prefix(4).contains(where: ReferenceResolver.groupNouns.contains)
        }
    }
}
