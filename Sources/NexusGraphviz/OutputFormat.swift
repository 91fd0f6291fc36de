/// What a rendering produces.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
    /// SVG from Graphviz's core renderer; keeps tooltips (`xlink:title`) and kind classes.
    case svg
    /// PNG through the cairo plugin.
    case png
    /// PDF through the cairo plugin.
    case pdf
    /// DOT without layout: the reproducible artefact, byte-identical for the same graph.
    case dot
    /// DOT with the layout's positions (`pos`, `bb`, `width`, `height`).
    case positionedDot = "dot-positions"

    /// The Graphviz output plugin (`gvRenderData`'s format); `nil` for plain DOT, which is
    /// written by cgraph without layout.
    var device: String? {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        case .dot: return nil
        case .positionedDot: return "dot"
        }
    }

    /// Whether the output is text (printable to a terminal).
    public var isText: Bool { self == .svg || self == .dot || self == .positionedDot }

    /// The first bytes every output of this format starts with.
    public var magic: [UInt8]? {
        switch self {
        case .png: return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        case .pdf: return Array("%PDF-".utf8)
        default: return nil
        }
    }
}
