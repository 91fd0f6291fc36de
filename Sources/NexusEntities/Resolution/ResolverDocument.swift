import NexusCore

/// An entity as resolved inside one document, before corpus-wide ids are given.
public struct LocalEntity: Sendable {
    public var type: EntityType
    /// Display name chosen inside the document.
    public var name: String
    /// Indices of its cleaned mentions in the ``ResolutionContext``.
    public var mentions: [Int]
    /// Mentions the resolver added itself (a social-media handle tied to the name).
    public var extraMentions: [Mention] = []
    /// Every name written for it, with the rule that merged it.
    public var names: [String: MergeRule]
    public var roles: Set<String> = []
    /// Keys under which it may merge with entities of other documents.
    public var corpusKeys: Set<String>
    /// A name from the curated alias table or a gazetteer canonical, if any.
    public var authoritativeName: String?
    /// A bare generic institution ("House of Representatives") that must not merge across documents.
    public var scoped: Bool
    /// A person's gender as the text gives it (courtesy titles, else the first name), if any.
    public var gender: PersonGender? = nil
    /// Peers' and royal styles written before its mentions ("lord", "prince"), lower case.
    public var styles: Set<String> = []
}

/// The entities of one document and which entity each mention belongs to.
public struct DocumentResolution: Sendable {
    public let context: ResolutionContext
    public var entities: [LocalEntity]
    /// Entity index of each cleaned mention.
    public var entityOfMention: [Int]
}

/// Resolution inside one document: groups mentions that name the same entity.
///
/// Rules, applied in this order (each records the ``MergeRule`` that merged a name):
/// 1. same type and same key: the gazetteer canonical ("Kenyan" → Kenya), the curated alias
///    table ("Hizballah" → Hezbollah), or the normalized name ("the UN’s" → "UN"). A person's middle
///    initials are part of the key, so namesakes stay apart ("George W. Bush", "George H. W.
///    Bush"); a name written without them joins the one initialled variant of the document, if
///    there is only one ("Joseph Biden" ~ "Joseph R. Biden"). A surname after a gendered
///    courtesy title is its own surface ("Mr Clinton", "Mrs Clinton"), decided once per document;
/// 2. acronyms defined in the text: "Name (ABC)" or "ABC (Name)";
/// 3. handles tied to a name: "Name (@handle)";
/// 4. partial names: a person's surname or name suffix ("Moreno", "De Luca"), a leading part
///    of two words or more, a given name, or an inner name used as the surname ("Faki" in
///    "Moussa Faki Mahamat") joins the one full name that has it (the nearest preceding one if
///    several do, tried in that order); an organization's
///    prefix or head noun ("Global Coalition", "Coalition") joins the one longer name it begins
///    or heads (a chamber's head, "House", only a chamber; an adjective used only as a modifier,
///    "African leaders", no name: ``AttributiveModifier``). A partial name never joins a person of the other gender (courtesy title against
///    first name or title), and no join puts two full names with different first names into one
///    entity ("Bill Clinton", "Hillary Clinton");
/// 5. acronyms by initials ("NATO" ↔ "North Atlantic Treaty Organization") when exactly one
///    organization of the document has those initials.
///
/// - Complexity: O(m·k) for m mentions and k tokens per name, using hash indexes.
public struct DocumentResolver: Sendable {
    let aliasTable: AliasTable
    let titles: TitleLexicon
    let genders: FirstNameGenders

    public init(aliasTable: AliasTable, titles: TitleLexicon, genders: FirstNameGenders = FirstNameGenders([:])) {
        self.aliasTable = aliasTable
        self.titles = titles
        self.genders = genders
    }

    private struct NameKey {
        var key: String
        var display: String
        var rule: MergeRule
        var authoritative: Bool
        var scoped: Bool
    }

    public func resolve(_ context: ResolutionContext) -> DocumentResolution {
        let mentions = context.mentions
        var uf = ResolutionUnionFind(count: mentions.count)
        var rule = [MergeRule](repeating: .exact, count: mentions.count)
        var cache: [String: NameKey] = [:]
        let titleGender = mentions.indices.map { courtesyGender(mentionIndex: $0, context: context) }
        let styleOf = mentions.indices.map { style($0, context: context) }
        let plainKeys = mentions.indices.map { i -> NameKey in
            // Keys depend only on the text and a courtesy title's gender, except generic
            // institutions (qualified by context).
            let m = mentions[i].mention
            let cacheKey = "\(m.type.rawValue)|\(m.canonical ?? "")|\(m.text)|\(titleGender[i]?.rawValue ?? "")"
            if let hit = cache[cacheKey] { return hit }
            let key = nameKey(mentionIndex: i, context: context, titleGender: titleGender[i])
            if !key.scoped && !key.key.hasPrefix("Q:") { cache[cacheKey] = key }
            return key
        }
        let definitions = acronymDefinitions(context: context)
        let keys = keysWithDefinedAcronyms(plainKeys, definitions: definitions, context: context)
        for i in mentions.indices { rule[i] = keys[i].rule }

        // 1. Same type and key.
        var firstWithKey: [String: Int] = [:]
        for i in mentions.indices {
            let k = "\(mentions[i].mention.type.rawValue)|\(keys[i].key)"
            if let j = firstWithKey[k] { uf.union(j, i) } else { firstWithKey[k] = i }
        }
        linkInitialVariants(context: context, keys: keys, firstWithKey: firstWithKey, uf: &uf, rule: &rule)
        // A bare generic institution joins the one qualified institution of that name in the document.
        for i in mentions.indices where keys[i].scoped {
            let prefix = mentions[i].mention.text + " ("
            let qualified = Set(mentions.indices.filter { keys[$0].key.hasPrefix("Q:") && keys[$0].display.hasPrefix(prefix) && mentions[$0].mention.type == mentions[i].mention.type }.map { keys[$0].key })
            if qualified.count == 1, let j = mentions.indices.first(where: { keys[$0].key == qualified.first! }) {
                uf.union(j, i)
                rule[i] = .partialName
            }
        }
        linkPartyNames(context: context, uf: &uf, rule: &rule)
        // 2. Acronym definitions.
        linkAcronymDefinitions(context: context, definitions: definitions, uf: &uf, rule: &rule)
        // 3. Handles.
        var handleOwners: [String: Int] = [:]
        linkHandles(context: context, uf: &uf, rule: &rule, owners: &handleOwners)
        // 4. Partial names.
        linkPartialNames(context: context, keys: keys, titleGender: titleGender, styleOf: styleOf, uf: &uf, rule: &rule)
        // 5. Acronyms by initials.
        linkInitials(context: context, keys: keys, uf: &uf, rule: &rule)
        // 6. Names given as others' ("Mohamed Hamdan Dagalo, known as Hemedti").
        linkKnownAs(context: context, uf: &uf, rule: &rule)

        return buildEntities(context: context, keys: keys, titleGender: titleGender, styleOf: styleOf, uf: &uf, rule: rule, handleOwners: handleOwners)
    }

    // MARK: Gender and initials

    /// The gender of the courtesy title written right before a person mention ("Mrs Clinton",
    /// "Mr. Straw"), if any.
    func courtesyGender(mentionIndex i: Int, context: ResolutionContext) -> PersonGender? {
        let r = context.mentions[i]
        guard r.mention.type == .person, let s = context.sentencePosition(r.mention.sentence) else { return nil }
        let words = context.words[s]
        var k = r.firstWord - 1
        if k > 0, words[k].text == "." { k -= 1 }
        guard k >= 0 else { return nil }
        return PersonGender.ofTitle(words[k].lower)
    }

    /// A person's name key with its middle initials moved after "#" ("george bush#h w" for
    /// "George H. W. Bush"): namesakes stay apart, and ``linkInitialVariants`` joins a name
    /// written without them when that is unambiguous.
    public static func personKey(_ key: String) -> String {
        let tokens = key.split(separator: " ")
        guard tokens.count >= 3 else { return key }
        let middle = tokens[1..<(tokens.count - 1)]
        // "H. W." or "H.W." (normalized "hw"): middle words of one or two letters are initials.
        let initials = middle.filter { $0.count <= 2 }.flatMap { $0.map(String.init) }
        let stripped = ([tokens[0]] + middle.filter { $0.count > 2 } + [tokens[tokens.count - 1]]).joined(separator: " ")
        return initials.isEmpty ? stripped : stripped + "#" + initials.joined(separator: " ")
    }

    /// A person name's key without middle initials, and the initials ("george bush", "h w" for
    /// "George H. W. Bush"); nil for keys that carry none.
    public static func initialVariant(_ key: String) -> (stripped: String, initials: String)? {
        guard let hash = key.firstIndex(of: "#") else { return nil }
        return (String(key[..<hash]), String(key[key.index(after: hash)...]))
    }

    /// The name before the geographic head of a two-word place name ("Gaza" of "Gaza Strip",
    /// "Golan" of "Golan Heights"), if it has one.
    static func placeStem(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count == 2, stemmedHeads.contains(words[1].lowercased()) else { return nil }
        return String(words[0])
    }

    /// Geographic heads after which the name alone names the same place. Not a coast, an island
    /// or a region, which are often other places than the one their name alone is ("Gulf
    /// Coast" and the Gulf, "Phoenix Islands" and Phoenix).
    static let stemmedHeads: Set<String> = ["strip", "valley", "peninsula", "heights", "province", "desert", "plateau"]

    /// Styles of peers and royalty, which are part of how a person is named.
    static let styles: Set<String> = ["lord", "lady", "baroness", "baron", "viscount", "earl", "duke", "duchess",
                                      "prince", "princess", "king", "queen", "pope", "emperor", "sultan", "emir"]

    /// The peer's or royal style written right before a person mention ("Lord", "Prince"), if any.
    func style(_ i: Int, context: ResolutionContext) -> String? {
        let r = context.mentions[i]
        guard r.mention.type == .person, let s = context.sentencePosition(r.mention.sentence) else { return nil }
        let k = r.firstWord - 1
        guard k >= 0 else { return nil }
        let word = context.words[s][k].lower
        return Self.styles.contains(word) ? word : nil
    }

    /// "George Bush" joins "George W. Bush" when that is the document's only initialled variant
    /// of the name; with two ("George W." and "George H. W.") it stays apart.
    private func linkInitialVariants(context: ResolutionContext, keys: [NameKey], firstWithKey: [String: Int],
                                     uf: inout ResolutionUnionFind, rule: inout [MergeRule]) {
        var variants: [String: Set<String>] = [:]
        for i in keys.indices where context.mentions[i].mention.type == .person {
            if let v = Self.initialVariant(keys[i].key) { variants[v.stripped, default: []].insert(v.initials) }
        }
        for i in keys.indices where context.mentions[i].mention.type == .person && !keys[i].key.contains("#") {
            guard let found = variants[keys[i].key], found.count == 1,
                  let j = firstWithKey["person|\(keys[i].key)#\(found.first!)"], uf.find(i) != uf.find(j) else { continue }
            uf.union(j, i)
            if rule[i] == .exact { rule[i] = .normalized }
        }
    }

    /// The gender a person mention's own text gives: its courtesy title, else its first name
    /// (for a name of two words or more).
    private func mentionGender(_ i: Int, tokens: [String], titleGender: [PersonGender?]) -> PersonGender? {
        if let g = titleGender[i] { return g }
        return tokens.count >= 2 ? genders.gender(of: tokens[0]) : nil
    }

    /// Whether two person names (lower-cased tokens, two or more each) name different people:
    /// neither a tail of the other ("De Luca" of "Marta De Luca") nor made of the other's words
    /// ("Moussa Faki" of "Moussa Faki Mahamat"), and either different surnames or first names
    /// that cannot be the same ("Bill", "Hillary").
    static func differentPeople(_ p: [String], _ q: [String]) -> Bool {
        func isTail(_ a: [String], of b: [String]) -> Bool { a.count <= b.count && Array(b.suffix(a.count)) == a }
        func within(_ a: [String], _ b: [String]) -> Bool { Set(a).isSubset(of: Set(b)) }
        if isTail(q, of: p) || isTail(p, of: q) || within(p, q) || within(q, p) { return false }
        // Different surnames ("Howard Flight", "Michael Howard"), or the same surname with
        // first names that cannot be the same ("Bill", "Hillary").
        guard p.last == q.last else { return true }
        return !compatibleFirstNames(p[0], q[0])
    }

    /// Whether two first names can be the same person's: equal, or one is the other's initial.
    static func compatibleFirstNames(_ a: String, _ b: String) -> Bool {
        let x = a.filter { $0 != "." }, y = b.filter { $0 != "." }
        if x == y { return true }
        if x.count == 1 { return y.hasPrefix(x) }
        if y.count == 1 { return x.hasPrefix(y) }
        return false
    }

    // MARK: Keys

    private func nameKey(mentionIndex i: Int, context: ResolutionContext, titleGender: PersonGender?) -> NameKey {
        let m = context.mentions[i].mention
        if let canonical = m.canonical, !canonical.isEmpty {
            // "Nigeria's Senate": a generic body the lists read as one country's belongs to
            // the country the text ties it to.
            if m.type == .organization, let country = foreignCountry(ofInstitution: i, canonical: canonical, context: context) {
                let display = "\(canonical) (\(country))"
                return NameKey(key: "Q:" + NameNormalizer.key(display), display: display, rule: .normalized, authoritative: true, scoped: false)
            }
            if let entry = aliasTable.lookup(canonical, type: m.type) {
                return NameKey(key: "T:" + entry.canonical, display: entry.canonical, rule: m.text == entry.canonical ? .exact : .aliasTable, authoritative: true, scoped: false)
            }
            return NameKey(key: "N:" + NameNormalizer.key(canonical), display: canonical, rule: m.text == canonical ? .exact : .gazetteer, authoritative: true, scoped: false)
        }
        if let entry = aliasTable.lookup(m.text, type: m.type) {
            return NameKey(key: "T:" + entry.canonical, display: entry.canonical, rule: m.text == entry.canonical ? .exact : .aliasTable, authoritative: true, scoped: false)
        }
        // "the Zanu-PF party", "the Alba party", "the Fatah Party": the party's name is the words
        // before the noun, unless they are doctrine words that many parties share ("Liberal Party").
        if m.type == .organization, m.text.hasSuffix(" party") || m.text.hasSuffix(" Party"), m.text.count > 6,
           !m.text.dropLast(6).split(separator: " ").allSatisfy({ EntityRecognizer.doctrineWords.contains(String($0)) }) {
            let bare = String(m.text.dropLast(6))
            if let entry = aliasTable.lookup(bare, type: m.type) {
                return NameKey(key: "T:" + entry.canonical, display: entry.canonical, rule: .aliasTable, authoritative: true, scoped: false)
            }
            return NameKey(key: "N:" + NameNormalizer.key(bare), display: bare, rule: .normalized, authoritative: false, scoped: false)
        }
        var key = NameNormalizer.key(m.text)
        // A place or person in capitals ("GENEVA, March 1 (Reuters) -", "MACRON") is the name in
        // ordinary case; only organizations go by acronyms.
        // The name in ordinary case, when the text writes it so too, is the one shown.
        let inCapitals = [.location, .person].contains(m.type) && key.hasPrefix("A:") && key.count >= 6
        if inCapitals { key = NameNormalizer.plainKey(m.text) }
        if m.type == .person {
            key = Self.personKey(key)
            if let titleGender, !key.contains(" ") { key += "|" + titleGender.rawValue }
        }
        if m.type == .organization, ResolutionInstitutions.isGeneric(key: key) {
            if let country = qualifyingCountry(mentionIndex: i, context: context) {
                let display = "\(m.text) (\(country))"
                return NameKey(key: "Q:" + NameNormalizer.key(display), display: display, rule: .normalized, authoritative: true, scoped: false)
            }
            return NameKey(key: "N:" + key, display: m.text, rule: .exact, authoritative: false, scoped: true)
        }
        // Countries and places are their own canonical names when the gazetteer gave none.
        let ownName = m.type == .country || m.type == .location
        return NameKey(key: "N:" + key, display: m.text, rule: .exact, authoritative: ownName && !inCapitals, scoped: false)
    }

    /// The country other than its home (``ResolutionInstitutions/homeCountry(of:)``) whose body
    /// a generic institution the gazetteer names is: the country the text writes next to this
    /// mention ("Nigeria's Senate"), or, for the bare name ("the Senate" after "Nigeria's
    /// Senate"), the one country written next to the document's other mentions of it, when the
    /// document never writes the home country's ("U.S. Senate") or another country's. (The one
    /// country an article names is no evidence: a British paper's "Foreign Office" in a story
    /// that names only Iraq is still the British one.)
    ///
    /// - Complexity: O(m) in the document's mentions for a bare name, O(1) otherwise.
    private func foreignCountry(ofInstitution i: Int, canonical: String, context: ResolutionContext) -> String? {
        let key = NameNormalizer.key(canonical)
        guard let home = ResolutionInstitutions.homeCountry(of: key) else { return nil }
        if let country = qualifyingCountry(mentionIndex: i, context: context) { return country == home ? nil : country }
        guard NameNormalizer.key(context.mentions[i].mention.text) == key else { return nil }
        var countries: Set<String> = []
        for j in context.mentions.indices where j != i {
            let other = context.mentions[j].mention
            guard other.type == .organization, let c = other.canonical, NameNormalizer.key(c) == key else { continue }
            if NameNormalizer.key(other.text) != key { return nil }
            if let country = qualifyingCountry(mentionIndex: j, context: context) { countries.insert(country) }
        }
        if countries.isEmpty, ResolutionInstitutions.legislatures.contains(key) { return soleCountry(context: context, home: home, before: i) }
        guard countries.count == 1, let country = countries.first, country != home else { return nil }
        return country
    }

    /// The one country a document names, when it names it before the mention `i` and never
    /// names `home` nor mentions one of its bodies (``ResolutionInstitutions/homeBodies``): the
    /// country of an article about another country's politics ("Peru's Vice President Dina
    /// Boluarte ... Congress Speaker José Williams"). Nil when the document names two countries
    /// or more, or its one country only after the body ("Congress passed the bill ... China's
    /// ByteDance" is the American Congress).
    ///
    /// - Complexity: O(m) in the document's mentions.
    private func soleCountry(context: ResolutionContext, home: String, before i: Int) -> String? {
        let bodies = ResolutionInstitutions.homeBodies[home] ?? []
        var country: String?
        var namedBefore = false
        for (j, r) in context.mentions.enumerated() {
            let name = r.mention.canonical ?? r.mention.text
            if r.mention.type == .organization {
                let listed = aliasTable.lookup(name, type: .organization)?.canonical ?? name
                if bodies.contains(listed.lowercased()) { return nil }
            }
            guard r.mention.type == .country else { continue }
            if name == home || (country != nil && name != country) { return nil }
            country = name
            if j < i { namedBefore = true }
        }
        return namedBefore ? country : nil
    }

    /// The country a generic institution belongs to when the text says so right next to it:
    /// "Nigeria's Senate", "the Nigerian Senate" (a demonym mention), "the Senate of Nigeria".
    private func qualifyingCountry(mentionIndex i: Int, context: ResolutionContext) -> String? {
        let r = context.mentions[i]
        guard let s = context.sentencePosition(r.mention.sentence) else { return nil }
        let words = context.words[s]
        func countryName(_ j: Int?) -> String? {
            guard let j, context.mentions[j].mention.type == .country else { return nil }
            return context.mentions[j].mention.canonical ?? context.mentions[j].mention.text
        }
        let before = r.firstWord - 1
        if before >= 0 {
            if let c = countryName(context.mentionEnding[s][before]) { return c }
            if words[before].isPossessive, before >= 1, let c = countryName(context.mentionEnding[s][before - 1]) { return c }
            // "the country's Congress", "the nation's Senate": the country named last before it.
            if words[before].isPossessive, before >= 1, ["country", "nation"].contains(words[before - 1].lower),
               let j = context.mentions[..<i].lastIndex(where: { $0.mention.type == .country }) {
                return countryName(j)
            }
        }
        var after = r.lastWord + 1
        if after < words.count, ["of", "in"].contains(words[after].lower) {
            after += 1
            if after < words.count, words[after].lower == "the" { after += 1 }
            if let c = countryName(context.mentionStarting[s][after]) { return c }
        }
        return nil
    }

    // MARK: Parties

    /// "the opposition Congress party ... Congress leader Jairam Ramesh": a bare name that the
    /// document also writes with "party" after it is that party, whatever else the bare name
    /// may name (one reading per surface in a document; rule `partial-name`). So is the plural
    /// its members go by: "the Green Party ... the Greens", "the Liberal Party ... the Liberals"
    /// (in the document only: "Greens" alone names parties of many countries).
    private func linkPartyNames(context: ResolutionContext, uf: inout ResolutionUnionFind, rule: inout [MergeRule]) {
        let mentions = context.mentions
        var partyNamed: [String: Int] = [:]
        for j in mentions.indices where mentions[j].mention.type == .organization {
            let words = mentions[j].mention.text.split(separator: " ")
            if words.count >= 2, words.last?.lowercased() == "party" { partyNamed[words.dropLast().joined(separator: " ").lowercased()] = j }
        }
        guard !partyNamed.isEmpty else { return }
        for i in mentions.indices where mentions[i].mention.type == .organization {
            let name = mentions[i].mention.text.lowercased()
            let plural = name.hasSuffix("s") ? partyNamed[String(name.dropLast())] : nil
            if let j = partyNamed[name] ?? plural, uf.union(j, i) { rule[i] = .partialName }
        }
    }

    // MARK: Acronyms

    /// The mention defining each acronym of the document, by "type|acronym": "Name (ABC)",
    /// the first definition of each.
    func acronymDefinitions(context: ResolutionContext) -> [String: Int] {
        var definitions: [String: Int] = [:]
        for (i, m) in context.mentions.enumerated() {
            if let acronym = m.definedAcronym {
                definitions["\(m.mention.type.rawValue)|\(acronym)"] = definitions["\(m.mention.type.rawValue)|\(acronym)"] ?? i
                continue
            }
            guard let s = context.sentencePosition(m.mention.sentence), let acronym = Self.acronymDefined(by: m, in: context.words[s]) else { continue }
            let k = "\(m.mention.type.rawValue)|\(acronym)"
            if definitions[k] == nil { definitions[k] = i }
        }
        return definitions
    }

    /// The acronym that name mention `m` defines right after it ("Name (ABC)"), when its
    /// letters fit the name (``plausibleAcronym(_:for:)``); `words` are the mention's sentence.
    static func acronymDefined(by m: ResolutionMention, in words: [ResolutionWord]) -> String? {
        let open = m.lastWord + 1
        guard open + 2 < words.count, words[open].text == "(", words[open + 2].text == ")" else { return nil }
        let inner = words[open + 1].text
        guard NameNormalizer.isAcronym(inner), !NameNormalizer.isAcronym(m.mention.text), plausibleAcronym(inner, for: m.mention.text) else { return nil }
        return inner
    }

    /// The keys with each acronym the document defines keyed as its definition when the
    /// alias table reads the acronym as a name it does not spell: a document's own "Rapid
    /// Support Forces (RSF)" outranks the table's RSF (Reporters Without Borders).
    private func keysWithDefinedAcronyms(_ keys: [NameKey], definitions: [String: Int], context: ResolutionContext) -> [NameKey] {
        guard !definitions.isEmpty else { return keys }
        return keys.enumerated().map { i, key in
            let m = context.mentions[i].mention
            // Only when the table's name does not spell the acronym ("Reporters Without Borders"
            // for RSF, from the French): "Organization of Petroleum Exporting Countries (OPEC)"
            // is the table's OPEC, spelled otherwise.
            guard NameNormalizer.isAcronym(m.text), let j = definitions["\(m.type.rawValue)|\(m.text)"], j != i, keys[j].key != key.key,
                  key.key.hasPrefix("T:"), !Self.plausibleAcronym(m.text, for: key.display) else { return key }
            return NameKey(key: keys[j].key, display: keys[j].display, rule: .acronymDefinition, authoritative: keys[j].authoritative, scoped: keys[j].scoped)
        }
    }

    private func linkAcronymDefinitions(context: ResolutionContext, definitions: [String: Int], uf: inout ResolutionUnionFind, rule: inout [MergeRule]) {
        let mentions = context.mentions
        // "ABC (Name)": the acronym written first.
        for (i, m) in mentions.enumerated() where m.definedAcronym == nil && NameNormalizer.isAcronym(m.mention.text) {
            guard let s = context.sentencePosition(m.mention.sentence) else { continue }
            let words = context.words[s]
            let open = m.lastWord + 1
            guard open + 2 < words.count, words[open].text == "(", words[open + 2].text == ")" else { continue }
            if let j = context.mentionStarting[s][open + 1], j != i, mentions[j].mention.type == m.mention.type,
               !NameNormalizer.isAcronym(mentions[j].mention.text), Self.plausibleAcronym(m.mention.text, for: mentions[j].mention.text) {
                uf.union(i, j)
                if rule[i] == .exact { rule[i] = .acronymDefinition }
            }
        }
        for (i, m) in mentions.enumerated() where NameNormalizer.isAcronym(m.mention.text) {
            guard let j = definitions["\(m.mention.type.rawValue)|\(m.mention.text)"], j != i else { continue }
            if uf.find(i) != uf.find(j) {
                uf.union(i, j)
                if rule[i] == .exact || rule[i] == .normalized { rule[i] = .acronymDefinition }
            }
        }
    }

    /// An acronym fits a name when its first letter is the initial of the name's first
    /// content word and its letters appear, in order, among the name's initials or letters;
    /// the name may open with an adjective of origin or an acronym the short form leaves out
    /// ("the Ugandan Lord's Resistance Army (LRA)", "US Central Command (CENTCOM)"). An acronym
    /// of three letters or more also fits a name whose initials are its letters in another
    /// order, the name translated from the language the acronym was made in ("Democratic Party
    /// of Equatorial Guinea (PDGE)", from Partido Democrático de Guinea Ecuatorial).
    static func plausibleAcronym(_ acronym: String, for name: String) -> Bool {
        if let rest = NameNormalizer.withoutOpeningAdjectiveOfOrigin(name), Self.plausibleAcronymOfWords(acronym, for: rest) { return true }
        let words = NameNormalizer.tokens(name)
        if words.count >= 3, NameNormalizer.isAcronym(words[0]), Self.plausibleAcronymOfWords(acronym, for: words.dropFirst().joined(separator: " ")) {
            return true
        }
        if Self.plausibleAcronymOfWords(acronym, for: name) { return true }
        let letters = acronym.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init)
        return letters.count >= 3 && letters.sorted() == NameNormalizer.initials(name).sorted()
    }

    static func plausibleAcronymOfWords(_ acronym: String, for name: String) -> Bool {
        let letters = Array(acronym.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        let initials = Array(NameNormalizer.initials(name).unicodeScalars)
        guard let first = letters.first, let firstInitial = initials.first, first == firstInitial else { return false }
        let pool = Array(NameNormalizer.tokens(name).joined().uppercased().unicodeScalars)
        var k = 0
        for c in pool where k < letters.count && c == letters[k] { k += 1 }
        return k == letters.count
    }

    private func linkInitials(context: ResolutionContext, keys: [NameKey], uf: inout ResolutionUnionFind, rule: inout [MergeRule]) {
        let mentions = context.mentions
        var byInitials: [String: Set<Int>] = [:]
        for (i, m) in mentions.enumerated() where m.mention.type == .organization && !NameNormalizer.isAcronym(m.mention.text) {
            let tokens = NameNormalizer.tokens(m.mention.text)
            guard tokens.count >= 2 else { continue }
            for variant in Set([NameNormalizer.initials(m.mention.text), NameNormalizer.initials(m.mention.text, keepFunctionWords: true)]) {
                byInitials[variant, default: []].insert(uf.find(i))
            }
        }
        for (i, m) in mentions.enumerated() where m.mention.type == .organization && NameNormalizer.isAcronym(m.mention.text) && !keys[i].authoritative {
            let root = uf.find(i)
            let groupHasLongName = mentions.indices.contains { uf.find($0) == root && !NameNormalizer.isAcronym(mentions[$0].mention.text) }
            if groupHasLongName { continue }
            let letters = String(m.mention.text.unicodeScalars.filter { $0.properties.isAlphabetic })
            let candidates = Set((byInitials[letters] ?? []).map { uf.find($0) }).subtracting([root])
            if candidates.count == 1, let target = candidates.first {
                uf.union(i, target)
                for j in mentions.indices where uf.find(j) == uf.find(i) && NameNormalizer.isAcronym(mentions[j].mention.text) && rule[j] == .exact {
                    rule[j] = .acronymInitials
                }
            }
        }
    }

    // MARK: Names given as others'

    /// Words between a name and the other name it goes by: "X, known as Y", "X, also known as
    /// Y", "X, better known as Y", "Mumbai (formerly known as Bombay)".
    static let knownAsQualifiers: Set<String> = ["also", "better", "widely", "popularly", "commonly", "locally", "often", "now", "formerly"]

    /// Joins a name to the name the text says it is known by ("Mohamed Hamdan Dagalo, known as
    /// Hemedti"; rule `partial-name`), both of the same type.
    private func linkKnownAs(context: ResolutionContext, uf: inout ResolutionUnionFind, rule: inout [MergeRule]) {
        let mentions = context.mentions
        for (i, m) in mentions.enumerated() {
            guard let s = context.sentencePosition(m.mention.sentence) else { continue }
            let words = context.words[s]
            var k = m.lastWord + 1
            guard k < words.count, [",", "("].contains(words[k].text) else { continue }
            k += 1
            while k < words.count, Self.knownAsQualifiers.contains(words[k].lower) { k += 1 }
            guard k + 2 < words.count, words[k].lower == "known", words[k + 1].lower == "as",
                  let j = context.mentionStarting[s][k + 2], mentions[j].mention.type == m.mention.type else { continue }
            if uf.union(i, j), rule[j] == .exact || rule[j] == .normalized { rule[j] = .partialName }
        }
    }

    // MARK: Handles

    private func linkHandles(context: ResolutionContext, uf: inout ResolutionUnionFind, rule: inout [MergeRule], owners: inout [String: Int]) {
        for s in context.words.indices {
            let words = context.words[s]
            for k in words.indices where words[k].text.hasPrefix("@") && words[k].text.count > 1 {
                var owner: Int?
                if k >= 2, words[k - 1].text == "(", let j = context.mentionEnding[s][k - 2] { owner = j }
                if owner == nil, k + 3 < words.count, words[k + 1].text == "(", words[k + 3].text == ")" || context.mentionStarting[s][k + 2] != nil,
                   let j = context.mentionStarting[s][k + 2] { owner = j }
                if let owner, context.mentions[owner].mention.type == .person || context.mentions[owner].mention.type == .organization,
                   context.mentions[owner].mention.text != words[k].text {
                    if owners[words[k].text] == nil { owners[words[k].text] = owner }
                }
            }
        }
        for (i, m) in context.mentions.enumerated() {
            if let owner = owners[m.mention.text], uf.find(owner) != uf.find(i) {
                uf.union(owner, i)
                rule[i] = .handle
            }
        }
    }

    // MARK: Partial names

    private func linkPartialNames(context: ResolutionContext, keys: [NameKey], titleGender: [PersonGender?], styleOf: [String?],
                                  uf: inout ResolutionUnionFind, rule: inout [MergeRule]) {
        let mentions = context.mentions
        let tokensOf = mentions.map { NameNormalizer.tokens($0.mention.text).map { $0.lowercased() } }
        /// Full person names (two words or more) in the group of `root`.
        func fullNames(_ root: Int) -> [[String]] {
            mentions.indices.filter { uf.find($0) == root && mentions[$0].mention.type == .person && tokensOf[$0].count >= 2 }.map { tokensOf[$0] }
        }
        /// Whether joining the groups of `a` and `b` would give one person two first names.
        func conflicting(_ a: Int, _ b: Int) -> Bool {
            let x = fullNames(uf.find(a)), y = fullNames(uf.find(b))
            return x.contains { p in y.contains { q in Self.differentPeople(p, q) } }
        }
        let acronym = mentions.map { NameNormalizer.isAcronym($0.mention.text) }
        let modifiers = AttributiveModifier.attributiveWords(in: context, type: .organization)
        for type in [EntityType.person, .organization] {
            // Index every full name by its proper suffixes (persons) or prefixes and head (organizations).
            var index: [String: Set<Int>] = [:]
            for (i, m) in mentions.enumerated() where m.mention.type == type {
                let tokens = tokensOf[i]
                guard tokens.count >= 2, !acronym[i] else { continue }
                if type == .person {
                    for cut in 1..<tokens.count {
                        index["S:" + tokens[cut...].joined(separator: " "), default: []].insert(i)
                        // "Abdel Fattah al-Burhan" is "Burhan" too: the Arabic article drops with the given names.
                        if let bare = Self.withoutArticle(tokens[cut]) {
                            index["S:" + ([bare] + tokens[(cut + 1)...]).joined(separator: " "), default: []].insert(i)
                        }
                    }
                    for cut in stride(from: tokens.count - 1, through: 2, by: -1) { index["S:" + tokens[..<cut].joined(separator: " "), default: []].insert(i) }
                    index["F:" + tokens[0], default: []].insert(i)
                    for token in tokens.dropFirst().dropLast() where token.count > 2 { index["M:" + token, default: []].insert(i) }
                } else {
                    for cut in 1..<tokens.count { index["P:" + tokens[..<cut].joined(separator: " "), default: []].insert(i) }
                    if let head = headWord(tokens) { index["H:" + head, default: []].insert(i) }
                }
            }
            let order = mentions.indices.filter { mentions[$0].mention.type == type && !keys[$0].authoritative }
                .sorted { (-tokensOf[$0].count, $0) < (-tokensOf[$1].count, $1) }
            for i in order {
                let m = mentions[i]
                if type == .organization && acronym[i] { continue }
                let tokens = tokensOf[i]
                guard !tokens.isEmpty else { continue }
                let joined = tokens.joined(separator: " ")
                var lookups: [String] = type == .person ? ["S:" + joined] : ["P:" + joined]
                // "al-Burhan" is also looked up as "Burhan" ("General Abdel Fattah Burhan").
                if type == .person, let bare = Self.withoutArticle(tokens[0]) { lookups.append("S:" + ([bare] + tokens.dropFirst()).joined(separator: " ")) }
                if tokens.count == 1 { lookups += type == .person ? ["F:" + joined, "M:" + joined] : ["H:" + joined] }
                var candidates: [Int] = []
                // A partial name's own words are a surname, not a first name: only its title speaks.
                let ownGender = type == .person ? titleGender[i] : nil
                // "Prince Charles" is not Charles Kennedy: a royal style joins only a person the
                // document also writes with it, and a peer's joins a full name by its surname only
                // as ``peerJoins(_:fullName:styleOf:context:)`` allows ("Lord Cameron" is David
                // Cameron, "Lord Osborne" in the sentence that names George Osborne is not).
                let ownStyle = styleOf[i]
                for lookup in lookups {
                    let hits = (index[lookup] ?? []).filter { j in
                        guard uf.find(j) != uf.find(i) else { return false }
                        // A chamber's head ("House") shortens only a chamber, not the White House.
                        if lookup.hasPrefix("H:") && !ResolutionInstitutions.headMayShorten(joined, tokensOf[j]) { return false }
                        // An adjective used only before common nouns ("African leaders") is not
                        // the short form of the name it begins ("African Union"), unless the noun
                        // is the name's own next word ("Nationalist party").
                        if type == .organization, lookup.hasPrefix("P:"), tokens.count == 1, AttributiveModifier.isAdjectiveShaped(joined),
                           let after = modifiers[joined], !after.isSubset(of: [tokensOf[j][1]]) { return false }
                        if let ownStyle {
                            let root = uf.find(j)
                            let styledBefore = mentions.indices.contains(where: { uf.find($0) == root && styleOf[$0] == ownStyle })
                            guard styledBefore || (lookup.hasPrefix("S:") && peerJoins(i, fullName: j, styleOf: styleOf, context: context))
                            else { return false }
                        }
                        guard let ownGender, let theirs = mentionGender(j, tokens: tokensOf[j], titleGender: titleGender) else { return true }
                        return theirs == ownGender
                    }
                    if !hits.isEmpty { candidates = hits.sorted(); break }
                }
                let roots = Set(candidates.map { uf.find($0) })
                guard !roots.isEmpty else { continue }
                let target: Int
                if roots.count == 1 {
                    target = candidates[0]
                } else if type == .person, let nearest = candidates.filter({ mentions[$0].mention.range.start < m.mention.range.start }).max(by: { mentions[$0].mention.range.start < mentions[$1].mention.range.start }) {
                    target = nearest
                } else {
                    continue
                }
                if type == .person && conflicting(i, target) { continue }
                let joinedRoot = uf.find(i)
                let joining = mentions.indices.filter { uf.find($0) == joinedRoot }
                uf.union(i, target)
                for j in joining where rule[j] == .exact || rule[j] == .normalized { rule[j] = .partialName }
            }
        }
    }

    /// Styles of peers, which newsrooms write before the surname of someone they also name in
    /// full ("David Cameron ... Lord Cameron"); royal styles go with given names ("Prince
    /// Charles") and never join a name by its surname.
    static let peerStyles: Set<String> = ["lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess"]

    /// Whether peer mention `i` ("Lord Cameron") may join full name `j` ("David Cameron") of
    /// the same surname, which the document does not also write with the style: the style is
    /// a peer's, the peer's mentions of that surname carry no territorial designation ("Lord
    /// Roberts of Conwy" is a peerage of its own, not "Sion Aubrey Roberts") unless the text
    /// says someone took it ("became Lord Callaghan of Cardiff in 1987": the peerage given
    /// to the one the article is about), and no sentence names both ("Chancellor George
    /// Osborne met Lord Osborne": one does not meet oneself).
    /// Verbs before a peer's style that give the peerage to the subject ("became Lord X of Y",
    /// "was made Baroness Y of Z", "created Lord X").
    static let ennoblingVerbs: Set<String> = ["became", "become", "becomes", "becoming", "made", "created"]

    func peerJoins(_ i: Int, fullName j: Int, styleOf: [String?], context: ResolutionContext) -> Bool {
        guard let style = styleOf[i], Self.peerStyles.contains(style) else { return false }
        let mentions = context.mentions
        let surname = NameNormalizer.key(mentions[i].mention.text)
        let peers = mentions.indices.filter { styleOf[$0] != nil && NameNormalizer.key(mentions[$0].mention.text) == surname }
        let fullNameKey = NameNormalizer.key(mentions[j].mention.text)
        let fullSentences = Set(mentions.indices.filter { NameNormalizer.key(mentions[$0].mention.text) == fullNameKey }.map { mentions[$0].mention.sentence })
        for k in peers {
            if fullSentences.contains(mentions[k].mention.sentence) { return false }
            guard let s = context.sentencePosition(mentions[k].mention.sentence) else { return false }
            let words = context.words[s], after = mentions[k].lastWord + 1
            let first = mentions[k].firstWord
            let ennobled = (1...2).contains { first >= $0 && Self.ennoblingVerbs.contains(words[first - $0].lower) }
            if after + 1 < words.count, words[after].lower == "of", words[after + 1].isCapitalized, !ennobled { return false }
        }
        return true
    }

    /// The head noun of an organization name: the word before the first function word
    /// ("coalition" in "coalition against the islamic state"), else the last word.
    func headWord(_ tokens: [String]) -> String? { DocumentResolver.head(tokens) }

    /// The Arabic definite article as romanised names write it before a surname ("al-Burhan",
    /// "el-Sisi", "ash-Sharaa"; lowercased).
    static let articles = ["al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "ar-", "ud-", "ul-"]

    /// A lowercased name word without its Arabic article, or nil when it has none.
    static func withoutArticle(_ token: String) -> String? {
        guard let article = articles.first(where: { token.hasPrefix($0) }), token.count > article.count + 2 else { return nil }
        return String(token.dropFirst(article.count))
    }

    public static func head(_ tokens: [String]) -> String? {
        if let cut = tokens.firstIndex(where: { NameNormalizer.functionWords.contains($0) }), cut > 0 { return tokens[cut - 1] }
        return tokens.last
    }

    // MARK: Entities

    private func buildEntities(context: ResolutionContext, keys: [NameKey], titleGender: [PersonGender?], styleOf: [String?], uf: inout ResolutionUnionFind,
                               rule: [MergeRule], handleOwners: [String: Int]) -> DocumentResolution {
        let mentions = context.mentions
        var entityOfRoot: [Int: Int] = [:]
        var entities: [LocalEntity] = []
        var entityOfMention = [Int](repeating: 0, count: mentions.count)
        for i in mentions.indices {
            let root = uf.find(i)
            if let e = entityOfRoot[root] {
                entities[e].mentions.append(i)
                entityOfMention[i] = e
            } else {
                entityOfRoot[root] = entities.count
                entityOfMention[i] = entities.count
                entities.append(LocalEntity(type: mentions[i].mention.type, name: "", mentions: [i], names: [:], corpusKeys: [], scoped: false))
            }
        }
        for e in entities.indices {
            let members = entities[e].mentions
            let authoritative = members.first { keys[$0].authoritative }.map { keys[$0].display }
            entities[e].authoritativeName = authoritative
            entities[e].name = authoritative ?? displayName(members.map { mentions[$0].mention.text })
            // A place or person named only in capitals (a dateline, a headline) takes the case of its words.
            if authoritative == nil, [.location, .person].contains(entities[e].type), let cased = NameNormalizer.fromCapitals(entities[e].name) {
                entities[e].name = cased
            }
            entities[e].scoped = members.allSatisfy { keys[$0].scoped }
            if entities[e].type == .person {
                entities[e].styles = Set(members.compactMap { styleOf[$0] })
                let titled = Set(members.compactMap { titleGender[$0] })
                let first = NameNormalizer.tokens(entities[e].name)
                entities[e].gender = titled.count == 1 ? titled.first : titled.isEmpty && first.count >= 2 ? genders.gender(of: first[0]) : nil
            }
            for i in members {
                let text = mentions[i].mention.text
                var r = rule[i]
                if text == entities[e].name { r = .exact } else if r == .exact { r = .normalized }
                if let previous = entities[e].names[text], previous == .exact || previous == .normalized || r == .partialName { continue }
                entities[e].names[text] = r
                for role in mentions[i].roles { entities[e].roles.insert(role) }
                let key = keys[i].key
                let strong: Bool
                switch r {
                case .partialName, .acronymInitials, .handle: strong = false
                default: strong = true
                }
                let personSingle = entities[e].type == .person && NameNormalizer.tokens(text).count < 2
                if strong && !personSingle { entities[e].corpusKeys.insert(entities[e].scoped ? key + "@" + context.document.id : key) }
            }
            if entities[e].type == .person || entities[e].type == .organization {
                entities[e].corpusKeys.insert("N:" + NameNormalizer.key(entities[e].name) + (entities[e].scoped ? "@" + context.document.id : ""))
            }
            if entities[e].type == .person && NameNormalizer.tokens(entities[e].name).count < 2 {
                entities[e].corpusKeys.remove("N:" + NameNormalizer.key(entities[e].name))
            }
            // "the Gaza Strip" is also written "Gaza", "Helmand Province" "Helmand": a place
            // named with its geographic head is known by the name alone, in any document.
            if entities[e].type == .location {
                for name in entities[e].names.keys {
                    if let stem = Self.placeStem(name) { entities[e].corpusKeys.insert("N:" + NameNormalizer.key(stem)) }
                }
            }
            if entities[e].type == .person {
                // "George Bush" beside "George H. W. Bush" names him in this document only: across
                // documents a name without initials joins an initialled one only when the corpus
                // writes one set of initials (the corpus resolver decides), never through a key.
                let initialled = entities[e].corpusKeys.compactMap { k in k.firstIndex(of: "#").map { String(k[..<$0]) } }
                entities[e].corpusKeys.subtract(initialled)
            }
        }
        // Handle words become mentions of their owner.
        for (handle, owner) in handleOwners.sorted(by: { $0.key < $1.key }) {
            let e = entityOfMention[owner]
            entities[e].names[handle] = .handle
            for s in context.words.indices {
                for w in context.words[s] where w.text == handle {
                    let covered = context.mentionsBySentence[s].contains { mentions[$0].mention.range.overlaps(w.range) }
                    if !covered {
                        entities[e].extraMentions.append(Mention(text: handle, type: entities[e].type, sentence: context.document.sentences[s].index, range: w.range))
                    }
                }
            }
        }
        return DocumentResolution(context: context, entities: entities, entityOfMention: entityOfMention)
    }

    /// The display name of a group of names: the one with most tokens, then most frequent,
    /// then the longest, then the first written; acronyms only when nothing else exists.
    func displayName(_ names: [String]) -> String {
        var count: [String: Int] = [:]
        var first: [String: Int] = [:]
        for (i, n) in names.enumerated() {
            count[n, default: 0] += 1
            if first[n] == nil { first[n] = i }
        }
        return count.keys.max { a, b in
            let ka = (NameNormalizer.isAcronym(a) ? 0 : 1, NameNormalizer.tokens(a).count, count[a]!, a.count, -first[a]!)
            let kb = (NameNormalizer.isAcronym(b) ? 0 : 1, NameNormalizer.tokens(b).count, count[b]!, b.count, -first[b]!)
            return ka < kb
        } ?? ""
    }
}
