import NexusCore
import NexusEntities

/// Repairs of predicates: the verb a clause is about.
extension SentenceTreeRepair {
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

    /// The tree with a reported clause given back its verb when the parser read the clause's
    /// subject as a second subject of the attribution after it: in "Israeli strikes killed at
    /// least 20 people in Gaza, health officials said", parsed with "strikes" a subject of
    /// "said" and "killed" a reduced relative of "strikes", the strikes killed. The root is a
    /// reporting verb with two subjects, the second after a comma; a verb right after the first
    /// is its `acl`, tagged past tense or a participle with an object, with no subject or "by"
    /// agent of its own. The verb becomes the root's `ccomp` and the first subject its `nsubj`.
    static func withReportedClauseBeforeAttribution(_ words: [SyntacticWord]) -> [SyntacticWord] {
        guard let root = words.indices.first(where: { words[$0].head == nil }),
              ReferenceResolver.reportingForms.contains(words[root].text.lowercased()) else { return words }
        let subjects = words.indices.filter { words[$0].head == root && words[$0].relation == "nsubj" }
        guard subjects.count == 2, let first = subjects.first, let second = subjects.last,
              words[..<second].contains(where: { $0.text == "," }), first + 1 < words.count else { return words }
        let verb = first + 1
        let dependents = words.indices.filter { words[$0].head == verb }
        guard words[verb].head == first, words[verb].relation == "acl", words[verb].upos == "VERB",
              !dependents.contains(where: { words[$0].relation.hasPrefix("nsubj") || words[$0].relation == "obl:agent" }),
              words[verb].xpos == "VBD" || (words[verb].xpos == "VBN" && dependents.contains { words[$0].relation == "obj" })
        else { return words }
        var words = words
        words.hang(verb, on: root, as: "ccomp")
        words.hang(first, on: verb, as: "nsubj")
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
}

extension SentenceTreeRepair {
    /// The tree with a participle clause the parser hung on a verb given back to the noun before
    /// it: in "reached the agreement at a summit hosted by Libyan leader Moammar Gadhafi",
    /// parsed with "hosted" an `acl` of "reached", the summit is what was hosted. An `acl` (not
    /// a relative clause) modifies a nominal, never a verb, in every reading. The participle
    /// hangs on the nearest noun before it that lies under the verb, with no verb, comma or
    /// conjunction between them.
    static func withParticipleOffVerb(_ words: [SyntacticWord]) -> [SyntacticWord] {
        var words = words
        for a in words.indices where words[a].relation == "acl" && words[a].upos == "VERB" {
            guard let verb = words[a].head, verb < a, ["VERB", "AUX"].contains(words[verb].upos),
                  let noun = (verb + 1..<a).last(where: { ["NOUN", "PROPN"].contains(words[$0].upos) }),
                  (noun + 1..<a).allSatisfy({ !["VERB", "AUX", "CCONJ", "PUNCT"].contains(words[$0].upos) }),
                  case let above = ancestors(of: noun, in: words), above.contains(verb), !above.contains(a) else { continue }
            words[a].head = noun
        }
        return words
    }
}
