import NexusCore

/// Maps the labels of a CoNLL-style tagger (PER, ORG, LOC, MISC) on a token span to Nexus's
/// entity types, with a canonical name where a gazetteer knows one.
///
/// - PER → `.person`; so is any span right after a courtesy title ("Mr. Chavez", "Ms Ardern");
///   a name ending in a natural feature ("Second Thomas Shoal", ``OtherNames/featureHeads``) is a `.location`.
/// - ORG → `.organization`; canonical from the organization gazetteer ("U.N." → "United Nations");
///   a demonym no organization list has ("his Qatari counterpart") is typed by the MISC rule.
/// - LOC → `.country` with the canonical country when the country gazetteer knows the name
///   ("U.S.", "the United Kingdom"), else `.location` ("Rome", "Brussels", "Sahel"); a demonym
///   tagged LOC is typed by the MISC rule.
/// - MISC → a demonym that stands for a state maps to `.country`: when a title follows it
///   ("the Italian Foreign Minister") or a noun for a state's government, forces or officials
///   ("American troops", "Iraqi officials", ``stateNouns``) or for one of its companies ("South
///   Korean battery maker", ``originNouns``). A MISC span that is itself a
///   country name is a country too. Every other MISC span (languages, "Kurdish") is dropped:
///   `nil`, unless it is an other name.
/// - Before these, by the words themselves (``OtherNames``): a sentence adverb or photo credit is
///   dropped; an agreement, law, event, project or publication ("Good Friday Agreement",
///   "Patriot Act", "Operation Desert Storm", "Annual Report") is `.other` whatever the label;
///   a non-person span headed by "Airport", "Square", "Street" …, or set in a place by its
///   context ("the region of Rostov", "the Kerem Shalom crossing"), is a `.location`.
///
/// - Complexity: O(span length + c) per call.
public struct MentionTyper: Sendable {
    /// The result of typing a span.
    public struct Typed: Sendable, Hashable {
        public var type: EntityType
        /// The normalized name, when a gazetteer knows it ("Italian" → "Italy").
        public var canonical: String?

        public init(type: EntityType, canonical: String? = nil) {
            self.type = type
            self.canonical = canonical
        }
    }

    /// Courtesy titles that only ever precede a person's name.
    public static let courtesyTitles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mme", "mme.", "mister", "madam", "messrs", "messrs.",
        "dr", "dr.", "sir", "dame", "lord", "lady", "baroness", "baron", "viscount", "earl", "duke", "duchess",
    ]

    /// Royal and religious titles written before a person's name ("Cardinal", "Queen", "HRH").
    static let personalTitles: Set<String> = [
        "cardinal", "prophet", "pope", "archbishop", "bishop", "ayatollah", "imam", "rabbi", "sheikh", "hrh",
        "queen", "king", "prince", "princess", "emperor", "empress", "sultan", "emir", "tsar",
    ]

    /// Nouns of institutions and places that are named after titled persons ("King's College",
    /// "Queen Elizabeth Hospital", "Prince Sultan Air Base").
    static let institutionNouns: Set<String> = OtherNames.bodyHeads.union(OtherNames.placeHeads).union([
        "college", "university", "hospital", "trust", "school", "foundation", "fund", "centre", "center", "institute",
        "base", "academy", "bench", "prize", "award", "city", "port", "island", "islands", "hall", "house", "palace",
    ])

    /// Nouns that, after a demonym, name a state's government, forces or officials.
    public static let stateNouns: Set<String> = [
        "government", "governments", "administration", "authorities", "officials", "official", "forces",
        "troops", "soldiers", "army", "military", "navy", "air", "militaries", "diplomats", "diplomat",
        "diplomacy", "delegation", "delegations", "embassy", "embassies", "ministry", "ministries",
        "counterpart", "counterparts", "leadership", "leader", "leaders", "police", "intelligence",
        "warplanes", "jets", "aircraft", "drones", "airstrikes", "strikes", "sovereignty", "state", "regime",
        "parliament", "cabinet", "presidency", "negotiators", "mediators", "mediator", "side", "consulate",
        "envoys", "ministers", "contingent", "battalion", "battalions", "units", "peacekeepers",
        "representative", "representatives", "delegate", "delegates", "mission",
        "prosecutors", "investigators", "agents", "lawmakers", "legislature", "judiciary", "spokesman", "spokeswoman",
        // The means of a state's force act for it: "an Israeli airstrike killed ...".
        "airstrike", "strike", "raid", "raids", "missile", "missiles", "rocket", "rockets", "shelling",
        "bombardment", "warplane", "jet", "drone", "helicopters", "gunships", "tanks", "warships",
        "artillery", "patrol", "patrols", "offensive", "court", "courts", "judges",
        // A state's acts and positions: "a Turkish extradition request", "the Iranian proposal".
        "request", "demand", "demands", "offer", "proposal", "initiative", "invasion", "occupation",
        "withdrawal", "decision", "position", "policy",
        // Those who serve its force: "the Philippine coast guard", "Ukrainian pilots".
        "guard", "guards", "coastguard", "pilots", "sailors", "marines", "personnel", "servicemen",
        // Its people, as CAMEO codes them under its code (civilians CVL, refugees REF):
        // "Iraqi civilians", "Afghan refugees", "24 Pakistani prisoners".
        "civilians", "citizens", "nationals", "refugees", "prisoners", "detainees", "hostages",
        // "thanked the British people", "aid to the Afghan economy".
        "people", "population", "economy",
        // Its land and posts, as CAMEO codes an attack on them as one on the state: "fired
        // rockets at Israeli towns", "an attack on an Afghan checkpoint", "Turkish territory".
        "territory", "soil", "airspace", "waters", "checkpoint", "checkpoints", "outpost", "outposts",
        "post", "posts", "base", "bases", "positions", "border", "borders", "frontier", "towns", "villages", "settlements", "targets",
        "installations", "interests", "vessel", "vessels", "ship", "ships", "convoy", "convoys",
        "tanker", "tankers", "freighter", "frigate", "destroyer", "submarine", "submarines", "boat",
        "boats", "trawler", "trawlers", "fishermen",
        // What sanctions and tariffs are laid on, as CAMEO codes them on the state (its business
        // sector, BUS): "froze Russian assets", "tariffs on Chinese goods".
        "assets", "oligarchs", "businessmen", "goods", "imports", "exports", "products",
        // Its commodities, on which bans and embargoes are laid: "a ban on Liberian diamonds and
        // timber", "an embargo on Iranian oil".
        "diamonds", "timber", "oil", "crude", "gas", "steel", "beef", "grain",
    ]

    /// A state's acts, as the event lexicon codes them, that name the state after a demonym
    /// only directly or past one of ``actModifiers`` ("a Russian attack on Kyiv", "Turkish
    /// threats against Greece", "the Israeli apology", "American military aid"), never further
    /// ("Iraqis deserve great recognition" names no state's act). Not the acts of a people
    /// against or apart from its state ("Egyptian protests", "the Syrian uprising", "Afghan
    /// asylum seekers").
    public static let actNouns: Set<String> = [
        "attack", "attacks", "assault", "assaults", "bombing", "bombings", "incursion", "incursions",
        "crackdown", "blockade", "intervention", "retaliation", "fire", "gunfire", "ultimatum",
        "threat", "threats", "warning", "warnings", "pressure", "sanctions", "embargo", "veto",
        "criticism", "condemnation", "accusations", "allegations", "objections", "rejection", "refusal",
        "apology", "concessions", "recognition", "annexation", "expulsion", "seizure",
        "support", "backing", "aid", "assistance", "loan", "loans", "funding", "investment", "pledge",
        "promise", "commitment", "deployment", "mediation", "invitation", "visit", "response",
    ]

    /// The words that may stand between a demonym and one of ``actNouns``: the kind of the act
    /// and when it came ("Russian air attacks", "fresh Turkish threats" is read from "Turkish").
    static let actModifiers: Set<String> = [
        "military", "economic", "financial", "humanitarian", "diplomatic", "political", "air", "naval",
        "missile", "rocket", "artillery", "ground", "nuclear", "trade", "new", "fresh", "latest", "renewed",
        "repeated", "continued", "recent", "planned", "proposed", "formal", "official",
    ]

    /// Nouns that, after a demonym, name a company or producer of that country ("South Korean
    /// battery maker", "the Japanese carmaker"): the demonym names the country too.
    public static let originNouns: Set<String> = [
        "maker", "makers", "carmaker", "automaker", "company", "companies", "firm", "firms", "group", "giant",
        "manufacturer", "manufacturers", "producer", "producers", "exporter", "exporters", "supplier", "suppliers",
        "lender", "bank", "banks", "airline", "carrier", "operator", "conglomerate", "chipmaker", "steelmaker",
        "shipbuilder", "insurer", "investor", "investors", "startup", "retailer", "broadcaster", "utility",
        "lenders", "airlines", "carmakers", "automakers", "businesses", "shipyards",
    ]

    public let countries: CountryGazetteer
    public let gazetteer: Gazetteer

    /// - Parameters:
    ///   - countries: countries, demonyms and locations.
    ///   - gazetteer: organizations and titles.
    public init(countries: CountryGazetteer, gazetteer: Gazetteer) {
        self.countries = countries
        self.gazetteer = gazetteer
    }

    /// A typer over the bundled gazetteers.
    public static func bundled() throws(GazetteerError) -> MentionTyper {
        MentionTyper(
            countries: try CountryGazetteer.bundled(),
            gazetteer: try Gazetteer.bundled(files: ["organizations", "titles"]))
    }

    /// The type of `tokens[span]` labeled `label` ("PER", "ORG", "LOC", "MISC", with or
    /// without a "B-"/"I-" prefix), or `nil` when the span is dropped.
    public func type(label: String, tokens: [String], span: Range<Int>) -> Typed? {
        let words = Array(tokens[span])
        guard !words.isEmpty, !OtherNames.isNotAName(words) else { return nil }
        let bare = Self.bareLabel(label)
        // "Muslims", "British Jews", "Sikhs": a faith's followers are no organization, place or person.
        if Self.isFollowersOfFaith(words, countries: countries) { return nil }
        // "Gibraltarians", "Saddamists", "Hashemites" read as a person: a plural of people.
        if bare == "PER", words.count == 1, Self.isPluralOfPeople(words[0]) { return nil }
        // "the Mental Capacity Bill", "the Health Service (Miscellaneous Provisions) Bill", "get
        // the Bill passed": the head of a law's name, not the first name Bill (``isLawHead(tokens:at:)``).
        if words.count == 1, Self.isLawHead(tokens: tokens, at: span.lowerBound) { return nil }
        // "Hurricane Wilma", "Typhoon Haiyan" with the storm's word left out of the span: a
        // storm, not a person.
        if span.lowerBound > 0, OtherNames.stormLeads.contains(tokens[span.lowerBound - 1].lowercased()),
           tokens[span.lowerBound - 1].first?.isUppercase == true {
            return Typed(type: .other)
        }
        if OtherNames.isOneWordEvent(words) { return Typed(type: .other) }
        // "World Food Programme" is a programme by its words and an organization the lists know.
        if OtherNames.isOther(words), bare != "PER" || OtherNames.leads.contains(words[0].lowercased()), knownOrganization(words) == nil {
            return Typed(type: .other)
        }
        if bare == "ORG" || bare == "MISC", knownOrganization(words) == nil, OtherNames.isPlace(words)
            || (bare == "ORG" && OtherNames.isSetAsPlace(tokens: tokens, span: span) && countries.country(forDemonymTokens: words) == nil
                && countries.entry(forTokens: words, kinds: [.country]) == nil) {
            return Typed(type: .location)
        }
        // "Brigadier" of "Brigadier General Ahmad Vahidi": the first words of a title, no name.
        if bare != "PER", TitleLexicon.standard.beginsLongerTitle(tokens, range: span) { return nil }
        // "Mr. Chavez", "Ms Ardern": a courtesy title makes the name a person's, whatever the
        // tagger said (a place or an organization of the same name).
        // The title may be just before the span or its first word ("Mr Blunkett" tagged ORG),
        // not a word in the possessive ("the Lord's Resistance Army").
        if Self.bareLabel(label) != "PER" {
            let before = span.lowerBound > 0 ? tokens[span.lowerBound - 1].lowercased() : ""
            let first = words.count > 1 && !["'s", "\u{2019}s"].contains(words[1]) ? words[0].lowercased() : ""
            if Self.courtesyTitles.contains(before) || Self.courtesyTitles.contains(first) { return Typed(type: .person) }
        }
        // "Prophet Muhammad", "Cardinal Cormac Murphy", "the Queen Mother" tagged as an
        // organization: a royal or religious title before a name that no body's or place's noun
        // ends ("King's College", "Prince Sultan Air Base" stay).
        if Self.bareLabel(label) == "ORG", words.count >= 2, Self.personalTitles.contains(words[0].lowercased()),
           !words.dropFirst().contains(where: { Self.institutionNouns.contains($0.lowercased()) }), knownOrganization(words) == nil {
            return Typed(type: .person)
        }
        switch Self.bareLabel(label) {
        case "PER":
            // "the Bill", "the Commons": a person is not written after a lower-case "the".
            if words.count == 1, span.lowerBound > 0, tokens[span.lowerBound - 1] == "the" { return nil }
            // "the Second Thomas Shoal", "the Kerch Strait": a name ending in a feature of the
            // sea or the land no surname is.
            if words.count >= 2, OtherNames.featureHeads.contains(words[words.count - 1].lowercased()) { return Typed(type: .location) }
            return Typed(type: .person)
        case "ORG":
            // "US" alone, tagged as an organization: a country code or name is the country.
            if words.count == 1, words[0] == words[0].uppercased(), countries.typeLocation(tokens: words).type == .country {
                let typed = countries.typeLocation(tokens: words)
                return Typed(type: .country, canonical: typed.canonical)
            }
            let known = knownOrganization(words)
            // "his Qatari counterpart": a demonym no organization list has is typed as one,
            // whatever label it was given.
            if known == nil, countries.country(forDemonymTokens: words) != nil { return typeMisc(tokens: tokens, span: span) }
            // A country's name no organization list has ("Democratic Republic of Congo", read
            // as an organization for its "Republic"): the country.
            if known == nil, words.count > 1, countries.entry(forTokens: words, kinds: [.country]) != nil {
                return Typed(type: .country, canonical: countries.typeLocation(tokens: words).canonical)
            }
            // "Yorkshire", "West Yorkshire": a British county (its name ends in "shire") that no
            // organization list has is the place, not its cricket club of the sports pages.
            if known == nil, words.count <= 2, let last = words.last, last.hasSuffix("shire"), words.allSatisfy({ $0.first?.isUppercase == true }) {
                return Typed(type: .location)
            }
            // A place the gazetteer knows and no organization list does ("Hartlepool"): a place.
            if known == nil, countries.entry(forTokens: words, kinds: [.location]) != nil {
                return Typed(type: .location, canonical: countries.typeLocation(tokens: words).canonical)
            }
            return Typed(type: .organization, canonical: known)
        case "LOC":
            let typed = countries.typeLocation(tokens: words)
            if typed.type == .location, countries.country(forDemonymTokens: words) != nil {
                return typeMisc(tokens: tokens, span: span)  // "Syrian" tagged as a place
            }
            // "the Party of Free Life of Kurdistan": a body's head before "of" or "for" makes
            // the name a body's, whatever place ends it.
            if typed.type == .location, typed.canonical == nil, Self.isBodyOfOrFor(words) {
                return Typed(type: .organization, canonical: knownOrganization(words))
            }
            return Typed(type: typed.type, canonical: typed.canonical)
        case "MISC":
            return typeMisc(tokens: tokens, span: span)
        default:
            return nil
        }
    }

    /// Whether `words` are a body's head noun, "of" or "for", and a name ("Party of Free Life of
    /// Kurdistan", "Front for the Liberation of Mozambique"); not a department, which is also
    /// a region's name ("Department of Antioquia").
    static func isBodyOfOrFor(_ words: [String]) -> Bool {
        guard words.count >= 3, ["of", "for"].contains(words[1]), words[0] != "Department" else { return false }
        return EntityRecognizer.organizationHeads.contains(words[0]) || OtherNames.bodyHeads.contains(words[0].lowercased())
    }

    /// ``type(label:tokens:span:)`` for a span of a ``NexusCore/Sentence``.
    public func type(label: String, sentence: Sentence, span: Range<Int>) -> Typed? {
        type(label: label, tokens: sentence.tokens.map(\.text), span: span)
    }

    /// The canonical name of a known organization, with or without a leading "the".
    func knownOrganization(_ words: [String]) -> String? {
        if let known = gazetteer.entries(exactly: words, kinds: [.organization]).first { return known.canonical }
        // "the World Food Programme", "UN World Food Programme": an article or a parent
        // body's acronym before a listed name.
        guard words.count > 1, words[0] == "the" || words[0] == "The" || (words.count > 2 && NameNormalizer.isAcronym(words[0])) else { return nil }
        return gazetteer.entries(exactly: Array(words.dropFirst()), kinds: [.organization]).first?.canonical
    }

    func typeMisc(tokens: [String], span: Range<Int>) -> Typed? {
        let words = Array(tokens[span])
        let asPlace = countries.typeLocation(tokens: words)
        if asPlace.type == .country { return Typed(type: .country, canonical: asPlace.canonical) }
        guard let country = countries.country(forDemonymTokens: words), standsForState(tokens: tokens, after: span.upperBound)
        else { return nil }
        return Typed(type: .country, canonical: country)
    }

    /// Whether the words after a demonym are a title or a state noun, directly or past up to
    /// two lowercase modifiers and coordinated demonyms ("Pakistani security forces",
    /// "Ethiopian and Eritrean troops"), or a state's act (``isAct(tokens:after:)``).
    func standsForState(tokens: [String], after end: Int) -> Bool {
        guard end < tokens.count else { return false }
        func heads(_ token: String) -> Bool {
            let lower = token.lowercased()
            return Self.stateNouns.contains(lower) || Self.originNouns.contains(lower)
        }
        if heads(tokens[end]) { return true }
        if isAct(tokens: tokens, after: end) { return true }
        var k = end, modifiers = 0
        while k < min(tokens.count, end + 5) {
            let token = tokens[k]
            if heads(token) { return true }
            // "Sudanese Armed Forces", "Philippine Coast Guard": a body's capitalized name is read as its words.
            let isLowercaseWord = token.lowercased().unicodeScalars.allSatisfy { $0.properties.isLowercase || $0 == "-" }
            if token == "and" || token == "," || countries.country(forDemonymTokens: [token]) != nil {
                k += 1
                continue
            }
            guard isLowercaseWord, modifiers < 2 else { break }
            modifiers += 1
            k += 1
        }
        // A title, possibly after its portfolio ("Australian Trade Minister").
        var start = end
        while start < min(tokens.count, end + 3), TitleLexicon.portfolioNouns.contains(tokens[start].lowercased()) { start += 1 }
        if start < tokens.count, start > end, TitleLexicon.officeWords.contains(tokens[start].lowercased()) { return true }
        let rest = Array(tokens[end..<min(tokens.count, end + 6)])
        return gazetteer.longestMatches(in: rest, kinds: [.title]).first?.range.lowerBound == 0
    }

    /// Whether one of ``actNouns`` follows, directly or past one of ``actModifiers``, after
    /// any coordinated demonyms ("Israeli and American air strikes").
    func isAct(tokens: [String], after end: Int) -> Bool {
        var k = end
        while k < tokens.count, tokens[k] == "and" || tokens[k] == "," || countries.country(forDemonymTokens: [tokens[k]]) != nil { k += 1 }
        guard k < tokens.count else { return false }
        if Self.actNouns.contains(tokens[k].lowercased()) { return true }
        return k + 1 < tokens.count && Self.actModifiers.contains(tokens[k]) && Self.actNouns.contains(tokens[k + 1].lowercased())
    }

    /// Nouns for the followers of a faith or a branch of one, singular and plural. Written
    /// alone or after a demonym ("Muslims", "British Jews") they name people of that faith, not
    /// an organization: the tagger, trained on CoNLL-2003 where "Moslems" is sometimes ORG,
    /// reads them as one. Their adjective use ("Muslim leaders") is dropped the same way.
    public static let followersOfFaith: Set<String> = [
        "muslim", "muslims", "moslem", "moslems", "christian", "christians", "jew", "jews", "hindu", "hindus",
        "sikh", "sikhs", "buddhist", "buddhists", "catholic", "catholics", "protestant", "protestants",
        "evangelical", "evangelicals", "anglican", "anglicans", "methodist", "methodists", "baptist", "baptists",
        "mormon", "mormons", "shiite", "shiites", "shia", "shias", "sunni", "sunnis", "alawite", "alawites",
        "copt", "copts", "coptic", "jain", "jains", "bahai", "bahais", "zoroastrian", "zoroastrians",
    ]

    /// Whether `words` are followers of a faith (``followersOfFaith``): alone or after demonyms
    /// ("British Muslim", "Iraqi Shiites"), or a plural after any capitalised words of a people
    /// or a church ("Rohingya Muslims", "Orthodox Christians").
    static func isFollowersOfFaith(_ words: [String], countries: CountryGazetteer) -> Bool {
        guard let last = words.last, followersOfFaith.contains(last.lowercased()) else { return false }
        if last.hasSuffix("s"), words.count <= 3, words.dropLast().allSatisfy({ $0.first?.isUppercase == true }) { return true }
        return words.dropLast().allSatisfy { countries.country(forDemonymTokens: [$0]) != nil || followersOfFaith.contains($0.lowercased()) }
    }

    /// Capitalised heads of the names of laws and bills that are also first names.
    static let lawHeads: Set<String> = ["Bill", "Act"]

    /// Whether `tokens[k]` is the capitalised head of a law's name ("Bill", "Act") after the
    /// words of that name: a capitalised word, a closing parenthesis ("(Miscellaneous
    /// Provisions) Bill") or "the" ("The Bill", "get the Bill passed"), unless the word before
    /// is a title ("President Bill", "Mr Bill").
    static func isLawHead(tokens: [String], at k: Int) -> Bool {
        guard lawHeads.contains(tokens[k]), k > 0 else { return false }
        let before = tokens[k - 1]
        if before == ")" || before == "The" || before == "the" { return true }
        guard let first = before.unicodeScalars.first, first.properties.isUppercase else { return false }
        // "President Bill", "Mr Bill": a title before a first name.
        let lower = before.lowercased()
        return !courtesyTitles.contains(lower) && !TitleLexicon.standard.isOneWordTitle(lower)
    }

    /// Whether one capitalised word of seven letters or more ends as a plural of people does
    /// ("-ians", "-ists", "-ites"): no person's name ends so.
    static func isPluralOfPeople(_ word: String) -> Bool {
        guard word.count >= 7, word.first?.isUppercase == true, word.dropFirst().allSatisfy(\.isLowercase) else { return false }
        return ["ians", "ists", "ites"].contains { word.hasSuffix($0) }
    }

    static func bareLabel(_ label: String) -> String {
        if label.hasPrefix("B-") || label.hasPrefix("I-") || label.hasPrefix("E-") || label.hasPrefix("S-") {
            return String(label.dropFirst(2))
        }
        return label
    }
}
