import NexusLearning

/// Distributional word clusters at three granularities (64, 256 and 1,024 clusters), keyed by
/// the hash of the normalised word (``WordAtoms/lower``); built by
/// `Scripts/make-word-clusters.py` from unlabelled training text (PPMI context vectors, SVD,
/// k-means). Cluster features let the tagger and the parser generalise from words seen in
/// training to words that occur in similar contexts (Koo, Carreras & Collins 2008 showed the
/// gain for dependency parsing with Brown clusters).
public struct WordClusters: Sendable, Equatable {
    /// Word hash → the three cluster numbers.
    public let clusters: [UInt64: SIMD4<UInt16>]

    public init(clusters: [UInt64: SIMD4<UInt16>]) {
        self.clusters = clusters
    }

    public static let empty = WordClusters(clusters: [:])

    /// Reads `word<TAB>c64<TAB>c256<TAB>c1024` lines; the word is hashed as ``WordAtoms`` does.
    public init(tsv: String, path: String = "<clusters>") throws {
        self.init(lines: try WordClusterFile.parse(tsv, path: path))
    }

    /// The clusters of parsed lines, keyed by the hash of each word.
    public init(lines: [WordClusterFile.Line]) {
        var clusters: [UInt64: SIMD4<UInt16>] = [:]
        for line in lines { clusters[WordAtoms.lowerHash(line.word)] = SIMD4(line.classes, 1) }
        self.init(clusters: clusters)
    }

    /// The clusters of a normalised word's hash, or nil.
    @inline(__always)
    public func lookup(_ lower: UInt64) -> SIMD4<UInt16>? { clusters[lower] }
}
