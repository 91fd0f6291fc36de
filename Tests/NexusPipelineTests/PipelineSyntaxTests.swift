import Foundation
import NexusCore
import NexusPipeline
import NexusSyntax
import Testing

/// The parse as a pipeline stage: every sentence carries its tree, and turning the stage off
/// changes nothing else.
@Suite struct PipelineSyntaxTests {
    static let samples = SeedArticlesTests.root.appendingPathComponent("Samples").path

    @Test func everySentenceOfTheSamplesIsParsedAndEntitiesDoNotDependOnTheParse() throws {
        let parsed = try Pipeline.standard(options: Pipeline.Options(syntax: .all)).extract([Self.samples])
        let unparsed = try Pipeline.standard(options: Pipeline.Options(syntax: .none)).extract([Self.samples])
        let off = try Pipeline.standard(options: Pipeline.Options(syntax: .none))
        #expect(off.options.syntax == .none)
        #expect(off.annotator == nil)
        var sentences = 0
        for extraction in parsed.documents {
            for sentence in extraction.document.sentences {
                sentences += 1
                let syntax = try #require(sentence.syntax)
                #expect(syntax.words.filter { $0.head == nil }.count == 1)
                #expect(Set(syntax.words.map(\.token)) == Set(sentence.tokens.indices))
            }
        }
        #expect(sentences > 50)
        #expect(unparsed.documents.allSatisfy { $0.document.sentences.allSatisfy { $0.syntax == nil } })
        // Events need the parse; entities, affiliations and co-mentions do not.
        #expect(unparsed.documents.allSatisfy { $0.events.isEmpty })
        #expect(parsed.documents.contains { !$0.events.isEmpty })
        #expect(parsed.entities == unparsed.entities)
        #expect(parsed.documents.map(\.entities) == unparsed.documents.map(\.entities))
        #expect(parsed.documents.map(\.relations) == unparsed.documents.map(\.relations))
    }

    /// The default scope parses only the sentences the event passes read, and loses nothing.
    @Test func theDefaultScopeParsesOnlyEventSentencesAndFindsTheSameEvents() throws {
        let everything = try Pipeline.standard(options: Pipeline.Options(syntax: .all)).extract([Self.samples])
        let selected = try Pipeline.standard().extract([Self.samples])
        let total = selected.documents.map(\.document.sentences.count).reduce(0, +)
        let parsed = selected.documents.map { $0.document.sentences.filter { $0.syntax != nil }.count }.reduce(0, +)
        #expect(parsed > 0 && parsed < total)
        for (a, b) in zip(everything.documents, selected.documents) {
            #expect(a.events.map(\.id) == b.events.map(\.id))
            #expect(a.commitments == b.commitments)
            for event in b.events { #expect(b.document.sentences[event.sentence].syntax != nil) }
        }
    }
}
