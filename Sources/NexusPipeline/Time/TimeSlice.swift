import NexusCore

/// The documents published in a span of days: `--since` and `--until` on every command that
/// reads articles.
///
/// A document is kept when it is dated (``Document/date``) and its date is on or after
/// ``since`` and on or before ``until`` (a missing end is open). Undated documents are left
/// out whenever a slice is given, since nothing says when they were written.
///
/// ```swift
/// let slice = try TimeSlice(since: "2021-06", until: "2021")   // 2021-06-01 ... 2021-12-31
/// slice.contains(CalendarDate(iso: "2021-05-31")!)               // false
/// ```
public struct TimeSlice: Hashable, Sendable {
    /// The first day kept, or `nil` for no lower bound.
    public let since: CalendarDate?
    /// The last day kept, or `nil` for no upper bound.
    public let until: CalendarDate?

    /// Why `--since` or `--until` cannot be used.
    public enum Failure: Error, CustomStringConvertible, Equatable, Sendable {
        /// The value of `option` is not a period.
        case notAPeriod(option: String, value: String)
        /// `--since` is after `--until`.
        case backwards(since: String, until: String)

        public var description: String {
            switch self {
            case .notAPeriod(let option, let value):
                return "\(option) '\(value)' is not a date; write YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD (2021, 2021-06, 2021-W26, 2021-06-29)"
            case .backwards(let since, let until):
                return "--since \(since) is after --until \(until); give the earlier date to --since"
            }
        }
    }

    public init(since: CalendarDate?, until: CalendarDate?) {
        self.since = since
        self.until = until
    }

    /// The slice from the first day of period `since` to the last day of period `until`
    /// (``CalendarPeriod``); `nil` when neither is given.
    public init?(since: String?, until: String?) throws(Failure) {
        guard since != nil || until != nil else { return nil }
        let start = try since.map { text throws(Failure) in
            guard let period = CalendarPeriod(parsing: text) else { throw .notAPeriod(option: "--since", value: text) }
            return period.first
        }
        let end = try until.map { text throws(Failure) in
            guard let period = CalendarPeriod(parsing: text) else { throw .notAPeriod(option: "--until", value: text) }
            return period.last
        }
        if let start, let end, start > end { throw .backwards(since: since ?? "", until: until ?? "") }
        self.init(since: start, until: end)
    }

    /// The slice of one period.
    public init(_ period: CalendarPeriod) {
        self.init(since: period.first, until: period.last)
    }

    /// Whether a document dated `date` is kept: never when it is undated.
    public func contains(_ date: CalendarDate?) -> Bool {
        guard let date else { return false }
        if let since, date < since { return false }
        if let until, date > until { return false }
        return true
    }

    /// What slicing a corpus kept and left out.
    public struct Outcome: Hashable, Sendable {
        public var corpus: CorpusExtraction
        /// Documents kept.
        public var kept: Int
        /// Documents left out because they have no date.
        public var undated: Int
        /// Dated documents left out because their date is outside the slice.
        public var outside: Int

        /// One line for stderr when documents were left out, else `nil`.
        public var note: String? {
            guard undated + outside > 0 else { return nil }
            var parts: [String] = []
            if undated > 0 { parts.append("\(undated) undated") }
            if outside > 0 { parts.append("\(outside) dated outside it") }
            return "note: the time slice kept \(kept) document\(kept == 1 ? "" : "s") and left out " + parts.joined(separator: " and ")
        }
    }

    /// The corpus with only the documents in the slice. Corpus entities keep only the kept
    /// documents in their ``CorpusEntity/documents``; an entity named in none of them is
    /// removed. Aliases are kept as resolution found them over the whole corpus.
    ///
    /// - Complexity: O(D + N) for D documents and N entity-document pairs.
    public func apply(to corpus: CorpusExtraction) -> Outcome {
        var sliced = corpus
        sliced.documents = corpus.documents.filter { contains($0.document.date?.date) }
        let keptIDs = Set(sliced.documents.map(\.document.id))
        sliced.entities = corpus.entities.compactMap { entity in
            var entity = entity
            entity.documents = entity.documents.filter { keptIDs.contains($0) }
            return entity.documents.isEmpty ? nil : entity
        }
        let undated = corpus.documents.filter { $0.document.date == nil }.count
        return Outcome(corpus: sliced, kept: sliced.documents.count, undated: undated,
                       outside: corpus.documents.count - sliced.documents.count - undated)
    }
}
