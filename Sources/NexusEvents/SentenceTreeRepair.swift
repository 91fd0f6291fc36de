import NexusCore
import NexusEntities

/// Repairs of dependency trees where the parser misreads names or clauses, applied before the
/// event passes read a sentence (``ParsedSentence``). Each repair is a pattern that a person's
/// name, or the grammar of a clause, makes impossible in the parser's reading; trees without
/// the pattern are left as they are.
///
/// - Complexity: O(w²) per sentence for w words (each repair scans the words per candidate).
enum SentenceTreeRepair {
    /// `words` with every repair applied; `names` gives, per word, the mention it belongs to and
    /// that mention's kind (nil outside names).
    static func repaired(_ words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> [SyntacticWord] {
        let isName = names.map { $0 != nil }
        let isPerson = names.map { $0?.kind == .person }
        let persons = withTitleBeforeName(
            withCoordinatedSubject(withMainVerb(coordinatingPersons(withOpeningDay(withNameOverCourtesyTitle(words)), isPerson: isPerson), isPerson: isPerson), isPerson: isPerson),
            isPerson: isPerson, isName: isName)
        let repaired = withSubjectAfterFrontedPhrase(
            withClauseInsideMarkedNoun(withSubordinateClauses(appositiveNames(withMainVerbAfterNoun(withSubjectOfComplement(persons, isPerson: isPerson)), isName: isName))),
            isPerson: isPerson)
        let coordinated = withBetweenSecondParty(
            withBetweenConjuncts(withCoordinatedSubjects(withObjectOffPunctuation(withPartnerBeforeConjunct(repaired, isName: isName), isName: isName))),
            isName: isName)
        let clauses = withParticipleAfterApposition(withVerbAfterMarkedList(withAppealComplements(withContentClauses(coordinated))), isPerson: isPerson)
        let described = withListOpenedByVocative(withDescribingParticiples(clauses, isName: isName), isName: isName)
        let objects = withIndirectObjectReadAsCompound(withSubjectInAppositionToFrontedPhrase(described), names: names)
        return withNameLists(withObjectComplements(withVerbReadAsModifier(withTitleOfNextSubject(withClauseReadAsSubject(objects), isPerson: isPerson)), isName: isName),
                             names: names)
    }

    /// Verbs of giving that take a recipient right after them ("sold Iran missiles"), lowercased
    /// forms.
    static let givingVerbForms: Set<String> = {
        let lemmas: [(String, [String])] = [("give", ["gave", "given"]), ("offer", []), ("pledge", []), ("promise", []),
                                            ("grant", []), ("send", ["sent"]), ("sell", ["sold"]), ("lend", ["lent"]),
                                            ("loan", []), ("owe", []), ("award", []), ("hand", []), ("supply", []), ("pay", ["paid"])]
        return lemmas.reduce(into: []) { $0.formUnion(EventLexicon.inflections(of: $1.0, irregular: $1.1)) }
    }()

    /// The tree with the recipient of a verb of giving made its own `iobj` when the parser read
    /// it as a modifier of the thing given: in "the EU pledges Iran fuel" and "Russia sold Iran
    /// air defense missiles", parsed as one object "[Iran fuel]", Iran receives. The name of a
    /// country or a person (at most "the" before it) stands right after the verb
    /// (``givingVerbForms``) and is a `compound` inside the verb's object, a common noun with
    /// only nouns, adjectives and numbers between; a company's name is left as it is ("sold
    /// Boeing jets").
    static func withIndirectObjectReadAsCompound(_ words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> [SyntacticWord] {
        var words = words
        for v in words.indices where words[v].upos == "VERB" && givingVerbForms.contains(words[v].text.lowercased()) {
            var first = v + 1
            if first < words.count, words[first].text.lowercased() == "the" { first += 1 }
            guard first < words.count, let name = names[first], name.kind == .country || name.kind == .person,
                  !words.indices.contains(where: { words[$0].head == v && $0 > v && $0 < first + 1 && words[$0].relation == "iobj" }) else { continue }
            var last = first
            while last + 1 < words.count, names[last + 1]?.mention == name.mention { last += 1 }
            let span = first...last
            guard let head = span.first(where: { k in words[k].head.map { !span.contains($0) } ?? true }),
                  words[head].relation == "compound", let modified = words[head].head, modified > last,
                  let object = ([modified] + ancestors(of: modified, in: words)).first(where: { words[$0].head == v && words[$0].relation == "obj" }),
                  words[object].upos == "NOUN",
                  ((last + 1)..<object).allSatisfy({ ["NOUN", "ADJ", "NUM"].contains(words[$0].upos) }) else { continue }
            words.hang(head, on: v, as: "iobj")
        }
        return words
    }

    /// Names of the days of the week, lowercased.
    static let dayNames: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The tree with a day's name that opens the sentence before a comma made the time of the
    /// act: agency copy writes "Sunday, Dubai Ports World said ..." (Voice of America's house
    /// style) where the treebank the parser learned from writes "On Sunday,", and the parser
    /// reads the day as the subject or the root and the real subject as its apposition. The
    /// apposition takes the day's place (its head and relation); when the day was the root,
    /// the apposition's reduced-relative verb ("Wednesday, a suicide bomber killed five
    /// guards") becomes the root with the apposition its subject, if the verb is finite or a
    /// participle with an object. The day becomes the verb's `obl:tmod`, and so does a day the
    /// parser made a vocative or a second subject of a verb with a subject of its own.
    static func withOpeningDay(_ words: [SyntacticWord]) -> [SyntacticWord] {
        let day = 0
        guard words.count > 3, dayNames.contains(words[day].text.lowercased()), words[1].text == "," else { return words }
        var words = words
        guard let subject = words.indices.first(where: { $0 > 1 && words[$0].head == day && words[$0].relation == "appos" }) else {
            if let verb = words[day].head, ["nsubj", "vocative"].contains(words[day].relation),
               words.indices.contains(where: { $0 != day && words[$0].head == verb && words[$0].relation.hasPrefix("nsubj") }) {
                words.hang(day, on: verb, as: "obl:tmod")
            }
            return words
        }
        let verb: Int
        if let head = words[day].head {
            words.hang(subject, on: head, as: words[day].relation)
            verb = head
        } else {
            guard let acl = words.indices.first(where: { $0 > subject && words[$0].head == subject && words[$0].relation == "acl" && words[$0].upos == "VERB" }),
                  ["VBD", "VBZ", "VBP"].contains(words[acl].xpos)
                    || (words[acl].xpos == "VBN" && words.contains { $0.head == acl && $0.relation == "obj" }) else { return words }
            words = promoting(acl, over: subject, in: words)
            for k in words.indices where k != acl && words[k].head == day { words[k].head = acl }
            verb = acl
        }
        words.hang(day, on: verb, as: "obl:tmod")
        words.hang(1, on: verb, as: "punct")
        return words
    }

    /// The tree with a clause the parser made a subject made the adverbial clause it is: in
    /// "When he was in Tokyo, Japanese Foreign Minister Machimura told the British minister",
    /// parsed with "Tokyo" (the head of "he was in Tokyo") a second subject of "told", the
    /// place is where he was, and no one telling. A subject with a subject and a copula of its
    /// own heads a clause, and a noun phrase subject has neither; when its verb has another
    /// subject, it becomes the verb's `advcl`.
    static func withClauseReadAsSubject(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for x in words.indices where words[x].relation == "nsubj" {
            guard let v = words[x].head,
                  words.indices.contains(where: { words[$0].head == x && words[$0].relation == "cop" }),
                  words.indices.contains(where: { words[$0].head == x && words[$0].relation.hasPrefix("nsubj") }),
                  words.indices.contains(where: { $0 != x && words[$0].head == v && words[$0].relation == "nsubj" }) else { continue }
            words[x].relation = "advcl"
        }
        return words
    }

    /// The tree with a name the parser read as a vocative made the first of the list of
    /// subjects it opens: in "Jamaica, the Bahamas and Antigua and Barbuda offered to send
    /// personnel", "Jamaica" is no one addressed (news addresses no one) but the first of three
    /// subjects. A `vocative` name, followed by a comma, whose head verb has a subject after it
    /// that is a name too, becomes that verb's subject; the old subject and its conjuncts
    /// become its conjuncts.
    static func withListOpenedByVocative(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for v in words.indices where words[v].relation == "vocative" && isName[v] {
            guard v + 1 < words.count, words[v + 1].text == ",", let verb = words[v].head,
                  let subject = words.indices.first(where: { $0 > v && words[$0].head == verb && words[$0].relation == "nsubj" }),
                  subject < verb, isName[subject] else { continue }
            let conjuncts = words.indices.filter { words[$0].head == subject && words[$0].relation == "conj" }
            words.hang(v, on: verb, as: "nsubj")
            words.hang(subject, on: v, as: "conj")
            for c in conjuncts { words[c].head = v }
            words[v + 1].head = subject
        }
        return words
    }

    /// The tree with a title the parser coordinated with the noun before it given back to the
    /// person it titles when that person is the subject of the next clause: in "expressed
    /// solidarity with Poland, and NATO Secretary-General Jens Stoltenberg called Tusk", parsed
    /// with "Secretary" a conjunct of "Poland", the title is part of the subject of "called". A
    /// conjunct noun followed (past title words and hyphens, at most four words) by a person's
    /// name whose head is the subject of a later verb becomes that name's `compound`; its "and"
    /// goes to the verb.
    static func withTitleOfNextSubject(_ words: [SyntacticWord], isPerson: [Bool]) -> [SyntacticWord] {
        var words = words
        for t in words.indices where words[t].relation == "conj" && ["NOUN", "PROPN"].contains(words[t].upos) && !isPerson[t] {
            guard let h = words[t].head, h < t,
                  let p = ((t + 1)..<min(words.count, t + 5)).first(where: { isPerson[$0] }),
                  ((t + 1)..<p).allSatisfy({ ["NOUN", "PROPN"].contains(words[$0].upos) || words[$0].text == "-" }) else { continue }
            var name = p
            while words[name].relation == "flat", let up = words[name].head, isPerson[up] { name = up }
            // The subject of another clause: not of the verb the conjunct's own phrase belongs to
            // ("Hill and his Japanese counterpart Akitaka Saiki met" stays coordinated).
            guard words[name].relation == "nsubj", let verb = words[name].head, verb > name, words[verb].upos == "VERB",
                  !ancestors(of: t, in: words).contains(verb) else { continue }
            for c in words.indices where words[c].head == t && words[c].relation == "cc" { words.hang(c, on: verb, as: "cc") }
            words.hang(t, on: name, as: "compound")
        }
        return words
    }

    /// Participles that before a title or name describe the person ("visiting Brazilian
    /// President ...", "outgoing Chancellor ..."), never an act of the sentence's subject.
    static let describingParticiples: Set<String> = ["visiting", "outgoing", "incoming", "departing"]

    /// The tree with a describing participle the parser read as a verb made the adjective it
    /// is: in "Xi held talks with visiting Brazilian President Lula", parsed as "held talks
    /// [with visiting Lula]" (an adverbial clause), and "Putin met visiting Iranian Foreign
    /// Minister Araghchi" (a complement), the named person is the partner and the visitor. A
    /// ``describingParticiples`` word with a preposition as `mark`, or an `xcomp`, whose object is a name
    /// starting within three words after it, gives that name its head: the object of an
    /// `xcomp`, else an `obl` whose `case` is the mark; the participle becomes its `amod`, and
    /// the participle's other dependents (place, time) the head's.
    static func withDescribingParticiples(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for v in words.indices where describingParticiples.contains(words[v].text.lowercased()) && words[v].xpos == "VBG" {
            guard let head = words[v].head, ["advcl", "xcomp"].contains(words[v].relation),
                  let object = words.indices.first(where: { words[$0].head == v && words[$0].relation == "obj" }),
                  isName[object], object > v, object - v <= 4 else { continue }
            // A preposition, not a subordinator: "while visiting South Africa" is a visit.
            let mark = words.indices.first { words[$0].head == v && words[$0].relation == "mark" && $0 < v
                && ["with", "to", "for", "by", "from", "of", "at", "among"].contains(words[$0].text.lowercased()) }
            guard words[v].relation == "xcomp" || mark != nil else { continue }
            words.hang(object, on: head, as: mark == nil ? "obj" : "obl")
            if let mark { words.hang(mark, on: object, as: "case") }
            for k in words.indices where words[k].head == v && k != object { words[k].head = head }
            words.hang(v, on: object, as: "amod")
        }
        return words
    }

    /// The tree with a past-tense verb the parser read as an adjective made the verb of its
    /// clause: in "The European Union on Monday imposed sanctions on six Iranian companies",
    /// parsed as "[the Union on Monday] [imposed sanctions]", a noun ("sanctions") has a subject
    /// but no copula or auxiliary, which no reading allows, and the word right before it is an
    /// `amod` tagged as a past tense or participle (VBD, VBN). The verb takes the noun's head and
    /// relation and its subject; the noun becomes its object, and the noun's prepositional
    /// phrases after it become the verb's (`obl`).
    static func withVerbReadAsModifier(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for noun in words.indices where words[noun].upos == "NOUN" && noun > 0 {
            let verb = noun - 1
            guard words[verb].head == noun, words[verb].relation == "amod", ["VBD", "VBN"].contains(words[verb].xpos),
                  let subject = words.indices.first(where: { words[$0].head == noun && words[$0].relation == "nsubj" && $0 < verb }),
                  !words.contains(where: { $0.head == noun && ["cop", "aux", "aux:pass"].contains($0.relation) }) else { continue }
            words.hang(verb, on: words[noun].head, as: words[noun].relation)
            words.hang(subject, on: verb, as: "nsubj")
            words.hang(noun, on: verb, as: "obj")
            for k in words.indices where k > noun && words[k].head == noun && words[k].relation.hasPrefix("nmod") {
                words.hang(k, on: verb, as: "obl")
            }
            for k in words.indices where k > noun && words[k].head == noun && ["punct", "conj", "cc", "advcl", "ccomp", "parataxis"].contains(words[k].relation) {
                words[k].head = verb
            }
        }
        return words
    }

    /// The tree with a subordinate clause's verb made its head when the parser read the clause's
    /// subject, a list of nouns, as the clause and hung the verb on the main clause as a
    /// subjectless conjunct: in "Larijani's trip comes as the United States, European Union
    /// countries and the U.N. nuclear agency are pressing Iran", parsed as "comes as [the United
    /// States] countries ..., and are pressing Iran", the three are pressing Iran. A noun heads an
    /// adverbial or complement clause with a marker ("as", "while", "because") but no verb, copula
    /// or auxiliary of its own, which no reading allows; the verb comes after it, is a conjunct of
    /// the noun or of the noun's head with no subject and no coordinating word of its own, and
    /// every word between them belongs to the noun's phrase or to the verb. The verb takes the
    /// noun's place and marker; the list (headed by the noun's subject, when the parser gave it
    /// one before the noun) becomes its subject, every conjunct on the list's first word.
    static func withVerbAfterMarkedList(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for n in words.indices where ["NOUN", "PROPN"].contains(words[n].upos) && ["advcl", "ccomp"].contains(words[n].relation) {
            let dependents = words.indices.filter { words[$0].head == n }
            guard let clauseHead = words[n].head, dependents.contains(where: { words[$0].relation == "mark" }),
                  !dependents.contains(where: { ["cop", "aux", "aux:pass"].contains(words[$0].relation) }),
                  let v = words.indices.first(where: { $0 > n && words[$0].upos == "VERB" && words[$0].relation == "conj"
                      && (words[$0].head == n || words[$0].head == clauseHead) }),
                  !words.contains(where: { $0.head == v && ($0.relation == "cc" || $0.relation.hasPrefix("nsubj")) }),
                  ((n + 1)..<v).allSatisfy({ k in words[k].head == v || ancestors(of: k, in: words).contains(n) }) else { continue }
            let subject = dependents.first { $0 < n && words[$0].relation == "nsubj" } ?? n
            let relation = words[n].relation
            for d in dependents {
                if words[d].relation == "mark" { words[d].head = v }
                else if d != subject, words[d].relation == "conj", subject != n { words[d].head = subject }
            }
            if subject != n {
                words.hang(n, on: subject, as: "conj")
            }
            words.hang(subject, on: v, as: "nsubj")
            words.hang(v, on: clauseHead, as: relation)
        }
        return words
    }

    /// The tree with a person's name set off by commas made the apposition of the noun before it
    /// when the parser made it the subject of the participle after it: in "wrote to the chairman
    /// of the African Union, Nigerian President Olusegun Obasanjo, asking him to intercede", the
    /// writer is asking, and Obasanjo is the chairman. A gerund that opens an adverbial clause
    /// after a comma takes no subject before that comma. The name's phrase (its title words
    /// included) starts after a comma, which follows a common noun's phrase; the name becomes the
    /// apposition of that noun, and the participle shares the subject of its clause.
    static func withParticipleAfterApposition(_ words: [SyntacticWord], isPerson: [Bool]) -> [SyntacticWord] {
        var words = words
        for v in words.indices.dropFirst(3) where words[v].xpos == "VBG" && words[v].relation == "advcl" && words[v - 1].text == "," {
            guard let s = words.indices.first(where: { $0 < v - 1 && words[$0].head == v && words[$0].relation == "nsubj" }), isPerson[s],
                  words.indices.allSatisfy({ $0 <= s || $0 >= v - 1 || ancestors(of: $0, in: words).contains(s) }) else { continue }
            var start = s
            while start > 0, words[start - 1].text != ",", ancestors(of: start - 1, in: words).contains(s) { start -= 1 }
            guard start >= 2, words[start - 1].text == ",",
                  let noun = ([start - 2] + ancestors(of: start - 2, in: words)).first(where: { words[$0].upos == "NOUN" }),
                  !ancestors(of: noun, in: words).contains(s), ancestors(of: noun, in: words).contains(words[v].head ?? -1) else { continue }
            words.hang(s, on: noun, as: "appos")
            words.hang(start - 1, on: s, as: "punct")
        }
        return words
    }

    /// The tree with the infinitive after an object and its named apposition made the
    /// object's complement when the parser read it as a new conjunct: in "Iran urged the
    /// agency's chief, Mohamed ElBaradei, to visit Tehran", parsed as "urged the chief, [and]
    /// ElBaradei to visit Tehran", ElBaradei is the chief and is asked to visit. The verb is a
    /// conjunct with no coordinating word, opened by "to" right after a comma; between the
    /// object's phrase and that comma stands a name set off by commas (at most "the" before
    /// it). The name becomes the object's `appos`, the verb the first verb's `xcomp`.
    static func withObjectComplements(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for v in words.indices.dropFirst(2) where words[v].relation == "conj" && words[v].upos == "VERB" {
            let to = v - 1
            guard let h = words[v].head, h < v, words[h].upos == "VERB", words[to].text.lowercased() == "to",
                  words[to].head == v, words[to - 1].text == ",",
                  !words.contains(where: { $0.head == v && $0.relation == "cc" }),
                  let object = words.indices.first(where: { words[$0].head == h && words[$0].relation == "obj" }), object < to - 1,
                  let comma = ((object + 1)..<(to - 1)).first(where: { words[$0].text == "," }),
                  ((object + 1)..<comma).allSatisfy({ ancestors(of: $0, in: words).contains(object) }) else { continue }
            var first = comma + 1
            if first < to - 1, words[first].text.lowercased() == "the" { first += 1 }
            let span = first..<(to - 1)
            guard !span.isEmpty, span.allSatisfy({ isName[$0] }),
                  let name = span.first(where: { k in words[k].head.map { !span.contains($0) } ?? true }),
                  !words.indices.contains(where: { !span.contains($0) && words[$0].head == v && words[$0].relation.hasPrefix("nsubj") })
            else { continue }
            for k in (comma + 1)..<first { words.hang(k, on: name, as: "det") }
            words.hang(name, on: object, as: "appos")
            words.hang(comma, on: name, as: "punct")
            words.hang(to - 1, on: name, as: "punct")
            words.hang(v, on: h, as: "xcomp")
        }
        return words
    }

    /// The tree with a common noun right before a person's name made the name's description
    /// when the parser made both objects of one verb: in "authorities arrested Umurabyo editor
    /// Agnes Uwimana", parsed as "arrested [Umurabyo editor] [Agnes Uwimana]", the editor is
    /// Uwimana, and the newspaper is no one arrested. The noun and the name are adjacent
    /// objects of the same verb, the noun first; it becomes the name's `nmod:desc`.
    ///
    /// Two subjects of one verb are read the same way when the first is a title the parser cut
    /// off the name after it: in "Chief Secretary to the Treasury Paul Boateng attacked the
    /// plans", parsed with both "Secretary" and "Paul" subjects of "attacked", the secretary is
    /// Boateng. The first is a title word (``TitleLexicon/isOneWordTitle(_:)``; not "drugmaker"
    /// in "Swiss drugmaker Roche said") outside every name, and no punctuation, conjunction or verb
    /// stands between the two ("Lebanon's President Emile Lahoud" keeps its country); it becomes
    /// the name's `compound`.
    static func withTitleBeforeName(_ words: [SyntacticWord], isPerson: [Bool], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for v in words.indices where words[v].upos == "VERB" {
            let objects = words.indices.filter { words[$0].head == v && words[$0].relation == "obj" }
            if objects.count == 2, words[objects[0]].upos == "NOUN", !isPerson[objects[0]], isPerson[objects[1]],
               ((objects[0] + 1)..<objects[1]).allSatisfy({ isPerson[$0] }) {
                words[objects[0]].head = objects[1]
                words[objects[0]].relation = "nmod:desc"
            }
            let subjects = words.indices.filter { words[$0].head == v && words[$0].relation == "nsubj" }
            if subjects.count == 2, ["NOUN", "PROPN"].contains(words[subjects[0]].upos), !isName[subjects[0]], isPerson[subjects[1]],
               TitleLexicon.standard.isOneWordTitle(words[subjects[0]].text.lowercased()),
               ((subjects[0] + 1)..<subjects[1]).allSatisfy({ !["PUNCT", "CCONJ", "VERB", "AUX"].contains(words[$0].upos) }) {
                words.hang(subjects[0], on: subjects[1], as: "compound")
            }
        }
        return words
    }

    /// Nouns that take a clause of content ("charges that he ...", "reports that ...").
    static let contentNouns: Set<String> = [
        "charge", "charges", "claim", "claims", "allegation", "allegations", "accusation", "accusations", "report", "reports",
        "suggestion", "suggestions", "assertion", "assertions", "rumor", "rumors", "rumour", "rumours", "fear", "fears",
        "warning", "warnings", "assurance", "assurances", "demand", "demands", "proposal", "proposals",
    ]

    /// The tree with a "that" clause hung on the object noun it completes when the parser hung
    /// it on the verb: in "Chavez rejected U.S. charges that he is destabilizing the region",
    /// parsed as "rejected [charges] [that he is ...]", the clause says what the charges are, not
    /// what was rejected. The object is one of ``contentNouns``, its phrase ends right before
    /// the clause's "that", and the clause is the verb's `ccomp`; it becomes the noun's `acl`.
    static func withContentClauses(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for c in words.indices where words[c].relation == "ccomp" {
            guard let v = words[c].head,
                  let mark = words.indices.first(where: { words[$0].head == c && words[$0].relation == "mark" }),
                  words[mark].text.lowercased() == "that", mark > 0,
                  let n = words.indices.first(where: { words[$0].head == v && words[$0].relation == "obj" }),
                  contentNouns.contains(words[n].text.lowercased()),
                  ([mark - 1] + ancestors(of: mark - 1, in: words)).contains(n),
                  (mark..<c).allSatisfy({ ([$0] + ancestors(of: $0, in: words)).contains(c) }) else { continue }
            words.hang(c, on: n, as: "acl")
        }
        return words
    }

    /// The tree with the partner of "spoke with", "met with" given back to its verb when the parser
    /// read "with" as opening a clause whose subject is the partner: in "Tillerson spoke by phone
    /// with Defense Minister Avigdor Lieberman and stressed the need ...", parsed as "spoke [with
    /// Lieberman stressed ...]", Tillerson spoke with Lieberman and stressed. The clause's verb has
    /// "with" as its marker, an "and" before it and a name as its subject right after "with";
    /// the name becomes the first verb's oblique with "with", the second verb its conjunct.
    static func withPartnerBeforeConjunct(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for v in words.indices where words[v].upos == "VERB" && words[v].relation.hasPrefix("advcl") {
            guard let h = words[v].head, h < v,
                  let with = words.indices.first(where: { words[$0].head == v && words[$0].relation == "mark" && words[$0].text.lowercased() == "with" }),
                  let subject = words.indices.first(where: { words[$0].head == v && words[$0].relation == "nsubj" }), isName[subject],
                  with < subject, subject < v,
                  let cc = words.indices.first(where: { words[$0].head == v && words[$0].relation == "cc" }), cc > subject, cc < v,
                  ((with + 1)..<cc).allSatisfy({ k in ([k] + ancestors(of: k, in: words)).contains(subject) }) else { continue }
            words.hang(with, on: subject, as: "case")
            words.hang(subject, on: h, as: "obl")
            words[v].relation = "conj"
        }
        return words
    }

    /// The tree with a name that the parser hung on a punctuation mark given a place in the clause:
    /// in "The Secretary met Indian Foreign Minister Subrahmanyam Jaishankar." and "discussed the
    /// crisis with Li Keqiang.", parsed with the name (and its preposition) hung on the full stop,
    /// Jaishankar was met and Li took part. A punctuation mark heads nothing. A name with a
    /// preposition becomes an oblique of the verb the mark hangs on when no other verb stands
    /// between them; one without, whose phrase starts right after a verb that has no object,
    /// that verb's object.
    static func withObjectOffPunctuation(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for n in words.indices where isName[n] {
            guard let mark = words[n].head, words[mark].upos == "PUNCT", !isName[mark] else { continue }
            let start = words.indices.first { $0 == n || ancestors(of: $0, in: words).contains(n) } ?? n
            // Its preposition hung on the same mark: "with Li Keqiang." with both on the full stop.
            if start > 0, words[start - 1].upos == "ADP", words[start - 1].head == mark {
                words.hang(start - 1, on: n, as: "case")
            }
            if words.contains(where: { $0.head == n && $0.relation == "case" }) {
                // Only in the clause of that verb: no other verb between them.
                guard let verb = words[mark].head, words[verb].upos == "VERB",
                      (0..<start).last(where: { words[$0].upos == "VERB" }) == verb else { continue }
                words.hang(n, on: verb, as: "obl")
                continue
            }
            guard start > 0, words[start - 1].upos == "VERB",
                  !words.contains(where: { $0.head == start - 1 && ["obj", "ccomp", "xcomp"].contains($0.relation) }) else { continue }
            words.hang(n, on: start - 1, as: "obj")
        }
        return words
    }

    /// The tree with the second of two subjects of one verb made the first one's conjunct when
    /// the parser hung both, and the "and" between them, on the verb: in "The Secretary and the
    /// External Affairs Minister discussed the crisis", parsed with two subjects, both discussed
    /// it together. A clause has one subject; the coordinating word lies between the two, and no
    /// verb or punctuation mark hangs on the verb between them.
    static func withCoordinatedSubjects(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for v in words.indices {
            let subjects = words.indices.filter { $0 < v && words[$0].head == v && words[$0].relation == "nsubj" }
            guard subjects.count == 2, let cc = words.indices.first(where: { $0 > subjects[0] && $0 < subjects[1] && words[$0].head == v && words[$0].relation == "cc" }),
                  ["and", "or"].contains(words[cc].text.lowercased()),
                  !((subjects[0] + 1)..<subjects[1]).contains(where: { words[$0].head == v && $0 != cc }) else { continue }
            words[subjects[1]].head = subjects[0]
            words[subjects[1]].relation = "conj"
            words[cc].head = subjects[1]
        }
        return words
    }

    /// The tree with the second party of a "between" phrase made the first one's conjunct when
    /// the parser coordinated it with the noun the phrase modifies: in "mediators are arranging
    /// talks between the government and the rebels", parsed as "[talks between the government]
    /// and [the rebels]", the talks are between both. "between" takes two parties; its noun has
    /// no conjunct of its own, and the noun's conjunct comes after it with "and" and nothing but
    /// its own words and the "between" phrase's in between. It becomes the conjunct of the
    /// "between" noun.
    static func withBetweenConjuncts(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for x in words.indices where words[x].relation.hasPrefix("nmod") || words[x].relation.hasPrefix("obl") {
            guard let n = words[x].head,
                  words.indices.contains(where: { words[$0].head == x && words[$0].relation == "case" && words[$0].text.lowercased() == "between" }),
                  !words.indices.contains(where: { words[$0].head == x && words[$0].relation == "conj" }),
                  let y = words.indices.first(where: { $0 > x && words[$0].head == n && words[$0].relation == "conj" }),
                  let cc = words.indices.first(where: { words[$0].head == y && words[$0].relation == "cc" }),
                  words[cc].text.lowercased() == "and", cc > x,
                  ((x + 1)..<y).allSatisfy({ k in ([k] + ancestors(of: k, in: words)).contains { $0 == x || $0 == y } }) else { continue }
            words[y].head = x
        }
        return words
    }

    /// The tree with the second party of a "between" phrase made the first one's conjunct when
    /// an apposition after the first party threw the parser off: in "talks between Ali
    /// Shamkhani, the secretary of Iran's Supreme National Security Council, and Musaed
    /// al-Aiban, the Saudi national security adviser", parsed with "and Musaed al-Aiban" hung
    /// on the main verb. The "between" noun has no conjunct; every word from it to an "and" is
    /// its own phrase's or punctuation, and a name right after that "and" lies outside the
    /// phrase: the name becomes the conjunct, "and" its `cc`.
    static func withBetweenSecondParty(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for x in words.indices where words[x].relation.hasPrefix("nmod") || words[x].relation.hasPrefix("obl") {
            guard words.indices.contains(where: { words[$0].head == x && words[$0].relation == "case" && words[$0].text.lowercased() == "between" }),
                  !words.indices.contains(where: { words[$0].head == x && words[$0].relation == "conj" }),
                  let and = words.indices.first(where: { $0 > x && words[$0].text.lowercased() == "and" }),
                  and + 1 < words.count, isName[and + 1] else { continue }
            let y = and + 1
            let inPhrase = { (k: Int) in ([k] + ancestors(of: k, in: words)).contains(x) }
            guard !inPhrase(y), !ancestors(of: x, in: words).contains(y), ((x + 1)..<and).allSatisfy({ inPhrase($0) || words[$0].upos == "PUNCT" }) else { continue }
            words.hang(y, on: x, as: "conj")
            words.hang(and, on: y, as: "cc")
            if words[and - 1].text == "," { words.hang(and - 1, on: y, as: "punct") }
        }
        return words
    }

    /// Nouns of asking that take a "for ... to" complement naming who is asked ("a call for
    /// Congress to act").
    static let appealNouns: Set<String> = ["call", "calls", "appeal", "appeals", "demand", "demands", "request", "requests", "plea", "pleas"]

    /// The tree with a "for ... to" phrase hung on the object noun of asking it completes when
    /// the parser hung it on the verb: in "Hezbollah rejected President Bush's call for the
    /// group to disarm", parsed as "rejected [call] [for the group to disarm]", the group is the
    /// one called on, not a beneficiary of the rejection. The object is one of ``appealNouns``,
    /// its phrase ends right before "for", and the oblique's noun has a "to" infinitive of its
    /// own; the oblique becomes the noun's `nmod`.
    static func withAppealComplements(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for n in words.indices where words[n].relation.hasPrefix("obl") {
            guard let v = words[n].head, let marker = words.indices.first(where: { words[$0].head == n && words[$0].relation == "case" }),
                  words[marker].text.lowercased() == "for", marker > 0,
                  let object = words.indices.first(where: { words[$0].head == v && words[$0].relation == "obj" }),
                  appealNouns.contains(words[object].text.lowercased()),
                  ([marker - 1] + ancestors(of: marker - 1, in: words)).contains(object),
                  words.indices.contains(where: { c in words[c].head == n && words[c].relation.hasPrefix("acl") && words[c].upos == "VERB"
                      && words.indices.contains { words[$0].head == c && words[$0].relation == "mark" && words[$0].text.lowercased() == "to" } })
            else { continue }
            words.hang(n, on: object, as: "nmod")
        }
        return words
    }

    /// The tree with the subject made the main verb's again when the parser hung it, as an
    /// apposition, on a fronted phrase: in "In 1997, an IMF mission to Gabon criticized the
    /// government" and "In Baghdad, the new U.S. ambassador, Zalmay Khalilzad, expressed horror",
    /// parsed with the mission an apposition of "1997" and "criticized" without a subject, the
    /// mission criticized. The verb is the root and has no subject; the apposition stands
    /// before it, right after a comma, and hangs on a phrase before it that the verb governs
    /// through obliques and noun modifiers only. It becomes the verb's subject (`nsubj:pass`
    /// under a passive auxiliary).
    static func withSubjectInAppositionToFrontedPhrase(_ words: [SyntacticWord]) -> [SyntacticWord] {
        guard let verb = words.indices.first(where: { words[$0].head == nil }), words[verb].upos == "VERB",
              !words.contains(where: { $0.head == verb && ($0.relation.hasPrefix("nsubj") || $0.relation.hasPrefix("csubj")) }) else { return words }
        func governed(_ t: Int) -> Bool {
            var x = t
            while let h = words[x].head {
                guard words[x].relation.hasPrefix("obl") || words[x].relation.hasPrefix("nmod") else { return false }
                if h == verb { return true }
                x = h
            }
            return false
        }
        guard let subject = words.indices.first(where: { a in
            guard a < verb, words[a].relation == "appos", let t = words[a].head, t < a, governed(t),
                  ["NOUN", "PROPN"].contains(words[a].upos) else { return false }
            let first = (0...a).first { k in k == a || ancestors(of: k, in: words).contains(a) } ?? a
            return first > 0 && words[first - 1].text == ","
        }) else { return words }
        var words = words
        let passive = words.contains { $0.head == verb && $0.relation == "aux:pass" }
        words.hang(subject, on: verb, as: passive ? "nsubj:pass" : "nsubj")
        return words
    }

    /// Courtesy titles, lowercased, with and without their full stop.
    static let courtesyTitles: Set<String> = ["mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "miss"]

    /// The tree with a name made the head of its phrase again when the parser hung it on the
    /// courtesy title before it: in "Mr. Bush and Mr. Uribe last met", parsed with "Mr." the
    /// conjunct and "Uribe" its `flat` dependent (or a `flat` part of "Bush"), Uribe is the
    /// conjunct. The name word right
    /// after the title takes the title's head and relation, and the title's other dependents;
    /// the title becomes the name's `nmod:desc`, as the parser hangs "Mr." elsewhere.
    static func withNameOverCourtesyTitle(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for t in words.indices.dropLast() where courtesyTitles.contains(words[t].text.lowercased()) {
            let name = t + 1
            // The name hangs on the title, or on another word while the title holds the place
            // the name should ("Mr. Vance and Mr. Okafor", with "Mr." the conjunct and "Okafor"
            // a `flat` part of "Vance").
            guard ["flat", "compound", "appos"].contains(words[name].relation), words[name].upos == "PROPN",
                  words[name].head == t || !["nmod:desc", "compound", "flat"].contains(words[t].relation) else { continue }
            let (head, relation) = (words[t].head, words[t].relation)
            for k in words.indices where k != name && words[k].head == t { words[k].head = name }
            words.hang(name, on: head, as: relation)
            words.hang(t, on: name, as: "nmod:desc")
        }
        return words
    }

    /// Words that open a fronted phrase of time or circumstance.
    static let frontedOpeners: Set<String> = ["after", "before", "during", "following", "in", "at", "on", "upon", "with", "despite",
                                              "since", "while", "when", "as", "ahead"]

    /// The tree with the person's name between a fronted phrase's closing comma and the main
    /// verb made that verb's subject when the parser hung the name inside the phrase: in "After
    /// meeting with President Hamid Karzai in Kabul, Mr. Brown announced new aid", parsed with
    /// Brown a conjunct of Karzai, Brown announced. The words between the comma and the verb are
    /// all proper nouns, a person's name among them; the sentence opens with one of
    /// ``frontedOpeners``. Subjects the parser gave the verb inside the phrase hang on the
    /// phrase's head (or, failing one, become the verb's obliques).
    static func withSubjectAfterFrontedPhrase(_ words: [SyntacticWord], isPerson: [Bool]) -> [SyntacticWord] {
        guard let opener = words.first, frontedOpeners.contains(opener.text.lowercased()),
              let verb = words.indices.first(where: { words[$0].head == nil }), words[verb].upos == "VERB",
              let comma = words.indices.last(where: { $0 < verb && words[$0].text == "," }), comma + 1 < verb else { return words }
        let span = (comma + 1)..<verb
        guard span.allSatisfy({ words[$0].upos == "PROPN" }), span.contains(where: { isPerson[$0] }),
              let name = span.first(where: { k in words[k].head.map { !span.contains($0) } ?? true }),
              !(words[name].head == verb && words[name].relation.hasPrefix("nsubj")) else { return words }
        var words = words
        // The phrase's own head ("visit" of "During a visit to Hungary") takes them back.
        let phrase = words[0].head.flatMap { $0 < comma ? $0 : nil }
        for k in words.indices where k < comma && words[k].head == verb && words[k].relation.hasPrefix("nsubj") {
            if let phrase, phrase != k, !ancestors(of: phrase, in: words).contains(k) {
                words.hang(k, on: phrase, as: "nmod")
            } else {
                words[k].relation = "obl"
            }
        }
        words.hang(name, on: verb, as: "nsubj")
        return words
    }

    /// One name of a list: its words and the word that heads it in the tree.
    struct ListedName {
        var words: Range<Int>
        var head: Int
    }

    /// The tree with every name of a written list made a conjunct of the first: in "Clinton will
    /// visit South Africa, Angola, the Democratic Republic of Congo, Nigeria and Cape Verde",
    /// parsed with "Republic" a new oblique and the names after it its conjuncts, Clinton visits
    /// all six. A list is three or more names of one family (parties, or places; see
    /// ``isParty(_:)``), each after a comma (the last after "and" or "or", with or without a
    /// comma), with at most "the" before a name. The commas and
    /// the conjunction hang on the name after them.
    static func withNameLists(_ words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> [SyntacticWord] {
        var words = words
        var i = 0
        while i < words.count {
            guard let list = nameList(from: i, words: words, names: names) else { i += 1; continue }
            let first = list[0].head
            let above = Set(ancestors(of: first, in: words))
            if !list.dropFirst().contains(where: { above.contains($0.head) || $0.words.contains(first) }) {
                var previousEnd = list[0].words.upperBound
                for name in list.dropFirst() {
                    words.hang(name.head, on: first, as: "conj")
                    for k in previousEnd..<name.words.lowerBound {
                        let lower = words[k].text.lowercased()
                        if lower == "," { words.hang(k, on: name.head, as: "punct") }
                        if lower == "and" || lower == "or" { words.hang(k, on: name.head, as: "cc") }
                        if lower == "the" { words.hang(k, on: name.head, as: "det") }
                    }
                    previousEnd = name.words.upperBound
                }
            }
            i = list[list.count - 1].words.upperBound
        }
        return words
    }

    /// The list of names starting at word `start` (``withNameLists(_:names:)``), if any.
    static func nameList(from start: Int, words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> [ListedName]? {
        guard let kind = names[start]?.kind, start == 0 || names[start - 1]?.mention != names[start]?.mention else { return nil }
        func name(at k: Int) -> ListedName? {
            guard k < words.count, let here = names[k], isParty(here.kind) == isParty(kind), here.kind != .other || kind == .other,
                  k == 0 || names[k - 1]?.mention != here.mention else { return nil }
            var end = k + 1
            while end < words.count, names[end]?.mention == here.mention { end += 1 }
            let span = k..<end
            guard let head = span.first(where: { words[$0].head.map { !span.contains($0) } ?? true }) else { return nil }
            return ListedName(words: span, head: head)
        }
        guard var current = name(at: start) else { return nil }
        var list = [current]
        var closed = false
        while !closed {
            var k = current.words.upperBound
            var separated = false
            if k < words.count, words[k].text == "," { k += 1; separated = true }
            if k < words.count, ["and", "or"].contains(words[k].text.lowercased()) { k += 1; separated = true; closed = true }
            if k < words.count, words[k].text.lowercased() == "the" { k += 1 }
            guard separated, let next = name(at: k) else { break }
            list.append(next)
            current = next
        }
        return list.count >= 3 && closed ? list : nil
    }

    /// Whether names of this kind can act as parties: a list may mix people, countries and
    /// organizations ("Israel, the United States and the European Union"), but a place among
    /// them ("In Paris, France and Germany agreed") is no item of theirs.
    static func isParty(_ kind: EntityType) -> Bool { [.person, .country, .organization].contains(kind) }

    /// Words that open a clause of time or reason and are also prepositions.
    static let subordinators: Set<String> = ["after", "before", "since", "until", "till", "as"]

    /// The tree with a clause of time made one when the parser read its opening word as a
    /// preposition, its subject as that preposition's noun, and its verb as a conjunct of the
    /// main verb: in "Peru recalled its ambassador after a Japanese official visited Fujimori",
    /// parsed as "recalled ... after an official, visited Fujimori", the official visited. The
    /// verb is a finite conjunct (or a parataxis: "comes at a crucial time as Washington and
    /// Tokyo discuss ...") with no coordinating word and no subject of its own; the noun
    /// is an oblique of the same head (or a modifier inside that head's phrases), marked by one
    /// of ``subordinators``, and ends right before the verb. The noun becomes the verb's subject, its marker the verb's `mark`, and the verb
    /// an adverbial clause.
    static func withSubordinateClauses(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        // A present plural the tagger read as a base form ("as Washington and Tokyo discuss") is
        // finite in a parataxis when nothing marks it as an infinitive (a conjunct of an
        // infinitive, "to meet and discuss", shares its marker).
        func isFinite(_ v: Int) -> Bool {
            ["VBD", "VBZ", "VBP"].contains(words[v].xpos)
                || (words[v].xpos == "VB" && words[v].relation == "parataxis"
                    && !words.contains { $0.head == v && ["mark", "aux", "aux:pass"].contains($0.relation) })
        }
        for v in words.indices.dropFirst() where ["conj", "parataxis"].contains(words[v].relation) && words[v].upos == "VERB" && isFinite(v) {
            guard let h = words[v].head, h < v,
                  !words.contains(where: { $0.head == v && ($0.relation == "cc" || $0.relation.hasPrefix("nsubj")) }) else { continue }
            var k = v - 1
            while k >= 0, words[k].head == v, ["advmod", "aux"].contains(words[k].relation) { k -= 1 }
            // The marked noun: an oblique of the verb's head, or a modifier deeper in that head's
            // phrases ("threatened to halt talks on supplies to the bloc after Belgian prosecutors
            // charged ...", with "prosecutors" read as a modifier of "bloc").
            func marker(of n: Int) -> Int? {
                words.indices.first { words[$0].head == n && words[$0].relation == "case" && subordinators.contains(words[$0].text.lowercased()) }
            }
            guard k >= 0, let n = ([k] + ancestors(of: k, in: words)).first(where: { words[$0].head == h || (words[$0].relation.hasPrefix("nmod") && marker(of: $0) != nil) }),
                  n <= k, ["obl", "nmod"].contains(words[n].relation), ["NOUN", "PROPN", "PRON"].contains(words[n].upos),
                  ancestors(of: n, in: words).contains(h), let marker = marker(of: n),
                  !words.indices.contains(where: { $0 > n && $0 < v && words[$0].text == "," }) else { continue }
            words.hang(n, on: v, as: "nsubj")
            words.hang(marker, on: v, as: "mark")
            words[v].relation = "advcl"
        }
        return words
    }

    /// Markers of a clause that the parser may read as a preposition: ``subordinators`` and the contrastive ones.
    static let clauseMarkers: Set<String> = subordinators.union(["while", "whereas"])

    /// The tree with a contrastive or temporal clause made one when the parser read its opening
    /// word as a preposition, its subject as that preposition's noun, and its verb as a
    /// modifier inside the noun's phrase: in "The European Union pledged 560 million euros,
    /// while Germany, the largest single donor, committed 1.05 billion euros", parsed as
    /// "pledged ... while [Germany, the largest donor committed ...]", Germany committed. The
    /// marker (``subordinators``, "while", "whereas") is the `case` of an oblique noun; the verb
    /// is the first finite verb after the noun (else, with none, a past form tagged as a
    /// participle with no "by" agent), inside the noun's phrase as a modifier (`acl`) with no
    /// subject of its own. The noun becomes the verb's subject, the
    /// marker its `mark`, and the verb an adverbial clause of the noun's head.
    static func withClauseInsideMarkedNoun(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for marker in words.indices where words[marker].relation == "case"
            && clauseMarkers.contains(words[marker].text.lowercased()) {
            guard let n = words[marker].head, n > marker, words[n].relation.hasPrefix("obl"), ["NOUN", "PROPN"].contains(words[n].upos),
                  let h = words[n].head else { continue }
            // The clause's verb: a finite one, else a past form the tagger took for a participle
            // ("committed 1.05 billion euros") when no finite verb follows and no "by" agent marks it passive.
            let inPhrase = words.indices.filter { $0 > n && words[$0].upos == "VERB" && words[$0].relation == "acl" && ancestors(of: $0, in: words).contains(n) }
            let finite = words.indices.first { $0 > n && ["VBD", "VBZ", "VBP"].contains(words[$0].xpos) }
            let past = inPhrase.first { v in words[v].xpos == "VBN" && !words.contains { $0.head == v && $0.relation.hasPrefix("obl:agent") } }
            guard let v = finite.map({ inPhrase.contains($0) ? $0 : -1 }) ?? past, v >= 0,
                  !words.contains(where: { $0.head == v && $0.relation.hasPrefix("nsubj") }) else { continue }
            words.hang(marker, on: v, as: "mark")
            words.hang(v, on: h, as: "advcl")
            words.hang(n, on: v, as: "nsubj")
        }
        return words
    }

    /// The tree with a person's name that the parser hung beside a subjectless clause made
    /// that clause's subject: in "A spokesman says Deputy Secretary of State John Negroponte
    /// instead met with officials", parsed with the name and "met" both complements of "says",
    /// Negroponte met. The name comes right before the verb (the verb's own adverbs between),
    /// and both hang on the same head.
    static func withSubjectOfComplement(_ words: [SyntacticWord], isPerson: [Bool]) -> [SyntacticWord] {
        var words = words
        for v in words.indices where words[v].upos == "VERB" && ["ccomp", "parataxis", "conj"].contains(words[v].relation) {
            guard let h = words[v].head, !words.contains(where: { $0.head == v && $0.relation.hasPrefix("nsubj") }) else { continue }
            var k = v - 1
            while k >= 0, words[k].head == v, ["advmod", "aux", "neg"].contains(words[k].relation) { k -= 1 }
            guard k >= 0, isPerson[k] else { continue }
            // The name's head word: the person word of the name that hangs outside it.
            var n = k
            while let up = words[n].head, up < v, isPerson[up], up != n { n = up }
            guard words[n].head == h, ["ccomp", "obj", "dep", "parataxis", "appos"].contains(words[n].relation) else { continue }
            words.hang(n, on: v, as: "nsubj")
        }
        return words
    }

    /// Relations the parser gives a name it hangs on a verb with no preposition.
    static let unmarkedRelations: Set<String> = ["obl:unmarked", "obl:npmod", "obl:tmod", "obl", "dep", "appos", "nmod:unmarked", "nmod"]

    /// The tree with a name set off by a comma right after a common noun made that noun's
    /// apposition when the parser hung it on the verb with no preposition: in "Putin visited the
    /// Syrian capital, Damascus", Damascus names the capital, it is no bare oblique of "visited".
    /// So is a name the parser hung on a punctuation mark ("... of Somalia's government, Hassan
    /// Sheikh Mohamud."), which no reading allows.
    static func appositiveNames(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for first in words.indices.dropFirst(2) where isName[first] && !isName[first - 1] && words[first].upos == "PROPN" {
            // The comma right before the name, or before a capitalised title of it ("Sheikh").
            var comma = first - 1
            while comma > 1, first - comma <= 2, words[comma].text != ",", words[comma].upos == "PROPN" { comma -= 1 }
            guard words[comma].text == ",", comma >= 1 else { continue }
            let noun = comma - 1
            // The name's head: its first word, or the word of the name its first word hangs on
            // ("Sheikh Sharif Ahmed", parsed with "Ahmed" the head).
            var n = first
            while let up = words[n].head, up > n, isName[up], (n..<up).allSatisfy({ isName[$0] }) { n = up }
            // Hung on a punctuation mark, the name has no place at all: it is the noun's apposition.
            if words[noun].upos == "NOUN", !isName[noun], let mark = words[n].head, words[mark].upos == "PUNCT",
               !ancestors(of: noun, in: words).contains(n) {
                words.hang(n, on: noun, as: "appos")
                continue
            }
            guard words[noun].upos == "NOUN", !isName[noun], let verb = words[n].head, words[verb].upos == "VERB",
                  unmarkedRelations.contains(words[n].relation) || isStrayObject(n, after: noun, of: verb, in: words), verb != noun,
                  !words.contains(where: { $0.head == n && $0.relation == "case" }),
                  ancestors(of: noun, in: words).contains(verb), !ancestors(of: noun, in: words).contains(n) else { continue }
            words.hang(n, on: noun, as: "appos")
        }
        return words
    }

    /// Whether name `n` is the object of `verb` only because the parser found no other place for
    /// it: the verb's one object, after a comma that closes an oblique of the verb holding `noun`
    /// ("meet with the president of Somalia's government, Sheikh Sharif Ahmed").
    static func isStrayObject(_ n: Int, after noun: Int, of verb: Int, in words: [SyntacticWord]) -> Bool {
        guard words[n].relation == "obj", n > verb,
              !words.indices.contains(where: { $0 != n && words[$0].head == verb && words[$0].relation == "obj" }) else { return false }
        let path = [noun] + ancestors(of: noun, in: words)
        guard let k = path.firstIndex(of: verb), k > 0 else { return false }
        return words[path[k - 1]].relation.hasPrefix("obl")
    }

    /// The words above `w`, nearest first.
    static func ancestors(of w: Int, in words: [SyntacticWord]) -> [Int] {
        var out: [Int] = [], x = words[w].head
        while let h = x, out.count < words.count { out.append(h); x = words[h].head }
        return out
    }

    /// The tree with the past-tense verb right after a noun root made the main verb when the
    /// parser read the sentence as a noun phrase with a reduced relative ("Turkish troops
    /// attacked and killed three fighters", parsed as "troops, attacked ..."): the verb is the
    /// root's `acl`, has no subject and no "by" agent of its own, and is tagged past tense, or
    /// is a participle with an object or a coordinated verb (a headline's "Three soldiers killed
    /// in blast" keeps its reading).
    static func withMainVerbAfterNoun(_ words: [SyntacticWord]) -> [SyntacticWord] {
        guard let root = words.indices.first(where: { words[$0].head == nil }), words[root].upos == "NOUN",
              root + 1 < words.count, words[root + 1].head == root, words[root + 1].relation == "acl",
              words[root + 1].upos == "VERB" else { return words }
        let verb = root + 1
        let dependents = words.indices.filter { words[$0].head == verb }
        guard !dependents.contains(where: { words[$0].relation.hasPrefix("nsubj") || words[$0].relation == "obl:agent" }),
              !dependents.contains(where: { d in words.indices.contains { words[$0].head == d && words[$0].relation == "case" && words[$0].text.lowercased() == "by" } }),
              words[verb].xpos == "VBD" || (words[verb].xpos == "VBN" && dependents.contains { ["obj", "conj"].contains(words[$0].relation) })
        else { return words }
        return promoting(verb, over: root, in: words)
    }

    /// The tree with each person's name that the parser coordinated with the place of an
    /// earlier person's "of" phrase made that person's conjunct instead: in "Presidents Omar
    /// al-Bashir of Sudan and Idriss Deby of Chad reached ...", Deby is Bashir's conjunct, not
    /// Sudan's. Conjuncts are alike (a person with a person); the parser attaches to the nearest noun.
    static func coordinatingPersons(_ words: [SyntacticWord], isPerson: [Bool]) -> [SyntacticWord] {
        var words = words
        for c in words.indices where isPerson[c] && words[c].relation == "conj" {
            guard let place = words[c].head, !isPerson[place], words[place].upos == "PROPN", words[place].relation == "nmod",
                  let person = words[place].head, isPerson[person], person < place,
                  words.contains(where: { $0.head == place && $0.relation == "case" && $0.text.lowercased() == "of" }) else { continue }
            words[c].head = person
        }
        return words
    }

    /// The tree with the verb right after a person's name made the main verb when the parser
    /// read the name as the root and the verb as a reduced relative ("Lee Myung-bak met with the
    /// Chinese leader", parsed as "Lee, met with ..."): a name root with a past-tense `acl`
    /// verb directly after it (or after the name's apposition set off by commas, "Kemi
    /// Badenoch, the Tory leader, accused Labour"), no subject of its own and no other verb
    /// heading the sentence. The name becomes the verb's subject; its dependents after the verb
    /// move to the verb.
    static func withMainVerb(_ words: [SyntacticWord], isPerson: [Bool]) -> [SyntacticWord] {
        guard let root = words.indices.first(where: { words[$0].head == nil }), isPerson[root] else { return words }
        guard let verb = words.indices.first(where: { $0 > root && words[$0].head == root && words[$0].relation == "acl" }),
              words[verb].upos == "VERB", ["VBD", "VBN"].contains(words[verb].xpos),
              !words.contains(where: { $0.head == verb && $0.relation.hasPrefix("nsubj") }) else { return words }
        // "Kemi Badenoch, the Tory leader, accused Labour": an apposition set off by commas may
        // stand between.
        let appositions = Set(words.indices.filter { $0 < verb && words[$0].head == root && words[$0].relation == "appos" })
        let set = appositions.isEmpty ? [] : Set(words.indices.filter { w in ([w] + ancestors(of: w, in: words)).contains(where: appositions.contains) })
        guard ((root + 1)..<verb).allSatisfy({ isPerson[$0] || words[$0].upos == "PROPN" || words[$0].text == "-" || set.contains($0)
                || (!appositions.isEmpty && words[$0].text == ",") }),
              appositions.isEmpty || words[verb - 1].text == "," else { return words }
        return promoting(verb, over: root, in: words)
    }

    /// The tree with a person's name root and the relative clause the parser hung on it made one
    /// clause with two coordinated subjects when that clause's subject is a person's name too:
    /// "Defense Minister Shaul Mofaz and Interior Minister Nasser Youssef met in Gaza", parsed as
    /// "Mofaz, whom Youssef met". A relative clause on a person's name opens with a relative
    /// pronoun; one whose subject is another name, with no pronoun, is this misreading.
    static func withCoordinatedSubject(_ words: [SyntacticWord], isPerson: [Bool]) -> [SyntacticWord] {
        guard let root = words.indices.first(where: { words[$0].head == nil }), isPerson[root],
              let verb = words.indices.first(where: { $0 > root && words[$0].head == root && words[$0].relation == "acl:relcl" }),
              words[verb].upos == "VERB",
              let subject = words.indices.first(where: { words[$0].head == verb && words[$0].relation == "nsubj" }), isPerson[subject],
              words.indices.contains(where: { $0 > root && $0 < subject && words[$0].head != nil && words[$0].relation == "cc" }),
              !words.indices.contains(where: { $0 > root && $0 < verb && ["who", "whom", "whose", "that", "which"].contains(words[$0].text.lowercased()) })
        else { return words }
        var words = promoting(verb, over: root, in: words)
        words.hang(subject, on: root, as: "conj")
        return words
    }

    /// The tree with `verb` made the root and the old root `root` its subject; the root's
    /// dependents after the verb move to the verb.
    static func promoting(_ verb: Int, over root: Int, in words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        words.hang(verb, on: nil, as: "root")
        words.hang(root, on: verb, as: "nsubj")
        for k in words.indices where k > verb && words[k].head == root { words[k].head = verb }
        return words
    }
}

extension Array where Element == SyntacticWord {
    /// Hangs word `k` on `head` (nil: the root) with `relation`.
    mutating func hang(_ k: Int, on head: Int?, as relation: String) {
        self[k].head = head
        self[k].relation = relation
    }
}
