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
        let named = withNameAfterPortfolioTitle(withNameOverTitle(withNamesAsUnits(words, names: names), isPerson: isPerson, isName: isName),
                                                isPerson: isPerson, isName: isName)
        let units = withTitledNameLists(
            withIndirectObjectAfterObject(withSubjectOfInfinitiveAsObject(withBetweenPartyReadAsClause(withParticipleOffVerb(named)))),
            names: names)
        let persons = withTitleBeforeName(
            withCoordinatedSubject(withMainVerb(coordinatingPersons(withOpeningDay(withNameOverCourtesyTitle(units)), isPerson: isPerson), isPerson: isPerson), isPerson: isPerson),
            isPerson: isPerson, isName: isName)
        let repaired = withSubjectAfterFrontedPhrase(
            withClauseInsideMarkedNoun(withSubordinateClauses(appositiveNames(withMainVerbAfterNoun(withReportedClauseBeforeAttribution(withSubjectOfComplement(persons, isPerson: isPerson))), isName: isName))),
            isPerson: isPerson)
        let coordinated = withBetweenSecondParty(
            withBetweenConjuncts(withCoordinatedSubjects(withObjectOffPunctuation(withPartnerBeforeConjunct(repaired, isName: isName), isName: isName))),
            isName: isName)
        let clauses = withParticipleAfterApposition(withVerbAfterMarkedList(withAppealComplements(withContentClauses(coordinated))), isPerson: isPerson)
        let described = withListOpenedByVocative(withDescribingParticiples(clauses, isName: isName), isName: isName)
        let objects = withObjectReadAsCompoundOfTime(withPossessorReadAsSubject(withProposalSourceOffVerb(
            withObjectReadAsCompoundAcrossPreposition(withIndirectObjectReadAsCompound(withSubjectInAppositionToFrontedPhrase(described), names: names), names: names),
            isName: isName)), isPerson: isPerson)
        let lists = withNameLists(withObjectComplements(withVerbReadAsModifier(withPhraseReadAsModifierOfLaterNoun(withObjectReadAsSubjectOfOblique(withObjectReadAsNextSubject(withTitleOfNextSubject(withClauseReadAsSubject(objects), isPerson: isPerson), isName: isName), isName: isName), isName: isName)), isName: isName),
                                  names: names)
        return withNameAfterTitle(withNamesBeforeCommonNoun(lists, names: names), isPerson: isPerson)
    }

    /// Whether names of this kind can act as parties: a list may mix people, countries and
    /// organizations ("Israel, the United States and the European Union"), but a place among
    /// them ("In Paris, France and Germany agreed") is no item of theirs.
    static func isParty(_ kind: EntityType) -> Bool { [.person, .country, .organization].contains(kind) }

    /// The words above `w`, nearest first.
    static func ancestors(of w: Int, in words: [SyntacticWord]) -> [Int] {
        var out: [Int] = [], x = words[w].head
        while let h = x, out.count < words.count { out.append(h); x = words[h].head }
        return out
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
