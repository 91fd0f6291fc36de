/// Feature hash → the non-zero class weights of that feature, for prediction: an open-addressing
/// table with linear probing (capacity a power of two, load ≤ 2/3) over rows stored sparsely
/// (compressed sparse rows: `entries[start[r]..<start[r+1]]`, each a class and a weight).
/// - Complexity: lookup O(1) expected; scoring O(features + non-zero weights read).
public struct SparseWeightTable: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var classIndex: UInt16
        public var weight: Float
        public init(classIndex: UInt16, weight: Float) { self.classIndex = classIndex; self.weight = weight }
    }
    public let classCount: Int
    /// Row keys in row order.
    public let keys: [UInt64]
    /// Row r's entries are `entries[starts[r]..<starts[r + 1]]`.
    public let starts: [UInt32]
    public let entries: [Entry]
    private let slotKeys: [UInt64]
    private let slotRows: [UInt32]
    private let mask: Int

    /// - Parameters:
    ///   - keys: distinct non-zero feature hashes.
    ///   - rows: for each key, its (class, weight) entries.
    public init(classCount: Int, keys: [UInt64], starts: [UInt32], entries: [Entry]) {
        precondition(starts.count == keys.count + 1)
        self.classCount = classCount
        self.keys = keys
        self.starts = starts
        self.entries = entries
        var capacity = 16
        while capacity < keys.count * 3 / 2 { capacity <<= 1 }
        var slotKeys = [UInt64](repeating: 0, count: capacity)
        var slotRows = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            precondition(key != 0, "feature hash 0 is reserved")
            var slot = Int(truncatingIfNeeded: key) & mask
            while slotKeys[slot] != 0 && slotKeys[slot] != key { slot = (slot + 1) & mask }
            slotKeys[slot] = key
            slotRows[slot] = UInt32(row)
        }
        self.slotKeys = slotKeys
        self.slotRows = slotRows
        self.mask = mask
    }

    /// Builds the table from dense rows, keeping weights with |w| ≥ `threshold`.
    public init(classCount: Int, keys: [UInt64], dense: [Float], threshold: Float) {
        var keptKeys: [UInt64] = []
        var starts: [UInt32] = [0]
        var entries: [Entry] = []
        for (row, key) in keys.enumerated() {
            let before = entries.count
            for y in 0..<classCount {
                let w = dense[row * classCount + y]
                if abs(w) >= threshold { entries.append(Entry(classIndex: UInt16(y), weight: w)) }
            }
            if entries.count > before { keptKeys.append(key); starts.append(UInt32(entries.count)) }
        }
        self.init(classCount: classCount, keys: keptKeys, starts: starts, entries: entries)
    }

    public var count: Int { keys.count }

    public static func == (a: SparseWeightTable, b: SparseWeightTable) -> Bool {
        a.classCount == b.classCount && a.keys == b.keys && a.starts == b.starts && a.entries == b.entries
    }

    /// Adds the rows of `features` into `scores` (`classCount` long, not cleared).
    @inline(__always)
    public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        slotKeys.withUnsafeBufferPointer { slotKeys in
            slotRows.withUnsafeBufferPointer { slotRows in
                starts.withUnsafeBufferPointer { starts in
                    entries.withUnsafeBufferPointer { entries in
                        for key in features {
                            var slot = Int(truncatingIfNeeded: key) & mask
                            while true {
                                let k = slotKeys[slot]
                                if k == key {
                                    let row = Int(slotRows[slot])
                                    for e in Int(starts[row])..<Int(starts[row + 1]) {
                                        let entry = entries[e]
                                        scores[Int(entry.classIndex)] += entry.weight
                                    }
                                    break
                                }
                                if k == 0 { break }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
        }
    }
}
