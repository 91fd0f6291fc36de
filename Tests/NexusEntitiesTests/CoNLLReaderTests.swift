import Foundation
import Testing
@testable import NexusEntities

@Suite struct CoNLLReaderTests {
    static let sample = """
        -DOCSTART- -X- -X- O

        EU NNP I-NP I-ORG
        rejects VBZ I-VP O
        German JJ I-NP I-MISC
        call NN I-NP O

        Peter NNP I-NP I-PER
        Blackburn NNP I-NP I-PER
        -DOCSTART- -X- -X- O

        BRUSSELS NNP I-NP I-LOC

        """

    @Test func readsTokensTagsAndDocuments() throws {
        let corpus = try CoNLLReader().parse(Self.sample)
        #expect(corpus.sentences.count == 3)
        #expect(corpus.sentences[0].tokens == ["EU", "rejects", "German", "call"])
        #expect(corpus.sentences[0].tags == ["I-ORG", "O", "I-MISC", "O"])
        #expect(corpus.documents.map(\.count) == [2, 1])
        #expect(corpus.goldScheme == .iob1)
    }

    @Test func roundTripKeepsEveryLine() throws {
        let corpus = try CoNLLReader().parse(Self.sample)
        let written = CoNLLWriter().text(corpus)
        #expect(written == Self.sample)
        #expect(try CoNLLReader().parse(written) == corpus)
    }

    @Test func taggedOutputAppendsAColumn() throws {
        let corpus = try CoNLLReader().parse("A NN B-PER\nb NN O\n")
        let text = CoNLLWriter().text(corpus, appending: [["B-PER", "O"]])
        #expect(text == "A NN B-PER B-PER\nb NN O O\n")
    }

    @Test func malformedLineNamesTheLine() {
        #expect(throws: CoNLLReader.Failure.malformedLine(path: "<input>", line: 2, reason: "'X-PER' is not an entity tag (O, B-X, I-X, L-X, U-X, E-X, S-X)")) {
            try CoNLLReader().parse("a O\nb X-PER\n")
        }
        #expect(throws: CoNLLReader.Failure.self) { try CoNLLReader().parse("lonely\n") }
    }

    @Test func unerLayoutWithCommentsAndColumns() throws {
        let text = """
            # newdoc id = n1
            # sent_id = n1-1
            1\tKori\tB-PER\t-\tx
            2\tSchulman\tI-PER\t-\tx

            # sent_id = n1-2
            1\tHe\tO\t-\t-

            # newdoc id = n2
            # sent_id = n2-1
            1\tRome\tB-LOC\t-\t-

            """
        let corpus = try CoNLLReader(tokenColumn: 1, tagColumn: 2, commentPrefix: "#").parse(text)
        #expect(corpus.sentences.first?.tokens == ["Kori", "Schulman"])
        #expect(corpus.sentences.first?.tags == ["B-PER", "I-PER"])
        #expect(corpus.goldScheme == .iob2)
        // `# newdoc` comments start documents.
        #expect(corpus.documents.map(\.count) == [2, 1])
    }

    @Test func missingFileIsAnError() {
        #expect(throws: CoNLLReader.Failure.self) {
            try CoNLLReader().read(contentsOf: URL(fileURLWithPath: "/nonexistent/eng.testb"))
        }
    }

    @Test func schemeConversions() {
        let iob1 = ["I-PER", "I-PER", "B-PER", "O", "I-LOC"]
        #expect(NERTagScheme.iob2.convert(iob1) == ["B-PER", "I-PER", "B-PER", "O", "B-LOC"])
        #expect(NERTagScheme.bilou.convert(iob1) == ["B-PER", "L-PER", "U-PER", "O", "U-LOC"])
        #expect(NERTagScheme.iob1.convert(NERTagScheme.iob2.convert(iob1)) == iob1)
    }
}
