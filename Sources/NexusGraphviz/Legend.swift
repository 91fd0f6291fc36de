import NexusCore

/// The key drawn under the graph: one line per node kind present (shape and colour), one per
/// relation kind present (line style, colour, arrow), and what size and width mean.
///
/// It is the graph's plain-text `label`, left-justified line by line (`\l`), so it works
/// with every layout engine (neato and sfdp ignore clusters). An HTML-like table with colour
/// swatches was tried and dropped: Graphviz 2.43 leaks about 4 KB per layout of a graph with
/// an HTML table label (measured with `nexus-bench graphviz-memory`).
struct Legend: Hashable, Sendable {
    var nodeKinds: [NodeKind]
    var relationKinds: [RelationKind]
    var sizeBy: String?
    /// How many communities the borders show (0: none drawn).
    var communities: Int = 0

    /// The legend's lines, unescaped.
    var lines: [String] {
        var lines = ["Legend"]
        for kind in nodeKinds {
            let style = NodeKindStyle.of(kind)
            lines.append("\(kind.rawValue): \(style.colorName) \(style.shape)")
        }
        for kind in relationKinds {
            let style = RelationKindStyle.of(kind)
            let colour = kind == .event ? "\(style.colorName) (cooperation) or \(RelationKindStyle.ofEvent(.materialConflict).colorName) (conflict)" : style.colorName
            lines.append("\(kind.rawValue): \(colour) \(style.lineStyle) line\(style.isDirected ? " with arrow" : "")")
        }
        if let sizeBy { lines.append("node size: \(sizeBy)") }
        if communities > 0 { lines.append("thick border colour: community (Louvain; \(communities) of two or more)") }
        if !relationKinds.isEmpty { lines.append("line width: weight") }
        return lines
    }

    /// The `label` attribute value: each escaped line ended by `\l` (left-justified).
    var label: String {
        lines.map { GraphvizEscaping.label($0) + "\\l" }.joined()
    }
}
