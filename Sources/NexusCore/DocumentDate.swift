/// The publication date of a document and where it was found.
///
/// A document is dated when one of its sources gives a full calendar day (see
/// `DocumentDateFinder` in NexusText for the order in which they are tried); otherwise
/// ``Document/date`` is `nil` and the document is undated. The date is the publisher's
/// calendar day as written: a time of day and a UTC offset ("2021-06-29T23:30:00-05:00") are
/// dropped, not converted, because "today" in the text is the writer's local day.
///
/// The date anchors the document's relative time expressions ("on Monday", "last week";
/// HeidelTime's document creation time, Strötgen & Gertz 2013) and dates everything found in
/// the document: its mentions, events and commitments.
public struct DocumentDate: Hashable, Codable, Sendable {
    /// Where a document's date came from.
    public enum Source: String, Hashable, Codable, Sendable, CaseIterable {
        /// A field of a JSON Lines record (`--date-field`, default `date`).
        case jsonLinesField = "jsonl-field"
        /// An HTML `<meta>` element: `article:published_time`, `date`, `pubdate`, `dc.date`.
        case htmlMeta = "html-meta"
        /// `datePublished` in an HTML page's JSON-LD (`<script type="application/ld+json">`).
        case jsonLD = "json-ld"
        /// The `datetime` attribute of an HTML page's first `<time>` element.
        case timeElement = "time-element"
        /// A date line at the head of the text: "date 2021-06-29", "Date: 29 June 2021".
        case dateLine = "date-line"
        /// A news dateline: "ROME, June 28, 2021 (Reuters) -".
        case dateline
    }

    public var date: CalendarDate
    public var source: Source

    public init(date: CalendarDate, source: Source) {
        self.date = date
        self.source = source
    }

    /// "YYYY-MM-DD".
    public var iso: String { date.iso }
}
