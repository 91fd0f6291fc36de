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
        let repaired = SentenceTreeRepair.withTitleBeforeName(parsed, isPerson: person)
        #expect(repaired[3].head == 5 && repaired[3].relation == "nmod:desc")
        #expect(Array(repaired[0..<3]) == Array(parsed[0..<3]) && Array(repaired[4...]) == Array(parsed[4...]))
        // "gave the minister Agnes Uwimana": a noun that is no neighbour of the name keeps its place.
        let apart = Self.tree([("Police", "NOUN", 2, "nsubj"), ("gave", "VERB", 0, "root"), ("flowers", "NOUN", 2, "obj"),
                               ("to", "ADP", 5, "case"), ("Agnes", "PROPN", 2, "obj"), (".", "PUNCT", 2, "punct")])
        #expect(SentenceTreeRepair.withTitleBeforeName(apart, isPerson: [false, false, false, false, true, false]) == apart)
    }
}
