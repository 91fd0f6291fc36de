/// Choices that change how the graph looks (not what is in it).
public struct StyleOptions: Hashable, Sendable {
    /// Score key (from `GraphNode.scores`, e.g. `"pagerank"`) that sets node size; `nil`
    /// draws every node at the same size.
    public var sizeBy: String?
    /// Evidence sentences quoted in one tooltip; the rest are counted.
    public var maxEvidencePerTooltip: Int
    /// Whether the graph carries a legend of node kinds and relation kinds.
    public var showLegend: Bool
    /// Font for every label. DejaVu Sans (Debian: fonts-dejavu-core) covers Latin, Greek
    /// and Cyrillic; label sizes, hence SVG coordinates, depend on the installed fonts.
    public var fontName: String
    /// The legend's first line, e.g. the corpus, its documents and dates; `nil`: "Legend".
    public var title: String?

    public init(sizeBy: String? = nil, maxEvidencePerTooltip: Int = 8, showLegend: Bool = true, fontName: String = "DejaVu Sans",
                title: String? = nil) {
        self.title = title
        self.sizeBy = sizeBy
        self.maxEvidencePerTooltip = maxEvidencePerTooltip
        self.showLegend = showLegend
        self.fontName = fontName
    }
}
