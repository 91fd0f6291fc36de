import NexusLearning

/// The part-of-speech tagger's feature templates: a greedy left-to-right tagger in the manner of
/// Collins (2002) and Ratnaparkhi (1996), the two previous predicted tags standing in for the
/// Viterbi history.
public enum TaggerFeatures {
    /// Bumped whenever a template changes meaning (models record it).
    public static let version: UInt32 = 2
    public static let count = 43

    /// Writes the `count` features of word `i` into `out`.
    /// - Parameters:
    ///   - previous: the tags predicted for words i−1 and i−2 (−1 before the sentence).
    @inline(__always)
    public static func extract(_ atoms: UnsafeBufferPointer<WordAtoms>, _ i: Int,
                               previous1: Int, previous2: Int, into out: UnsafeMutablePointer<UInt64>) {
        let n = atoms.count
        let w = atoms[i]
        let p1 = i >= 1 ? atoms[i - 1] : .boundary
        let p2 = i >= 2 ? atoms[i - 2] : .boundary
        let n1 = i + 1 < n ? atoms[i + 1] : .boundary
        let n2 = i + 2 < n ? atoms[i + 2] : .boundary
        let t1 = UInt64(bitPattern: Int64(previous1 + 2))
        let t2 = UInt64(bitPattern: Int64(previous2 + 2))
        let H = FeaturesHasher.self
        out[0] = H.feature(1, 1)
        out[1] = H.feature(2, w.lower)
        out[2] = H.feature(3, w.form)
        out[3] = H.feature(4, w.suffix1)
        out[4] = H.feature(5, w.suffix2)
        out[5] = H.feature(6, w.suffix3)
        out[6] = H.feature(7, w.suffix4)
        out[7] = H.feature(8, w.prefix1)
        out[8] = H.feature(9, w.prefix3)
        out[9] = H.feature(10, w.shape)
        out[10] = H.feature(11, t1)
        out[11] = H.feature(12, t1, t2)
        out[12] = H.feature(13, t1, w.lower)
        out[13] = H.feature(14, p1.lower)
        out[14] = H.feature(15, p1.suffix3)
        out[15] = H.feature(16, p2.lower)
        out[16] = H.feature(17, n1.lower)
        out[17] = H.feature(18, n1.suffix3)
        out[18] = H.feature(19, n2.lower)
        out[19] = H.feature(20, p1.lower, w.lower)
        out[20] = H.feature(21, w.lower, n1.lower)
        out[21] = H.feature(22, t1, w.suffix3)
        out[22] = H.feature(23, n1.shape, w.shape)
        out[23] = H.feature(24, p1.shape, w.shape, n1.shape)
        out[24] = H.feature(25, n1.suffix2)
        out[25] = H.feature(26, p1.suffix2)
        out[26] = H.feature(27, t1, n1.lower)
        out[27] = H.feature(28, w.lower, n1.suffix3)
        out[28] = H.feature(29, p1.lower, w.suffix3)
        out[29] = H.feature(30, n2.suffix3)
        out[30] = H.feature(31, t2, w.lower)
        out[31] = H.feature(32, w.cluster64)
        out[32] = H.feature(33, w.cluster256)
        out[33] = H.feature(34, w.cluster1024)
        out[34] = H.feature(35, p1.cluster256)
        out[35] = H.feature(36, n1.cluster256)
        out[36] = H.feature(37, n1.cluster1024)
        out[37] = H.feature(38, t1, w.cluster256)
        out[38] = H.feature(39, n2.cluster256)
        out[39] = H.feature(40, p1.lower, n1.lower)
        out[40] = H.feature(41, t1, w.shape)
        out[41] = H.feature(42, n1.cluster64, w.cluster64)
        out[42] = H.feature(43, p2.cluster256)
    }
}
