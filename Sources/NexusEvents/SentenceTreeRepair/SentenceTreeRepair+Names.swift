import NexusCore
import NexusEntities

/// Repairs around names and titles: a person's name, its title and the names listed with it.
extension SentenceTreeRepair {
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
    /// the name's `compound`. Then ``withTitledConjunct(_:isPerson:isName:)``.
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
        return withTitledConjunct(words, isPerson: isPerson, isName: isName)
    }

    /// The tree with a person's name made the conjunct of a subject when the parser made the
    /// title right before it the conjunct and hung the name elsewhere: in "Mr Straw and his
    /// Spanish counterpart Miguel Moratinos agreed", parsed with "counterpart" a conjunct of
    /// "Straw" and "Moratinos" a second subject of "agreed" (or a `list` or `appos` of
    /// "Straw"), two parties agree, not three. The title is a one-word title
    /// (``TitleLexicon/isOneWordTitle(_:)``) or "counterpart" outside every name, a conjunct
    /// of a subject; the name starts right after it and its head hangs on that subject or is
    /// the subject's verb's other subject. The name becomes the conjunct, with the title its
    /// `compound` and the title's "and" its own.
    static func withTitledConjunct(_ words: [SyntacticWord], isPerson: [Bool], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for title in words.indices where title + 1 < words.count && words[title].relation == "conj" && words[title].upos == "NOUN" && !isName[title] {
            let lower = words[title].text.lowercased()
            guard TitleLexicon.standard.isOneWordTitle(lower) || ReferenceResolver.counterpartNouns.contains(lower),
                  let subject = words[title].head, words[subject].relation.hasPrefix("nsubj"), isPerson[title + 1] else { continue }
            var end = title + 1
            while end < words.count, isPerson[end] { end += 1 }
            let name = title + 1..<end
            guard let head = name.first(where: { words[$0].head.map { !name.contains($0) } ?? true }),
                  words[head].head == subject || (words[head].head == words[subject].head && words[head].relation.hasPrefix("nsubj")) else { continue }
            words.hang(head, on: subject, as: "conj")
            for k in words.indices where words[k].head == title && words[k].relation == "cc" { words[k].head = head }
            words.hang(title, on: head, as: "compound")
        }
        return words
    }

    /// The tree with a person's name given back to the title or "counterpart" right before it
    /// when the parser cut the name loose: in "Cleverly met his Chinese counterpart Wang Yi in
    /// Beijing", parsed with "Wang" the subject of the full stop, the counterpart is Wang Yi.
    /// The title is a one-word title (``TitleLexicon/isOneWordTitle(_:)``) or "counterpart"
    /// outside every name and not inside the name's phrase; the name starts right after it, and
    /// its head is the root or a punctuation mark. The name becomes the title's `appos`.
    static func withNameAfterTitle(_ words: [SyntacticWord], isPerson: [Bool]) -> [SyntacticWord] {
        var words = words
        for title in words.indices where title + 1 < words.count && ["NOUN", "PROPN"].contains(words[title].upos) && !isPerson[title] && isPerson[title + 1] {
            let lower = words[title].text.lowercased()
            guard TitleLexicon.standard.isOneWordTitle(lower) || ReferenceResolver.counterpartNouns.contains(lower) else { continue }
            var end = title + 1
            while end < words.count, isPerson[end] { end += 1 }
            let name = title + 1..<end
            guard words[title].head.map({ !name.contains($0) }) ?? true,
                  let head = name.first(where: { words[$0].head.map { !name.contains($0) } ?? true }) else { continue }
            let loose = words[head].head.map { words[$0].upos == "PUNCT" } ?? true
            guard loose, words[head].head != title else { continue }
            words.hang(head, on: title, as: "appos")
        }
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
        while !closed, let separator = listSeparator(at: current.words.upperBound, in: words, conjunctions: ["and", "or"]) {
            closed = separator.closes
            var k = separator.next
            if k < words.count, words[k].text.lowercased() == "the" { k += 1 }
            guard let next = name(at: k) else { break }
            list.append(next)
            current = next
        }
        return list.count >= 3 && closed ? list : nil
    }

    /// The separator of a written list at word `end`, right after an item: a comma, a
    /// conjunction of `conjunctions`, or both. `next` is the word after it; `closes` when the
    /// conjunction announces the last item. Nil when no separator stands there.
    static func listSeparator(at end: Int, in words: [SyntacticWord], conjunctions: Set<String>) -> (next: Int, closes: Bool)? {
        var k = end
        var separated = false, closes = false
        if k < words.count, words[k].text == "," { k += 1; separated = true }
        if k < words.count, conjunctions.contains(words[k].text.lowercased()) { k += 1; separated = true; closes = true }
        return separated ? (k, closes) : nil
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
}
