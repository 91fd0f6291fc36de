import Foundation
import NexusLearning

/// Fits the temperature that turns a trained parser's perceptron scores into transition
/// probabilities (``DependencyParser/temperature``), by temperature scaling (Guo, Pleiss, Sun &
/// Weinberger 2017, "On calibration of modern neural networks"; a one-parameter form of Platt
/// scaling, Platt 1999) on held-out sentences.
///
/// The parser runs greedily over each sentence, as it will when parsing. At each configuration
/// where more than one transition is valid, the transitions of cost 0 under the dynamic oracle
/// (``ArcEagerOracle``) are the correct ones, also after the parser's own mistakes. The fitted
/// T minimises the mean negative log-probability that p(k) = exp(s_k / T) / Σ_valid exp(s_j / T)
/// gives the correct transitions, −log Σ_correct p(k); the function of log T is searched by
/// golden-section search over T from 1 to 2^24 units of the weight table's scale.
/// - Complexity: O(configurations · classes) per evaluation of the likelihood, 60 evaluations.
public enum ParserCalibration {
    /// The fitted temperature, or 0 when no configuration has a choice.
    /// - Parameters:
    ///   - sentences: the parser's inputs (tagged as when parsing).
    ///   - oracles: the gold trees of the same sentences (projective, see ``Projectivizer``).
    public static func temperature(_ parser: DependencyParser, sentences: [ParserFeatures.Sentence], oracles: [ArcEagerOracle]) -> Float {
        fit(Choices(parser, sentences: sentences, oracles: oracles))
    }

    /// The temperature of least loss on `choices` (0 when there are none): golden-section
    /// search over log T.
    static func fit(_ choices: Choices) -> Float {
        guard choices.count > 0 else { return 0 }
        let ratio = (sqrt(5.0) - 1) / 2
        var low = 0.0, high = log(Double(1 << 24))
        var a = high - ratio * (high - low), b = low + ratio * (high - low)
        var lossA = choices.loss(exp(a)), lossB = choices.loss(exp(b))
        for _ in 0..<58 {
            if lossA <= lossB {
                high = b; b = a; lossB = lossA
                a = high - ratio * (high - low); lossA = choices.loss(exp(a))
            } else {
                low = a; a = b; lossA = lossB
                b = low + ratio * (high - low); lossB = choices.loss(exp(b))
            }
        }
        return Float(exp((low + high) / 2))
    }

    /// The configurations with a choice that a greedy parse passes through: per configuration
    /// the valid transitions' scores less the largest, and which of them are correct.
    struct Choices {
        var starts: [Int] = [0]
        var scores: [Float] = []
        var correct: [Bool] = []
        var count: Int { starts.count - 1 }

        init() {}

        /// Adds a configuration: its valid transitions' scores and which are correct.
        mutating func append(scores row: [Float], correct rowCorrect: [Bool]) {
            let largest = row.max() ?? 0
            scores += row.map { $0 - largest }
            correct += rowCorrect
            starts.append(scores.count)
        }

        init(_ parser: DependencyParser, sentences: [ParserFeatures.Sentence], oracles: [ArcEagerOracle]) {
            let labels = parser.relations.count
            var features = [UInt64](repeating: 0, count: ParserFeatures.configurationTemplates.count)
            var row = [Float](repeating: 0, count: parser.weights.classCount)
            for (sentence, oracle) in zip(sentences, oracles) {
                let positions = DependencyParser.PositionScores(parser.weights, sentence)
                var state = ArcEagerState(count: sentence.words.count - 1)
                while !state.isTerminal {
                    if let forced = DependencyParser.onlyValid(state, rootLabel: parser.rootLabel) {
                        state.apply(ArcEagerTransition(classIndex: forced))
                        continue
                    }
                    features.withUnsafeMutableBufferPointer { f in
                        row.withUnsafeMutableBufferPointer { parser.scoreConfiguration(state, sentence, positions: positions, features: f, into: $0.baseAddress!) }
                    }
                    let zero = oracle.zeroCost(state, labels: labels)
                    let best = row.withUnsafeBufferPointer {
                        DependencyParser.bestValid(state, scores: $0, labels: labels, rootLabel: parser.rootLabel)
                    }
                    var valid: [Int] = []
                    parser.forEachValid(state) { valid.append($0) }
                    if valid.contains(where: { zero[$0] }) { append(scores: valid.map { row[$0] }, correct: valid.map { zero[$0] }) }
                    state.apply(ArcEagerTransition(classIndex: best))
                }
            }
        }

        /// The mean of −log Σ_correct p(k) at temperature `t`.
        func loss(_ t: Double) -> Double {
            var total = 0.0
            for c in 0..<count {
                var all = 0.0, right = 0.0
                for k in starts[c]..<starts[c + 1] {
                    let p = exp(Double(scores[k]) / t)
                    all += p
                    if correct[k] { right += p }
                }
                total -= log(right / all)
            }
            return total / Double(count)
        }
    }
}
