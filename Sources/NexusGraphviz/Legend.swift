import NexusCore

/// The key drawn under the graph: one row per node kind present (its colour swatch and
/// shape name), one per relation kind present (its line style), and what size and width
/// mean. It is an HTML-like graph label, so it works with every layout engine (clusters
/// are ignored by neato and sfdp).
struct Legend: Hashable, Sendable {
    var nodeKinds: [NodeKind]
    var relationKinds: [RelationKind]
    var sizeBy: String?

    /// The table, as the inside of an HTML-like label (without the outer `<` `>`).
    var html: String {
        var rows = [#"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR>"#]
        for kind in nodeKinds {
            let style = NodeKindStyle.of(kind)
            rows.append(
                #"<TR><TD BGCOLOR="\#(style.fillColor)" COLOR="\#(style.borderColor)" BORDER="1" WIDTH="24"> </TD>"#
                    + #"<TD ALIGN="LEFT">\#(GraphvizEscaping.html("\(kind.rawValue) (\(style.shape))"))</TD></TR>"#
            )
        }
        for kind in relationKinds {
            let style = RelationKindStyle.of(kind)
            let arrow = style.isDirected ? ", arrow" : ""
            rows.append(
                #"<TR><TD><FONT COLOR="\#(style.color)"><B>\#(glyph(style.lineStyle))</B></FONT></TD>"#
                    + #"<TD ALIGN="LEFT">\#(GraphvizEscaping.html("\(kind.rawValue) (\(style.lineStyle)\(arrow))"))</TD></TR>"#
            )
        }
        if let sizeBy {
            rows.append(#"<TR><TD COLSPAN="2" ALIGN="LEFT">\#(GraphvizEscaping.html("node size: \(sizeBy)"))</TD></TR>"#)
        }
        if !relationKinds.isEmpty {
            rows.append(#"<TR><TD COLSPAN="2" ALIGN="LEFT">line width: weight</TD></TR>"#)
        }
        return #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="2">"# + rows.joined() + "</TABLE>"
    }

    private func glyph(_ lineStyle: String) -> String {
        switch lineStyle {
        case "dashed": return "- - -"
        case "dotted": return "· · · ·"
        default: return "―――"
        }
    }
}
