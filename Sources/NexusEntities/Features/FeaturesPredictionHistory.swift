import NexusLearning

/// Labels the tagger has already given to each word earlier in the same document: the
/// "extended prediction history" of Ratinov & Roth 2009 ("Design challenges and misconceptions
/// in named entity recognition", CoNLL 2009).
///
/// Only capitalised tokens are recorded and looked up. For a word, the history class is 0 when
/// it has not been seen yet, otherwise `1 + label · 3 + share`, where `label` is the most frequent
/// label so far (0 = outside, then the tag set's types in order; ties to the lower index) and
/// `share` buckets its frequency (< 50 %, ≥ 50 %, ≥ 90 %). The tagger reads the history before
/// tagging a sentence and records its own predictions after, both in training (Collins-style
/// updates see the current weights' predictions) and when tagging.
struct FeaturesPredictionHistory {
    private var keys: [UInt64]
    private var counts: [UInt16]
    private let labels: Int
    private let mask: Int

    /// - Parameters:
    ///   - count: tokens in the document (an upper bound on distinct words).
    ///   - labels: 1 + the number of entity types.
    init(capacityFor count: Int, labels: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        counts = [UInt16](repeating: 0, count: capacity * labels)
        self.labels = labels
        mask = capacity - 1
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: FeaturesHasher.mix(key)) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// The history class of a lowercased-word hash (see the type's documentation).
    func historyClass(of key: UInt64) -> UInt64 {
        let s = slot(of: key)
        guard keys[s] == key else { return 0 }
        var total = 0, best = 0, bestCount = 0
        for label in 0..<labels {
            let c = Int(counts[s * labels + label])
            total += c
            if c > bestCount { best = label; bestCount = c }
        }
        guard total > 0 else { return 0 }
        let share = Double(bestCount) / Double(total)
        return UInt64(1 + best * 3 + (share >= 0.9 ? 2 : share >= 0.5 ? 1 : 0))
    }

    /// Records that the word got `label` (0 = outside, 1 + type index otherwise).
    mutating func record(_ key: UInt64, label: Int) {
        guard key != 0 else { return }
        let s = slot(of: key)
        keys[s] = key
        let index = s * labels + label
        if counts[index] < UInt16.max { counts[index] += 1 }
    }
}
