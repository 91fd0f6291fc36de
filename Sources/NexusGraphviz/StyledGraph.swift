/// An entity graph translated into Graphviz's terms: synthetic node names and attribute
/// strings, ready to be handed to cgraph.
///
/// It holds no C types; `GraphvizRenderer` builds the cgraph objects from it inside the
/// serial owner, and `Graphviz.parseDOT(_:)` reads DOT back into it. Attribute values are
/// stored already escaped for Graphviz (see `GraphvizEscaping`).
public struct StyledGraph: Hashable, Sendable {
    /// The graph's name in DOT (`digraph NAME`).
    public var name: String
    public var isDirected: Bool
    /// Graph attributes (`graph [...]`), such as the legend label.
    public var attributes: [String: AttributeValue]
    /// Defaults every node starts with (`node [...]`).
    public var nodeDefaults: [String: AttributeValue]
    /// Defaults every edge starts with (`edge [...]`).
    public var edgeDefaults: [String: AttributeValue]
    /// Nodes in the order they are created, which is the order DOT lists them in.
    public var nodes: [Node]
    /// Edges in the order they are created.
    public var edges: [Edge]

    public init(
        name: String, isDirected: Bool = true, attributes: [String: AttributeValue] = [:],
        nodeDefaults: [String: AttributeValue] = [:], edgeDefaults: [String: AttributeValue] = [:],
        nodes: [Node] = [], edges: [Edge] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
    }

    /// One attribute value: ordinary text (quoted in DOT) or an HTML-like label (`<...>`).
    public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
        case text(String)
        case html(String)

        public var string: String {
            switch self {
            case .text(let value), .html(let value): return value
            }
        }

        public var description: String {
            switch self {
            case .text(let value): return value
            case .html(let value): return "<\(value)>"
            }
        }
    }

    public struct Node: Hashable, Sendable {
        /// The synthetic DOT name (`n0`, `n1`, ...), never display text.
        public var name: String
        public var attributes: [String: AttributeValue]

        public init(name: String, attributes: [String: AttributeValue]) {
            self.name = name
            self.attributes = attributes
        }
    }

    public struct Edge: Hashable, Sendable {
        /// Name of the tail node (`n3` in `n3 -> n7`).
        public var tail: String
        /// Name of the head node.
        public var head: String
        public var attributes: [String: AttributeValue]

        public init(tail: String, head: String, attributes: [String: AttributeValue]) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }
}
