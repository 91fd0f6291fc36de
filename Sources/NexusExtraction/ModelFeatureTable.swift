/// Feature hash → weight row, for tagging: an open-addressing hash table with linear probing
/// (capacity a power of two, load ≤ 0.5) and the weights in one contiguous array, the tag
/// dimension contiguous per feature.
/// - Complexity: lookup O(1) expected; building O(features).
public struct ModelFeatureTable: Sendable, Equatable {
    /// A hash-table slot: the feature hash (0 when empty) and its row in `weights`,
    /// side by side so a probe touches one cache line.
    struct Slot: Equatable {
        var key: UInt64
        var row: Int
    }
    private let slots: [Slot]
    /// Row-major: `weights[row * tagCount + tag]`.
    public let weights: [Float]
    public let tagCount: Int
    /// The hashes in row order (for writing the model back).
    public let rowKeys: [UInt64]
    private let mask: Int

    /// - Parameters:
    ///   - keys: distinct non-zero feature hashes, one per row.
    ///   - weights: `keys.count × tagCount` weights, row-major.
    public init(keys rowKeys: [UInt64], weights: [Float], tagCount: Int) {
        precondition(weights.count == rowKeys.count * tagCount)
        var capacity = 16
        while capacity < rowKeys.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, row: -1), count: capacity)
        let mask = capacity - 1
        for (row, key) in rowKeys.enumerated() {
            precondition(key != 0, "feature hash 0 is reserved")
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, row: row)
        }
        self.slots = slots
        self.mask = mask
        self.weights = weights
        self.tagCount = tagCount
        self.rowKeys = rowKeys
    }

    public var count: Int { rowKeys.count }

    /// The row of a feature, or -1 when the model does not know it.
    @inline(__always)
    public func row(of key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let s = slots[slot]
                if s.key == key { return s.row }
                if s.key == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds the weight rows of `features` into `scores` (each `tagCount` long, token-major).
    /// - Parameters:
    ///   - features: `n × perToken` hashes.
    ///   - scores: `n × tagCount` accumulators.
    func accumulate(_ features: [UInt64], perToken: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        let t = tagCount
        let mask = self.mask
        slots.withUnsafeBufferPointer { slots in
            weights.withUnsafeBufferPointer { weights in
                features.withUnsafeBufferPointer { features in
                    guard let slotBase = slots.baseAddress, let weightBase = weights.baseAddress,
                          let featureBase = features.baseAddress, let scoreBase = scores.baseAddress else { return }
                    let n = features.count / perToken
                    // Resolve every feature's row first: the probes are independent, so their
                    // cache misses overlap; then add the rows.
                    var rows = [Int](repeating: -1, count: features.count)
                    rows.withUnsafeMutableBufferPointer { rows in
                        for index in 0..<features.count {
                            let key = featureBase[index]
                            var slot = Int(truncatingIfNeeded: key) & mask
                            while true {
                                let s = slotBase[slot]
                                if s.key == key { rows[index] = s.row; break }
                                if s.key == 0 { break }
                                slot = (slot + 1) & mask
                            }
                        }
                        for token in 0..<n {
                            let target = scoreBase + token * t
                            for f in (token * perToken)..<((token + 1) * perToken) {
                                let row = rows[f]
                                guard row >= 0 else { continue }
                                let source = weightBase + row * t
                                for y in 0..<t { target[y] += source[y] }
                            }
                        }
                    }
                }
            }
        }
    }
}
