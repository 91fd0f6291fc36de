/// A node of the entity graph.
public struct GraphNode: Hashable, Codable, Sendable {
    /// Stable id: an entity id (`person:jane-roe`) or a commitment id.
    public var id: String
    /// Display text.
    public var label: String
    public var kind: NodeKind
    /// Named scores from the analysis passes ("pagerank", "betweenness", ...).
    public var scores: [String: Double]
    /// Sentences that name this node.
    public var evidence: [Evidence]

    public init(id: String, label: String, kind: NodeKind, scores: [String: Double] = [:], evidence: [Evidence] = []) {
        self.id = id
        self.label = label
        self.kind = kind
        self.scores = scores
        self.evidence = evidence
    }
}

/// An edge of the entity graph. Co-mention edges are undirected in meaning; they are stored
/// with `source < target`.
public struct GraphEdge: Hashable, Codable, Sendable {
    public var source: String
    public var target: String
    public var kind: RelationKind
    /// Strength: for co-mentions, the number of sentences shared; otherwise the evidence count.
    public var weight: Double
    public var label: String?
    /// The CAMEO root of an `event` edge (its label is the code's label); nil for other kinds.
    public var code: EventCode?
    public var evidence: [Evidence]

    public init(
        source: String, target: String, kind: RelationKind, weight: Double = 1, label: String? = nil,
        code: EventCode? = nil, evidence: [Evidence] = []
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.weight = weight
        self.label = label
        self.code = code
        self.evidence = evidence
    }
}

/// The graph of entities and commitments that every output is drawn from.
///
/// Invariants: node ids are unique; every edge's endpoints are node ids. `sorted()` puts
/// nodes by id and edges by (source, target, kind, label) so that output is deterministic.
public struct EntityGraph: Hashable, Codable, Sendable {
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]
    /// What the graph is drawn from, in words: the corpus, its documents and their dates
    /// ("Samples: 3 documents, 2021-06-28 to 2021-06-29"); drawings show it as their title.
    public var title: String?

    public init(nodes: [GraphNode] = [], edges: [GraphEdge] = [], title: String? = nil) {
        self.nodes = nodes
        self.edges = edges
        self.title = title
    }

    public var isEmpty: Bool { nodes.isEmpty }

    /// The same graph with nodes and edges in canonical order.
    public func sorted() -> EntityGraph {
        EntityGraph(
            nodes: nodes.sorted { $0.id < $1.id },
            edges: edges.sorted {
                ($0.source, $0.target, $0.kind, $0.label ?? "") < ($1.source, $1.target, $1.kind, $1.label ?? "")
            },
            title: title
        )
    }

    /// Node ids that appear on an edge but not as a node, and ids used twice; empty when valid.
    public func validationProblems() -> [String] {
        var problems: [String] = []
        var seen = Set<String>()
        for node in nodes where !seen.insert(node.id).inserted {
            problems.append("node id '\(node.id)' is used twice")
        }
        for edge in edges {
            for end in [edge.source, edge.target] where !seen.contains(end) {
                problems.append("edge \(edge.source) -> \(edge.target) names unknown node '\(end)'")
            }
        }
        return problems
    }
}
