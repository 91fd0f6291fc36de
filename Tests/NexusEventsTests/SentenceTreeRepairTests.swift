import NexusCore
import Testing
@testable import NexusEvents

/// Tree repairs on hand-built parses: the parser's misreading as input, the reading the
/// grammar requires as expectation (written by hand).
@Suite struct SentenceTreeRepairTests {
    /// Words from (text, UPOS, head as a 1-based index or 0 for the root, relation) rows.
    static func tree(_ rows: [(String, String, Int, String)]) -> [SyntacticWord] {
        var offset = 0
        return rows.enumerated().map { k, row in
            defer { offset += row.0.count + 1 }
            return SyntacticWord(text: row.0, token: k, range: TextRange(start: offset, end: offset + row.0.count),
                                 upos: row.1, xpos: "", head: row.2 == 0 ? nil : row.2 - 1, relation: row.3)
        }
    }

    @Test func aThatClauseAfterAContentNounCompletesTheNoun() {
        // "Iran rejected U.S. charges that it arms militias .", the clause hung on the verb.
        let parsed = Self.tree([("Iran", "PROPN", 2, "nsubj"), ("rejected", "VERB", 0, "root"), ("U.S.", "PROPN", 4, "compound"),
                                ("charges", "NOUN", 2, "obj"), ("that", "SCONJ", 7, "mark"), ("it", "PRON", 7, "nsubj"),
                                ("arms", "VERB", 2, "ccomp"), ("militias", "NOUN", 7, "obj"), (".", "PUNCT", 2, "punct")])
        let repaired = SentenceTreeRepair.withContentClauses(parsed)
        #expect(repaired[6].head == 3 && repaired[6].relation == "acl")
        #expect(Array(repaired[0..<6]) == Array(parsed[0..<6]) && Array(repaired[7...]) == Array(parsed[7...]))
        // "Iran told reporters that it arms no one": the clause is what was told, not a noun's content.
        let told = Self.tree([("Iran", "PROPN", 2, "nsubj"), ("told", "VERB", 0, "root"), ("reporters", "NOUN", 2, "obj"),
                              ("that", "SCONJ", 6, "mark"), ("it", "PRON", 6, "nsubj"), ("arms", "VERB", 2, "ccomp"),
                              ("militias", "NOUN", 6, "obj"), (".", "PUNCT", 2, "punct")])
        #expect(SentenceTreeRepair.withContentClauses(told) == told)
    }

    @Test func aNounRightBeforeAPersonsNameAsASecondObjectDescribesTheName() {
        // "Police arrested Umurabyo editor Agnes Uwimana .", parsed with two objects.
        let parsed = Self.tree([("Police", "NOUN", 2, "nsubj"), ("arrested", "VERB", 0, "root"), ("Umurabyo", "PROPN", 4, "compound"),
                                ("editor", "NOUN", 2, "obj"), ("Agnes", "PROPN", 6, "compound"), ("Uwimana", "PROPN", 2, "obj"),
                                (".", "PUNCT", 2, "punct")])
        let person = [false, false, false, false, true, true, false]
        let repaired = SentenceTreeRepair.withTitleBeforeName(parsed, isPerson: person, isName: person)
        #expect(repaired[3].head == 5 && repaired[3].relation == "nmod:desc")
        #expect(Array(repaired[0..<3]) == Array(parsed[0..<3]) && Array(repaired[4...]) == Array(parsed[4...]))
        // "gave the minister Agnes Uwimana": a noun that is no neighbour of the name keeps its place.
        let apart = Self.tree([("Police", "NOUN", 2, "nsubj"), ("gave", "VERB", 0, "root"), ("flowers", "NOUN", 2, "obj"),
                               ("to", "ADP", 5, "case"), ("Agnes", "PROPN", 2, "obj"), (".", "PUNCT", 2, "punct")])
        #expect(SentenceTreeRepair.withTitleBeforeName(apart, isPerson: [false, false, false, false, true, false],
                                                       isName: [false, false, false, false, true, false]) == apart)
    }

    @Test func aTitleReadAsASecondSubjectBeforeAPersonsNameDescribesTheName() {
        // "Chief Secretary to the Treasury Paul Boateng attacked the plans .", parsed with two subjects.
        let rows: [(String, String, Int, String)] = [
            ("Chief", "PROPN", 2, "compound"), ("Secretary", "PROPN", 8, "nsubj"), ("to", "ADP", 8, "case"), ("the", "DET", 8, "det"),
            ("Treasury", "PROPN", 6, "compound"), ("Paul", "PROPN", 8, "nsubj"), ("Boateng", "PROPN", 6, "flat"),
            ("attacked", "VERB", 0, "root"), ("the", "DET", 10, "det"), ("plans", "NOUN", 8, "obj"), (".", "PUNCT", 8, "punct")]
        let tree = Self.tree(rows)
        let person = [false, false, false, false, false, true, true, false, false, false, false]
        let repaired = SentenceTreeRepair.withTitleBeforeName(tree, isPerson: person, isName: person)
        #expect(repaired[1].head == 5 && repaired[1].relation == "compound")
        #expect(repaired.indices.filter { repaired[$0].head == 7 && repaired[$0].relation == "nsubj" } == [5])
        // "Lebanon 's President Emile Lahoud is holding talks": a country before the name is no title.
        let country = Self.tree([("Lebanon", "PROPN", 7, "nsubj"), ("'s", "PART", 1, "case"), ("President", "PROPN", 4, "nmod:desc"),
                                 ("Emile", "PROPN", 7, "nsubj"), ("Lahoud", "PROPN", 4, "flat"), ("is", "AUX", 7, "aux"),
                                 ("holding", "VERB", 0, "root"), ("talks", "NOUN", 7, "obj"), (".", "PUNCT", 7, "punct")])
        #expect(SentenceTreeRepair.withTitleBeforeName(country, isPerson: [false, false, false, true, true, false, false, false, false],
                                                       isName: [true, false, false, true, true, false, false, false, false]) == country)
    }

    @Test func aVerbAfterAMarkedListOfNounsHeadsTheClauseTheListIsTheSubject() {
        // "Talks resume as Britain , French officials and Germany are pressing Iran .", parsed with
        // "officials" heading the "as" clause (Britain its subject) and "are pressing" a conjunct of "resume".
        let parsed = Self.tree([("Talks", "NOUN", 2, "nsubj"), ("resume", "VERB", 0, "root"), ("as", "SCONJ", 7, "mark"),
                                ("Britain", "PROPN", 7, "nsubj"), (",", "PUNCT", 7, "punct"), ("French", "ADJ", 7, "amod"),
                                ("officials", "NOUN", 2, "advcl"), ("and", "CCONJ", 9, "cc"), ("Germany", "PROPN", 7, "conj"),
                                ("are", "AUX", 11, "aux"), ("pressing", "VERB", 2, "conj"), ("Iran", "PROPN", 11, "obj"),
                                (".", "PUNCT", 2, "punct")])
        let repaired = SentenceTreeRepair.withVerbAfterMarkedList(parsed)
        #expect(repaired[10].head == 1 && repaired[10].relation == "advcl")
        #expect(repaired[2].head == 10 && repaired[2].relation == "mark")
        #expect(repaired[3].head == 10 && repaired[3].relation == "nsubj")
        #expect(repaired[6].head == 3 && repaired[6].relation == "conj" && repaired[8].head == 3 && repaired[8].relation == "conj")
        #expect(repaired[11] == parsed[11] && repaired[0] == parsed[0] && repaired[1] == parsed[1])
        // "... as Britain , French officials and Germany , they are pressing Iran": the verb has a
        // subject of its own, so the parser's reading stands.
        var own = parsed
        own.insert(SyntacticWord(text: "they", token: 9, range: TextRange(start: 0, end: 0), upos: "PRON", xpos: "", head: 11, relation: "nsubj"), at: 9)
        for k in own.indices { if let h = own[k].head, h >= 9, k != 9 { own[k].head = h + 1 } }
        #expect(SentenceTreeRepair.withVerbAfterMarkedList(own) == own)
    }

    @Test func aPersonsNameBetweenCommasBeforeAParticipleIsTheNounsApposition() {
        // "Kirchner wrote to his counterpart , Fidel Castro , asking him to help .", parsed with
        // Castro the subject of "asking".
        var parsed = Self.tree([("Kirchner", "PROPN", 2, "nsubj"), ("wrote", "VERB", 0, "root"), ("to", "ADP", 5, "case"),
                                ("his", "PRON", 5, "nmod:poss"), ("counterpart", "NOUN", 2, "obl"), (",", "PUNCT", 7, "punct"),
                                ("Fidel", "PROPN", 10, "nsubj"), ("Castro", "PROPN", 7, "flat"), (",", "PUNCT", 10, "punct"),
                                ("asking", "VERB", 2, "advcl"), ("him", "PRON", 10, "obj"), ("to", "PART", 13, "mark"),
                                ("help", "VERB", 10, "xcomp"), (".", "PUNCT", 2, "punct")])
        parsed[9].xpos = "VBG"
        let person = [true, false, false, false, false, false, true, true, false, false, false, false, false, false]
        let repaired = SentenceTreeRepair.withParticipleAfterApposition(parsed, isPerson: person)
        #expect(repaired[6].head == 4 && repaired[6].relation == "appos")
        #expect(Array(repaired[0..<6]) == Array(parsed[0..<6]) && Array(repaired[7...]) == Array(parsed[7...]))
        // "Kirchner wrote to Cuba , Fidel Castro , asking him to help .": no common noun before the
        // name for it to name.
        var country = Self.tree([("Kirchner", "PROPN", 2, "nsubj"), ("wrote", "VERB", 0, "root"), ("to", "ADP", 4, "case"),
                                 ("Cuba", "PROPN", 2, "obl"), (",", "PUNCT", 6, "punct"), ("Fidel", "PROPN", 9, "nsubj"),
                                 ("Castro", "PROPN", 6, "flat"), (",", "PUNCT", 9, "punct"), ("asking", "VERB", 2, "advcl"),
                                 ("him", "PRON", 9, "obj"), (".", "PUNCT", 2, "punct")])
        country[8].xpos = "VBG"
        let named = [true, false, false, false, false, true, true, false, false, false, false]
        #expect(SentenceTreeRepair.withParticipleAfterApposition(country, isPerson: named) == country)
    }

    @Test func aForToPhraseRightAfterANounOfAskingCompletesTheNoun() {
        // "Hamas rejected Bush 's call for the group to disarm .", the phrase hung on the verb.
        let parsed = Self.tree([("Hamas", "PROPN", 2, "nsubj"), ("rejected", "VERB", 0, "root"), ("Bush", "PROPN", 5, "nmod:poss"),
                                ("'s", "PART", 3, "case"), ("call", "NOUN", 2, "obj"), ("for", "ADP", 8, "case"), ("the", "DET", 8, "det"),
                                ("group", "NOUN", 2, "obl"), ("to", "PART", 10, "mark"), ("disarm", "VERB", 8, "acl"), (".", "PUNCT", 2, "punct")])
        let repaired = SentenceTreeRepair.withAppealComplements(parsed)
        #expect(repaired[7].head == 4 && repaired[7].relation == "nmod")
        #expect(Array(repaired[0..<7]) == Array(parsed[0..<7]) && Array(repaired[8...]) == Array(parsed[8...]))
        // "Hamas rejected Bush 's plan for the group to disarm .": a plan asks no one.
        var plan = parsed
        plan[4].text = "plan"
        #expect(SentenceTreeRepair.withAppealComplements(plan) == plan)
    }

    @Test func theSecondPartyOfABetweenPhraseIsTheFirstOnesConjunct() {
        // "Norway arranged talks between the government and the rebels .", parsed as
        // "[talks between the government] and [the rebels]".
        let parsed = Self.tree([("Norway", "PROPN", 2, "nsubj"), ("arranged", "VERB", 0, "root"), ("talks", "NOUN", 2, "obj"),
                                ("between", "ADP", 6, "case"), ("the", "DET", 6, "det"), ("government", "NOUN", 3, "nmod"),
                                ("and", "CCONJ", 9, "cc"), ("the", "DET", 9, "det"), ("rebels", "NOUN", 3, "conj"), (".", "PUNCT", 2, "punct")])
        let repaired = SentenceTreeRepair.withBetweenConjuncts(parsed)
        #expect(repaired[8].head == 5 && repaired[8].relation == "conj")
        #expect(Array(repaired[0..<8]) == Array(parsed[0..<8]) && repaired[9] == parsed[9])
        // "Norway arranged talks between Israel and Syria and a truce .": the "between" phrase has
        // its two parties, so the truce stays the talks' conjunct.
        let both = Self.tree([("Norway", "PROPN", 2, "nsubj"), ("arranged", "VERB", 0, "root"), ("talks", "NOUN", 2, "obj"),
                              ("between", "ADP", 5, "case"), ("Israel", "PROPN", 3, "nmod"), ("and", "CCONJ", 7, "cc"),
                              ("Syria", "PROPN", 5, "conj"), ("and", "CCONJ", 10, "cc"), ("a", "DET", 10, "det"),
                              ("truce", "NOUN", 3, "conj"), (".", "PUNCT", 2, "punct")])
        #expect(SentenceTreeRepair.withBetweenConjuncts(both) == both)
    }

    @Test func twoSubjectsOfOneVerbWithAnAndBetweenAreConjuncts() {
        // "The Secretary and the Minister discussed the crisis .", parsed with two subjects.
        let parsed = Self.tree([("The", "DET", 2, "det"), ("Secretary", "PROPN", 6, "nsubj"), ("and", "CCONJ", 6, "cc"),
                                ("the", "DET", 5, "det"), ("Minister", "PROPN", 6, "nsubj"), ("discussed", "VERB", 0, "root"),
                                ("the", "DET", 8, "det"), ("crisis", "NOUN", 6, "obj"), (".", "PUNCT", 6, "punct")])
        let repaired = SentenceTreeRepair.withCoordinatedSubjects(parsed)
        #expect(repaired[4].head == 1 && repaired[4].relation == "conj")
        #expect(repaired[2].head == 4 && repaired[2].relation == "cc")
        #expect(repaired[1] == parsed[1] && Array(repaired[5...]) == Array(parsed[5...]))
        // "When the Secretary arrived , the Minister discussed ...": a clause between, two subjects apart.
        let apart = Self.tree([("Secretary", "PROPN", 3, "nsubj"), ("and", "CCONJ", 3, "cc"), ("arrived", "VERB", 5, "conj"),
                               ("Minister", "PROPN", 5, "nsubj"), ("discussed", "VERB", 0, "root"), (".", "PUNCT", 5, "punct")])
        #expect(SentenceTreeRepair.withCoordinatedSubjects(apart) == apart)
    }

    @Test func aNameHungOnAPunctuationMarkTakesAPlaceInTheClause() {
        // "Kerry discussed the crisis with Li Keqiang .", "with" and "Li" hung on the full stop.
        let parsed = Self.tree([("Kerry", "PROPN", 2, "nsubj"), ("discussed", "VERB", 0, "root"), ("the", "DET", 4, "det"),
                                ("crisis", "NOUN", 2, "obj"), ("with", "ADP", 8, "case"), ("Li", "PROPN", 8, "advcl"),
                                ("Keqiang", "PROPN", 6, "flat"), (".", "PUNCT", 2, "punct")])
        let names = [true, false, false, false, false, true, true, false]
        let repaired = SentenceTreeRepair.withObjectOffPunctuation(parsed, isName: names)
        #expect(repaired[5].head == 1 && repaired[5].relation == "obl")
        #expect(repaired[4].head == 5 && repaired[4].relation == "case")
        // "Kerry met Li Keqiang .", the name hung on the full stop: the object of "met".
        let met = Self.tree([("Kerry", "PROPN", 2, "nsubj"), ("met", "VERB", 0, "root"), ("Li", "PROPN", 5, "nsubj"),
                             ("Keqiang", "PROPN", 3, "flat"), (".", "PUNCT", 2, "punct")])
        let fixed = SentenceTreeRepair.withObjectOffPunctuation(met, isName: [true, false, true, true, false])
        #expect(fixed[2].head == 1 && fixed[2].relation == "obj")
    }

    @Test func aNameAfterWithThatThePresentVerbTookAsSubjectIsThePartner() {
        // "Kerry spoke with Yaalon and stressed peace .", parsed as "spoke [with Yaalon stressed peace]".
        let parsed = Self.tree([("Kerry", "PROPN", 2, "nsubj"), ("spoke", "VERB", 0, "root"), ("with", "SCONJ", 6, "mark"),
                                ("Yaalon", "PROPN", 6, "nsubj"), ("and", "CCONJ", 6, "cc"), ("stressed", "VERB", 2, "advcl"),
                                ("peace", "NOUN", 6, "obj"), (".", "PUNCT", 2, "punct")])
        let names = [true, false, false, true, false, false, false, false]
        let repaired = SentenceTreeRepair.withPartnerBeforeConjunct(parsed, isName: names)
        #expect(repaired[3].head == 1 && repaired[3].relation == "obl")
        #expect(repaired[2].head == 3 && repaired[2].relation == "case")
        #expect(repaired[5].head == 1 && repaired[5].relation == "conj")
        // "Kerry left with Yaalon stressing peace": no "and", a clause of manner stays one.
        let manner = Self.tree([("Kerry", "PROPN", 2, "nsubj"), ("left", "VERB", 0, "root"), ("with", "SCONJ", 5, "mark"),
                                ("Yaalon", "PROPN", 5, "nsubj"), ("stressing", "VERB", 2, "advcl"), ("peace", "NOUN", 5, "obj"),
                                (".", "PUNCT", 2, "punct")])
        #expect(SentenceTreeRepair.withPartnerBeforeConjunct(manner, isName: [true, false, false, true, false, false, false]) == manner)
    }

    @Test func aCopularClauseReadAsASecondSubjectIsAnAdverbialClause() {
        // "When he was in Tokyo , Machimura told the minister .", parsed with "Tokyo" a subject of "told".
        let parsed = Self.tree([("When", "ADV", 5, "advmod"), ("he", "PRON", 5, "nsubj"), ("was", "AUX", 5, "cop"), ("in", "ADP", 5, "case"),
                                ("Tokyo", "PROPN", 8, "nsubj"), (",", "PUNCT", 5, "punct"), ("Machimura", "PROPN", 8, "nsubj"),
                                ("told", "VERB", 0, "root"), ("the", "DET", 10, "det"), ("minister", "NOUN", 8, "iobj"), (".", "PUNCT", 8, "punct")])
        let repaired = SentenceTreeRepair.withClauseReadAsSubject(parsed)
        #expect(repaired[4].relation == "advcl" && repaired[4].head == 7)
        #expect(repaired.indices.filter { $0 != 4 }.allSatisfy { repaired[$0] == parsed[$0] })
        // "The man who was in Tokyo told ...": one subject, left as it is.
        let one = Self.tree([("Tokyo", "PROPN", 4, "nsubj"), ("was", "AUX", 1, "cop"), ("he", "PRON", 1, "nsubj"), ("told", "VERB", 0, "root")])
        #expect(SentenceTreeRepair.withClauseReadAsSubject(one) == one)
    }
}
