import NexusCore
import NexusEntities
import Testing
@testable import NexusEvents

/// The repairs of names, titles, participles, "between" phrases, infinitives and indirect
/// objects, on hand-built parses: a misreading as input (the kind the parsers have produced),
/// the reading the grammar requires as expectation (written by hand).
@Suite struct SentenceTreeRepairNameTests {
    static func tree(_ rows: [(String, String, Int, String)]) -> [SyntacticWord] { SentenceTreeRepairTests.tree(rows) }

    /// Per word: the mention it belongs to (numbered from 0 in order) as a person, or nil.
    static func persons(_ marks: [Int?]) -> [(mention: Int, kind: EntityType)?] {
        marks.map { $0.map { (mention: $0, kind: EntityType.person) } }
    }

    @Test func aPersonsNameIsOneUnitHeadedByItsFirstWord() {
        // "Omar Bashir and Idriss Deby met .", parsed with "Deby" a `flat` part of "Omar".
        let split = Self.tree([("Omar", "PROPN", 6, "nsubj"), ("Bashir", "PROPN", 1, "flat"), ("and", "CCONJ", 4, "cc"),
                               ("Idriss", "PROPN", 1, "conj"), ("Deby", "PROPN", 1, "flat"), ("met", "VERB", 0, "root"),
                               (".", "PUNCT", 6, "punct")])
        let units = SentenceTreeRepair.withNamesAsUnits(split, names: Self.persons([0, 0, nil, 1, 1, nil, nil]))
        #expect(units[4].head == 3 && units[4].relation == "flat")
        #expect(Array(units[0..<4]) == Array(split[0..<4]) && Array(units[5...]) == Array(split[5...]))
        // "hosted by Moammar Gadhafi in Tripoli", the last word the head: the first takes its place.
        let last = Self.tree([("hosted", "VERB", 0, "root"), ("by", "ADP", 4, "case"), ("Moammar", "PROPN", 4, "compound"),
                              ("Gadhafi", "PROPN", 1, "obl:agent"), ("in", "ADP", 6, "case"), ("Tripoli", "PROPN", 4, "nmod")])
        let first = SentenceTreeRepair.withNamesAsUnits(last, names: Self.persons([nil, nil, 0, 0, nil, nil]))
        #expect(first[2].head == 0 && first[2].relation == "obl:agent")
        #expect(first[3].head == 2 && first[3].relation == "flat")
        #expect(first[1].head == 2 && first[5].head == 2)
        // "Luiz Lula and Alvaro Uribe will discuss", "Luiz" a `vocative`: the name is the subject.
        let vocative = Self.tree([("Luiz", "PROPN", 7, "vocative"), ("Lula", "PROPN", 7, "nsubj"), ("and", "CCONJ", 4, "cc"),
                                  ("Alvaro", "PROPN", 2, "conj"), ("Uribe", "PROPN", 4, "flat"), ("will", "AUX", 7, "aux"),
                                  ("discuss", "VERB", 0, "root")])
        let subject = SentenceTreeRepair.withNamesAsUnits(vocative, names: Self.persons([0, 0, nil, 1, 1, nil, nil]))
        #expect(subject[0].head == 6 && subject[0].relation == "nsubj")
        #expect(subject[1].head == 0 && subject[3].head == 0 && subject[3].relation == "conj")
        // A name already headed by its first word is left as it is.
        let whole = Self.tree([("Omar", "PROPN", 3, "nsubj"), ("Bashir", "PROPN", 1, "flat"), ("met", "VERB", 0, "root")])
        #expect(SentenceTreeRepair.withNamesAsUnits(whole, names: Self.persons([0, 0, nil])) == whole)
    }

    @Test func aTitleRightBeforeAPersonsNameDescribesTheName() {
        // "Secretary Rice later met with Putin .", parsed with "Secretary" the root.
        let rows: [(String, String, Int, String)] = [
            ("Secretary", "PROPN", 0, "root"), ("Rice", "PROPN", 4, "nsubj:pass"), ("later", "ADV", 4, "advmod"),
            ("met", "VERB", 1, "parataxis"), ("with", "ADP", 6, "case"), ("Putin", "PROPN", 4, "obl"), (".", "PUNCT", 1, "punct")]
        let person = [false, true, false, false, false, true, false]
        let repaired = SentenceTreeRepair.withNameOverTitle(Self.tree(rows), isPerson: person, isName: person)
        #expect(repaired[3].head == nil && repaired[3].relation == "root")
        #expect(repaired[1].head == 3 && repaired[1].relation == "nsubj")
        #expect(repaired[0].head == 1 && repaired[0].relation == "nmod:desc")
        #expect(repaired[6].head == 3)
        // "met Secretary Rice", the name a `flat` part of the title: the name is the object.
        let flat = Self.tree([("met", "VERB", 0, "root"), ("Secretary", "PROPN", 1, "obj"), ("Rice", "PROPN", 2, "flat")])
        let named = SentenceTreeRepair.withNameOverTitle(flat, isPerson: [false, false, true], isName: [false, false, true])
        #expect(named[2].head == 0 && named[2].relation == "obj" && named[1].head == 2 && named[1].relation == "nmod:desc")
        // A word that is no title ("Sunday Rice ...") is left alone.
        let day = Self.tree([("met", "VERB", 0, "root"), ("Sunday", "PROPN", 1, "obl"), ("Rice", "PROPN", 2, "flat")])
        #expect(SentenceTreeRepair.withNameOverTitle(day, isPerson: [false, false, true], isName: [false, false, true]) == day)
    }

    @Test func aTitleWithAPortfolioDescribesTheNameAfterIt() {
        // "met with Secretary of State Condoleezza Rice .", parsed with the name an `nmod` of the title.
        let rows: [(String, String, Int, String)] = [
            ("met", "VERB", 0, "root"), ("with", "ADP", 3, "case"), ("Secretary", "PROPN", 1, "obl"), ("of", "ADP", 6, "case"),
            ("State", "PROPN", 6, "compound"), ("Condoleezza", "PROPN", 3, "nmod"), ("Rice", "PROPN", 6, "flat"), (".", "PUNCT", 1, "punct")]
        let person = [false, false, false, false, false, true, true, false]
        let repaired = SentenceTreeRepair.withNameAfterPortfolioTitle(Self.tree(rows), isPerson: person, isName: person)
        #expect(repaired[5].head == 0 && repaired[5].relation == "obl")
        #expect(repaired[1].head == 5 && repaired[1].relation == "case")
        #expect(repaired[2].head == 5 && repaired[2].relation == "nmod:desc")
        #expect(repaired[4].head == 2 && repaired[4].relation == "nmod")
        #expect(repaired[3].head == 4 && repaired[3].relation == "case")
        #expect(repaired[6].head == 5 && repaired[7].head == 0)
    }

    @Test func aListOfTitledPersonsIsOneCoordination() {
        // "talks with Minister Ann Lee , Indian Minister of Trade Raj Patel , and Premier Ken Sato",
        // parsed with the second title the subject of "talks" and Sato a conjunct of Patel.
        let rows: [(String, String, Int, String)] = [
            ("talks", "NOUN", 0, "root"), ("with", "ADP", 4, "case"), ("Minister", "PROPN", 4, "nmod:desc"), ("Ann", "PROPN", 1, "nmod"),
            ("Lee", "PROPN", 4, "flat"), (",", "PUNCT", 8, "punct"), ("Indian", "ADJ", 8, "amod"), ("Minister", "PROPN", 1, "nsubj"),
            ("of", "ADP", 10, "case"), ("Trade", "PROPN", 8, "nmod"), ("Raj", "PROPN", 10, "appos"), ("Patel", "PROPN", 11, "flat"),
            (",", "PUNCT", 17, "punct"), ("and", "CCONJ", 17, "cc"), ("Premier", "PROPN", 15, "nmod:desc"), ("Ken", "PROPN", 11, "conj"),
            ("Sato", "PROPN", 15, "flat")]
        var names: [(mention: Int, kind: EntityType)?] = Self.persons([nil, nil, nil, 0, 0, nil, nil, nil, nil, nil, 2, 2, nil, nil, nil, 3, 3])
        names[6] = (mention: 1, kind: .country)
        let repaired = SentenceTreeRepair.withTitledNameLists(Self.tree(rows), names: names)
        #expect(repaired[10].head == 3 && repaired[10].relation == "conj")
        #expect(repaired[15].head == 3 && repaired[15].relation == "conj")
        #expect(repaired[7].head == 10 && repaired[7].relation == "nmod:desc")
        #expect(repaired[12].head == 15 && repaired[13].head == 15 && repaired[13].relation == "cc")
        // Two names only are no list.
        let two = Array(rows[0..<12])
        #expect(SentenceTreeRepair.withTitledNameLists(Self.tree(two), names: Array(names[0..<12])) == Self.tree(two))
    }

    @Test func aParticipleHungOnAVerbModifiesTheNounBeforeIt() {
        // "reached the agreement at a summit hosted by Gadhafi .", "hosted" an `acl` of "reached".
        let rows: [(String, String, Int, String)] = [
            ("reached", "VERB", 0, "root"), ("the", "DET", 3, "det"), ("agreement", "NOUN", 1, "obj"), ("at", "ADP", 6, "case"),
            ("a", "DET", 6, "det"), ("summit", "NOUN", 1, "obl"), ("hosted", "VERB", 1, "acl"), ("by", "ADP", 9, "case"),
            ("Gadhafi", "PROPN", 7, "obl:agent"), (".", "PUNCT", 1, "punct")]
        let repaired = SentenceTreeRepair.withParticipleOffVerb(Self.tree(rows))
        #expect(repaired[6].head == 5)
        #expect(Array(repaired[0..<6]) == Array(Self.tree(rows)[0..<6]))
        // After a comma the participle is the clause's own: "left the summit , angered by Gadhafi".
        let comma = Self.tree([("left", "VERB", 0, "root"), ("the", "DET", 3, "det"), ("summit", "NOUN", 1, "obj"),
                               (",", "PUNCT", 5, "punct"), ("angered", "VERB", 1, "acl"), ("by", "ADP", 7, "case"),
                               ("Gadhafi", "PROPN", 5, "obl:agent")])
        #expect(SentenceTreeRepair.withParticipleOffVerb(comma) == comma)
    }

    @Test func aClauseCannotBeTheSecondPartyOfBetween() {
        // "Talks between Syria and Israel broke down .", parsed as "Talks between [Syria] and [Israel broke down]".
        let rows: [(String, String, Int, String)] = [
            ("Talks", "NOUN", 0, "root"), ("between", "ADP", 3, "case"), ("Syria", "PROPN", 1, "nmod"), ("and", "CCONJ", 6, "cc"),
            ("Israel", "PROPN", 6, "nsubj"), ("broke", "VERB", 1, "conj"), ("down", "ADP", 6, "compound:prt"), (".", "PUNCT", 1, "punct")]
        let repaired = SentenceTreeRepair.withBetweenPartyReadAsClause(Self.tree(rows))
        #expect(repaired[5].head == nil && repaired[5].relation == "root")
        #expect(repaired[0].head == 5 && repaired[0].relation == "nsubj")
        #expect(repaired[4].head == 2 && repaired[4].relation == "conj" && repaired[3].head == 4)
        #expect(repaired[7].head == 5 && repaired[6].head == 5)
    }

    @Test func anInfinitiveHasNoSubjectOfItsOwn() {
        // "Mofaz met Yousef to discuss ways .", parsed with Yousef the subject of "discuss".
        let rows: [(String, String, Int, String)] = [
            ("Mofaz", "PROPN", 2, "nsubj"), ("met", "VERB", 0, "root"), ("Yousef", "PROPN", 5, "nsubj"), ("to", "PART", 5, "mark"),
            ("discuss", "VERB", 2, "advcl"), ("ways", "NOUN", 5, "obj"), (".", "PUNCT", 2, "punct")]
        let repaired = SentenceTreeRepair.withSubjectOfInfinitiveAsObject(Self.tree(rows))
        #expect(repaired[2].head == 1 && repaired[2].relation == "obj")
        // "he said he was to meet them": "was to" gives the infinitive its subject.
        let modal = Self.tree([("he", "PRON", 2, "nsubj"), ("said", "VERB", 0, "root"), ("he", "PRON", 6, "nsubj"),
                               ("was", "AUX", 6, "aux"), ("to", "PART", 6, "mark"), ("meet", "VERB", 2, "advcl"), ("them", "PRON", 6, "obj")])
        #expect(SentenceTreeRepair.withSubjectOfInfinitiveAsObject(modal) == modal)
    }

    @Test func anIndirectObjectAfterTheObjectRenamesIt() {
        // "Serbia asked the unit , the Court , to rule .", parsed with the court an `iobj`.
        let rows: [(String, String, Int, String)] = [
            ("Serbia", "PROPN", 2, "nsubj"), ("asked", "VERB", 0, "root"), ("the", "DET", 4, "det"), ("unit", "NOUN", 2, "obj"),
            (",", "PUNCT", 7, "punct"), ("the", "DET", 7, "det"), ("Court", "PROPN", 2, "iobj"), (",", "PUNCT", 10, "punct"),
            ("to", "PART", 10, "mark"), ("rule", "VERB", 2, "xcomp"), (".", "PUNCT", 2, "punct")]
        let repaired = SentenceTreeRepair.withIndirectObjectAfterObject(Self.tree(rows))
        #expect(repaired[6].head == 3 && repaired[6].relation == "appos")
        // "gave Iran a deadline": an indirect object before the object stays.
        let before = Self.tree([("gave", "VERB", 0, "root"), ("Iran", "PROPN", 1, "iobj"), ("a", "DET", 4, "det"), ("deadline", "NOUN", 1, "obj")])
        #expect(SentenceTreeRepair.withIndirectObjectAfterObject(before) == before)
    }
}
