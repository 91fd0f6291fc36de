import Foundation
import NexusLearning

extension WordClusters {
    /// The shipped clusters (`Resources/clusters/word-clusters.tsv`, built by
    /// `Scripts/make-word-clusters.py`), used when training; a trained model carries its own copy.
    public static func bundled() throws -> WordClusters {
        try read(contentsOf: bundledURL())
    }

    /// Where the shipped clusters file is (the named-entity trainer reads it too).
    public static func bundledURL() throws -> URL {
        guard let url = Bundle.module.url(forResource: "word-clusters", withExtension: "tsv", subdirectory: "Resources/clusters")
            ?? Bundle.module.url(forResource: "word-clusters", withExtension: "tsv", subdirectory: "clusters") else {
            throw WordClustersError.missing(path: "Resources/clusters/word-clusters.tsv")
        }
        return url
    }

    /// Reads a clusters file (`word<TAB>c64<TAB>c256<TAB>c1024` per line).
    public static func read(contentsOf url: URL) throws -> WordClusters {
        WordClusters(lines: try WordClusterFile.read(contentsOf: url))
    }
}
