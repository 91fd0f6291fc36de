import NexusCore
import NexusEntities

/// Repairs of subjects: who does the act of a clause.
extension SentenceTreeRepair {
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
}
