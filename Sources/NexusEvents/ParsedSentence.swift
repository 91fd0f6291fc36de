import NexusCore
import NexusEntities
import NexusSyntax

/// One parsed sentence seen by the event passes: its dependency tree with children lists,
/// lowercased words, and the entity mention (of the ``ResolutionContext``) covering each word.
///
/// - Complexity: O(w + m) to build for w words and m mentions of the sentence.
struct ParsedSentence {
    /// Position of the sentence in `document.sentences`.
    let position: Int
    let words: [SyntacticWord]
    let lower: [String]
    let children: [[Int]]
    /// Index into `context.mentions` of the mention covering each word.
    let mentionOfWord: [Int?]
    /// Words before a dateline dash ("NAIROBI, May 3 (Reuters) -") and inside parentheses:
    /// never actors.
    let isCredit: [Bool]
    /// Words of a mention the tagger types as a place.
    let isPlace: [Bool]
    /// Words of a mention typed as a place or a country.
    let isPlaceOrCountry: [Bool]

    init(position: Int, syntax: SentenceSyntax, context: ResolutionContext) {
        self.position = position
        lower = syntax.words.map { word in
            let lower = word.text.lowercased()
            return lower.unicodeScalars.contains("’") ? String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "’" ? "'" : $0 })) : lower
        }
        var mentionOfWord = [Int?](repeating: nil, count: syntax.words.count)
        for m in context.mentionsBySentence[position] {
            let range = context.mentions[m].mention.range
            for (i, w) in syntax.words.enumerated() where w.range.overlaps(range) { mentionOfWord[i] = m }
        }
        self.mentionOfWord = mentionOfWord
        words = SentenceTreeRepair.repaired(syntax.words, names: mentionOfWord.map { m in m.map { ($0, context.mentions[$0].mention.type) } })
        var children = [[Int]](repeating: [], count: words.count)
        for (i, w) in words.enumerated() { if let h = w.head { children[h].append(i) } }
        self.children = children
        isPlace = mentionOfWord.map { m in m.map { context.mentions[$0].mention.type == .location } ?? false }
        isPlaceOrCountry = mentionOfWord.map { m in m.map { [EntityType.location, .country].contains(context.mentions[$0].mention.type) } ?? false }
        isCredit = ParsedSentence.credits(words: words, lower: lower)
    }

    /// Words of a leading dateline (``Dateline``: a place, date and credit up to a
    /// free-standing dash among the first 12 words) and words between parentheses.
    static func credits(words: [SyntacticWord], lower: [String]) -> [Bool] {
        // The parser's own dateline (``Dateline``): a hyphen inside a word the tokenizer split
        // ("al-Qaeda" → "al" "-" "Qaeda") is no dateline dash.
        let dashes = Dateline.freeDashes(words.map { ($0.text, $0.range.start, $0.range.end) })
        var out = Dateline.marks(words.map(\.text), upos: words.map(\.upos), freeDash: dashes)
        var depth = 0
        for i in words.indices {
            if lower[i] == "(" || lower[i] == "[" { depth += 1 }
            if depth > 0 { out[i] = true }
            if (lower[i] == ")" || lower[i] == "]") && depth > 0 { depth -= 1 }
        }
        return out
    }

    /// Relations that open a clause of its own when its head is a finite verb: a coordinated or
    /// reported clause, an adverbial or relative clause, a loosely joined one.
    static let clauseRelations: Set<String> = ["conj", "parataxis", "ccomp", "advcl", "acl", "list"]

    /// The word heading the finite clause of `w`: `w` or the first word above it that is a
    /// finite verb (``isFinite(_:)``) with arguments of its own (``hasArguments(_:subjects:)``)
    /// hung by one of ``clauseRelations`` (subtypes included; a conjunct only when the verb it
    /// joins has an argument besides its subject), else the root. Infinitives and gerunds belong to the clause above them ("pledged $1
    /// million to help Iraq" is one clause).
    func clauseHead(of w: Int) -> Int {
        var x = w
        for _ in words.indices {
            let bare = baseRelation(of: x)
            guard let h = words[x].head else { return x }
            // "shot and killed a gunman", the object hung on the last conjunct: one act.
            let ownClause = bare != "conj" || hasArguments(h, subjects: false)
            if ParsedSentence.clauseRelations.contains(bare) && isFinite(x) && hasArguments(x) && ownClause { return x }
            x = h
        }
        return x
    }

    /// Relations of a verb's own arguments.
    static let argumentRelations: Set<String> = ["nsubj", "obj", "iobj", "obl", "ccomp", "xcomp"]

    /// Whether verb `v` has an argument of its own (a subject only when `subjects`): "shot and
    /// killed a gunman" is one act, the object shared; "froze trade with Colombia and recalled
    /// its ambassador" two.
    func hasArguments(_ v: Int, subjects: Bool = true) -> Bool {
        children[v].contains { c in
            let bare = baseRelation(of: c)
            // Times ("Sunday", "earlier this week") are no arguments.
            guard !["obl:tmod", "obl:unmarked", "obl:npmod"].contains(words[c].relation) else { return false }
            return ParsedSentence.argumentRelations.contains(bare) && (subjects || bare != "nsubj")
        }
    }

    /// The relation of word `w` without its subtype ("obl" for "obl:tmod").
    func baseRelation(of w: Int) -> String {
        let relation = words[w].relation
        return relation.split(separator: ":").first.map(String.init) ?? relation
    }

    /// Children of `w` with `relation` (a bare relation also matches its subtypes).
    func children(of w: Int, _ relation: String) -> [Int] {
        children[w].filter { words[$0].relation == relation || words[$0].relation.hasPrefix(relation + ":") }
    }

    func child(of w: Int, _ relation: String) -> Int? { children(of: w, relation).first }

    /// The agents of the participles hung on noun `w` ("an attack carried out by al-Shabaab",
    /// "a plan proposed by the Arab League"): each `acl` past participle's `obl:agent`, or its
    /// oblique marked "by", in order; then the leaders of a "-led" act ("Taleban-led attacks").
    func participleAgents(of w: Int) -> [Int] {
        // "a deal brokered by Qatar and Egypt": a go-between is no party to the act.
        let byAgents = children(of: w, "acl").filter { words[$0].xpos == "VBN" && !ParsedSentence.mediationForms.contains(lower[$0]) }.flatMap { participle in
            children[participle].filter { words[$0].relation == "obl:agent" || (words[$0].relation.hasPrefix("obl") && caseMarker(of: $0) == "by") }
        }
        return byAgents + leaders(of: w)
    }

    /// Participles of a go-between's part in an act: "brokered", "mediated", "facilitated".
    static let mediationForms: Set<String> = ["brokered", "mediated", "facilitated", "arranged", "sponsored", "co-sponsored"]

    /// The leaders written before a hyphenated "led" on noun `w` ("Taleban-led attacks",
    /// "NATO-led forces"), which the parser hangs on "led" with no preposition.
    func leaders(of w: Int) -> [Int] {
        children[w].filter { ["amod", "acl", "compound"].contains(words[$0].relation) && lower[$0] == "led" }.flatMap { led in
            children[led].filter { $0 < led && caseMarker(of: $0) == nil && (words[$0].relation.hasPrefix("obl") || words[$0].relation.hasPrefix("nsubj")
                || words[$0].relation == "compound") }
        }
    }

    /// The lowercased `case` marker of a nominal ("to" in "to Syria"), joining a two-word
    /// one ("on behalf of" is read as its first word).
    func caseMarker(of w: Int) -> String? {
        children(of: w, "case").first.map { lower[$0] }
    }

    /// Whether `w` is a finite or participial verb form (VERB, or AUX used as main verb).
    func isVerb(_ w: Int) -> Bool { words[w].upos == "VERB" }

    /// Whether verb `v` is finite: a past or present tense form, or one with a tensed or modal
    /// auxiliary ("has imposed", "will send").
    func isFinite(_ v: Int) -> Bool {
        ["VBD", "VBZ", "VBP"].contains(words[v].xpos)
            || children(of: v, "aux").contains { ["VBD", "VBZ", "VBP", "MD"].contains(words[$0].xpos) }
    }

    /// Whether verb `v` is a passive: it has a passive auxiliary, or a passive subject, unless
    /// that "subject" follows the verb while a plain subject precedes it (a parse error: "the EU
    /// blamed Tashkent, saying the clashes were a result of ...", "result" hung on "blamed").
    func isPassive(_ v: Int) -> Bool {
        if !children(of: v, "aux:pass").isEmpty { return true }
        let surface = children(of: v, "nsubj:pass")
        guard !surface.isEmpty else { return false }
        return !(children(of: v, "nsubj").contains { $0 < v } && surface.allSatisfy { $0 > v })
    }

    /// The grammatical number a finite verb agrees with.
    enum GrammaticalNumber { case singular, plural }

    /// The number that finite verb `v` agrees with, by its own form or its first auxiliary:
    /// singular ("comes", "is pressing", "has said"), plural ("come", "are pressing", "were"),
    /// nil when the form does not say ("said", "will press").
    func grammaticalNumber(ofVerb v: Int) -> GrammaticalNumber? {
        if let aux = children(of: v, "aux").first {
            switch lower[aux] {
            case "is", "was", "has", "does": return .singular
            case "are", "were", "have", "do": return .plural
            default: return nil
            }
        }
        switch words[v].xpos {
        case "VBZ": return .singular
        case "VBP": return .plural
        default: return nil
        }
    }

    /// Whether verb `v` is in a simple or progressive present: its own form ("says", "plan") or
    /// its first auxiliary ("are planning", "does"); not a perfect ("have killed ... and
    /// wounded" share the auxiliary).
    func isPresentTense(_ v: Int) -> Bool {
        if let aux = children(of: v, "aux").first { return ["is", "are", "am", "does", "do"].contains(lower[aux]) }
        return ["VBZ", "VBP"].contains(words[v].xpos)
    }

    /// The first finite verb at or above verb `v`, climbing out of gerunds and infinitives
    /// ("trying", "to develop") only.
    func finiteVerb(above v: Int) -> Int? {
        var v = v
        for _ in 0..<6 {
            if isFinite(v) { return v }
            let nonFinite = words[v].xpos == "VBG" || children(of: v, "mark").contains { ["to", "of"].contains(lower[$0]) }
            guard nonFinite, let h = words[v].head, isVerb(h) else { return nil }
            v = h
        }
        return nil
    }

    /// Whether `w` is a noun or proper noun.
    func isNominal(_ w: Int) -> Bool { ["NOUN", "PROPN", "PRON", "NUM", "X"].contains(words[w].upos) }

    /// `w` and its conjuncts (children `conj`, transitively), in sentence order. A conjunct
    /// the parser read as a participle with an object ("Musharraf and visiting ... Koizumi")
    /// stands for that object.
    func withConjuncts(_ w: Int) -> [Int] {
        var out = [w]
        var stack = [w]
        while let x = stack.popLast() {
            for c in children(of: x, "conj") where !out.contains(c) {
                if upos(c) == "VERB", ["VBG", "VBN"].contains(words[c].xpos), let object = child(of: c, "obj") {
                    out.append(object)
                    continue
                }
                // "Musharraf and Jordanian King Abdullah": an adjective is the next conjunct's modifier.
                if upos(c) == "ADJ", upos(w) != "ADJ" { continue }
                out.append(c)
                stack.append(c)
            }
            // "meet with Gordon Brown and British Foreign Secretary David Miliband", parsed with
            // Miliband as a second argument of "meet": a sibling phrase opening with "and" right
            // after this one is a conjunct.
            if let s = strayConjunct(after: x), !out.contains(s) {
                out.append(s)
                stack.append(s)
            }
        }
        return out.sorted()
    }

    /// The nominal sibling of `x` whose words open with "and"/"or" right after the words of
    /// `x` end, when the parser attached a conjunct to the head instead of to `x`.
    ///
    /// "Gordon Brown and British Foreign Secretary David Miliband" parsed with "and British"
    /// as an adjective conjunct of Brown: the sibling right after that adjective.
    func strayConjunct(after x: Int) -> Int? {
        guard let h = words[x].head, isNominal(x) else { return nil }
        let relations: Set<String> = ["obj", "obl", "nmod", "iobj"]
        func sibling(startingAt k: Int) -> Int? {
            children[h].first { s in
                s > x && isNominal(s) && relations.contains(baseRelation(of: s))
                    && span(s).lowerBound == k
            }
        }
        let end = span(x).upperBound
        if end + 1 < words.count, ["and", "or"].contains(lower[end + 1]) { return sibling(startingAt: end + 1) }
        if let adjective = children(of: x, "conj").last(where: { upos($0) == "ADJ" }), span(adjective).upperBound == end,
           children(of: adjective, "cc").contains(where: { ["and", "or"].contains(lower[$0]) }) {
            return sibling(startingAt: end + 1)
        }
        return nil
    }

    /// Whether word `w` is `h` or in the subtree of `h` (its head chain reaches `h`).
    ///
    /// - Complexity: O(depth of `w`), at most the sentence's length.
    func isInPhrase(_ w: Int, of h: Int) -> Bool {
        var x: Int? = w, steps = 0
        while let y = x, steps <= words.count {
            if y == h { return true }
            x = words[y].head
            steps += 1
        }
        return false
    }

    /// The first and last word of the subtree of `w`.
    func span(_ w: Int) -> ClosedRange<Int> {
        var low = w, high = w
        var stack = [w]
        while let x = stack.popLast() {
            low = min(low, x)
            high = max(high, x)
            stack += children[x]
        }
        return low...high
    }

    func upos(_ w: Int) -> String { words[w].upos }

    /// Whether `c`, a dependent of `x`, is a parenthesized word that does not follow `x`
    /// directly: "the Kurdistan Workers' Party (PKK)" names the Party; "(PKK)" hung by the
    /// parser on a noun further back is a parse error, not a name of that noun.
    func isStrayParenthetical(_ c: Int, of x: Int) -> Bool {
        isCredit[c] && c != x + 2 && lower[c] != "(" && lower[c] != ")"
    }

    /// The word written right before word `k`, past one comma ("Afghan police, who ...").
    func wordBefore(_ k: Int) -> Int? {
        var i = k - 1
        if i >= 0, lower[i] == "," { i -= 1 }
        return i >= 0 ? i : nil
    }

    /// The words of the noun phrase core of `w`: `w` and its descendants by compound, flat,
    /// appos, amod, nmod:poss, det and nummod (not prepositional modifiers or clauses).
    func core(_ w: Int) -> [Int] {
        var out = [w]
        var stack = [w]
        let relations: Set<String> = ["compound", "flat", "appos", "amod", "nmod:poss", "nmod:desc", "det", "nummod", "fixed"]
        while let x = stack.popLast() {
            for c in children[x] where !isStrayParenthetical(c, of: x) {
                let r = words[c].relation
                let base = baseRelation(of: c)
                if relations.contains(r) || (relations.contains(base) && base != "nmod") {
                    out.append(c)
                    stack.append(c)
                }
            }
        }
        return out.sorted()
    }
}
