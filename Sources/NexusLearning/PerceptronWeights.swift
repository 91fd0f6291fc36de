/// Perceptron weights with lazy averaging (the "averaged weights trick").
///
/// For every weight w: `total` holds Σ of w over the steps before `stamp`; when w changes during
/// step c (0-based), `total += (c − stamp) · w` first and `stamp = c`. The average after C steps,
/// `(total + (C − stamp) · w) / C`, is the mean of the weights after each step.
/// - Complexity: an update touches O(changed weights); averaging is O(all weights).
public struct PerceptronWeights {
    let tagCount: Int
    private(set) var features: [Float]
    private var featureTotals: [Double]
    private var featureStamps: [Int32]
    private(set) var transitions: [Float]
    private var transitionTotals: [Double]
    private var transitionStamps: [Int32]
    /// Sentences seen so far.
    private(set) var step: Int32 = 0

    public init(rows: Int, tagCount: Int) {
        self.tagCount = tagCount
        features = [Float](repeating: 0, count: rows * tagCount)
        featureTotals = [Double](repeating: 0, count: rows * tagCount)
        featureStamps = [Int32](repeating: 0, count: rows * tagCount)
        let transitionCount = (tagCount + 1) * tagCount
        transitions = [Float](repeating: 0, count: transitionCount)
        transitionTotals = [Double](repeating: 0, count: transitionCount)
        transitionStamps = [Int32](repeating: 0, count: transitionCount)
    }

    /// One perceptron step on one sentence; returns whether the prediction (made before the
    /// update) was wrong, and the prediction.
    public mutating func learn(rows: [Int32], gold: [Int], tagSet: PerceptronTagSet) -> (wrong: Bool, predicted: [Int]) {
        // Updates are stamped with the number of completed steps, so the new value counts
        // from this step on: the average is over the weights after each step (Collins 2002).
        defer { step += 1 }
        let perToken = rows.count / gold.count
        let predicted = Self.decode(rows: rows, perToken: perToken, features: features, transitions: transitions, tagSet: tagSet)
        guard predicted != gold else { return (false, predicted) }
        let t = tagCount
        for i in gold.indices {
            let previousGold = i == 0 ? t : gold[i - 1]
            let previousPredicted = i == 0 ? t : predicted[i - 1]
            if previousGold != previousPredicted || gold[i] != predicted[i] {
                updateTransition(previousGold * t + gold[i], by: 1)
                updateTransition(previousPredicted * t + predicted[i], by: -1)
            }
            guard gold[i] != predicted[i] else { continue }
            for k in (i * perToken)..<((i + 1) * perToken) {
                let row = Int(rows[k])
                updateFeature(row * t + gold[i], by: 1)
                updateFeature(row * t + predicted[i], by: -1)
            }
        }
        return (true, predicted)
    }

    @inline(__always)
    private mutating func updateFeature(_ index: Int, by delta: Float) {
        featureTotals[index] += Double(step - featureStamps[index]) * Double(features[index])
        featureStamps[index] = step
        features[index] += delta
    }

    @inline(__always)
    private mutating func updateTransition(_ index: Int, by delta: Float) {
        transitionTotals[index] += Double(step - transitionStamps[index]) * Double(transitions[index])
        transitionStamps[index] = step
        transitions[index] += delta
    }

    /// The averaged weights after the current step.
    public func averaged() -> (features: [Float], transitions: [Float]) {
        let c = Double(max(step, 1))
        func average(_ w: [Float], _ totals: [Double], _ stamps: [Int32]) -> [Float] {
            var out = [Float](repeating: 0, count: w.count)
            for i in w.indices {
                out[i] = Float((totals[i] + Double(step - stamps[i]) * Double(w[i])) / c)
            }
            return out
        }
        return (average(features, featureTotals, featureStamps), average(transitions, transitionTotals, transitionStamps))
    }

    /// Viterbi decoding of one sentence given dense feature rows (−1 = unknown feature).
    public static func decode(rows: [Int32], perToken: Int,
                       features: [Float], transitions: [Float], tagSet: PerceptronTagSet) -> [Int] {
        let t = tagSet.count
        let n = rows.count / perToken
        var emissions = [Float](repeating: 0, count: n * t)
        features.withUnsafeBufferPointer { w in
            for (k, row) in rows.enumerated() where row >= 0 {
                let base = (k / perToken) * t
                let r = Int(row) * t
                for y in 0..<t { emissions[base + y] += w[r + y] }
            }
        }
        let viterbi = PerceptronViterbi(tagSet: tagSet, weights: transitions)
        return emissions.withUnsafeBufferPointer { viterbi.decode($0, count: n) }
    }
}
