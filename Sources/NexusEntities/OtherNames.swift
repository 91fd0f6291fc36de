import NexusText

/// Names that are names but not of a person, country, organization or place, and capitalised
/// words that are not names at all, recognised by their words.
///
/// - ``isOther(_:)``: an agreement or treaty ("Good Friday Agreement", "Paris Accord"), a law
///   ("Patriot Act"), an event or operation ("Operation Desert Storm", "World Cup", "Arab
///   Spring", "Hurricane Rita"), a project, programme or plan ("Marshall Plan", "Belt and Road
///   Initiative"), a publication or prize ("Annual Report", "Nobel Prize"): by the head noun
///   (the last word) or a leading word ("Operation", "Hurricane"); ``isOneWordEvent(_:)``: an
///   event named in one word ("Brexit", "Ramadan").
/// - ``isPlace(_:)``: a named facility or street ("Heathrow Airport", "Times Square"), an island
///   or a mountain ("Isle of Sheppey", "Mount Kenya").
/// - ``isNotAName(_:)``: a sentence adverb the tagger took for a name ("Meanwhile"), or a photo
///   credit ("Pool / Reuters", "AFP/Getty Images").
///
/// The word lists are closed-class news vocabulary written down by the team.
public enum OtherNames {
    static let heads: Set<String> = [
        // agreements
        "agreement", "agreements", "accord", "accords", "treaty", "pact", "protocol", "memorandum", "deal",
        "charter", "declaration", "communique", "communiqué", "compact", "roadmap",
        // laws
        "act", "bill", "amendment", "directive", "doctrine", "ordinance", "statute",
        // events
        "war", "summit", "olympics", "games", "cup", "championship", "championships", "election", "elections",
        "referendum", "revolution", "crisis", "uprising", "spring", "massacre", "festival", "expo", "dialogue",
        "talks", "marathon", "rally", "tournament", "olympiad", "week",
        // projects, programmes, plans, frameworks ("Windsor Framework")
        "project", "pipeline", "programme", "program", "initiative", "plan", "strategy", "scheme", "framework",
        // publications, prizes, products
        "report", "review", "index", "prize", "award", "awards",
        // policies and illnesses ("Common Agricultural Policy", "Motor Neurone Disease")
        "policy", "disease", "syndrome",
    ]
    /// Heads that also end an office's portfolio ("High Representative of the European Union
    /// for Foreign Policy"): they make a tagged span other, but start no name of their own.
    static let portfolioHeads: Set<String> = ["policy"]

    /// Events and affairs news names in one word, with no head noun to tell them by: a word the
    /// tagger reads as a person's or a place's name ("Brexit's biggest sticking point").
    static let oneWordEvents: Set<String> = [
        "Brexit", "Grexit", "Watergate", "Partygate", "Irangate", "Holocaust", "Intifada", "Nakba", "Ramadan", "Christmas", "Easter",
        "Eid", "Hajj", "Diwali", "Hanukkah", "Passover", "Thanksgiving",
    ]

    /// Whether the words are one of ``oneWordEvents``.
    public static func isOneWordEvent(_ words: [String]) -> Bool {
        words.count == 1 && oneWordEvents.contains(words[0])
    }

    /// Numbers written after a name's head noun ("World War Two", "World War II").
    static let ordinalsAfterHead: Set<String> = ["One", "Two", "Three", "I", "II", "III", "IV"]
    static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this", "that"]
    static let leads: Set<String> = ["operation", "hurricane", "typhoon", "cyclone", "storm", "tropical"]
    /// The leads that name a storm.
    static let stormLeads: Set<String> = ["hurricane", "typhoon", "cyclone", "storm"]
    /// Words that begin a place's name ("Isle of Sheppey", "Mount Kenya").
    static let placeLeads: Set<String> = ["isle", "mount"]
    static let placeHeads: Set<String> = [
        "airport", "station", "bridge", "square", "street", "avenue", "boulevard", "road", "stadium",
        "cathedral", "mosque", "church", "temple", "park", "crossing", "terminal", "harbour", "harbor",
    ]
    static let sentenceAdverbs: Set<String> = [
        "meanwhile", "however", "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "separately",
        "elsewhere", "overall", "indeed", "still", "also", "yet", "thus", "hence", "therefore", "accordingly",
        "additionally", "likewise", "similarly", "otherwise", "earlier", "later", "recently", "currently", "today",
        "yesterday", "tonight", "afterwards", "initially", "finally", "eventually", "ultimately", "apparently",
        "notably", "importantly", "unfortunately", "fortunately", "consequently", "regardless", "alternatively",
        "conversely", "hopefully", "sadly", "so", "but", "and", "or", "then", "now", "here", "there",
    ]
    static let creditWords: Set<String> = [
        "pool", "reuters", "afp", "ap", "getty", "images", "epa", "efe", "photo", "photos", "file", "handout",
        "via", "anadolu", "agency", "shutterstock", "alamy", "pa", "wire", "xinhua", "bloomberg", "sipa", "usa",
    ]

    /// Whether the words name an agreement, law, event, project, publication or prize: by the
    /// head noun, a leading word, a head noun before "of" ("Bill of Rights", "Treaty of
    /// Rome", "Declaration of Independence"), or a convention on something ("European
    /// Convention on Human Rights"). A policy named by a body ("Office of Science and
    /// Technology Policy") is the body, and one after "for" an office's portfolio.
    public static func isOther(_ words: [String]) -> Bool {
        guard let last = words.last, let first = words.first else { return false }
        if words.count >= 2 && leads.contains(first.lowercased()) { return true }
        if words.count >= 3, words[1] == "of", heads.contains(first.lowercased()), first != first.uppercased() { return true }
        if let k = words.firstIndex(of: "Convention"), k + 1 < words.count, ["on", "against", "for"].contains(words[k + 1]) { return true }
        // "the European Union for Foreign Policy": a portfolio after "for" is an office's.
        if last.lowercased() == "policy", words.contains(where: { bodyHeads.contains($0.lowercased()) || $0 == "for" }) { return false }
        // An acronym ("ACT") is not its word.
        guard words.count >= 2 || last != last.uppercased() else { return false }
        return words.count >= 2 && heads.contains(last.lowercased())
    }

    /// Words of a denomination, which make a church a body ("the Catholic Church", "the
    /// Anglican Church"), not a building ("St Paul's Church").
    static let denominations: Set<String> = ["catholic", "anglican", "orthodox", "methodist", "baptist", "presbyterian", "lutheran",
                                             "evangelical", "coptic", "episcopal", "pentecostal", "reformed", "unification", "scientology"]

    /// Whether the words name a facility or street.
    public static func isPlace(_ words: [String]) -> Bool {
        guard words.count >= 2, let last = words.last else { return false }
        if placeLeads.contains(words[0].lowercased()), !words.contains(where: { bodyHeads.contains($0.lowercased()) }) { return true }
        if last.lowercased() == "church", words.contains(where: { denominations.contains($0.lowercased()) }) { return false }
        return placeHeads.contains(last.lowercased())
    }

    /// Lower-case nouns of a territory or a crossing point that a place's name follows ("the
    /// Russian region of Rostov") or precedes ("the Kerem Shalom crossing").
    static let territoryNouns: Set<String> = [
        "region", "province", "district", "county", "governorate", "oblast", "prefecture", "valley", "river", "crossing",
        "checkpoint", "border", "city", "town", "village", "port", "island", "islands", "enclave", "territory", "camp",
    ]

    /// Nouns of natural features that end a place's name and no person's ("Second Thomas
    /// Shoal", "Kerch Strait", "Korean Peninsula"). Not "Bay", "Lake" or "Rivers", which
    /// are surnames too.
    static let featureHeads: Set<String> = ["shoal", "reef", "strait", "straits", "gulf", "peninsula", "archipelago", "canal",
                                            "atoll", "isthmus", "plateau", "desert", "glacier", "fjord", "lagoon", "sea", "ocean"]

    /// Words that head the name of a body, never of a place.
    static let bodyHeads: Set<String> = ["department", "ministry", "office", "authority", "council", "committee", "commission", "bank",
                                         "company", "corporation", "party", "army", "front", "movement", "agency", "forces", "group"]

    /// Whether `tokens[span]` is set in a place by its context: after "the <territory noun>
    /// of" ("the region of Rostov", "the city of Kharkiv") or before a lower-case territory
    /// noun ("the Kerem Shalom crossing", "the Nahr al-Bared camp").
    public static func isSetAsPlace(tokens: [String], span: Range<Int>) -> Bool {
        // "the Health Department of Guangdong province", "a United Nations-run camp": a body's
        // name or a compound adjective stays what it is.
        let words = tokens[span]
        if words.contains(where: { bodyHeads.contains($0.lowercased()) }) { return false }
        if let last = words.last, let hyphen = last.lastIndex(of: "-"), last[last.index(after: hyphen)...].first?.isLowercase == true { return false }
        if span.lowerBound >= 2, tokens[span.lowerBound - 1] == "of", territoryNouns.contains(tokens[span.lowerBound - 2]) { return true }
        return span.upperBound < tokens.count && territoryNouns.contains(tokens[span.upperBound])
    }

    /// Whether the words are not a name: one sentence adverb, or a photo credit (a slash with
    /// only agency and credit words around it).
    public static func isNotAName(_ words: [String]) -> Bool {
        if words.count == 1, sentenceAdverbs.contains(words[0].lowercased()) { return true }
        let pieces = words.flatMap { $0.split(separator: "/", omittingEmptySubsequences: true) }.map { $0.lowercased() }
        let hasSlash = words.contains { $0.contains("/") }
        return hasSlash && !pieces.isEmpty && pieces.allSatisfy(creditWords.contains)
    }

    /// Capitalised phrases that are other names even when the tagger found nothing: a run of
    /// capitalised words ending in an other-name head ("Good Friday Agreement", "Strategic
    /// Dialogue"; "of", "and", "for" and "the" may join capitalised words inside), or a leading
    /// word followed by capitalised words ("Operation Desert Storm", "Hurricane Rita"). A
    /// sentence-initial word only starts a phrase when it is not the sentence's first word.
    ///
    /// - Complexity: O(n) for n tokens.
    public static func spans(in tokens: [String]) -> [Range<Int>] {
        func capitalised(_ k: Int) -> Bool {
            guard let first = tokens[k].unicodeScalars.first else { return false }
            return first.properties.isUppercase && tokens[k].unicodeScalars.contains { $0.properties.isLowercase }
        }
        let joiners: Set<String> = ["of", "and", "for", "the", "on"]
        // A capitalised word that goes on with the name before it: not a day, a month or a
        // pronoun starting a sentence the writer forgot to end ("his first Grammy Award He won").
        func continuesName(_ k: Int) -> Bool {
            let lower = tokens[k].lowercased()
            return capitalised(k) && DateText.weekdays[lower] == nil && DateText.months[lower] == nil && !pronouns.contains(lower)
        }
        var out: [Range<Int>] = []
        var k = 0
        while k < tokens.count {
            if capitalised(k), leads.contains(tokens[k].lowercased()), k + 1 < tokens.count, capitalised(k + 1) {
                var end = k + 1
                while end < tokens.count && capitalised(end) { end += 1 }
                out.append(k..<end)
                k = end
                continue
            }
            // "the Foreign Policy Centre": a head noun inside a longer run of capitalised words
            // heads no name; a number after it is the name's ("World War Two", "Gulf War II").
            let numbered = k + 1 < tokens.count && ordinalsAfterHead.contains(tokens[k + 1])
            if k > 0, capitalised(k), heads.contains(tokens[k].lowercased()), !portfolioHeads.contains(tokens[k].lowercased()),
               k + 1 == tokens.count || !continuesName(k + 1) || numbered {
                var start = k
                // Not back into the name found before ("World War Two and World War II").
                let floor = max(1, out.last?.upperBound ?? 1)
                while start - 1 >= floor {
                    if capitalised(start - 1) { start -= 1; continue }
                    if joiners.contains(tokens[start - 1]), start - 2 >= floor, capitalised(start - 2) { start -= 2; continue }
                    break
                }
                if start < k {
                    out.append(start..<(k + (numbered ? 2 : 1)))
                }
            }
            k += 1
        }
        return out
    }
}
