/// A multi-class averaged perceptron over hashed features, for training (Collins 2002; the
/// averaging after Daumé 2006: each weight w keeps u = Σ c·δ over its updates, where c is the
/// number of the step; the average after C steps is w − u / C).
///
/// Rows are dense over the classes (`classCount` floats per feature) and are allocated the first
/// time a feature is updated; features never updated score 0 and take no memory.
/// - Complexity: scoring O(features · classes); an update O(features) per class changed;
///   averaging O(rows · classes).
public struct AveragedPerceptron: Sendable {
    public let classCount: Int
    private var rowOf: [UInt64: Int32] = [:]
    private(set) var keys: [UInt64] = []
    private var weights: [Float] = []
    private var accumulated: [Double] = []
    /// Completed steps (one per training decision).
    public private(set) var step: Int = 1
    /// When set, only these features get weights; others are ignored by updates.
    public var allowed: Set<UInt64>? = nil

    public init(classCount: Int) {
        precondition(classCount > 0)
        self.classCount = classCount
    }

    public var rowCount: Int { keys.count }

    /// Adds each known feature's row into `scores` (`classCount` long, not cleared).
    public func score(_ features: [UInt64], into scores: inout [Float]) {
        let c = classCount
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for feature in features {
                    guard let row = rowOf[feature] else { continue }
                    let base = Int(row) * c
                    for y in 0..<c { s[y] += w[base + y] }
                }
            }
        }
    }

    /// Moves the weights of `features` by +1 for `gold` and −1 for `predicted`.
    public mutating func update(_ features: [UInt64], gold: Int, predicted: Int) {
        guard gold != predicted else { return }
        let c = classCount
        let stamp = Double(step)
        for feature in features {
            let row: Int
            if let known = rowOf[feature] { row = Int(known) }
            else {
                if let allowed, !allowed.contains(feature) { continue }
                row = keys.count
                rowOf[feature] = Int32(row)
                keys.append(feature)
                weights.append(contentsOf: repeatElement(0, count: c))
                accumulated.append(contentsOf: repeatElement(0, count: c))
            }
            weights[row * c + gold] += 1
            accumulated[row * c + gold] += stamp
            weights[row * c + predicted] -= 1
            accumulated[row * c + predicted] -= stamp
        }
    }

    /// Ends one training decision.
    public mutating func advance() { step += 1 }

    /// The averaged weights, rows in first-update order.
    public func averaged() -> (keys: [UInt64], weights: [Float]) {
        let total = Double(step)
        var out = [Float](repeating: 0, count: weights.count)
        for i in weights.indices {
            out[i] = Float(Double(weights[i]) - accumulated[i] / total)
        }
        return (keys, out)
    }

    /// The averaged weights with the rows ordered by `frequency` (most frequent first, ties in
    /// first-update order): the rows a model reads most often then come first, where
    /// ``SparseWeightTable`` keeps them in its small table.
    public func averaged(orderedBy frequency: [UInt64: Int32]) -> (keys: [UInt64], weights: [Float]) {
        let (keys, weights) = averaged()
        let c = classCount
        let order = keys.indices.sorted { (frequency[keys[$0]] ?? 0, -$0) > (frequency[keys[$1]] ?? 0, -$1) }
        var orderedWeights = [Float]()
        orderedWeights.reserveCapacity(weights.count)
        for row in order { orderedWeights += weights[(row * c)..<((row + 1) * c)] }
        return (order.map { keys[$0] }, orderedWeights)
    }
}
