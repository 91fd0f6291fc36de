import Foundation
import Testing
@testable import NexusSyntax

/// Beam search over the calibrated transition probabilities (``ParserBeam``) and the fit of
/// the temperature (``ParserCalibration``), each against a plain definition.
@Suite struct ParserBeamTests {
    /// The beam search of the plain definition: every hypothesis scored with every feature of
    /// ``ParserFeatures/extract``, normalised by its own log-sum-exp over the valid classes,
    /// every valid class a candidate; the candidates sorted by log-probability (ties: earlier
    /// hypothesis, lower class), the first `width` kept, and of those the ones within
    /// `threshold` of the best.
    static func referenceBeam(_ parser: DependencyParser, _ sentence: ParserFeatures.Sentence, beam: ParserBeam) -> (heads: [Int], labels: [Int]) {
        var hypotheses = [(state: ArcEagerState(count: sentence.words.count - 1), logProbability: 0.0)]
        var features = [UInt64](repeating: 0, count: ParserFeatures.count)
        let t = Double(parser.temperature)
        while !hypotheses[0].state.isTerminal {
            var candidates: [(h: Int, k: Int, p: Double)] = []
            for (h, hypothesis) in hypotheses.enumerated() {
                let state = hypothesis.state
                var valid: [Int] = []
                parser.forEachValid(state) { valid.append($0) }
                if valid.count == 1 {
                    candidates.append((h, valid[0], hypothesis.logProbability))
                    continue
                }
                var scores = [Float](repeating: 0, count: parser.weights.classCount)
                features.withUnsafeMutableBufferPointer { ParserFeatures.extract(state, sentence, into: $0.baseAddress!) }
                features.withUnsafeBufferPointer { f in scores.withUnsafeMutableBufferPointer { parser.weights.score(f, into: $0.baseAddress!) } }
                let logZ = log(valid.map { exp(Double(scores[$0]) / t) }.reduce(0, +))
                for k in valid { candidates.append((h, k, hypothesis.logProbability + Double(scores[k]) / t - logZ)) }
            }
            candidates.sort { $0.p != $1.p ? $0.p > $1.p : ($0.h, $0.k) < ($1.h, $1.k) }
            let best = candidates[0].p
            hypotheses = candidates.prefix(beam.width).filter { $0.p >= best - beam.threshold }.map { c in
                var state = hypotheses[c.h].state
                state.apply(ArcEagerTransition(classIndex: c.k))
                return (state, c.p)
            }
        }
        return DependencyParser.singleRoot(hypotheses[0].state, rootLabel: parser.rootLabel, parataxis: parser.parataxisLabel)
    }

    static func input(_ model: SyntaxModel, _ words: [String]) -> ParserFeatures.Sentence {
        let atoms = words.map { WordAtoms($0, clusters: model.clusters) }
        let tags = model.tagger.tagWithAlternatives(atoms)
        return ParserFeatures.Sentence(atoms: atoms, tags: tags, coarse: tags.tags.map { model.coarse[$0] })
    }

    static let newsSentences = [
        "Blinken said that Washington will provide 436 million dollars to Syria .",
        "France and Germany pledged troops to the mission , officials said on Monday .",
        "The minister , who met his Italian counterpart in Rome , urged Turkey to reopen the border .",
        "Should the talks fail , the alliance will respond .",
    ]

    @Test func shippedModelIsCalibrated() throws {
        #expect(try Treebank.model.parser.temperature > 0)
    }

    @Test func beamSearchIsThePlainDefinitionOnNewsSentences() throws {
        let model = try Treebank.model
        for text in Self.newsSentences {
            let sentence = Self.input(model, text.split(separator: " ").map(String.init))
            for beam in [ParserBeam(width: 2, threshold: 1), ParserBeam(width: 4), ParserBeam(width: 8, threshold: 100)] {
                let parse = model.parser.parse(sentence, beam: beam)
                let reference = Self.referenceBeam(model.parser, sentence, beam: beam)
                #expect(parse.heads == reference.heads && parse.labels == reference.labels, "\(text), width \(beam.width)")
            }
        }
    }

    @Test(.enabled(if: Treebank.isAvailable, "needs ../shared/data/ud/english-ewt"))
    func beamSearchIsThePlainDefinitionOnDevSentences() throws {
        let model = try Treebank.model
        for words in try Treebank.document("dev").sentences.prefix(200).map({ $0.words.map { ParserWords.normalized($0.form) } }) where !words.isEmpty {
            let sentence = Self.input(model, words)
            for beam in [ParserBeam(width: 2, threshold: 1), ParserBeam(width: 8)] {
                let parse = model.parser.parse(sentence, beam: beam)
                let reference = Self.referenceBeam(model.parser, sentence, beam: beam)
                #expect(parse.heads == reference.heads && parse.labels == reference.labels, "\(words.joined(separator: " ")), width \(beam.width)")
            }
        }
    }

    @Test func widthOneAndNoTemperatureAreGreedy() throws {
        let model = try Treebank.model
        let uncalibrated = DependencyParser(relations: model.parser.relations, weights: model.parser.weights)
        for text in Self.newsSentences {
            let sentence = Self.input(model, text.split(separator: " ").map(String.init))
            let greedy = model.parser.parse(sentence)
            let one = model.parser.parse(sentence, beam: .greedy)
            let none = uncalibrated.parse(sentence, beam: ParserBeam(width: 8))
            #expect(one.heads == greedy.heads && one.labels == greedy.labels)
            #expect(none.heads == greedy.heads && none.labels == greedy.labels)
        }
    }

    /// Two-way choices whose correct side is the higher score in a fraction q of cases, with
    /// a score gap d: the likelihood is largest where the logistic 1 / (1 + exp(−d/T)) equals
    /// q, that is at T = d / ln(q / (1 − q)).
    @Test func calibrationRecoversTheTemperatureOfKnownChoices() {
        var choices = ParserCalibration.Choices()
        for i in 0..<1000 {
            choices.append(scores: [0, -1000], correct: i < 880 ? [true, false] : [false, true])
        }
        let expected = 1000 / log(880.0 / 120.0)
        let fitted = Double(ParserCalibration.fit(choices))
        #expect(abs(fitted - expected) / expected < 0.001, "fitted \(fitted), expected \(expected)")
        // A choice with two correct transitions is sure whatever T is, and moves nothing.
        choices.append(scores: [0, -500], correct: [true, true])
        #expect(abs(Double(ParserCalibration.fit(choices)) - expected) / expected < 0.001)
        #expect(ParserCalibration.fit(ParserCalibration.Choices()) == 0)
    }
}
