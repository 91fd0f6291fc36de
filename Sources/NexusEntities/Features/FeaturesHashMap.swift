import NexusLearning

/// A read-only map from non-zero 64-bit hashes to small integers: open addressing with linear
/// probing (load ≤ 0.5). Faster than `Dictionary` for the per-token lexicon look-ups because the
/// keys are already well-mixed hashes and need no re-hashing. Absent keys read as 0.
/// - Complexity: lookup O(1) expected; building O(entries).
struct FeaturesHashMap<Value: FixedWidthInteger & Sendable>: Sendable, Equatable {
    private var keys: [UInt64]
    private var values: [Value]
    private let mask: Int

    init(_ entries: [UInt64: Value]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, value) in entries where key != 0 {
            var slot = Int(truncatingIfNeeded: FeaturesHasher.mix(key)) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    /// The map of `keys[i]` → `values[i]`.
    init(keys entryKeys: [UInt64], values entryValues: [Value]) {
        self.init(capacityFor: entryKeys.count)
        for (key, value) in zip(entryKeys, entryValues) where key != 0 {
            var slot = Int(truncatingIfNeeded: FeaturesHasher.mix(key)) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// An empty map with room for `count` keys at load ≤ 0.5, to be filled with ``formUnion(_:with:)``.
    init(capacityFor count: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// ORs `bits` into the value of `key` (inserting it); at most the capacity given at creation.
    @inline(__always)
    mutating func formUnion(_ key: UInt64, with bits: Value) {
        guard key != 0 else { return }
        var slot = Int(truncatingIfNeeded: FeaturesHasher.mix(key)) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] |= bits
    }

    /// The value for `key`, or 0 when absent.
    @inline(__always)
    subscript(key: UInt64) -> Value {
        keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: FeaturesHasher.mix(key)) & mask
            while true {
                let k = keys[slot]
                if k == key { return values[slot] }
                if k == 0 { return 0 }
                slot = (slot + 1) & mask
            }
        }
    }
}

/// The byte-valued map of the lexicon's word classes and label profiles.
typealias FeaturesByteMap = FeaturesHashMap<UInt8>
