import NexusCore

/// Corrects the type of a name the tagger took for an organization or a place when the
/// document itself writes it as a person's name: newsrooms name a person in full once and by
/// the surname after, and the tagger, reading one sentence at a time, can type the two
/// differently ("Foreign Minister Karel Schwarzenburg ... Schwarzenburg's counterparts",
/// "the regional director, Shigeru Omi. Omi called for ...").
///
/// Two rules, each needing a person mention of the same document as evidence:
/// - **Surname.** A one-word organization or place that is the last word of the full name
///   (two words or more, all capitalised) of exactly one person the document names is that
///   person's surname.
/// - **Full name.** An organization or place of two or more capitalised words whose last word,
///   or last two words, the document also writes alone as a person ("Omi", "Van Rompuy") is that
///   person's full name.
///
/// Four more checks read the sentence instead (applied by ``EntityRecognizer`` while it types
/// spans): a name right after a lower-case noun of a person's role ("opposition leader Aung
/// San Suu Kyi", ``followsPersonNoun(tokens:span:)``) or after a body's possessive and
/// opening with a first name ("UNHCR's Alpha Seydi Ba", ``followsPossessive(tokens:span:organizationEnds:isFirstName:)``), followed by a relative "who"
/// (``takesWho(tokens:span:)``) or by an apposition of a person's role ("Fidelis Nanga, a
/// journalist", ``hasPersonAppositive(tokens:span:)``) is a person's.
///
/// Names a gazetteer or the alias table knows (a mention with a `canonical` name: "London",
/// "Salvador") and countries are never retyped: "Larry London" does not make the city a
/// person. Words are compared case-insensitively ("BAKIEV" is "Kurmanbek BAKIEV"'s surname).
///
/// - Complexity: O(m) in the document's mentions (hash lookups).
public struct PersonNameEvidence: Sendable {
    public init() {}

    /// `mentions` with the names the rules show to be persons typed `.person`, in the same order.
    public func retyped(_ mentions: [Mention]) -> [Mention] {
        var out = mentions
        // "Mr Chidambaram" is the surname "Chidambaram" (the mention keeps its courtesy title).
        let bareSurnames = Set(mentions.filter { $0.type == .person }.compactMap { m -> String? in
            let w = Array(words(of: m).drop { MentionTyper.courtesyTitles.contains($0) })
            return (1...2).contains(w.count) ? w.joined(separator: " ") : nil
        })
        for i in out.indices where isCorrectable(out[i]) && isNameWord(out[i].text) {
            let w = words(of: out[i])
            guard w.count >= 2 else { continue }
            if (1...min(2, w.count - 1)).contains(where: { bareSurnames.contains(w.suffix($0).joined(separator: " ")) }) { out[i].type = .person }
        }
        var fullNamesOfSurname: [String: Set<String>] = [:]
        for m in out where m.type == .person && isNameWord(m.text) {
            let w = words(of: m)
            if w.count >= 2 { fullNamesOfSurname[w[w.count - 1], default: []].insert(w.joined(separator: " ")) }
        }
        for i in out.indices where isCorrectable(out[i]) {
            let w = words(of: out[i])
            if w.count == 1, fullNamesOfSurname[w[0]]?.count == 1 { out[i].type = .person }
        }
        return out
    }

    /// Lower-case nouns for a person's role, occupation or standing that news writes right
    /// before a person's full name with no comma ("opposition leader Aung San Suu Kyi",
    /// "democracy advocate ...", "Iranian lawyer ..."): closed-class news vocabulary written
    /// down by the team. Not nouns that also precede a body's or a place's name ("group",
    /// "party", "city").
    public static let personNouns: Set<String> = [
        "leader", "advocate", "activist", "campaigner", "dissident", "opponent", "critic", "candidate", "challenger",
        "spokesman", "spokeswoman", "spokesperson", "lawmaker", "legislator", "politician", "diplomat", "negotiator",
        "envoy", "ambassador", "minister", "premier", "president", "chairman", "chairwoman", "chief", "commander",
        "colonel", "journalist", "reporter", "correspondent", "columnist", "editor", "writer", "author",
        "novelist", "poet", "lawyer", "attorney", "judge", "prosecutor", "cleric", "preacher", "laureate", "businessman",
        "businesswoman", "tycoon", "billionaire", "banker", "economist", "analyst", "professor", "scholar", "scientist",
        "actor", "actress", "singer", "musician", "director", "coach", "striker", "player", "militant", "warlord",
        "founder", "heir", "widow", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother",
        "nephew", "niece", "cousin", "prisoner", "detainee", "hostage", "defector", "counterpart", "predecessor",
        "successor", "aide", "adviser", "advisor", "entrepreneur", "executive", "boss", "star", "stars", "tycoons",
        "manager", "shareholder", "investor", "financier", "magnate", "mogul", "head", "officer", "secretary",
        "governor", "mayor", "senator", "congressman", "congresswoman", "chancellor", "commissioner", "administrator",
        "coordinator", "rapporteur", "researcher", "expert", "doctor", "priest", "bishop", "imam", "rabbi", "soldier",
    ]

    /// Whether a name of two or more capitalised words, which the tagger read as a place or an
    /// organization, is written right after a noun of ``personNouns`` ("opposition leader Aung
    /// San Suu Kyi" was tagged as a place): a person.
    public static func followsPersonNoun(tokens: [String], span: Range<Int>) -> Bool {
        guard span.count >= 2, span.lowerBound > 0, personNouns.contains(tokens[span.lowerBound - 1]) else { return false }
        return isPersonShaped(tokens[span]) && !tokens[span].contains(where: { notInPersonNames.contains($0.lowercased()) })
    }

    /// Whether a name of two or more capitalised words, which the tagger read as an
    /// organization or a place, follows an organization's possessive "'s" (`organizationEnds`:
    /// the token indices where the tagger's organization spans end) and opens with a first name
    /// (`isFirstName`, the tagger's name list): "UNHCR's Alpha Seydi Ba", "Apple's Tim Cook".
    /// A body's people are named so; its products and branches do not open with a first name
    /// ("Google's Android Auto"), and a place's possessive names its places and papers as
    /// often ("Burma's Karen State", "France's Le Monde").
    public static func followsPossessive(tokens: [String], span: Range<Int>, organizationEnds: Set<Int>, isFirstName: (String) -> Bool) -> Bool {
        guard span.count >= 2, span.lowerBound >= 2, ["'s", "\u{2019}s"].contains(tokens[span.lowerBound - 1]),
              organizationEnds.contains(span.lowerBound - 1),
              isPersonShaped(tokens[span]), !tokens[span].contains(where: { notInPersonNames.contains($0.lowercased()) }) else { return false }
        return isFirstName(tokens[span.lowerBound])
    }

    /// Whether a name of two or more capitalised words, which the tagger read as a place, is
    /// followed by a relative "who" ("exclude Aung San Suu Kyi, who has been under house
    /// arrest"): a person. Places take "where" or "which". Not after "of" ("the governor of North
    /// Rhine-Westphalia, who": the clause is the governor's), and not for organizations, which
    /// news writes with "who" too ("Senate Democrats, who").
    public static func takesWho(tokens: [String], span: Range<Int>) -> Bool {
        guard span.count >= 2, isPersonShaped(tokens[span]) else { return false }
        if span.lowerBound > 0, tokens[span.lowerBound - 1].lowercased() == "of" { return false }
        var k = span.upperBound
        if k < tokens.count, tokens[k] == "," { k += 1 }
        return k < tokens.count && tokens[k] == "who"
    }

    /// Whether a name of two or more capitalised words is followed by an apposition that gives a
    /// person's role: "Fidelis Nanga, a journalist based in Yaounde", "KK Mittal, a fund
    /// manager", "Palaniappan Chidambaram, India's finance minister". After the comma, up to
    /// five words (an article, lower-case words, a name with its possessive) before a noun of
    /// ``personNouns`` or an office; a comma or a full stop ends the apposition.
    public static func hasPersonAppositive(tokens: [String], span: Range<Int>) -> Bool {
        guard span.count >= 2, isPersonShaped(tokens[span]), span.upperBound < tokens.count, tokens[span.upperBound] == ",",
              // "the Energy Department, the ministry's spokesman said": a body's or a place's noun.
              !tokens[span].contains(where: { notInPersonNames.contains($0.lowercased()) }) else { return false }
        let start = span.upperBound + 1
        guard start < tokens.count else { return false }
        // The apposition opens with an article or a possessive name ("a journalist", "India's
        // finance minister"), or is the role itself ("managing director"); not a clause.
        let opens = ["a", "an", "the"].contains(tokens[start]) || (start + 1 < tokens.count && tokens[start + 1] == "'s")
        var k = start
        while k < tokens.count, k <= span.upperBound + 5, opens || k <= start + 1 {
            let word = tokens[k], lower = word.lowercased()
            if personNouns.contains(lower) || TitleLexicon.officeWords.contains(lower) { return word == lower }
            let possessive = word == "'s" || word == "'"
            guard possessive || word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
            if word.first?.isUppercase == true, !(k + 1 < tokens.count && tokens[k + 1] == "'s") { return false }
            k += 1
        }
        return false
    }

    /// Nouns of bodies, places and territories, and compass points, which no person's name holds.
    static let notInPersonNames: Set<String> = MentionTyper.institutionNouns.union(OtherNames.territoryNouns)
        .union(["board", "advisors", "advisers", "partners", "capital", "securities", "holdings", "west", "east", "north", "south",
                "society", "club", "league", "federation", "trust", "group"])

    /// Capitalised words of letters, hyphens and apostrophes, each with a lower-case letter.
    static func isPersonShaped(_ words: ArraySlice<String>) -> Bool {
        words.allSatisfy { word in
            word.first?.isUppercase == true && word.contains(where: \.isLowercase) && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
        }
    }

    /// An organization or place the gazetteers do not know.
    private func isCorrectable(_ m: Mention) -> Bool {
        (m.type == .organization || m.type == .location) && m.canonical == nil
    }

    /// The mention's words, lower-cased.
    private func words(of m: Mention) -> [String] {
        m.text.split(separator: " ").map { $0.lowercased() }
    }

    /// Whether a name is made of capitalised words only (no "the", no digits), as a person's
    /// name is.
    private func isNameWord(_ text: String) -> Bool {
        text.split(separator: " ").allSatisfy { word in
            word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
        }
    }
}
