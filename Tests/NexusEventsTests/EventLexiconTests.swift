import Foundation
import NexusCore
import Testing
@testable import NexusEvents

/// The event lexicon: its file format, inflection of lemmas, and the shipped resource.
@Suite struct EventLexiconTests {
    @Test func inflectsRegularAndIrregularVerbs() {
        #expect(EventLexicon.inflections(of: "ban").isSuperset(of: ["bans", "banned", "banning"]))
        #expect(EventLexicon.inflections(of: "commit").isSuperset(of: ["commits", "committed", "committing"]))
        #expect(EventLexicon.inflections(of: "agree").isSuperset(of: ["agrees", "agreed", "agreeing"]))
        #expect(EventLexicon.inflections(of: "provide").isSuperset(of: ["provides", "provided", "providing"]))
        #expect(EventLexicon.inflections(of: "deny").isSuperset(of: ["denies", "denied", "denying"]))
        #expect(EventLexicon.inflections(of: "attack").isSuperset(of: ["attacks", "attacked", "attacking"]))
        #expect(!EventLexicon.inflections(of: "attack").contains("attackked"))
        #expect(EventLexicon.inflections(of: "push").contains("pushes"))
        // Doubled against the stress rule.
        #expect(EventLexicon.inflections(of: "kidnap").isSuperset(of: ["kidnapped", "kidnapping"]))
        #expect(EventLexicon.inflections(of: "meet", irregular: ["met"]).contains("met"))
        #expect(EventLexicon.plurals(of: "strike") == ["strikes"])
        #expect(EventLexicon.plurals(of: "embargo").contains("embargoes"))
        #expect(EventLexicon.plurals(of: "ally") == ["allies"])
        #expect(EventLexicon.plurals(of: "crash") == ["crashes"])
    }

    @Test func parsesRowsAndReportsBadOnesWithTheirLine() throws {
        let lexicon = try EventLexicon.parse("# comment\nmeet\tverb\t04\twith\twith\tmet\nattack\tnoun\t18\t-\ton,against\t-\n")
        #expect(lexicon.entries.count == 2)
        #expect(lexicon.verbEntries("met").first?.particle == "with")
        #expect(lexicon.nounEntries("attacks").first?.code == EventCode(root: 18))
        #expect(lexicon.nounEntries("attacks").first?.targetPrepositions == ["on", "against"])
        #expect(throws: EventLexiconError.badRow(source: "lexicon", line: 2, reason: "'42' is not a CAMEO code 01-20 (or a finer code of one)")) {
            try EventLexicon.parse("# c\nhit\tverb\t42\t-\tobj\t-\n")
        }
        #expect(throws: EventLexiconError.self) { try EventLexicon.parse("hit\tadverb\t18\t-\tobj\t-\n") }
        #expect(throws: EventLexiconError.self) { try EventLexicon.parse("hit\tverb\t18\n") }
    }

    @Test func theShippedLexiconCoversEveryRoot() throws {
        let lexicon = try EventLexicon.shipped()
        #expect(lexicon.entries.count > 400)
        #expect(Set(lexicon.entries.map(\.code.root)) == Set(1...20))
        // Verbs the issue and the CAMEO examples name.
        for (form, root) in [("provided", 7), ("pledged", 3), ("met", 4), ("urged", 2), ("condemned", 11), ("sanctioned", 16), ("attacked", 18),
                             ("detained", 17), ("rejected", 12), ("threatened", 13), ("demanded", 10), ("investigated", 9), ("praised", 5)] {
            #expect(lexicon.verbEntries(form).contains { $0.code.root == root }, "\(form)")
        }
        // "call" is a trigger only with its particle.
        #expect(lexicon.verbEntries("called").allSatisfy { $0.particle != nil })
    }
}
