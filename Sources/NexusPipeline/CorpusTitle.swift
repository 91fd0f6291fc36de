import Foundation
import NexusCore

/// The title of a corpus's graph, shown at the top of its drawings: what was read and how
/// many documents it gave ("Samples: 3 documents").
///
/// Inputs are named by their last path component ("news/2021/" → "2021"); more than two are
/// shortened to the first two and a count ("a, b and 4 more inputs").
public enum CorpusTitle {
    /// The title of `corpus` read from `inputs`.
    public static func of(inputs: [String], corpus: CorpusExtraction) -> String {
        let names = inputs.map { ($0 as NSString).standardizingPath }.map { ($0 as NSString).lastPathComponent }
        let shown = names.count > 2 ? "\(names[0]), \(names[1]) and \(names.count - 2) more inputs" : names.joined(separator: ", ")
        let count = corpus.documents.count
        return "\(shown): \(count) \(count == 1 ? "document" : "documents")"
    }
}
