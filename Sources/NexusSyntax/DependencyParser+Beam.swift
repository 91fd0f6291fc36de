import Foundation
import NexusLearning

extension DependencyParser {
    /// Heads and relation indices as ``parse(_:)`` gives them, found by beam search
    /// (``ParserBeam``) over the calibrated transition probabilities: each partial sequence
    /// scores the sum over its transitions of log p(k) = s_k / T − log Σ_valid exp(s_j / T).
    ///
    /// Every sequence of a sentence of n words has 2n transitions (each word is pushed once,
    /// by SHIFT or RIGHT, and popped once, by REDUCE or LEFT), so the sequences of the beam
    /// end together and their sums compare like with like. A forced transition
    /// (``onlyValid(_:rootLabel:)``) has probability 1. Ties go to the sequence kept first and
    /// then to the lower class, so the result is deterministic. Width 1, or a parser without a
    /// temperature, is the greedy parse.
    /// - Complexity: O(n · width) configurations scored, at most; with threshold pruning most
    ///   configurations of a sentence have a beam of one.
    public func parse(_ sentence: ParserFeatures.Sentence, beam: ParserBeam) -> (heads: [Int], labels: [Int]) {
        guard beam.width > 1, temperature > 0 else { return parse(sentence) }
        let n = sentence.words.count - 1
        let positions = PositionScores(weights, sentence)
        var features = [UInt64](repeating: 0, count: ParserFeatures.configurationTemplates.count)
        var scores = [Float](repeating: 0, count: weights.classCount)
        var hypotheses = [Hypothesis(state: ArcEagerState(count: n), logProbability: 0)]
        var candidates: [Candidate] = []
        var top: [(transition: Int, score: Float)] = []
        top.reserveCapacity(beam.width + 1)
        let inverseTemperature = 1 / Double(temperature)
        while !hypotheses[0].state.isTerminal {
            candidates.removeAll(keepingCapacity: true)
            for (h, hypothesis) in hypotheses.enumerated() {
                let state = hypothesis.state
                if let forced = Self.onlyValid(state, rootLabel: rootLabel) {
                    candidates.append(Candidate(hypothesis: h, transition: forced, logProbability: hypothesis.logProbability))
                    continue
                }
                features.withUnsafeMutableBufferPointer { f in
                    scores.withUnsafeMutableBufferPointer { scoreConfiguration(state, sentence, positions: positions, features: f, into: $0.baseAddress!) }
                }
                scores.withUnsafeBufferPointer { topValid(state, scores: $0, count: beam.width, into: &top) }
                // With one sequence in the beam every candidate shares its normalizer, which
                // then changes no ranking and need not be computed.
                let normalizer = hypotheses.count == 1 ? Double(top[0].score) * inverseTemperature
                    : scores.withUnsafeBufferPointer { logSumExp(state, scores: $0, maximum: top[0].score, scale: inverseTemperature) }
                for (k, score) in top {
                    candidates.append(Candidate(hypothesis: h, transition: k,
                                                logProbability: hypothesis.logProbability + Double(score) * inverseTemperature - normalizer))
                }
            }
            candidates.sort()
            let best = candidates[0].logProbability
            let kept = candidates.prefix(beam.width).prefix { $0.logProbability >= best - beam.threshold }
            if hypotheses.count == 1 && kept.count == 1 {
                hypotheses[0].state.apply(ArcEagerTransition(classIndex: kept[0].transition))
                hypotheses[0].logProbability = 0
                continue
            }
            hypotheses = kept.map { candidate in
                var state = hypotheses[candidate.hypothesis].state
                state.apply(ArcEagerTransition(classIndex: candidate.transition))
                return Hypothesis(state: state, logProbability: candidate.logProbability - best)
            }
        }
        return Self.singleRoot(hypotheses[0].state, rootLabel: rootLabel, parataxis: parataxisLabel)
    }

    /// A partial transition sequence and its log-probability relative to the best one's.
    struct Hypothesis {
        var state: ArcEagerState
        var logProbability: Double
    }

    /// One way to extend a hypothesis; ordered most probable first, then by hypothesis and
    /// class.
    struct Candidate: Comparable {
        var hypothesis: Int
        var transition: Int
        var logProbability: Double

        static func < (a: Candidate, b: Candidate) -> Bool {
            if a.logProbability != b.logProbability { return a.logProbability > b.logProbability }
            return (a.hypothesis, a.transition) < (b.hypothesis, b.transition)
        }
    }

    /// Writes into `top` the valid classes of the `count` highest scores, highest first (ties:
    /// lower class).
    func topValid(_ state: ArcEagerState, scores: UnsafeBufferPointer<Float>, count: Int, into top: inout [(transition: Int, score: Float)]) {
        top.removeAll(keepingCapacity: true)
        forEachValid(state) { k in
            let score = scores[k]
            guard top.count < count || score > top[top.count - 1].score else { return }
            var at = top.count
            while at > 0 && score > top[at - 1].score { at -= 1 }
            top.insert((k, score), at: at)
            if top.count > count { top.removeLast() }
        }
    }

    /// log Σ_valid exp(s_k · scale), computed from the largest valid score for stability; a
    /// class more than 40 below the largest in log units, whose share of the sum is under
    /// e^−40 ≈ 4 · 10^−18, is skipped (most of the ~100 classes are).
    func logSumExp(_ state: ArcEagerState, scores: UnsafeBufferPointer<Float>, maximum: Float, scale: Double) -> Double {
        var sum = 0.0
        let floor = maximum - Float(40 / scale)
        forEachValid(state) { k in
            if scores[k] > floor { sum += exp(Double(scores[k] - maximum) * scale) }
        }
        return Double(maximum) * scale + log(sum)
    }

    /// Calls `body` with each valid class of `state`, in increasing order (the classes
    /// ``bestValid(_:scores:labels:rootLabel:)`` considers).
    @inline(__always)
    func forEachValid(_ state: ArcEagerState, _ body: (Int) -> Void) {
        if state.canShift() { body(0) }
        if state.canReduce() { body(1) }
        let canLeft = state.canLeft(), canRight = state.canRight()
        if canLeft && state.front == state.count { body(2 + 2 * rootLabel) }
        guard (canLeft && state.front < state.count) || canRight else { return }
        for l in 0..<relations.count where l != rootLabel {
            if canLeft && state.front < state.count { body(2 + 2 * l) }
            if canRight { body(3 + 2 * l) }
        }
    }
}
