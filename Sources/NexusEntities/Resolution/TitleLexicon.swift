/// Titles, offices and honorifics that precede or describe a person's name.
///
/// A title is never part of a name: "US Secretary of State Ada Moreno" names
/// "Ada Moreno" with the role "Secretary of State"; "His Holiness" and "Mr." are
/// honorifics, stripped but not recorded as roles. Matching is case-insensitive, longest
/// first, and tolerates the dot after abbreviations ("Mr.", "Gen.").
///
/// The lexicon is general (offices of governments, international organizations, armed
/// forces, churches and companies); it names no particular person or article.
public struct TitleLexicon: Sendable {
    /// One title: its words (lowercased) and the role it gives.
    public struct Title: Hashable, Sendable {
        public let words: [String]
        /// The role in display form ("Secretary of State"); `nil` for honorifics.
        public let role: String?
    }

    /// Titles by their first word, longest first.
    private let byFirstWord: [String: [Title]]
    /// Words that qualify a title without changing the role ("former", "acting").
    public let modifiers: Set<String>

    public init(titles: [String], honorifics: [String], modifiers: [String]) {
        var table: [String: [Title]] = [:]
        func add(_ phrase: String, role: String?) {
            let words = ResolutionLexer.words(in: phrase, offset: 0).filter(\.isWord).map(\.lower)
            guard let first = words.first else { return }
            table[first, default: []].append(Title(words: words, role: role))
        }
        for title in titles { add(title, role: TitleLexicon.abbreviations[title] ?? TitleLexicon.displayForm(title)) }
        for honorific in honorifics { add(honorific, role: nil) }
        byFirstWord = table.mapValues { $0.sorted { ($0.words.count, $0.words.joined(separator: " ")) > ($1.words.count, $1.words.joined(separator: " ")) } }
        self.modifiers = Set(modifiers)
    }

    /// The title starting at `words[index]`, if any: the index just past it and the title.
    /// A dot right after the title's last word (an abbreviation) is consumed too.
    ///
    /// - Complexity: O(k·m) for k titles sharing the first word, m words each.
    /// Whether a lower-cased word is by itself a title or honorific of the lexicon
    /// ("president", "mr"; not "prime" or "finance", which only begin one).
    public func isOneWordTitle(_ lower: String) -> Bool { byFirstWord[lower]?.contains { $0.words.count == 1 } ?? false }

    /// Whether `tokens[range]` are the first words of a title of more words that the tokens
    /// after them complete ("Brigadier" before "General Ahmad Vahidi").
    ///
    /// - Complexity: O(k·m) for k titles sharing the first word, m words each.
    public func beginsLongerTitle(_ tokens: [String], range: Range<Int>) -> Bool {
        guard let first = range.first, let titles = byFirstWord[tokens[first].lowercased()] else { return false }
        return titles.contains { title in
            title.words.count > range.count && first + title.words.count <= tokens.count
                && zip(title.words, tokens[first...]).allSatisfy { $0 == $1.lowercased() }
        }
    }

    public func match(_ words: [ResolutionWord], at index: Int) -> (end: Int, title: Title)? {
        // "Shadow Chancellor", "shadow home secretary": the opposition's spokesman for an
        // office, in Westminster style; the role keeps the word.
        if index + 1 < words.count, words[index].lower == "shadow", let office = match(words, at: index + 1), let role = office.title.role {
            return (office.end, Title(words: ["shadow"] + office.title.words, role: "Shadow " + role))
        }
        guard let listed = listedMatch(words, at: index) else { return portfolioMatch(words, at: index) }
        // "Minister for Trade and Industry": a listed office followed by its portfolio.
        if let extended = portfolioTail(words, after: listed.end, of: listed.title) { return extended }
        return listed
    }

    /// Words that end a minister's portfolio ("Foreign and Commonwealth Affairs", "Trade").
    public static let portfolioNouns: Set<String> = [
        "affairs", "trade", "industry", "development", "defence", "defense", "health", "education", "energy",
        "environment", "justice", "transport", "finance", "security", "culture", "home", "foreign", "state",
        "agriculture", "economy", "labour", "labor", "housing", "communities", "treasury", "interior", "commerce",
        // The words that qualify a portfolio ("External Affairs", "Homeland Security", "Veterans
        // Affairs") and more portfolios of cabinets (India's, Australia's, Canada's, the UK's, the
        // US's). Not words that end names of bodies ("Amnesty International", "Save the Children").
        "external", "internal", "economic", "public", "social", "homeland", "veterans", "rural", "urban", "digital",
        "consumer", "information", "science", "tourism", "immigration", "climate", "planning", "fisheries", "sport",
        "sports", "youth", "welfare", "employment", "infrastructure", "communications", "investment", "revenue",
        "railways", "aviation", "mines", "petroleum", "budget",
    ]

    /// Office words that take a portfolio before them ("Trade Minister").
    public static let officeWords: Set<String> = ["minister", "secretary", "representative", "commissioner", "envoy", "ambassador", "adviser", "advisor"]

    /// Offices that take a portfolio: "Trade Minister", "Minister for Trade".
    static let portfolioHeads: Set<String> = ["minister", "secretary", "representative", "commissioner", "envoy", "ambassador", "adviser", "advisor", "secretary of state"]

    /// "Trade Minister", "Culture Secretary", "Trade Representative", "the EU's energy
    /// commissioner": one to three portfolio words (``portfolioNouns``, in either case) before an
    /// office that takes a portfolio. The role is the phrase, title-cased.
    private func portfolioMatch(_ words: [ResolutionWord], at index: Int) -> (end: Int, title: Title)? {
        var k = index
        while k < words.count && k < index + 3 && Self.portfolioNouns.contains(words[k].lower)
                && listedMatch(words, at: k).map({ $0.title.words.count == 1 }) ?? true { k += 1 }
        guard k > index, let office = listedMatch(words, at: k), let role = office.title.role,
              Self.portfolioHeads.contains(role.lowercased()) else { return nil }
        let phrase = Self.displayForm(words[index..<office.end].filter(\.isWord).map(\.text).joined(separator: " "))
        return (office.end, Title(words: words[index..<office.end].filter(\.isWord).map(\.lower), role: phrase))
    }

    /// "Secretary of State for Foreign and Commonwealth Affairs": an office that takes a
    /// portfolio, then "for" or "of" and capitalised words (with "and", "the", commas inside).
    private func portfolioTail(_ words: [ResolutionWord], after end: Int, of title: Title) -> (end: Int, title: Title)? {
        guard let role = title.role, Self.portfolioHeads.contains(role.lowercased()),
              end + 1 < words.count, ["for", "of"].contains(words[end].lower), isPortfolioWord(words[end + 1]) else { return nil }
        var k = end + 1
        var last = end
        while k < words.count && k < end + 9 {
            if words[k].isWord && isPortfolioWord(words[k]) { last = k; k += 1; continue }
            if ["and", "the", "&"].contains(words[k].lower), k + 1 < words.count, isPortfolioWord(words[k + 1]) { k += 1; continue }
            break
        }
        // The last capitalised word may begin the person's name: keep at least two words after
        // the portfolio only when the portfolio ends in a portfolio noun.
        var stop = last
        while stop > end, !Self.portfolioNouns.contains(words[stop].lower) { stop -= 1 }
        guard stop > end else { return nil }
        let phrase = Self.displayForm(words[(end - title.words.count)..<(stop + 1)].filter(\.isWord).map(\.text).joined(separator: " "))
        return (stop + 1, Title(words: words[(end - title.words.count)..<(stop + 1)].filter(\.isWord).map(\.lower), role: phrase))
    }

    /// A word of a portfolio after "for" or "of": capitalised ("Foreign and Commonwealth
    /// Affairs"), or a portfolio noun in lower case, as British and European papers write
    /// offices ("the minister of industry and trade").
    private func isPortfolioWord(_ word: ResolutionWord) -> Bool {
        word.isCapitalized || Self.portfolioNouns.contains(word.lower)
    }

    /// A listed title starting at `words[index]`.
    private func listedMatch(_ words: [ResolutionWord], at index: Int) -> (end: Int, title: Title)? {
        guard index < words.count, let candidates = byFirstWord[words[index].lower] else { return nil }
        for title in candidates {
            var i = index
            var ok = true
            for w in title.words {
                while i < words.count && words[i].text == "." && i > index { i += 1 }
                guard i < words.count, words[i].lower == w else { ok = false; break }
                i += 1
            }
            if ok {
                if i < words.count && words[i].text == "." && words[i].range.start == words[i - 1].range.end { i += 1 }
                return (i, title)
            }
        }
        return nil
    }

    /// The roles of abbreviated titles, as the AP Stylebook abbreviates them before a name
    /// ("Sen. Chris Murphy" is a senator, "Lt. Gen." a lieutenant general): a role is written out.
    static let abbreviations: [String: String] = [
        "Sen": "Senator", "Rep": "Representative", "Gov": "Governor", "Lt Gov": "Lieutenant Governor",
        "Gen": "General", "Lt Gen": "Lieutenant General", "Maj Gen": "Major General", "Brig Gen": "Brigadier General",
        "Adm": "Admiral", "Col": "Colonel", "Lt Col": "Lieutenant Colonel", "Capt": "Captain", "Cmdr": "Commander",
        "Sgt": "Sergeant", "Rev": "Reverend",
    ]

    /// Title-cases a title phrase, keeping function words lowercase: "special envoy" →
    /// "Special Envoy", "secretary of state" → "Secretary of State".
    static func displayForm(_ phrase: String) -> String {
        phrase.split(separator: " ").enumerated().map { index, word in
            let w = String(word)
            if index > 0 && NameNormalizer.functionWords.contains(w.lowercased()) { return w.lowercased() }
            return w.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.prefix(1).uppercased() + part.dropFirst()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// The standard lexicon of offices, ranks and honorifics.
    public static let standard = TitleLexicon(
        titles: [
            // Heads of state and government
            "President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister",
            "Chancellor", "King", "Queen", "Monarch", "Crown Prince", "Prince", "Princess", "Emir", "Sultan", "Sheikh",
            "Supreme Leader", "Premier", "Head of State", "Head of Government",
            // Ministers and secretaries
            "Secretary of State", "Deputy Secretary of State", "Assistant Secretary of State",
            "Secretary of Defense", "Secretary of Defence", "Defense Secretary", "Defence Secretary",
            "Secretary of the Treasury", "Treasury Secretary", "Home Secretary", "Foreign Secretary",
            "Secretary of Homeland Security", "Secretary", "Minister", "Foreign Minister",
            "Minister of Foreign Affairs", "Minister for Foreign Affairs", "Foreign Affairs Minister",
            "Defense Minister", "Defence Minister", "Minister of Defense", "Minister of Defence",
            "Interior Minister", "Minister of the Interior", "Minister of Interior", "Finance Minister",
            "Minister of Finance", "Health Minister", "Minister of Health", "Trade Minister",
            "Energy Minister", "Justice Minister", "Minister of Justice", "Development Minister",
            "Minister of State", "State Secretary", "Undersecretary", "Under Secretary", "Under-Secretary",
            // International organizations
            "Secretary-General", "Secretary General", "Deputy Secretary-General", "Under-Secretary-General",
            "Assistant Secretary-General", "Director-General", "Director General", "High Representative",
            "High Commissioner", "Commissioner", "Special Envoy", "Envoy", "Special Representative",
            "Special Coordinator", "Special Rapporteur", "Ambassador", "Permanent Representative",
            "Representative", "Coordinator", "Political Director", "Spokesperson", "Spokesman",
            "Spokeswoman", "Press Secretary", "Chairman", "Chairwoman", "Chairperson", "Chair",
            "President of the Commission", "Executive Director", "Director", "Chief Executive",
            "Chief Executive Officer", "CEO", "Founder", "Head", "Leader",
            // Legislatures, courts, cities
            "Senator", "Sen", "Congressman", "Congresswoman", "Rep", "Speaker", "Member of Parliament",
            "MP", "Governor", "Gov", "Lieutenant Governor", "Lt Gov", "Mayor", "Judge", "Justice", "Chief Justice", "Prosecutor", "Attorney General",
            // Security and armed forces
            "National Security Adviser", "National Security Advisor", "Adviser", "Advisor", "General",
            "Gen", "Lieutenant General", "Lt Gen", "Major General", "Maj Gen", "Brigadier General", "Brig Gen",
            "Admiral", "Adm", "Colonel", "Col", "Lieutenant Colonel", "Lt Col", "Commander", "Cmdr", "Sergeant", "Sgt", "Chief of Staff", "Chief of Defence Staff",
            "Field Marshal", "Marshal", "Captain", "Capt",
            // Religion
            "Pope", "Cardinal", "Archbishop", "Bishop", "Patriarch", "Grand Mufti", "Mufti", "Imam",
            "Ayatollah", "Mullah", "Rabbi", "Reverend", "Rev",
            // Generic functions
            "Official", "Senior Official", "Diplomat", "Negotiator",
        ],
        honorifics: [
            "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
            "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess", "Marquess", "Duke", "Duchess",
            "His Holiness", "Her Holiness", "His Majesty", "Her Majesty", "His Excellency",
            "Her Excellency", "His Highness", "Her Highness", "His Royal Highness", "Her Royal Highness",
            "The Honourable", "The Honorable", "Hon",
        ],
        modifiers: ["former", "acting", "interim", "incoming", "outgoing", "then", "then-", "senior", "top",
                    "deputy", "assistant", "current", "late", "new", "newly", "appointed", "designate"]
    )
}
