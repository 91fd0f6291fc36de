/// Feature hash → weight row, for tagging: an open-addressing hash table with linear probing
/// (capacity a power of two, load ≤ 2/3) and the weights in one contiguous array, the tag
/// dimension contiguous per feature.
/// - Complexity: lookup O(1) expected; building O(features).
public struct ModelFeatureTable: Sendable, Equatable {
    /// A hash-table slot, 8 bytes so the table stays small enough for the cache: the high 32 bits
    /// of the feature hash (0 when empty; the low bits choose the slot, so a match compares about
    /// 32 + log2(capacity) bits) and the feature's row in `weights`.
    struct Slot: Equatable {
        var fingerprint: UInt32
        var row: UInt32
    }
    private let slots: [Slot]
    /// One bit per hash value modulo 2^20, set for every feature of the model: most features
    /// of new text are unknown to the model, and this 128 KB filter (about 7 % false
    /// positives at 74,000 features) answers them without touching the larger slot table.
    private let filter: [UInt64]
    private static let filterBits = 20
    /// Row-major: `weights[row * tagCount + tag]`.
    public let weights: [Float]
    /// The weights quantized to 16 bits per row, for tagging (half the memory traffic):
    /// row r occupies `stride = tagCount + 2` entries, the first two holding the bits of the
    /// row's scale `max |w_r| / 32767`, then `w ≈ q · scale` per tag (error ≤ scale / 2).
    /// (8 bits lost 0.14 F1 on CoNLL testa; 16 bits loses nothing.)
    private let quantized: [UInt16]
    private let stride: Int
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
        while capacity < rowKeys.count * 3 / 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(fingerprint: 0, row: 0), count: capacity)
        var fullKeys = [UInt64](repeating: 0, count: capacity)  // exact keys while building
        let mask = capacity - 1
        for (row, key) in rowKeys.enumerated() {
            precondition(key != 0, "feature hash 0 is reserved")
            var slot = Int(truncatingIfNeeded: key) & mask
            while fullKeys[slot] != 0 && fullKeys[slot] != key { slot = (slot + 1) & mask }
            fullKeys[slot] = key
            slots[slot] = Slot(fingerprint: Self.fingerprint(key), row: UInt32(row))
        }
        self.slots = slots
        var filter = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64)
        for key in rowKeys {
            let bit = Int(truncatingIfNeeded: key >> 40) & ((1 << Self.filterBits) - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
        self.mask = mask
        self.weights = weights
        let stride = tagCount + 2
        var quantized = [UInt16](repeating: 0, count: rowKeys.count * stride)
        for row in 0..<rowKeys.count {
            let values = weights[(row * tagCount)..<((row + 1) * tagCount)]
            let largest = values.reduce(Float(0)) { max($0, abs($1)) }
            let scale: Float = largest > 0 ? largest / 32767 : 1
            quantized[row * stride] = UInt16(truncatingIfNeeded: scale.bitPattern)
            quantized[row * stride + 1] = UInt16(truncatingIfNeeded: scale.bitPattern >> 16)
            for (y, w) in values.enumerated() {
                quantized[row * stride + 2 + y] = UInt16(bitPattern: Int16((w / scale).rounded()))
            }
        }
        self.quantized = quantized
        self.stride = stride
        self.tagCount = tagCount
        self.rowKeys = rowKeys
    }

    public var count: Int { rowKeys.count }

    public static func == (a: ModelFeatureTable, b: ModelFeatureTable) -> Bool {
        a.tagCount == b.tagCount && a.rowKeys == b.rowKeys && a.weights == b.weights
    }

    /// The high 32 bits of a hash, never 0.
    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return high == 0 ? 1 : high
    }

    /// The row of a feature, or -1 when the model does not know it.
    @inline(__always)
    public func row(of key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let fingerprint = Self.fingerprint(key)
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let s = slots[slot]
                if s.fingerprint == fingerprint { return Int(s.row) }
                if s.fingerprint == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds the weight rows of `features` into `scores` (each `tagCount` long, token-major).
    /// - Parameters:
    ///   - features: `n × perToken` hashes.
    ///   - scores: `n × tagCount` accumulators.
    public func accumulate(_ features: [UInt64], perToken: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        let t = tagCount
        let mask = self.mask
        let stride = self.stride
        // Resolve every feature's row first: the probes are independent, so their cache misses
        // overlap; then add the scaled 16-bit rows.
        var rows = [Int](repeating: -1, count: features.count)
        var sums = [Float](repeating: 0, count: t)
        let filterMask = (1 << Self.filterBits) - 1
        filter.withUnsafeBufferPointer { filter in
        slots.withUnsafeBufferPointer { slots in
            quantized.withUnsafeBufferPointer { weights in
                features.withUnsafeBufferPointer { features in
                    rows.withUnsafeMutableBufferPointer { rows in
                        sums.withUnsafeMutableBufferPointer { sums in
                            guard let slotBase = slots.baseAddress, let weightBase = weights.baseAddress,
                                  let featureBase = features.baseAddress, let scoreBase = scores.baseAddress,
                                  let sum = sums.baseAddress else { return }
                            for index in 0..<features.count {
                                let key = featureBase[index]
                                let bit = Int(truncatingIfNeeded: key >> 40) & filterMask
                                guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                                let fingerprint = Self.fingerprint(key)
                                var slot = Int(truncatingIfNeeded: key) & mask
                                while true {
                                    let s = slotBase[slot]
                                    if s.fingerprint == fingerprint { rows[index] = Int(s.row); break }
                                    if s.fingerprint == 0 { break }
                                    slot = (slot + 1) & mask
                                }
                            }
                            let n = features.count / perToken
                            for token in 0..<n {
                                for y in 0..<t { sum[y] = 0 }
                                for f in (token * perToken)..<((token + 1) * perToken) {
                                    let row = rows[f]
                                    guard row >= 0 else { continue }
                                    let source = weightBase + row * stride
                                    let scale = Float(bitPattern: UInt32(source[0]) | UInt32(source[1]) << 16)
                                    for y in 0..<t { sum[y] += Float(Int16(bitPattern: source[2 + y])) * scale }
                                }
                                let target = scoreBase + token * t
                                for y in 0..<t { target[y] += sum[y] }
                            }
                        }
                    }
                }
            }
        }
        }
    }
}
