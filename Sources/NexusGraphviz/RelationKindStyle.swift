import NexusCore

/// How an edge of one relation kind is drawn: its line style, colour and arrowhead.
///
/// Co-mentions are symmetric, so they are drawn without arrowheads; the other kinds are
/// directed (person → affiliation, actor → commitment, commitment → beneficiary).
public struct RelationKindStyle: Hashable, Sendable {
    /// A Graphviz edge style (`solid`, `dashed`, `dotted`, `bold`).
    public var lineStyle: String
    /// Line colour, `#rrggbb`.
    public var color: String
    /// Whether the edge carries an arrowhead.
    public var isDirected: Bool
    /// The colour in words, for the legend.
    public var colorName: String

    public init(lineStyle: String, color: String, isDirected: Bool, colorName: String) {
        self.lineStyle = lineStyle
        self.color = color
        self.isDirected = isDirected
        self.colorName = colorName
    }

    /// The style of an event edge of quad class `quad`: conflict (verbal or material) in
    /// vermillion, cooperation in the event kind's green.
    public static func ofEvent(_ quad: QuadClass?) -> RelationKindStyle {
        var style = of(.event)
        if let quad, !quad.isCooperation {
            style.color = "#d55e00"
            style.colorName = "vermillion"
        }
        return style
    }

    /// The style of `kind`.
    public static func of(_ kind: RelationKind) -> RelationKindStyle {
        switch kind {
        case .affiliation: return RelationKindStyle(lineStyle: "solid", color: "#0072b2", isDirected: true, colorName: "blue")
        case .comention: return RelationKindStyle(lineStyle: "dashed", color: "#7f7f7f", isDirected: false, colorName: "grey")
        case .commits: return RelationKindStyle(lineStyle: "solid", color: "#cc79a7", isDirected: true, colorName: "pink")
        case .benefits: return RelationKindStyle(lineStyle: "dotted", color: "#d55e00", isDirected: true, colorName: "red")
        case .event: return RelationKindStyle(lineStyle: "bold", color: "#009e73", isDirected: true, colorName: "green")
        }
    }
}
