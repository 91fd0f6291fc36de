import Testing
@testable import NexusEntities

/// Expected counts below were worked out by hand from the conlleval chunking rules.
@Suite struct NEREvaluatorTests {
    @Test func iob2OneRightOneWrongType() {
        let report = NEREvaluator().evaluate(gold: [["B-PER", "I-PER", "O", "B-LOC"]],
                                             predicted: [["B-PER", "I-PER", "O", "B-ORG"]])
        #expect(report.overall == NEREvaluator.Counts(gold: 2, predicted: 2, correct: 1))
        #expect(abs(report.overall.f1 - 0.5) < 1e-12)
        #expect(report.byType["PER"] == NEREvaluator.Counts(gold: 1, predicted: 1, correct: 1))
        #expect(report.byType["LOC"] == NEREvaluator.Counts(gold: 1, predicted: 0, correct: 0))
        #expect(report.byType["ORG"] == NEREvaluator.Counts(gold: 0, predicted: 1, correct: 0))
        #expect(report.byType["LOC"]!.f1 == 0)
        #expect(report.tokens == 4 && report.correctTokens == 3)
    }

    @Test func iob1BeginSplitsAdjacentChunks() {
        // Gold: PER[0,2) and PER[2,3); prediction merges them into PER[0,3): nothing correct.
        let report = NEREvaluator().evaluate(gold: [["I-PER", "I-PER", "B-PER", "O"]],
                                             predicted: [["I-PER", "I-PER", "I-PER", "O"]])
        #expect(report.overall == NEREvaluator.Counts(gold: 2, predicted: 1, correct: 0))
        #expect(report.overall.precision == 0 && report.overall.recall == 0 && report.overall.f1 == 0)
    }

    @Test func chunkStartsAtInsideAfterOutsideOrTypeChange() {
        #expect(NERChunker.spans(from: ["O", "I-LOC", "I-ORG", "I-ORG"]) ==
                [NERSpan(range: 1..<2, label: "LOC"), NERSpan(range: 2..<4, label: "ORG")])
        #expect(NERChunker.spans(from: ["B-PER", "I-LOC"]) ==
                [NERSpan(range: 0..<1, label: "PER"), NERSpan(range: 1..<2, label: "LOC")])
        // B after I of the same type starts a new chunk; the sentence end closes the last one.
        #expect(NERChunker.spans(from: ["B-ORG", "I-ORG", "B-ORG"]) ==
                [NERSpan(range: 0..<2, label: "ORG"), NERSpan(range: 2..<3, label: "ORG")])
    }

    @Test func precisionRecallF1Formula() {
        // Gold: 4 chunks; predicted: 3 chunks of which 2 are exact. P = 2/3, R = 1/2, F1 = 4/7.
        let gold = [["B-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "B-MISC"]]
        let predicted = [["B-PER", "O", "B-LOC", "O", "B-ORG", "O", "O", "O"]]
        let report = NEREvaluator().evaluate(gold: gold, predicted: predicted)
        #expect(report.overall == NEREvaluator.Counts(gold: 4, predicted: 3, correct: 2))
        #expect(abs(report.overall.f1 - 4.0 / 7.0) < 1e-12)
    }

    @Test func sentenceBoundaryEndsChunks() {
        // The same tokens split in two sentences: the chunk cannot run across the boundary.
        let report = NEREvaluator().evaluate(gold: [["I-PER"], ["I-PER"]], predicted: [["I-PER"], ["I-PER"]])
        #expect(report.overall == NEREvaluator.Counts(gold: 2, predicted: 2, correct: 2))
    }

    @Test func keptTypesAndTypeMapDropAndRename() {
        let evaluator = NEREvaluator(keptTypes: ["PER", "LOC"], typeMap: ["geo": "LOC"])
        let report = evaluator.evaluate(gold: [["B-geo", "O", "B-MISC", "B-PER"]],
                                        predicted: [["B-LOC", "O", "O", "B-PER"]])
        #expect(report.overall == NEREvaluator.Counts(gold: 2, predicted: 2, correct: 2))
        #expect(report.byType["MISC"] == nil)
    }

    @Test func conllevalTextShowsPercentages() {
        let report = NEREvaluator().evaluate(gold: [["B-PER", "O"]], predicted: [["B-PER", "O"]])
        #expect(report.conllevalText.contains("FB1: 100.00"))
        #expect(report.conllevalText.hasPrefix("processed 2 tokens with 1 phrases; found: 1 phrases; correct: 1."))
    }
}
