import Foundation
import Testing
@testable import NexusSyntax

/// The shipped model on the English Web Treebank's test part, scored the CoNLL 2018 way
/// (``ParserEvaluation``); skipped when `../shared/data/ud` is absent.
@Suite struct ParserAccuracyTests {
    @Test(.enabled(if: Treebank.isAvailable, "needs ../shared/data/ud/english-ewt"))
    func ewtTestScoresAboveTheFloor() throws {
        let score = ParserEvaluation.score(try Treebank.model, on: try Treebank.document("test"))
        #expect(score.words == 25_094)
        // Floors: the shipped model scores UPOS 95.12, UAS 86.76, LAS 83.80 here (86.53 and
        // 83.53 without the tree constraint); single training runs with other seeds score up to
        // 0.5 lower, so a drop of more than 0.6 is a regression (the bar, UAS 87 / LAS
        // 84, is not reached yet; see docs/parser.md).
        #expect(score.upos >= 0.945, "UPOS \(score.upos)")
        #expect(score.uas >= 0.861, "UAS \(score.uas)")
        #expect(score.las >= 0.832, "LAS \(score.las)")
        #expect(score.las <= score.uas)
    }

    /// Beam search of width 8 (``ParserBeam``) over the calibrated probabilities scores UAS
    /// 87.02 and LAS 84.06 here (the greedy parser 86.76 and 83.80); the floors allow for a
    /// retrained model's seed noise, and the beam must stay ahead of the greedy parse.
    @Test(.enabled(if: Treebank.isAvailable, "needs ../shared/data/ud/english-ewt"))
    func ewtTestScoresAboveTheFloorWithABeamOfEight() throws {
        let model = try Treebank.model
        let test = try Treebank.document("test")
        let beam = ParserEvaluation.score(model, on: test, beam: ParserBeam(width: 8))
        let greedy = ParserEvaluation.score(model, on: test)
        #expect(beam.uas >= 0.866, "UAS \(beam.uas)")
        #expect(beam.las >= 0.836, "LAS \(beam.las)")
        #expect(beam.uas > greedy.uas + 0.002 && beam.las > greedy.las + 0.002, "beam \(beam.uas) \(beam.las), greedy \(greedy.uas) \(greedy.las)")
    }

    /// The tree constraint is a gain on dev (UAS 86.07 → 86.22, LAS 83.08 → 83.25 with the
    /// shipped model).
    @Test(.enabled(if: Treebank.isAvailable, "needs ../shared/data/ud/english-ewt"))
    func treeConstraintGainsOnDev() throws {
        let model = try Treebank.model
        var plain = model.parser
        plain.treeConstraint = false
        let without = SyntaxModel(tagger: model.tagger, parser: plain, clusters: model.clusters)
        let dev = try Treebank.document("dev")
        let with = ParserEvaluation.score(model, on: dev)
        let before = ParserEvaluation.score(without, on: dev)
        #expect(with.uas > before.uas + 0.001 && with.las > before.las + 0.001, "with \(with.uas) \(with.las), without \(before.uas) \(before.las)")
    }

    /// The evaluation itself, on a gold file whose prediction is known: a document scored
    /// against its own annotation by the model scores as the model's predictions agree.
    @Test func evaluationCountsAgreementWithTheGold() throws {
        let model = try Treebank.model
        let gold = try CoNLLUDocument(text: CoNLLUDocumentTests.handWritten)
        let predicted = model.annotate(gold)
        var heads = 0, labelled = 0, words = 0
        for (p, g) in zip(predicted.sentences, gold.sentences) {
            for (pw, gw) in zip(p.words, g.words) {
                words += 1
                if pw.head == gw.head {
                    heads += 1
                    if pw.universalRelation == gw.universalRelation { labelled += 1 }
                }
            }
        }
        let score = ParserEvaluation.score(model, on: gold)
        #expect(score.words == words)
        #expect(score.headsRight == heads)
        #expect(score.labelledRight == labelled)
        // Scored against its own output, the model agrees with itself everywhere.
        let own = ParserEvaluation.score(model, on: predicted)
        #expect(own.headsRight == own.words)
        #expect(own.labelledRight == own.words)
        #expect(own.uposRight == own.words)
    }
}
