import Foundation
import NexusCore

/// The title of a corpus's graph, shown at the top of its drawings: what was read, how many
/// documents it gave and the span of their publication dates ("Samples: 3 documents,
/// 2021-06-29, 2 undated").
///
/// Inputs are named by their last path component ("news/2021/" → "2021"); more than two are
/// shortened to the first two and a count ("a, b and 4 more inputs"). Dates: the earliest and
/// latest document date ("2021-06-28 to 2021-07-02", one date when they are equal), then how
/// many documents have none; nothing when no document is dated.
public enum CorpusTitle {
    /// The title of `corpus` read from `inputs`.
    public static func of(inputs: [String], corpus: CorpusExtraction) -> String {
        let names = inputs.map { ($0 as NSString).standardizingPath }.map { ($0 as NSString).lastPathComponent }
        let shown = names.count > 2 ? "\(names[0]), \(names[1]) and \(names.count - 2) more inputs" : names.joined(separator: ", ")
        let count = corpus.documents.count
        return "\(shown): \(count) \(count == 1 ? "document" : "documents")" + dates(corpus.documents.map(\.document.date?.date))
    }

    /// ", FIRST to LAST, N undated", or "" when no date is known.
    static func dates(_ dates: [CalendarDate?]) -> String {
        let known = dates.compactMap { $0 }
        guard let first = known.min(), let last = known.max() else { return "" }
        let span = first == last ? first.iso : "\(first.iso) to \(last.iso)"
        let undated = dates.count - known.count
        return ", \(span)" + (undated > 0 ? ", \(undated) undated" : "")
    }
}
