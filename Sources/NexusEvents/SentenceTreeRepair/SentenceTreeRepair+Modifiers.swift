import NexusCore
import NexusEntities

/// Repairs of the names that modify a common noun.
extension SentenceTreeRepair {
    /// The tree with coordinated names before a plural noun made that noun's modifiers when the
    /// parser split the phrase: in "Burma accused the U.S. and British embassies", "attacking
    /// U.S. and NATO troops" and "attacks against NATO, U.S. and Afghan forces", parsed with
    /// the first name as the verb's object (or the preposition's noun), the others its
    /// conjuncts and the noun a second object, each name modifies the noun and the noun is the
    /// phrase. On the GMB corpus the parser split 137 such phrases.
    ///
    /// The pattern: a name of a country, organization or place (not a person: "between Mr.
    /// Allawi and German Chancellor Gerhard Schroeder" is two people) whose head word is not
    /// already the noun's modifier, with one or more conjuncts that are names of such kinds,
    /// only commas and "and"/"or" between them, and right after the last one a plural common
    /// noun in lower case outside every name (`NNS`), reached from there through its own `compound` and `amod`
    /// modifiers ("U.S. and Iraqi government forces"). A singular noun is left alone ("see Iran
    /// and Syria increase control", a verb read as a noun).
    ///
    /// The noun then takes the first name's place in the tree (its head, relation,
    /// preposition and determiner), unless the noun is the subject of a verb after it ("say
    /// U.S. and Iraqi troops uncovered ...") and no preposition but a subordinator ("after",
    /// "as") stands before the first name, when it stays that subject; the first name becomes its
    /// `compound` (a proper noun) or `amod` (a demonym), the other names stay its conjuncts.
    static func withNamesBeforeCommonNoun(_ words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> [SyntacticWord] {
        var words = words
        var start = 0
        while start < words.count {
            guard let first = modifierName(at: start, words: words, names: names) else { start += 1; continue }
            defer { start = first.span.upperBound }
            let conjuncts = words.indices.filter { k in
                k > first.head && words[k].head == first.head && words[k].relation == "conj"
                    && modifierName(containing: k, words: words, names: names)?.head == k
            }
            guard let lastConjunct = conjuncts.last,
                  let last = modifierName(containing: lastConjunct, words: words, names: names),
                  isListGlue(from: first.span.upperBound, to: last.span.lowerBound, words: words, names: names),
                  let noun = pluralNoun(after: last.span.upperBound, words: words, names: names),
                  !["amod", "compound", "flat", "nmod:poss"].contains(words[first.head].relation),
                  words[first.head].head != noun else { continue }
            let oldHead = words[first.head].head, oldRelation = words[first.head].relation
            let markers = words.indices.filter { $0 < first.span.lowerBound && words[$0].head == first.head && ["case", "det"].contains(words[$0].relation) }
            // "attacks against NATO, U.S. and Afghan forces increased": a preposition makes the
            // phrase the preposition's, whatever the parser made of the noun; "came after U.S.
            // and Kuwaiti authorities issued ...": a subordinator opens the noun's clause.
            let preposition = markers.first { words[$0].relation == "case" }.map { words[$0].text.lowercased() }
            let isSubjectOfLaterVerb = words[noun].relation.hasPrefix("nsubj") && (words[noun].head.map { $0 > noun } ?? false)
                && preposition.map(subordinators.contains) ?? true
            if isSubjectOfLaterVerb {
                for k in markers where words[k].relation == "case" { words.hang(k, on: words[noun].head, as: "mark") }
                for k in markers where words[k].relation == "det" { words[k].head = noun }
            } else {
                guard oldHead.map({ !([$0] + ancestors(of: $0, in: words)).contains(noun) }) ?? true else { continue }
                words.hang(noun, on: oldHead, as: oldRelation)
                for k in markers { words[k].head = noun }
            }
            words.hang(first.head, on: noun, as: words[first.head].upos == "PROPN" ? "compound" : "amod")
        }
        return words
    }

    /// A name that can modify a common noun: its words and its head word.
    struct ModifierName {
        let span: Range<Int>
        let head: Int
    }

    /// The name of a country, organization or place that starts at word `start`.
    static func modifierName(at start: Int, words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> ModifierName? {
        guard let here = names[start], start == 0 || names[start - 1]?.mention != here.mention else { return nil }
        return modifierName(containing: start, words: words, names: names)
    }

    /// The name of a country, organization or place that word `k` belongs to.
    static func modifierName(containing k: Int, words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> ModifierName? {
        guard let here = names[k], [.country, .organization, .location].contains(here.kind) else { return nil }
        var lower = k, upper = k + 1
        while lower > 0, names[lower - 1]?.mention == here.mention { lower -= 1 }
        while upper < words.count, names[upper]?.mention == here.mention { upper += 1 }
        let span = lower..<upper
        guard let head = span.first(where: { words[$0].head.map { !span.contains($0) } ?? true }) else { return nil }
        return ModifierName(span: span, head: head)
    }

    /// Whether the words from `lower` to `upper` are only commas, "and"/"or" and the words of
    /// names of parties or places (a list of names).
    static func isListGlue(from lower: Int, to upper: Int, words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> Bool {
        guard lower < upper else { return false }
        let joined = (lower..<upper).contains { ["and", "or"].contains(words[$0].text.lowercased()) }
        return joined && (lower..<upper).allSatisfy { k in
            [",", "and", "or"].contains(words[k].text.lowercased()) || modifierName(containing: k, words: words, names: names) != nil
        }
    }

    /// The plural common noun that the words from `k` on modify: `k` itself, or the word its
    /// chain of `compound` and `amod` relations leads to, outside every name.
    static func pluralNoun(after k: Int, words: [SyntacticWord], names: [(mention: Int, kind: EntityType)?]) -> Int? {
        guard k < words.count, words[k].upos == "NOUN" else { return nil }
        var noun = k
        while ["compound", "amod"].contains(words[noun].relation), let h = words[noun].head, h > noun,
              ["NOUN", "ADJ"].contains(words[h].upos), (noun + 1..<h).allSatisfy({ ancestors(of: $0, in: words).contains(h) }) {
            noun = h
        }
        // Lower case: "... Minerals Co. Sanctions were imposed", a missed full stop, is no phrase.
        guard words[noun].upos == "NOUN", words[noun].xpos == "NNS",
              (k...noun).allSatisfy({ names[$0] == nil && words[$0].text == words[$0].text.lowercased() }) else { return nil }
        return noun
    }
}
