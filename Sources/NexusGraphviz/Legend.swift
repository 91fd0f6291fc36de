import NexusCore

/// The key drawn at the top left of the graph: a title, then one row per node kind present
/// (a swatch in the kind's fill and border colours, its shape), one per relation kind
/// present (a sample line in its colour and style, an arrowhead when directed), the
/// communities' border colours and what size and width mean.
///
/// It is the graph's `label`, an HTML-like table (Graphviz "HTML-Like Labels"), so it works
/// with every layout engine (neato and sfdp ignore clusters) and shows real colour swatches.
/// Graphviz 2.42/2.43 does not free about 4 KB of an HTML table label per layout (measured
/// with `nexus-bench graphviz-memory`): nothing for a command that draws once, noticeable
/// only to a long-lived process drawing thousands of graphs, which can set
/// ``StyleOptions/showLegend`` to false.
struct Legend: Hashable, Sendable {
    /// The first line, in bold (the corpus and its dates); none: "Legend".
    var title: String?
    var nodeKinds: [NodeKind]
    var relationKinds: [RelationKind]
    var sizeBy: String?
    /// How many communities the borders show (0: none drawn).
    var communities: Int = 0
    /// How many nodes and edges are drawn, for the line under the title.
    var nodeCount: Int = 0
    var edgeCount: Int = 0

    /// One row of the key: a sample and what it means.
    struct Row: Hashable, Sendable {
        enum Sample: Hashable, Sendable {
            /// A filled box in a node kind's colours.
            case swatch(fill: String, border: String)
            /// A line drawn with characters in a colour: solid, dashed, dotted or bold.
            case line(style: String, color: String, arrow: Bool)
            /// Small boxes with the communities' border colours.
            case borders([String])
            /// No sample (explanatory rows).
            case none
        }
        var sample: Sample
        var text: String
    }

    /// The rows under the title, in order.
    var rows: [Row] {
        var rows: [Row] = []
        for kind in nodeKinds {
            let style = NodeKindStyle.of(kind)
            rows.append(Row(sample: .swatch(fill: style.fillColor, border: style.borderColor), text: "\(kind.rawValue) (\(style.shape))"))
        }
        for kind in relationKinds {
            if kind == .event {
                let cooperation = RelationKindStyle.ofEvent(.verbalCooperation), conflict = RelationKindStyle.ofEvent(.materialConflict)
                rows.append(Row(sample: .line(style: cooperation.lineStyle, color: cooperation.color, arrow: true), text: "event: cooperation"))
                rows.append(Row(sample: .line(style: conflict.lineStyle, color: conflict.color, arrow: true), text: "event: conflict"))
                continue
            }
            let style = RelationKindStyle.of(kind)
            rows.append(Row(sample: .line(style: style.lineStyle, color: style.color, arrow: style.isDirected), text: kind.rawValue))
        }
        if communities > 0 {
            let colours = Array(GraphStyler.communityColours.prefix(communities))
            rows.append(Row(sample: .borders(colours), text: "community (Louvain): \(communities) of two or more"))
        }
        if let sizeBy { rows.append(Row(sample: .none, text: "node size: \(sizeBy)")) }
        if !relationKinds.isEmpty { rows.append(Row(sample: .none, text: "line width: weight")) }
        return rows
    }

    /// The line under the title.
    var counts: String {
        "\(nodeCount) \(nodeCount == 1 ? "node" : "nodes") · \(edgeCount) \(edgeCount == 1 ? "edge" : "edges") drawn"
    }

    /// The `label` attribute value: an HTML-like table (without the outer `<` `>`), every
    /// text escaped by ``GraphvizEscaping/html(_:)``.
    var label: String {
        var html = #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">"#
        html += #"<TR><TD COLSPAN="2" ALIGN="LEFT"><FONT POINT-SIZE="24"><B>"# + GraphvizEscaping.html(title ?? "Legend") + "</B></FONT></TD></TR>"
        html += #"<TR><TD COLSPAN="2" ALIGN="LEFT"><FONT POINT-SIZE="15">"# + GraphvizEscaping.html(counts) + "</FONT></TD></TR>"
        for row in rows {
            html += "<TR>" + Self.cell(row.sample) + #"<TD ALIGN="LEFT"><FONT POINT-SIZE="15">"# + GraphvizEscaping.html(row.text) + "</FONT></TD></TR>"
        }
        return html + "</TABLE>"
    }

    /// The sample cell of a row.
    static func cell(_ sample: Row.Sample) -> String {
        switch sample {
        case .swatch(let fill, let border):
            return #"<TD BGCOLOR="\#(fill)" COLOR="\#(border)" BORDER="1" WIDTH="44" HEIGHT="18" FIXEDSIZE="TRUE"></TD>"#
        case .line(let style, let color, let arrow):
            let stroke: String
            switch style {
            case "dashed": stroke = "– – –"
            case "dotted": stroke = "·······"
            case "bold": stroke = "━━━━"
            default: stroke = "────"
            }
            let text = stroke + (arrow ? "▶" : "")
            return #"<TD ALIGN="CENTER"><FONT COLOR="\#(color)" POINT-SIZE="15">\#(text)</FONT></TD>"#
        case .borders(let colours):
            let boxes = colours.map { #"<TD COLOR="\#($0)" BORDER="2" WIDTH="12" HEIGHT="16" FIXEDSIZE="TRUE"></TD>"# }.joined()
            return #"<TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="0"><TR>\#(boxes)</TR></TABLE></TD>"#
        case .none:
            return "<TD></TD>"
        }
    }
}
