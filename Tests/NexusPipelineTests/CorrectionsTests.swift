import Foundation
import NexusCore
import Testing
@testable import NexusPipeline

/// The corrections file: its format, and what each command does to a corpus the real pipeline
/// extracted from a hand-written article. Expectations are the commands' definitions: after a
/// merge nothing refers to the joined id, after a drop nothing refers to the dropped one, and so on.
@Suite struct CorrectionsTests {
    static let article = """
    Foreign Secretary Jack Straw met Tony Blair in London on Monday. Mr Straw said Britain would send 500 troops to Iraq. \
    Blair praised Straw. Straw later flew to Brussels.
    """

    static let corpus: Result<CorpusExtraction, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-corrections-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try article.write(to: folder.appendingPathComponent("straw.txt"), atomically: true, encoding: .utf8)
        return try Pipeline.standard().extract([folder.path])
    }

    /// Every id the corpus refers to anywhere.
    func references(_ corpus: CorpusExtraction) -> Set<String> {
        var ids = Set(corpus.entities.map(\.id))
        for d in corpus.documents {
            ids.formUnion(d.entities.map(\.id))
            for r in d.relations { ids.insert(r.source); ids.insert(r.target) }
            for e in d.events { ids.insert(e.actor); ids.insert(e.target) }
            for c in d.commitments { ids.insert(c.actor); if let b = c.beneficiary { ids.insert(b) } }
        }
        return ids
    }

    func apply(_ text: String) throws -> (corpus: CorpusExtraction, warnings: [String]) {
        try Corrections(parsing: text, origin: "fix.txt").apply(to: Self.corpus.get())
    }

    @Test func theArticleHasTheEntitiesTheTestsNeed() throws {
        let ids = Set(try Self.corpus.get().entities.map(\.id))
        #expect(ids.isSuperset(of: ["person:jack-straw", "person:tony-blair", "location:london", "country:iraq"]))
    }

    @Test func mergeLeavesNoReferenceToTheJoinedEntity() throws {
        let before = try Self.corpus.get()
        let straw = before.documents[0].entities.first { $0.id == "person:jack-straw" }!.mentions.count
        let blair = before.documents[0].entities.first { $0.id == "person:tony-blair" }!.mentions.count
        let (after, warnings) = try apply("merge \"Tony Blair\" \"Jack Straw\"\n")
        #expect(warnings.isEmpty)
        #expect(!references(after).contains("person:jack-straw"))
        #expect(after.documents[0].entities.first { $0.id == "person:tony-blair" }?.mentions.count == straw + blair)
        #expect(after.entities.first { $0.id == "person:tony-blair" }?.aliases.contains(Alias(name: "Jack Straw", rule: .correction)) == true)
        // No entity is linked to itself by the merge.
        #expect(after.documents[0].relations.allSatisfy { $0.source != $0.target })
        #expect(after.documents[0].events.allSatisfy { $0.actor != $0.target })
    }

    @Test func dropRemovesTheEntityEverywhere() throws {
        let (after, _) = try apply("drop London   # a place we do not want\n")
        #expect(!references(after).contains("location:london"))
        #expect(after.entities.count == (try Self.corpus.get().entities.count) - 1)
    }

    @Test func retypeGivesTheIDOfTheNewType() throws {
        let (after, _) = try apply("retype Iraq location\n")
        #expect(!references(after).contains("country:iraq"))
        #expect(after.entities.first { $0.id == "location:iraq" }?.type == .location)
        #expect(after.documents[0].entities.first { $0.id == "location:iraq" }?.mentions.allSatisfy { $0.type == .location } == true)
    }

    @Test func renameKeepsTheIDAndRecordsTheOldName() throws {
        let (after, _) = try apply("rename person:jack-straw \"John Whitaker Straw\"\n")
        let straw = after.entities.first { $0.id == "person:jack-straw" }
        #expect(straw?.name == "John Whitaker Straw")
        #expect(straw?.aliases.contains(Alias(name: "Jack Straw", rule: .correction)) == true)
    }

    @Test func splitMovesTheMentionsWrittenSo() throws {
        let (after, warnings) = try apply("split \"Jack Straw\" Straw\n")
        #expect(warnings.isEmpty)
        let doc = after.documents[0]
        #expect(doc.entities.first { $0.id == "person:jack-straw" }?.mentions.map(\.text) == ["Jack Straw"])
        #expect(doc.entities.first { $0.id == "person:straw" }?.mentions.allSatisfy { $0.text == "Straw" } == true)
        // "Straw later flew to Brussels" (sentence 3) names only the split-off entity.
        for e in doc.events where e.sentence == 3 { #expect(e.actor != "person:jack-straw") }
    }

    @Test func unknownAndAmbiguousNamesAreReportedAndChangeNothing() throws {
        let (after, warnings) = try apply("drop Nobody\nmerge London Nobody\n")
        #expect(after == (try Self.corpus.get()))
        #expect(warnings == ["corrections fix.txt:1: no entity is named 'Nobody'; nothing changed",
                             "corrections fix.txt:2: no entity is named 'Nobody'; nothing changed"])
    }

    @Test func malformedLinesNameTheLineAndTheProblem() {
        #expect(throws: CorrectionsError.malformed(path: "f", line: 2, problem: "unknown command 'join'; use merge, split, retype, drop or rename")) {
            try Corrections(parsing: "# ok\njoin A B\n", origin: "f")
        }
        #expect(throws: CorrectionsError.malformed(path: "f", line: 1, problem: "'merge' takes two entities: merge KEEP JOIN")) {
            try Corrections(parsing: "merge A\n", origin: "f")
        }
        #expect(throws: CorrectionsError.malformed(path: "f", line: 1, problem: "a quoted name is not closed")) {
            try Corrections(parsing: "drop \"Pool / Reuters\n", origin: "f")
        }
        #expect(throws: CorrectionsError.malformed(path: "f", line: 1, problem: "unknown type 'place'; use one of: person, country, organization, location, other")) {
            try Corrections(parsing: "retype Sicily place\n", origin: "f")
        }
    }

    @Test func quotedNamesAndCommentsParse() throws {
        let c = try Corrections(parsing: "merge \"Jack Straw\" Straw # same man\n\n  drop \"Pool / \\\"Reuters\\\"\"\n", origin: "f")
        #expect(c.lines.map(\.command) == [.merge(keep: "Jack Straw", join: "Straw"), .drop(entity: "Pool / \"Reuters\"")])
        #expect(c.lines.map(\.number) == [1, 3])
    }

    /// Found by Fuzz/ (`fuzz-corrections`, seed Fuzz/Corpus/corrections/crlf.txt): lines were cut
    /// on the Character "\n", and "\r\n" is one Character, so a file saved with Windows line
    /// endings was one long line ("'merge' takes two entities"). CR LF now reads as LF.
    @Test func windowsLineEndingsReadLikeUnixOnes() throws {
        let windows = try Corrections(parsing: "merge A B\r\n# note\r\ndrop \"C D\"\r\n", origin: "f")
        #expect(windows.lines.map(\.command) == [.merge(keep: "A", join: "B"), .drop(entity: "C D")])
        #expect(windows.lines.map(\.number) == [1, 3])
        #expect(throws: CorrectionsError.malformed(path: "f", line: 2, problem: "'drop' takes one entity: drop ENTITY")) {
            try Corrections(parsing: "merge A B\r\ndrop\r\n", origin: "f")
        }
    }
}
