import NexusCore

/// When each node and edge of a graph was seen: the first and last publication dates of the
/// documents of its evidence. GEXF writes them as `start` and `end`, so that Gephi's timeline
/// shows each node and tie from the day it first appears to the day it last appears.
///
/// A node or edge whose evidence documents are all undated has no span.
///
/// ```swift
/// let spans = GraphTimeSpans(graph: everyEvidence, documentDates: ["a": june10, "b": june29])
/// spans.nodes["country:france"]   // Span(first: 2021-06-10, last: 2021-06-29)
/// ```
public struct GraphTimeSpans: Hashable, Sendable {
    /// From `first` to `last`, both included.
    public struct Span: Hashable, Sendable {
        public var first: CalendarDate
        public var last: CalendarDate

        public init(first: CalendarDate, last: CalendarDate) {
            self.first = first
            self.last = last
        }
    }

    /// What tells edges apart: their ends, kind, label and event code.
    public struct EdgeKey: Hashable, Sendable {
        public var source: String
        public var target: String
        public var kind: RelationKind
        public var label: String?
        public var code: String?

        public init(_ edge: GraphEdge) {
            source = edge.source
            target = edge.target
            kind = edge.kind
            label = edge.label
            code = edge.code?.description
        }
    }

    public var nodes: [String: Span]
    public var edges: [EdgeKey: Span]

    public init(nodes: [String: Span] = [:], edges: [EdgeKey: Span] = [:]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The spans of the nodes and edges of `graph`, read from their evidence. `graph` should
    /// keep every evidence sentence (built with an unlimited evidence limit): evidence cut to
    /// the first sentences gives spans that end too early.
    ///
    /// - Complexity: O(S) for S evidence sentences.
    public init(graph: EntityGraph, documentDates: [String: CalendarDate]) {
        func span(_ evidence: [Evidence]) -> Span? {
            let dates = evidence.compactMap { documentDates[$0.document] }
            guard let first = dates.min(), let last = dates.max() else { return nil }
            return Span(first: first, last: last)
        }
        var nodes: [String: Span] = [:], edges: [EdgeKey: Span] = [:]
        for node in graph.nodes { nodes[node.id] = span(node.evidence) }
        for edge in graph.edges { edges[EdgeKey(edge)] = span(edge.evidence) }
        self.init(nodes: nodes, edges: edges)
    }

    /// The span of `edge`, if any.
    public func span(of edge: GraphEdge) -> Span? {
        edges[EdgeKey(edge)]
    }
}
