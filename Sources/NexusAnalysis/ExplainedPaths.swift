import NexusCore

/// One hop of an explained path: the entity-graph edges that join two consecutive nodes and
/// the sentences that support them.
public struct PathHop: Hashable, Sendable {
    public var from: String
    public var to: String
    /// Every entity-graph edge between the two nodes (either direction), in canonical order.
    public var edges: [GraphEdge]
    /// The evidence of those edges, sorted and without duplicates.
    public var evidence: [Evidence]
}

/// A path between entities, every hop explained by the evidence of the edges that make it.
public struct ExplainedPath: Hashable, Sendable {
    /// Node ids from source to target.
    public var nodes: [String]
    /// Hops, or the sum of `1 / weight` for weighted searches.
    public var length: Double
    public var hops: [PathHop]
}

/// The ego network of an entity with the evidence of each of its edges.
public struct ExplainedEgoNetwork: Hashable, Sendable {
    public var center: String
    public var radius: Int
    /// Node ids (ascending) with their hop distance from the centre.
    public var depths: [String: Int]
    /// One explained hop per edge of the ego network, ordered by (from, to) with from < to.
    public var edges: [PathHop]
}

/// Path queries on an entity graph whose answers quote their evidence: shortest path,
/// k shortest simple paths (Yen 1971) and ego networks.
///
/// The entity graph is analysed undirected (see ``AnalysisGraph``); a hop between two nodes is
/// explained by all entity-graph edges joining them, whatever their kind or direction.
///
/// ```swift
/// let paths = try EntityPaths(entityGraph: graph)
/// if let path = try paths.shortestPath(from: "person:a", to: "country:b") {
///     for hop in path.hops { print(hop.from, hop.to, hop.evidence.first?.text ?? "") }
/// }
/// ```
public struct EntityPaths: Sendable {
    public let graph: AnalysisGraph
    private let edgesByPair: [UInt64: [GraphEdge]]

    /// - Parameter kinds: the relation kinds that may form hops; `nil` for all.
    public init(entityGraph: EntityGraph, kinds: Set<RelationKind>? = nil) throws {
        let graph = try AnalysisGraph(entityGraph: entityGraph, kinds: kinds)
        var edgesByPair: [UInt64: [GraphEdge]] = [:]
        for edge in entityGraph.sorted().edges where kinds?.contains(edge.kind) ?? true {
            guard let a = graph.index(of: edge.source), let b = graph.index(of: edge.target), a != b else { continue }
            edgesByPair[graph.edgeKey(a, b), default: []].append(edge)
        }
        self.graph = graph
        self.edgesByPair = edgesByPair
    }

    /// The shortest path between two entities (fewest hops, or with `weighted` least total
    /// `1 / weight`), or `nil` when they are not connected.
    public func shortestPath(from source: String, to target: String, weighted: Bool = false) throws -> ExplainedPath? {
        try graph.shortestPath(from: source, to: target, weighted: weighted).map(explain)
    }

    /// The `k` shortest simple paths between two entities (Yen 1971), shortest first.
    public func kShortestPaths(from source: String, to target: String, k: Int, weighted: Bool = false) throws -> [ExplainedPath] {
        try graph.kShortestPaths(from: source, to: target, k: k, weighted: weighted).map(explain)
    }

    /// The entities within `radius` hops of `center` and the explained edges among them.
    public func egoNetwork(of center: String, radius: Int) throws -> ExplainedEgoNetwork {
        let ego = graph.egoNetwork(of: try graph.requireIndex(of: center), radius: radius)
        var depths: [String: Int] = [:]
        for (node, depth) in ego.nodes { depths[graph.ids[node]] = depth }
        return ExplainedEgoNetwork(
            center: center, radius: radius, depths: depths, edges: ego.edges.map { hop(from: $0.0, to: $0.1) })
    }

    /// Attaches the evidence of each hop to a path of the analysis graph.
    public func explain(_ path: GraphPath) -> ExplainedPath {
        let hops = zip(path.nodes, path.nodes.dropFirst()).map { hop(from: $0, to: $1) }
        return ExplainedPath(nodes: path.nodes.map { graph.ids[$0] }, length: path.length, hops: hops)
    }

    private func hop(from a: Int, to b: Int) -> PathHop {
        let edges = edgesByPair[graph.edgeKey(a, b)] ?? []
        let evidence = Array(Set(edges.flatMap(\.evidence))).sorted()
        return PathHop(from: graph.ids[a], to: graph.ids[b], edges: edges, evidence: evidence)
    }
}
