import NexusCore
import NexusEntities

/// Repairs of clause structure: content, complement and subordinate clauses.
extension SentenceTreeRepair {
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
}
