import NexusCore
import NexusEntities

/// Repairs of objects, recipients and partners: whom an act is done to or with.
extension SentenceTreeRepair {
    /// Verbs of giving that take a recipient right after them ("sold Iran missiles"), lowercased
    /// forms.
    static let givingVerbForms: Set<String> = {
        let lemmas: [(String, [String])] = [("give", ["gave", "given"]), ("offer", []), ("pledge", []), ("promise", []),
                                            ("grant", []), ("send", ["sent"]), ("sell", ["sold"]), ("lend", ["lent"]),
                                            ("loan", []), ("owe", []), ("award", []), ("hand", []), ("supply", []), ("pay", ["paid"])]
        return lemmas.reduce(into: []) { $0.formUnion(EventLexicon.inflections(of: $1.0, irregular: $1.1)) }
    }()

    /// Adverbs of quantity that may open the thing given: "promised Ukraine more air defence systems".
    static let quantityAdverbs: Set<String> = ["more", "further", "fewer", "less"]

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
                  ((last + 1)..<object).allSatisfy({ ["NOUN", "ADJ", "NUM"].contains(words[$0].upos) || quantityAdverbs.contains(words[$0].text.lowercased()) })
            else { continue }
            words.hang(head, on: v, as: "iobj")
        }
        return words
    }

    /// The tree with a name right after a verb made that verb's object when the parser read it
    /// as the subject of the verb coordinated after it: in "He met President Abdel Fattah
    /// el-Sisi and thanked him", parsed as "He met, [el-Sisi and thanked him]", el-Sisi is
    /// met, and "thanked" shares the first verb's subject. A conjunct's subject stands after its
    /// "and" ("He met Sisi and Sisi thanked him"); here the name and all its words stand between
    /// the first verb and the conjunct's coordinating word, with no comma. The first verb has a
    /// subject of its own and no object or clausal complement.
    static func withObjectReadAsNextSubject(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for v in words.indices where words[v].relation == "conj" && words[v].upos == "VERB" {
            guard let h = words[v].head, h < v, words[h].upos == "VERB",
                  let cc = words.indices.first(where: { words[$0].head == v && words[$0].relation == "cc" && $0 < v }),
                  let subject = words.indices.first(where: { words[$0].head == v && words[$0].relation == "nsubj" }),
                  subject > h, subject < cc, isName[subject] else { continue }
            let phrase = words.indices.filter { $0 == subject || ancestors(of: $0, in: words).contains(subject) }
            guard phrase.min() == h + 1, let end = phrase.max(), end < cc, (h + 1..<cc).allSatisfy({ phrase.contains($0) && words[$0].text != "," }),
                  words.indices.contains(where: { words[$0].head == h && words[$0].relation.hasPrefix("nsubj") }),
                  !words.indices.contains(where: { words[$0].head == h && ["obj", "ccomp", "xcomp", "iobj"].contains(words[$0].relation) })
            else { continue }
            words.hang(subject, on: h, as: "obj")
        }
        return words
    }

    /// The tree with a name made the object of the verb before it when the parser read it as
    /// the subject of a phrase of that verb: in "Sir Keir met French President Emmanuel Macron
    /// at the Elysee Palace on Thursday", parsed with Macron the subject of "Thursday". A noun
    /// with no copula heads no clause, so an oblique has no subject; the name stands between the
    /// verb and the oblique, and the verb has no object.
    static func withObjectReadAsSubjectOfOblique(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for n in words.indices where words[n].relation == "nsubj" && isName[n] {
            guard let found = obliqueAfter(n, in: words), ["NOUN", "PROPN"].contains(words[found.oblique].upos),
                  !words.indices.contains(where: { words[$0].head == found.oblique && ["cop", "aux"].contains(words[$0].relation) }),
                  !words.indices.contains(where: { words[$0].head == found.verb && ["obj", "ccomp", "xcomp"].contains(words[$0].relation) })
            else { continue }
            words.hang(n, on: found.verb, as: "obj")
        }
        return words
    }

    /// The tree with a name's prepositional phrase given back to the verb when the parser hung
    /// it on a noun after it: in "Joe Biden spoke by phone with Chinese leader Xi Jinping on
    /// Tuesday", parsed with "with Xi Jinping" a modifier of "Tuesday". An English noun's
    /// prepositional modifier follows it; one before it, opened by its own preposition, belongs
    /// to the verb the noun hangs on, after which it stands (an `obl`).
    static func withPhraseReadAsModifierOfLaterNoun(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        for n in words.indices where words[n].relation == "nmod" && isName[n] {
            guard let verb = obliqueAfter(n, in: words)?.verb,
                  words.indices.contains(where: { words[$0].head == n && words[$0].relation == "case" && $0 < n }) else { continue }
            words.hang(n, on: verb, as: "obl")
        }
        return words
    }

    /// The tree with a party's "from" phrase given to the proposal its verb acts on when the
    /// parser hung it on the verb: in "Netanyahu rejected calls from US President Joe Biden for
    /// a ceasefire", parsed with "from ... Biden" an oblique of "rejected", Biden is who made the
    /// calls, not whence they were rejected. The verb's object is a proposal noun
    /// (``ReferenceResolver/proposalNouns``: calls, offer, request, ...) with no "from" or "by"
    /// phrase of its own; the "from" oblique after it is a name. It becomes the object's `nmod`.
    static func withProposalSourceOffVerb(_ words: [SyntacticWord], isName: [Bool]) -> [SyntacticWord] {
        var words = words
        func marker(_ x: Int) -> String? {
            words.indices.first { words[$0].head == x && words[$0].relation == "case" }.map { words[$0].text.lowercased() }
        }
        for x in words.indices where words[x].relation.hasPrefix("obl") && isName[x] && marker(x) == "from" {
            guard let v = words[x].head, words[v].upos == "VERB",
                  let o = words.indices.last(where: { $0 < x && words[$0].head == v && words[$0].relation == "obj" }),
                  ReferenceResolver.proposalNouns.contains(words[o].text.lowercased()),
                  !words.indices.contains(where: { words[$0].head == o && ["from", "by"].contains(marker($0) ?? "") }) else { continue }
            words.hang(x, on: o, as: "nmod")
        }
        return words
    }

    /// The tree with a person's name read as a modifier of the time after it given back to the
    /// verb as its object: in "Kishida is expected to meet Joe Biden next week", parsed with "Joe
    /// Biden" a compound of "week". The time noun (``EventExtractor/timeNouns``) is an oblique
    /// with no preposition ("in Hong Kong next month" is a place and a time) of a verb with no
    /// object; a person's name as the compound of a time phrase names no time.
    static func withObjectReadAsCompoundOfTime(_ words: [SyntacticWord], isPerson: [Bool]) -> [SyntacticWord] {
        var words = words
        for n in words.indices where words[n].relation == "compound" && isPerson[n] {
            guard let t = words[n].head, t > n, EventExtractor.timeNouns.contains(words[t].text.lowercased()),
                  !words.indices.contains(where: { words[$0].head == t && words[$0].relation == "case" }),
                  words[t].relation.hasPrefix("obl"), let v = words[t].head, v < n, words[v].upos == "VERB",
                  !words.indices.contains(where: { words[$0].head == v && words[$0].relation == "obj" }) else { continue }
            words.hang(n, on: v, as: "obj")
        }
        return words
    }

    /// The tree with a possessor read as a second subject given back to the subject it owns:
    /// in "Japan's Prime Minister Fumio Kishida is expected to meet ...", parsed with "Japan"
    /// and "Fumio" both subjects of "expected". A word marked by "'s" is a possessor, never a
    /// clause's subject; when the verb has another subject after it, it becomes that subject's
    /// `nmod:poss`.
    static func withPossessorReadAsSubject(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for n in words.indices where words[n].relation.hasPrefix("nsubj") {
            guard words.indices.contains(where: { words[$0].head == n && words[$0].relation == "case" && ["'s", "'", "’s"].contains(words[$0].text.lowercased()) }),
                  let v = words[n].head,
                  let owned = words.indices.first(where: { $0 > n && words[$0].head == v && words[$0].relation.hasPrefix("nsubj") }) else { continue }
            words.hang(n, on: owned, as: "nmod:poss")
        }
        return words
    }

    /// The oblique that word `n` hangs on, after it, and that oblique's verb, before `n`: the
    /// misreading the two repairs above mend. Nil for any other attachment.
    static func obliqueAfter(_ n: Int, in words: [SyntacticWord]) -> (oblique: Int, verb: Int)? {
        guard let o = words[n].head, o > n, words[o].relation.hasPrefix("obl"), let v = words[o].head, v < n, words[v].upos == "VERB" else { return nil }
        return (o, v)
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
}

extension SentenceTreeRepair {
    /// The tree with a name made the verb's object when the parser read it as a `compound` of
    /// the noun of a later prepositional phrase: in "Russian prosecutors charged Mikhail
    /// Khodorkovsky with fraud", parsed as "charged [Mikhail Khodorkovsky with fraud]" with the
    /// name modifying "fraud", a compound cannot be cut off from its noun by that noun's own
    /// preposition. The name (a person, country or organization) stands right after the verb
    /// (at most "the" between), its head word is a `compound` of a noun after it, that noun has
    /// a `case` marker between the name and itself and hangs on the verb, and the verb has no
    /// object; the name becomes the verb's `obj`.
    static func withObjectReadAsCompoundAcrossPreposition(_ words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> [SyntacticWord] {
        var words = words
        for v in words.indices where words[v].upos == "VERB" {
            var first = v + 1
            if first < words.count, words[first].text.lowercased() == "the" { first += 1 }
            guard first < words.count, let name = names[first], isParty(name.kind),
                  !words.contains(where: { $0.head == v && $0.relation == "obj" }) else { continue }
            var last = first
            while last + 1 < words.count, names[last + 1]?.mention == name.mention { last += 1 }
            let span = first...last
            guard let head = span.first(where: { k in words[k].head.map { !span.contains($0) } ?? true }),
                  words[head].relation == "compound", let noun = words[head].head, noun > last + 1, words[noun].head == v,
                  ((last + 1)..<noun).contains(where: { words[$0].head == noun && words[$0].relation == "case" }) else { continue }
            words.hang(head, on: v, as: "obj")
        }
        return words
    }
}

extension SentenceTreeRepair {
    /// The tree with the second party of a "between" phrase taken back from the verb the parser
    /// made of the rest of the sentence: in "Talks between Syria and Israel broke down in 2000",
    /// parsed as "Talks between [Syria] and [Israel broke down]", the talks broke down, and
    /// they were between both. "between" takes two parties, and a clause cannot be one: the
    /// conjunct of the "between" noun, or of the noun it modifies, is a verb whose subject comes
    /// right after the "and" (at most "the" between). The subject becomes the noun's conjunct
    /// ("and" its `cc`); the verb takes the place of the noun the phrase modifies (a clause for
    /// an object: `ccomp`), and that noun becomes its subject, with its dependents after the verb
    /// moved to the verb.
    static func withBetweenPartyReadAsClause(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for x in words.indices where words[x].relation.hasPrefix("nmod") {
            guard words.indices.contains(where: { words[$0].head == x && words[$0].relation == "case" && words[$0].text.lowercased() == "between" }),
                  let noun = words[x].head, noun < x, ["NOUN", "PROPN"].contains(words[noun].upos),
                  let verb = words.indices.first(where: { $0 > x && [x, noun].contains(words[$0].head) && words[$0].relation == "conj" && ["VERB", "AUX"].contains(words[$0].upos) }),
                  let and = words.indices.first(where: { words[$0].head == verb && words[$0].relation == "cc" && words[$0].text.lowercased() == "and" }),
                  let y = words.indices.first(where: { words[$0].head == verb && words[$0].relation.hasPrefix("nsubj") }),
                  y > and, y < verb, (and + 1..<y).allSatisfy({ words[$0].text.lowercased() == "the" || words[$0].head == y }),
                  !ancestors(of: noun, in: words).contains(verb) else { continue }
            let place = (head: words[noun].head, relation: words[noun].relation == "obj" ? "ccomp" : words[noun].relation)
            words.hang(y, on: x, as: "conj")
            words.hang(and, on: y, as: "cc")
            words.hang(verb, on: place.head, as: place.relation)
            words.hang(noun, on: verb, as: "nsubj")
            for k in words.indices where k > verb && words[k].head == noun { words[k].head = verb }
        }
        return words
    }
}

extension SentenceTreeRepair {
    /// The tree with a subject the parser gave an infinitive made the object of the verb before
    /// it: in "Mofaz met Palestinian Interior Minister Nasser Yousef to discuss ways ...",
    /// parsed with Yousef the subject of "discuss", Mofaz met Yousef. A "to" infinitive has no
    /// subject of its own unless "for" introduces it ("for the army to withdraw"). The subject
    /// stands between the infinitive and the verb it hangs on, with only its own phrase before
    /// the "to" (not "he was to meet"), and that verb has no object; the subject becomes its
    /// `obj`.
    static func withSubjectOfInfinitiveAsObject(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for s in words.indices where words[s].relation == "nsubj" {
            guard let inf = words[s].head, inf > s, let verb = words[inf].head, verb < s,
                  ["advcl", "xcomp"].contains(words[inf].relation), words[verb].upos == "VERB",
                  let mark = words.indices.first(where: { words[$0].head == inf && words[$0].relation == "mark" }),
                  words[mark].text.lowercased() == "to", mark > s,
                  (s + 1..<mark).allSatisfy({ ancestors(of: $0, in: words).contains(s) }),
                  !words.contains(where: { $0.head == inf && $0.text.lowercased() == "for" }),
                  !words.contains(where: { $0.head == verb && ["obj", "ccomp"].contains($0.relation) }) else { continue }
            words.hang(s, on: verb, as: "obj")
        }
        return words
    }

    /// The tree with an indirect object after the direct one made the direct object's
    /// apposition: in "asked the United Nations' main judicial unit, the International Court of
    /// Justice, to weigh in", parsed with the court an `iobj`, the court is the unit. An English
    /// indirect object stands before the direct one ("gave Iran a deadline"); one after it, set
    /// off by a comma, renames it.
    static func withIndirectObjectAfterObject(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for i in words.indices where words[i].relation == "iobj" {
            guard let verb = words[i].head,
                  let object = words.indices.first(where: { words[$0].head == verb && words[$0].relation == "obj" }), object < i,
                  (object + 1..<i).contains(where: { words[$0].text == "," }),
                  !ancestors(of: object, in: words).contains(i) else { continue }
            words.hang(i, on: object, as: "appos")
        }
        return words
    }
}
