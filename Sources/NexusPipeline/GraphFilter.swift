import Foundation
import NexusAnalysis
import NexusCore

/// Narrows an ``EntityGraph`` for display: by node kind, by edge weight, to the neighbourhood
/// of one node, and to the highest-ranked nodes. Used by
/// `nexus render --types --min-weight --ego --depth --top`.
///
/// The steps run in this order, each on the result of the previous one, and each is also
/// available alone as a pure function:
/// 1. ``keepingKinds(_:in:)`` — nodes of the given kinds (edges between them), then
///    ``keepingRelations(_:in:)`` — edges of the given relation kinds (`--relations`);
/// 2. ``keepingEdges(minimumWeight:in:)`` — edges of at least the given weight;
/// 3. ``egoNetwork(around:depth:in:)`` — nodes within `depth` hops of the centre;
/// 4. ``topNodes(_:by:in:)`` — the `top` nodes by a score;
/// 5. ``backbone(_:in:)`` — the co-mention edges that carry information (``Backbone``);
/// 6. ``droppingIsolated(in:)`` — nodes left without any edge, when ``dropsIsolated`` is set.
///
/// Every step keeps the induced subgraph (an edge stays when both its ends stay) and returns
/// the graph ``EntityGraph/sorted()``.
public struct GraphFilter: Sendable, Equatable {
    /// Why a filter cannot be applied.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// No node has this id or label; close labels are suggested.
        case unknownNode(String, suggestions: [String])
        /// Several nodes have this label; their ids are listed.
        case ambiguousNode(String, ids: [String])
        case invalidDepth(Int)
        case invalidTop(Int)

        public var description: String {
            switch self {
            case .unknownNode(let query, let suggestions):
                let hint = suggestions.isEmpty
                    ? "give a node id such as person:jane-doe, or a node's exact name"
                    : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
                return "no node named '\(query)' in the graph; \(hint)"
            case .ambiguousNode(let query, let ids):
                return "'\(query)' names several nodes (\(ids.joined(separator: ", "))); give one of these ids instead"
            case .invalidDepth(let depth):
                return "ego depth must be 0 or more, not \(depth)"
            case .invalidTop(let count):
                return "the number of top nodes must be 1 or more, not \(count)"
            }
        }
    }

    /// Node kinds to keep; `nil` keeps all.
    public var kinds: Set<NodeKind>?
    /// Edge kinds to keep; `nil` keeps all.
    public var relations: Set<RelationKind>?
    /// Smallest edge weight kept; `nil` keeps all edges.
    public var minimumWeight: Double?
    /// Centre of the ego network: a node id or a node label (case and diacritics ignored).
    public var ego: String?
    /// How many hops from ``ego`` to keep (edges followed in both directions).
    public var depth: Int
    /// How many nodes to keep, the highest ranked by ``rankingScore``; `nil` keeps all.
    public var top: Int?
    /// The node score ``top`` ranks by; `nil` ranks by weighted degree.
    public var rankingScore: String?
    /// Whether nodes without edges after the other steps are removed.
    public var dropsIsolated: Bool
    /// Which co-mention edges to keep; `nil` keeps all.
    public var backbone: Backbone?

    /// The backbone of the co-mention and event edges (``NexusAnalysis/DisparityFilter``,
    /// Serrano, Boguñá & Vespignani 2009), each kind filtered on its own weights. Affiliation and
    /// commitment edges are always kept.
    public enum Backbone: Sendable, Equatable {
        /// The disparity filter at this significance level (each node keeps its heaviest edge).
        case alpha(Double)
        /// Readable at any size: nothing is filtered when the graph has at most
        /// `maximumEdgesPerNode` edges per node; otherwise the largest level of
        /// ``readableLevels`` that brings it there (the smallest when none does).
        case readable(maximumEdgesPerNode: Double)

        /// The levels ``readable(maximumEdgesPerNode:)`` tries, loosest first.
        public static let readableLevels: [Double] = [0.5, 0.3, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.001, 0.0001]
        /// The default of `render` and of `build`'s drawing.
        public static let standard = Backbone.readable(maximumEdgesPerNode: 4)
    }

    public init(
        kinds: Set<NodeKind>? = nil, relations: Set<RelationKind>? = nil, minimumWeight: Double? = nil, ego: String? = nil, depth: Int = 1,
        top: Int? = nil, rankingScore: String? = nil, dropsIsolated: Bool = false, backbone: Backbone? = nil
    ) {
        self.kinds = kinds
        self.relations = relations
        self.minimumWeight = minimumWeight
        self.ego = ego
        self.depth = depth
        self.top = top
        self.rankingScore = rankingScore
        self.dropsIsolated = dropsIsolated
        self.backbone = backbone
    }

    /// Whether the filter keeps every graph unchanged (apart from ordering).
    public var isIdentity: Bool {
        kinds == nil && relations == nil && minimumWeight == nil && ego == nil && top == nil && !dropsIsolated && backbone == nil
    }

    /// The filtered graph.
    ///
    /// - Complexity: O((V + E) log(V + E)).
    public func apply(to graph: EntityGraph) throws(Failure) -> EntityGraph {
        var result = graph.sorted()
        if let kinds { result = Self.keepingKinds(kinds, in: result) }
        if let relations { result = Self.keepingRelations(relations, in: result) }
        if let minimumWeight { result = Self.keepingEdges(minimumWeight: minimumWeight, in: result) }
        if let ego {
            guard depth >= 0 else { throw .invalidDepth(depth) }
            let centre = try Self.resolveNode(ego, in: result)
            result = Self.egoNetwork(around: centre, depth: depth, in: result)
        }
        if let top {
            guard top >= 1 else { throw .invalidTop(top) }
            result = Self.topNodes(top, by: rankingScore, in: result)
        }
        if let backbone { result = Self.backbone(backbone, in: result) }
        if dropsIsolated { result = Self.droppingIsolated(in: result) }
        return result
    }

    // MARK: - Steps

    /// The subgraph induced by the nodes whose id is in `ids`.
    public static func induced(by ids: Set<String>, in graph: EntityGraph) -> EntityGraph {
        EntityGraph(
            nodes: graph.nodes.filter { ids.contains($0.id) },
            edges: graph.edges.filter { ids.contains($0.source) && ids.contains($0.target) },
            title: graph.title
        ).sorted()
    }

    /// The nodes of the given kinds and the edges between them.
    public static func keepingKinds(_ kinds: Set<NodeKind>, in graph: EntityGraph) -> EntityGraph {
        induced(by: Set(graph.nodes.filter { kinds.contains($0.kind) }.map(\.id)), in: graph)
    }

    /// All nodes, and the edges of the given relation kinds.
    public static func keepingRelations(_ relations: Set<RelationKind>, in graph: EntityGraph) -> EntityGraph {
        EntityGraph(nodes: graph.nodes, edges: graph.edges.filter { relations.contains($0.kind) }, title: graph.title).sorted()
    }

    /// All nodes, and the edges whose weight is at least `minimumWeight`.
    public static func keepingEdges(minimumWeight: Double, in graph: EntityGraph) -> EntityGraph {
        EntityGraph(nodes: graph.nodes, edges: graph.edges.filter { $0.weight >= minimumWeight }, title: graph.title).sorted()
    }

    /// The nodes at most `depth` edges away from `centre` (following edges either way, by
    /// breadth-first search), and the edges between them. `depth` 0 keeps the centre alone.
    ///
    /// - Complexity: O(V + E).
    public static func egoNetwork(around centre: String, depth: Int, in graph: EntityGraph) -> EntityGraph {
        var neighbours: [String: [String]] = [:]
        for edge in graph.edges {
            neighbours[edge.source, default: []].append(edge.target)
            neighbours[edge.target, default: []].append(edge.source)
        }
        var reached: Set<String> = [centre]
        var frontier = [centre]
        for _ in 0..<max(0, depth) where !frontier.isEmpty {
            var next: [String] = []
            for id in frontier {
                for neighbour in neighbours[id] ?? [] where reached.insert(neighbour).inserted {
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return induced(by: reached, in: graph)
    }

    /// The `count` nodes with the highest score and the edges between them. Ranking is by
    /// `score` (a node without it counts 0), or by weighted degree (the sum of the weights
    /// of a node's edges, both directions) when `score` is `nil`. Ties go to the smaller id.
    public static func topNodes(_ count: Int, by score: String?, in graph: EntityGraph) -> EntityGraph {
        let ranks: [String: Double]
        if let score {
            ranks = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.scores[score] ?? 0) })
        } else {
            ranks = weightedDegrees(graph)
        }
        let ranked = graph.nodes.map(\.id).sorted { a, b in
            let (ra, rb) = (ranks[a] ?? 0, ranks[b] ?? 0)
            return ra != rb ? ra > rb : a < b
        }
        return induced(by: Set(ranked.prefix(max(0, count))), in: graph)
    }

    /// The sum of the weights of each node's edges, in either direction.
    public static func weightedDegrees(_ graph: EntityGraph) -> [String: Double] {
        var degrees = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, 0.0) })
        for edge in graph.edges {
            degrees[edge.source, default: 0] += edge.weight
            degrees[edge.target, default: 0] += edge.weight
        }
        return degrees
    }

    /// The graph without nodes that have no edge.
    /// The graph with only the co-mention and event edges of the backbone (other edges all kept).
    public static func backbone(_ backbone: Backbone, in graph: EntityGraph) -> EntityGraph {
        switch backbone {
        case .alpha(let alpha):
            return disparity(alpha, in: graph)
        case .readable(let maximum):
            guard !graph.nodes.isEmpty, Double(graph.edges.count) / Double(graph.nodes.count) > maximum else { return graph }
            var result = graph
            for alpha in Backbone.readableLevels {
                result = disparity(alpha, in: graph)
                if Double(result.edges.count) / Double(graph.nodes.count) <= maximum { break }
            }
            return result
        }
    }

    /// The disparity filter at `alpha` on the co-mention edges and, separately, on the event edges.
    static func disparity(_ alpha: Double, in graph: EntityGraph) -> EntityGraph {
        var index: [String: Int] = [:]
        for (i, node) in graph.nodes.enumerated() { index[node.id] = i }
        var drop = Set<Int>()
        for kind in [RelationKind.comention, .event] {
            let filtered = graph.edges.indices.filter { graph.edges[$0].kind == kind }
            let input = filtered.compactMap { k -> (source: Int, target: Int, weight: Double)? in
                guard let a = index[graph.edges[k].source], let b = index[graph.edges[k].target] else { return nil }
                return (a, b, graph.edges[k].weight)
            }
            guard input.count == filtered.count else { continue }
            let kept = DisparityFilter(alpha: alpha).keep(edges: input, nodeCount: graph.nodes.count)
            for (position, k) in filtered.enumerated() where !kept[position] { drop.insert(k) }
        }
        return EntityGraph(nodes: graph.nodes, edges: graph.edges.indices.filter { !drop.contains($0) }.map { graph.edges[$0] }, title: graph.title).sorted()
    }

    public static func droppingIsolated(in graph: EntityGraph) -> EntityGraph {
        var linked = Set<String>()
        for edge in graph.edges { linked.insert(edge.source); linked.insert(edge.target) }
        return induced(by: linked, in: graph)
    }

    // MARK: - Naming a node

    /// The id of the node `query` names, found by ``EntityNameMatcher`` over the node labels:
    /// an id, a label up to case, diacritics and punctuation, a surname, or consecutive words
    /// of a label. Fails when no node or several nodes match; an unknown name gets the
    /// nearest labels as suggestions.
    public static func resolveNode(_ query: String, in graph: EntityGraph) throws(Failure) -> String {
        do {
            return try EntityNameMatcher(graph: graph).resolve(query)
        } catch {
            switch error {
            case .ambiguous(_, let matches): throw .ambiguousNode(query, ids: matches.map(\.id))
            case .unknown(_, let suggestions): throw .unknownNode(query, suggestions: suggestions.map(\.name))
            }
        }
    }
}
