import NexusCore

/// How a node of one kind is drawn: its shape and colours, chosen so that the five kinds
/// stay distinguishable in greyscale (shape) and for colour-blind readers (the Okabe–Ito
/// palette, Okabe & Ito 2008, "Color Universal Design").
public struct NodeKindStyle: Hashable, Sendable {
    /// A Graphviz node shape (`ellipse`, `box`, ...).
    public var shape: String
    /// Fill colour, `#rrggbb`.
    public var fillColor: String
    /// Outline colour, `#rrggbb`.
    public var borderColor: String
    /// The colour in words, for the legend.
    public var colorName: String

    public init(shape: String, fillColor: String, borderColor: String, colorName: String) {
        self.shape = shape
        self.fillColor = fillColor
        self.borderColor = borderColor
        self.colorName = colorName
    }

    /// The style of `kind`.
    public static func of(_ kind: NodeKind) -> NodeKindStyle {
        switch kind {
        case .person: return NodeKindStyle(shape: "ellipse", fillColor: "#fbe3b5", borderColor: "#e69f00", colorName: "orange")
        case .country: return NodeKindStyle(shape: "box", fillColor: "#cfe6f5", borderColor: "#0072b2", colorName: "blue")
        case .organization: return NodeKindStyle(shape: "hexagon", fillColor: "#cdeee2", borderColor: "#009e73", colorName: "green")
        case .location: return NodeKindStyle(shape: "house", fillColor: "#f6f0b0", borderColor: "#b8a000", colorName: "yellow")
        case .other: return NodeKindStyle(shape: "tab", fillColor: "#e6e6e6", borderColor: "#7f7f7f", colorName: "grey")
        case .commitment: return NodeKindStyle(shape: "note", fillColor: "#f5d9e8", borderColor: "#cc79a7", colorName: "pink")
        }
    }
}
