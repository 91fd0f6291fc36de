import NexusLearning

/// The part-of-speech tagger's feature templates: a greedy left-to-right tagger in the manner of
/// Collins (2002) and Ratnaparkhi (1996), the two previous predicted tags standing in for the
/// Viterbi history.
public enum TaggerFeatures {
    /// Bumped whenever a template changes meaning (models record it).
    public static let version: UInt32 = 2
    public static let count = 43

    /// The templates (numbered 1...43; template t is feature t − 1 of ``extract``) that read the
    /// previous predicted tags; the others read only the words, so a sentence's words can have
    /// them computed and scored together before tagging starts (``extractWords``).
    public static let historyTemplates: [Int] = [11, 12, 13, 22, 27, 31, 38, 41]
    /// The templates that read only the words.
    public static let wordTemplates: [Int] = (1...count).filter { !historyTemplates.contains($0) }

    /// Writes the `count` features of word `i` into `out` (feature t − 1 is template t).
    /// - Parameters:
    ///   - previous: the tags predicted for words i−1 and i−2 (−1 before the sentence).
    @inline(__always)
    public static func extract(_ atoms: UnsafeBufferPointer<WordAtoms>, _ i: Int,
                               previous1: Int, previous2: Int, into out: UnsafeMutablePointer<UInt64>) {
        let words = WordFeatures(out)
        extractWords(atoms, i) { words.put($0, $1) }
        extractHistory(atoms, i, previous1: previous1, previous2: previous2) { words.put($0, $1) }
    }

    /// Writes `feature` as template `template`'s slot of a full feature vector.
    private struct WordFeatures {
        let out: UnsafeMutablePointer<UInt64>
        init(_ out: UnsafeMutablePointer<UInt64>) { self.out = out }
        @inline(__always) func put(_ template: Int, _ feature: UInt64) { out[template - 1] = feature }
    }

    /// Calls `put(template, feature)` for each template of ``wordTemplates``, in template order.
    @inline(__always)
    public static func extractWords(_ atoms: UnsafeBufferPointer<WordAtoms>, _ i: Int, _ put: (Int, UInt64) -> Void) {
        let n = atoms.count
        let w = atoms[i]
        let p1 = i >= 1 ? atoms[i - 1] : .boundary
        let p2 = i >= 2 ? atoms[i - 2] : .boundary
        let n1 = i + 1 < n ? atoms[i + 1] : .boundary
        let n2 = i + 2 < n ? atoms[i + 2] : .boundary
        let H = FeaturesHasher.self
        put(1, H.feature(1, 1))
        put(2, H.feature(2, w.lower))
        put(3, H.feature(3, w.form))
        put(4, H.feature(4, w.suffix1))
        put(5, H.feature(5, w.suffix2))
        put(6, H.feature(6, w.suffix3))
        put(7, H.feature(7, w.suffix4))
        put(8, H.feature(8, w.prefix1))
        put(9, H.feature(9, w.prefix3))
        put(10, H.feature(10, w.shape))
        put(14, H.feature(14, p1.lower))
        put(15, H.feature(15, p1.suffix3))
        put(16, H.feature(16, p2.lower))
        put(17, H.feature(17, n1.lower))
        put(18, H.feature(18, n1.suffix3))
        put(19, H.feature(19, n2.lower))
        put(20, H.feature(20, p1.lower, w.lower))
        put(21, H.feature(21, w.lower, n1.lower))
        put(23, H.feature(23, n1.shape, w.shape))
        put(24, H.feature(24, p1.shape, w.shape, n1.shape))
        put(25, H.feature(25, n1.suffix2))
        put(26, H.feature(26, p1.suffix2))
        put(28, H.feature(28, w.lower, n1.suffix3))
        put(29, H.feature(29, p1.lower, w.suffix3))
        put(30, H.feature(30, n2.suffix3))
        put(32, H.feature(32, w.cluster64))
        put(33, H.feature(33, w.cluster256))
        put(34, H.feature(34, w.cluster1024))
        put(35, H.feature(35, p1.cluster256))
        put(36, H.feature(36, n1.cluster256))
        put(37, H.feature(37, n1.cluster1024))
        put(39, H.feature(39, n2.cluster256))
        put(40, H.feature(40, p1.lower, n1.lower))
        put(42, H.feature(42, n1.cluster64, w.cluster64))
        put(43, H.feature(43, p2.cluster256))
    }

    /// Calls `put(template, feature)` for each template of ``historyTemplates``, in template order.
    @inline(__always)
    public static func extractHistory(_ atoms: UnsafeBufferPointer<WordAtoms>, _ i: Int,
                                      previous1: Int, previous2: Int, _ put: (Int, UInt64) -> Void) {
        let n = atoms.count
        let w = atoms[i]
        let n1 = i + 1 < n ? atoms[i + 1] : .boundary
        let t1 = UInt64(bitPattern: Int64(previous1 + 2))
        let t2 = UInt64(bitPattern: Int64(previous2 + 2))
        let H = FeaturesHasher.self
        put(11, H.feature(11, t1))
        put(12, H.feature(12, t1, t2))
        put(13, H.feature(13, t1, w.lower))
        put(22, H.feature(22, t1, w.suffix3))
        put(27, H.feature(27, t1, n1.lower))
        put(31, H.feature(31, t2, w.lower))
        put(38, H.feature(38, t1, w.cluster256))
        put(41, H.feature(41, t1, w.shape))
    }
}
