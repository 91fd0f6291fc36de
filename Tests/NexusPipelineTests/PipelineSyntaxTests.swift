import Foundation
import NexusCore
import NexusPipeline
import NexusSyntax
import Testing

/// The parse as a pipeline stage: every sentence carries its tree, and turning the stage off
/// changes nothing else.
@Suite struct PipelineSyntaxTests {
    static let samples = SeedArticlesTests.root.appendingPathComponent("Samples").path

    @Test func everySentenceOfTheSamplesIsParsedAndNothingElseChanges() throws {
        let parsed = try Pipeline.standard().extract([Self.samples])
        let unparsed = try Pipeline.standard(options: Pipeline.Options(syntax: false)).extract([Self.samples])
        let off = try Pipeline.standard(options: Pipeline.Options(syntax: false))
        #expect(off.options.syntax == false)
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
        var stripped = parsed
        for d in stripped.documents.indices {
            for s in stripped.documents[d].document.sentences.indices { stripped.documents[d].document.sentences[s].syntax = nil }
        }
        #expect(stripped == unparsed)
    }
}
