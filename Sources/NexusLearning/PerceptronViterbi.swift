/// First-order Viterbi decoding over allowed tag transitions.
///
/// Score of a path y: Σᵢ emission[i][yᵢ] + transition[yᵢ₋₁][yᵢ], with y₋₁ the start state;
/// disallowed transitions (``PerceptronTagSet/allows(_:_:)``) and disallowed final tags are
/// excluded. Ties go to the lower tag index, so decoding is deterministic.
/// Reference: Viterbi 1967; as used for the structured perceptron by Collins 2002.
/// - Complexity: O(n · T²) time, O(n · T) memory, for n tokens and T tags.
public struct PerceptronViterbi: Sendable {
    let tagCount: Int
    /// (T + 1) × T: row `T` is the start state; disallowed entries are `-infinity`.
    let transitions: [Float]
    /// T entries: 0 or `-infinity` for tags that may not end a sentence.
    let endPenalty: [Float]
    /// For each tag, the tags allowed before it (flattened, with offsets): the inner loop skips
    /// forbidden transitions (about a third of the T² pairs remain for BILOU).
    let predecessors: [Int32]
    let predecessorStart: [Int]

    public init(tagSet: PerceptronTagSet, weights: [Float]) {
        let t = tagSet.count
        precondition(weights.count == (t + 1) * t)
        var transitions = weights
        for previous in 0...t {
            for next in 0..<t where !tagSet.allows(previous, next) {
                transitions[previous * t + next] = -.infinity
            }
        }
        self.tagCount = t
        self.transitions = transitions
        self.endPenalty = (0..<t).map { tagSet.allowsEnd($0) ? 0 : -.infinity }
        var predecessors: [Int32] = []
        var predecessorStart: [Int] = [0]
        for next in 0..<t {
            for previous in 0..<t where tagSet.allows(previous, next) { predecessors.append(Int32(previous)) }
            predecessorStart.append(predecessors.count)
        }
        self.predecessors = predecessors
        self.predecessorStart = predecessorStart
    }

    /// The best tag path for `n` tokens given `emissions` (n × T, token-major).
    public func decode(_ emissions: UnsafeBufferPointer<Float>, count n: Int) -> [Int] {
        let t = tagCount
        guard n > 0 else { return [] }
        var score = [Float](repeating: 0, count: n * t)
        var back = [Int32](repeating: 0, count: n * t)
        transitions.withUnsafeBufferPointer { trans in
          predecessors.withUnsafeBufferPointer { predecessors in
            predecessorStart.withUnsafeBufferPointer { predecessorStart in
            score.withUnsafeMutableBufferPointer { score in
                back.withUnsafeMutableBufferPointer { back in
                    for y in 0..<t { score[y] = trans[t * t + y] + emissions[y] }
                    for i in 1..<max(1, n) {
                        let row = i * t, previousRow = (i - 1) * t
                        for y in 0..<t {
                            var best = -Float.infinity
                            var bestPrevious = 0
                            for k in predecessorStart[y]..<predecessorStart[y + 1] {
                                let p = Int(predecessors[k])
                                let s = score[previousRow + p] + trans[p * t + y]
                                if s > best { best = s; bestPrevious = p }
                            }
                            score[row + y] = best + emissions[row + y]
                            back[row + y] = Int32(bestPrevious)
                        }
                    }
                }
            }
            }
          }
        }
        var bestLast = 0
        var best = -Float.infinity
        for y in 0..<t {
            let s = score[(n - 1) * t + y] + endPenalty[y]
            if s > best { best = s; bestLast = y }
        }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = bestLast
        var i = n - 1
        while i > 0 {
            path[i - 1] = Int(back[i * t + path[i]])
            i -= 1
        }
        return path
    }
}
