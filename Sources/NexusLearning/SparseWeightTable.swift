internal import CPrefetch

/// Feature hash → the non-zero class weights of that feature, for prediction: an open-addressing
/// table with linear probing (capacity a power of two, load ≤ 2/3) over rows stored sparsely
/// (compressed sparse rows: row r's entries are `entries[starts[r]..<starts[r + 1]]`).
///
/// Weights are quantized to 16 bits with one scale for the table: an entry packs a class
/// (low 16 bits) and `q` (high 16 bits, signed), and stands for the weight `q · scale`, where
/// `scale = max |w| / 32767` (error ≤ scale / 2). Scores are accumulated in units of `scale`,
/// which leaves every comparison between classes unchanged. A lookup touches one 8-byte slot
/// and then the row's 4-byte entries.
/// - Complexity: lookup O(1) expected; scoring O(features + entries read).
public struct SparseWeightTable: Sendable, Equatable {
    public let classCount: Int
    /// The weight of one unit of an entry's `q`.
    public let scale: Float
    /// Row keys in row order.
    public let keys: [UInt64]
    public let starts: [UInt32]
    /// Packed entries: `UInt32(class) | UInt32(UInt16(bitPattern: q)) << 16`.
    public let entries: [UInt32]
    /// The hash table: a slot packs the high 32 bits of a feature hash (never 0; 0 = empty),
    /// its row's first entry (24 bits) and its entry count (8 bits). The low bits of the hash
    /// choose the slot, so a match compares 32 + log2(capacity) bits of the hash.
    private let slots: [UInt64]
    private let mask: Int
    /// The first ``hotRowCount`` rows (a model lists its rows most frequent first) have their
    /// own small table of the same layout, 512 KiB, which stays in the L2 cache: most lookups
    /// are for a few frequent features and end there without touching the large table.
    private let hotSlots: [UInt64]
    private let hotMask: Int
    public static let hotRowCount = 32_768
    /// One bit per value of 23 bits of the hash (1 MiB, which stays in the L2 cache), set for
    /// every feature of the table: most features of new text are unknown to the model, and the
    /// filter answers most of them without a cache miss in the slot table (about 10 % false
    /// positives at 850,000 features).
    private let filter: [UInt64]
    private static let filterBits = 23
    /// Rows with at least `classCount / 8` entries, copied out as dense 16-bit rows
    /// (`classCount` values each): adding a dense row is a vectorised loop, where a sparse row
    /// is a chain of scattered additions. Rows read most often are the ones with most entries.
    private let denseRows: [Int16]
    /// A slot's count field for a dense row (its start field is then the dense row's number).
    private static let denseMarker: UInt64 = 0xFF
    /// Rows may hold at most 254 entries and a table at most 2^24 entries.
    public static let maximumClasses = 254
    public static let maximumEntries = 1 << 24

    public init(classCount: Int, scale: Float, keys: [UInt64], starts: [UInt32], entries: [UInt32]) {
        precondition(starts.count == keys.count + 1)
        precondition(classCount <= Self.maximumClasses && entries.count <= Self.maximumEntries)
        self.classCount = classCount
        self.scale = scale
        self.keys = keys
        self.starts = starts
        self.entries = entries
        let hotCount = min(keys.count, Self.hotRowCount)
        var denseRows: [Int16] = []
        let denseMinimum = max(8, classCount / 8)
        /// The slot value of a row: dense rows are copied out on the way.
        func slotValue(_ row: Int) -> UInt64 {
            let key = keys[row]
            let count = Int(starts[row + 1] - starts[row])
            guard count >= denseMinimum else {
                return UInt64(Self.fingerprint(key)) << 32 | UInt64(starts[row]) << 8 | UInt64(count)
            }
            let denseRow = denseRows.count / classCount
            var values = [Int16](repeating: 0, count: classCount)
            for e in Int(starts[row])..<Int(starts[row + 1]) {
                values[Int(entries[e] & 0xFFFF)] = Int16(bitPattern: UInt16(truncatingIfNeeded: entries[e] >> 16))
            }
            denseRows += values
            return UInt64(Self.fingerprint(key)) << 32 | UInt64(denseRow) << 8 | Self.denseMarker
        }
        /// An open-addressing table over `rows` (load ≤ 2/3).
        func table(_ rows: Range<Int>) -> (slots: [UInt64], mask: Int) {
            var capacity = 16
            while capacity < rows.count * 3 / 2 { capacity <<= 1 }
            var slots = [UInt64](repeating: 0, count: capacity)
            var fullKeys = [UInt64](repeating: 0, count: capacity)  // exact keys while building
            let mask = capacity - 1
            for row in rows {
                let key = keys[row]
                precondition(key != 0, "feature hash 0 is reserved")
                var slot = Int(truncatingIfNeeded: key) & mask
                while fullKeys[slot] != 0 && fullKeys[slot] != key { slot = (slot + 1) & mask }
                fullKeys[slot] = key
                slots[slot] = slotValue(row)
            }
            return (slots, mask)
        }
        (hotSlots, hotMask) = table(0..<hotCount)
        (slots, mask) = table(hotCount..<keys.count)
        self.denseRows = denseRows
        let filterBits = min(Self.filterBits, max(10, (slots.count * 4).trailingZeroBitCount))
        var filter = [UInt64](repeating: 0, count: (1 << filterBits) / 64)
        for key in keys[hotCount...] {
            let bit = Int(truncatingIfNeeded: key >> 40) & ((1 << filterBits) - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
    }

    /// Builds the table from dense rows (`keys.count × classCount`, row-major), keeping the
    /// weights with |w| ≥ `threshold` and |w| ≥ `relativeThreshold` · max |w| that do not round
    /// to 0; rows left empty are dropped.
    ///
    /// A relative threshold prunes the many small weights an averaged perceptron leaves
    /// behind: at 1 % of the largest weight the EWT parser keeps about a quarter of its
    /// entries and half of its rows with unchanged dev and test scores, and parses about 30 %
    /// faster (fewer cache misses).
    public init(classCount: Int, keys: [UInt64], dense: [Float], threshold: Float, relativeThreshold: Float = 0) {
        let largest = dense.reduce(Float(0)) { max($0, abs($1)) }
        let scale: Float = largest > 0 ? largest / 32767 : 1
        let threshold = max(threshold, relativeThreshold * largest)
        var keptKeys: [UInt64] = []
        var starts: [UInt32] = [0]
        var entries: [UInt32] = []
        for (row, key) in keys.enumerated() {
            let before = entries.count
            for y in 0..<classCount {
                let w = dense[row * classCount + y]
                guard abs(w) >= threshold else { continue }
                let q = Int16((w / scale).rounded())
                if q != 0 { entries.append(Self.pack(class: y, q: q)) }
            }
            if entries.count > before { keptKeys.append(key); starts.append(UInt32(entries.count)) }
        }
        self.init(classCount: classCount, scale: scale, keys: keptKeys, starts: starts, entries: entries)
    }

    /// The entry range of `key` in a slot table, or nil; a dense row is marked by an empty
    /// range starting at 2^31 + its number.
    @inline(__always)
    private static func probe(_ slots: UnsafeBufferPointer<UInt64>, _ mask: Int, _ key: UInt64, _ fingerprint: UInt64) -> (UInt32, UInt32)? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let s = slots[slot]
            if s >> 32 == fingerprint {
                let start = UInt32(truncatingIfNeeded: s >> 8) & 0xFF_FFFF
                let count = UInt32(truncatingIfNeeded: s & 0xFF)
                return count == UInt32(denseMarker) ? (start | 1 << 31, 0) : (start, start + count)
            }
            if s == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The high 32 bits of a hash, never 0.
    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return high == 0 ? 1 : high
    }

    @inline(__always)
    public static func pack(class y: Int, q: Int16) -> UInt32 {
        UInt32(y) | UInt32(UInt16(bitPattern: q)) << 16
    }

    /// The class and the weight of an entry.
    public func unpack(_ entry: UInt32) -> (classIndex: Int, weight: Float) {
        (Int(entry & 0xFFFF), Float(Int16(bitPattern: UInt16(entry >> 16))) * scale)
    }

    public var count: Int { keys.count }

    public static func == (a: SparseWeightTable, b: SparseWeightTable) -> Bool {
        a.classCount == b.classCount && a.scale == b.scale && a.keys == b.keys && a.starts == b.starts && a.entries == b.entries
    }

    /// Adds the rows of `features` into `scores` (`classCount` long, not cleared), in units of
    /// ``scale``.
    ///
    /// The sums do not depend on the order of the additions: every partial sum is an integer
    /// below 2^24 in magnitude (at most 254 features of |q| ≤ 32767), which a `Float` holds
    /// exactly. So a caller may split a feature vector and add the parts' scores in any order.
    /// - Complexity: O(features + entries read); see ``score(items:featuresPerItem:into:)``.
    @inline(__always)
    public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        guard !features.isEmpty else { return }
        scoreChunk(features, featuresPerItem: features.count, into: scores)
    }

    /// Scores several items at once: item `i` has the features
    /// `features[i · featuresPerItem ..< (i + 1) · featuresPerItem]` and its row sums are added
    /// into `scores[i · classCount ..< (i + 1) · classCount]`.
    ///
    /// The lookups are memory-bound (a feature vector touches hundreds of cache lines of
    /// tables that do not fit in the caches), so they are done in stages that each ask for
    /// the next stage's memory ahead of time (software prefetching): every feature's hot
    /// slot; then the hot probes, which ask for the rows found and for the filter word of
    /// each feature not found; then the filter tests, which ask for the large table's slot of
    /// each feature that passes; then the large table's probes, which ask for their rows;
    /// then the rows are added. The cache misses of one stage overlap instead of following
    /// one another, and items scored together (all the words of a sentence) overlap theirs
    /// too, up to ``chunkFeatures`` features at a time.
    public func score(items features: UnsafeBufferPointer<UInt64>, featuresPerItem: Int, into scores: UnsafeMutablePointer<Float>) {
        precondition(featuresPerItem > 0 && features.count % featuresPerItem == 0)
        let items = features.count / featuresPerItem
        let itemsPerChunk = max(1, Self.chunkFeatures / featuresPerItem)
        var item = 0
        while item < items {
            let chunk = min(itemsPerChunk, items - item)
            scoreChunk(UnsafeBufferPointer(rebasing: features[item * featuresPerItem ..< (item + chunk) * featuresPerItem]),
                       featuresPerItem: featuresPerItem, into: scores + item * classCount)
            item += chunk
        }
    }

    /// The most features looked up in one round of stages: their rows (about 5 cache lines
    /// each) about fill the 32 KiB first-level data cache.
    public static let chunkFeatures = 128

    /// The stages of ``score(items:featuresPerItem:into:)`` for one chunk of items.
    @inline(__always)
    private func scoreChunk(_ features: UnsafeBufferPointer<UInt64>, featuresPerItem: Int, into scores: UnsafeMutablePointer<Float>) {
        let classCount = self.classCount
        let count = features.count
        withUnsafeTemporaryAllocation(of: (UInt32, UInt32).self, capacity: count) { ranges in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { waiting in
        withUnsafeTemporaryAllocation(of: UnsafePointer<Int16>.self, capacity: featuresPerItem) { denseList in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: classCount) { sums in
            filter.withUnsafeBufferPointer { filter in
            hotSlots.withUnsafeBufferPointer { hot in
            slots.withUnsafeBufferPointer { slots in
            denseRows.withUnsafeBufferPointer { dense in
            entries.withUnsafeBufferPointer { entries in
                let filterMask = filter.count * 64 - 1
                /// Asks for the cache lines of a row found by a probe.
                @inline(__always) func prefetchRow(_ range: (UInt32, UInt32)) {
                    let row: UnsafeRawPointer, bytes: Int
                    if range.0 >= 1 << 31 {
                        row = UnsafeRawPointer(dense.baseAddress! + Int(range.0 & 0x7FFF_FFFF) * classCount)
                        bytes = classCount * 2
                    } else {
                        row = UnsafeRawPointer(entries.baseAddress! + Int(range.0))
                        bytes = Int(range.1 - range.0) * 4
                    }
                    var line = UInt(bitPattern: row) & ~63
                    let last = UInt(bitPattern: row + bytes - 1)
                    while line <= last { nexus_prefetch(UnsafeRawPointer(bitPattern: line)); line += 64 }
                }
                for key in features { nexus_prefetch(hot.baseAddress! + (Int(truncatingIfNeeded: key) & hotMask)) }
                var waitingCount = 0
                for k in 0..<count {
                    let key = features[k]
                    if let range = Self.probe(hot, hotMask, key, UInt64(Self.fingerprint(key))) {
                        ranges[k] = range
                        prefetchRow(range)
                        continue
                    }
                    ranges[k] = (0, 0)
                    let bit = Int(truncatingIfNeeded: key >> 40) & filterMask
                    nexus_prefetch(filter.baseAddress! + (bit >> 6))
                    waiting[waitingCount] = k
                    waitingCount += 1
                }
                var passedCount = 0
                for j in 0..<waitingCount {
                    let k = waiting[j]
                    let key = features[k]
                    let bit = Int(truncatingIfNeeded: key >> 40) & filterMask
                    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                    nexus_prefetch(slots.baseAddress! + (Int(truncatingIfNeeded: key) & mask))
                    waiting[passedCount] = k
                    passedCount += 1
                }
                for j in 0..<passedCount {
                    let k = waiting[j]
                    let key = features[k]
                    guard let range = Self.probe(slots, mask, key, UInt64(Self.fingerprint(key))) else { continue }
                    ranges[k] = range
                    prefetchRow(range)
                }
                var first = 0
                var item = scores
                while first < count {
                    let end = first + featuresPerItem
                    var denseCount = 0
                    for k in first..<end where ranges[k].0 >= 1 << 31 {
                        denseList[denseCount] = dense.baseAddress! + Int(ranges[k].0 & 0x7FFF_FFFF) * classCount
                        denseCount += 1
                    }
                    Self.addDense(UnsafeBufferPointer(start: denseList.baseAddress!, count: denseCount), classCount: classCount, into: sums.baseAddress!)
                    for k in first..<end {
                        let (start, end) = ranges[k]
                        guard start < 1 << 31 else { continue }
                        var e = Int(start)
                        while e < Int(end) {
                            let entry = entries[e]
                            sums[Int(entry & 0xFFFF)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry >> 16)))
                            e += 1
                        }
                    }
                    for y in 0..<classCount { item[y] += Float(sums[y]) }
                    first = end
                    item += classCount
                }
            }
            }
            }
            }
            }
        }
        }
        }
        }
    }

    /// Writes into `sums` (`classCount` long) the sum of the dense rows, block by block of
    /// classes: each block's sums stay in vector registers while the rows are added, 16-bit
    /// weights widened to 32 bits (exact).
    @inline(__always)
    static func addDense(_ rows: UnsafeBufferPointer<UnsafePointer<Int16>>, classCount: Int, into sums: UnsafeMutablePointer<Int32>) {
        var y = 0
        while y + 32 <= classCount {
            // Two 16-lane blocks: the standard library's 16-lane conversion compiles to vector
            // instructions, its 32-lane one to a loop over lanes.
            var low = SIMD16<Int32>(), high = SIMD16<Int32>()
            for row in rows {
                let start = UnsafeRawPointer(row + y)
                low &+= SIMD16<Int32>(truncatingIfNeeded: start.loadUnaligned(as: SIMD16<Int16>.self))
                high &+= SIMD16<Int32>(truncatingIfNeeded: start.loadUnaligned(fromByteOffset: 32, as: SIMD16<Int16>.self))
            }
            UnsafeMutableRawPointer(sums + y).storeBytes(of: low, as: SIMD16<Int32>.self)
            UnsafeMutableRawPointer(sums + y + 16).storeBytes(of: high, as: SIMD16<Int32>.self)
            y += 32
        }
        while y + 8 <= classCount {
            var block = SIMD8<Int32>()
            for row in rows { block &+= SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(row + y).loadUnaligned(as: SIMD8<Int16>.self)) }
            UnsafeMutableRawPointer(sums + y).storeBytes(of: block, as: SIMD8<Int32>.self)
            y += 8
        }
        while y < classCount {
            var sum: Int32 = 0
            for row in rows { sum &+= Int32(row[y]) }
            sums[y] = sum
            y += 1
        }
    }
}
