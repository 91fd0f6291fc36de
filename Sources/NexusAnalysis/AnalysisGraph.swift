import NexusCore

/// A compact, undirected, simple graph for analysis: nodes are dense indices `0..<nodeCount`,
/// adjacency is stored in compressed sparse row (CSR) arrays.
///
/// The entity graph's co-mention ties have no direction, so every analysis treats the graph as
/// **undirected**: each edge `{u, v}` appears in the adjacency of both `u` and `v`. The graph is
/// **simple**: self-loops are dropped and parallel edges are merged into one edge whose weight is
/// the sum of theirs (see ``init(nodes:edges:)``).
///
/// Weights are *strengths* (for co-mentions, the number of sentences two entities share). Where
/// an algorithm needs a length (weighted shortest paths, betweenness, closeness), it uses the
/// distance `1 / weight`: entities mentioned together more often are closer.
///
/// Node indices follow the node ids in ascending (`String`) order, so every result is
/// deterministic for a given input whatever the order the edges were given in.
///
/// ```swift
/// let graph = try AnalysisGraph(edges: [Edge("a", "b"), Edge("b", "c", weight: 2)])
/// graph.nodeCount   // 3
/// graph.neighbors(of: 1)  // [0, 2]
/// ```
public struct AnalysisGraph: Sendable, Equatable {
    /// An undirected weighted edge between two node ids.
    public struct Edge: Hashable, Sendable {
        public var u: String
        public var v: String
        /// Strength, finite and > 0.
        public var weight: Double

        public init(_ u: String, _ v: String, weight: Double = 1) {
            self.u = u
            self.v = v
            self.weight = weight
        }
    }

    /// Node ids by index, ascending.
    public let ids: [String]
    /// `offsets[v]..<offsets[v + 1]` indexes the neighbours of `v` in ``targets`` and ``weights``.
    public let offsets: [Int]
    /// Neighbour indices, ascending within each node's range.
    public let targets: [Int32]
    /// Edge strengths, parallel to ``targets``.
    public let weights: [Double]
    /// Whether any edge weight differs from 1.
    public let isWeighted: Bool
    private let indexByID: [String: Int32]

    public var nodeCount: Int { ids.count }
    /// The number of undirected edges.
    public var edgeCount: Int { targets.count / 2 }

    /// Builds the graph from node ids and undirected edges.
    ///
    /// Nodes named only by edges are added; `nodes` may add isolated nodes. Self-loops are
    /// dropped; parallel edges (in either direction) are merged by summing their weights.
    ///
    /// - Throws: ``AnalysisError/invalidWeight(source:target:weight:)`` when a weight is not
    ///   finite and at least ``smallestWeight``.
    /// - Complexity: O(n log n + m log m).
    public init(nodes: [String] = [], edges: [Edge]) throws {
        var idSet = Set(nodes)
        for edge in edges {
            guard Self.isUsableWeight(edge.weight) else {
                throw AnalysisError.invalidWeight(source: edge.u, target: edge.v, weight: edge.weight)
            }
            idSet.insert(edge.u)
            idSet.insert(edge.v)
        }
        let ids = idSet.sorted()
        var indexByID: [String: Int32] = [:]
        indexByID.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { indexByID[id] = Int32(i) }
        var pairs: [(Int32, Int32, Double)] = []
        pairs.reserveCapacity(edges.count)
        for edge in edges {
            let a = indexByID[edge.u]!, b = indexByID[edge.v]!
            if a == b { continue }
            pairs.append((min(a, b), max(a, b), edge.weight))
        }
        self.init(ids: ids, indexByID: indexByID, undirectedPairs: pairs)
    }

    /// Builds the graph from pairs of indices into `ids` (which must be sorted and unique).
    init(ids: [String], indexByID: [String: Int32], undirectedPairs: [(Int32, Int32, Double)]) {
        var pairs = undirectedPairs
        pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var merged: [(Int32, Int32, Double)] = []
        merged.reserveCapacity(pairs.count)
        for pair in pairs {
            if let last = merged.last, last.0 == pair.0, last.1 == pair.1 {
                merged[merged.count - 1].2 += pair.2
            } else {
                merged.append(pair)
            }
        }
        let n = ids.count
        var degree = [Int](repeating: 0, count: n + 1)
        for (a, b, _) in merged {
            degree[Int(a)] += 1
            degree[Int(b)] += 1
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        for v in 0..<n { offsets[v + 1] = offsets[v] + degree[v] }
        var cursor = offsets
        var targets = [Int32](repeating: 0, count: offsets[n])
        var weights = [Double](repeating: 0, count: offsets[n])
        // Pairs are sorted by (a, b) with a < b, so writing b's entry for a and a's entry for b
        // in this order leaves each adjacency range sorted ascending.
        for (a, b, w) in merged {
            targets[cursor[Int(b)]] = a
            weights[cursor[Int(b)]] = w
            cursor[Int(b)] += 1
        }
        for (a, b, w) in merged {
            targets[cursor[Int(a)]] = b
            weights[cursor[Int(a)]] = w
            cursor[Int(a)] += 1
        }
        self.ids = ids
        self.indexByID = indexByID
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.isWeighted = merged.contains { $0.2 != 1 }
    }

    /// The index of a node id, or `nil` when the graph has no such node.
    public func index(of id: String) -> Int? {
        indexByID[id].map(Int.init)
    }

    /// The index of a node id.
    /// - Throws: ``AnalysisError/unknownNode(_:)``.
    public func requireIndex(of id: String) throws -> Int {
        guard let index = index(of: id) else { throw AnalysisError.unknownNode(id) }
        return index
    }

    /// Neighbour indices of `v`, ascending.
    public func neighbors(of v: Int) -> ArraySlice<Int32> {
        targets[offsets[v]..<offsets[v + 1]]
    }

    /// The number of neighbours of `v`.
    public func degree(of v: Int) -> Int {
        offsets[v + 1] - offsets[v]
    }

    /// The strength of edge `{u, v}`, or `nil` when they are not adjacent.
    /// - Complexity: O(log deg(u)).
    public func weight(between u: Int, and v: Int) -> Double? {
        var lo = offsets[u], hi = offsets[u + 1]
        let key = Int32(v)
        while lo < hi {
            let mid = (lo + hi) / 2
            if targets[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[u + 1] && targets[lo] == key ? weights[lo] : nil
    }

    /// Scores by node id, for presenting per-index results.
    public func scoresByID(_ scores: [Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(ids, scores))
    }
}

extension AnalysisGraph {
    /// Builds the analysis graph of an entity graph: one node per graph node, one undirected
    /// edge per connected pair whose strength is the sum of the weights of the entity-graph
    /// edges between them (of the selected kinds, in either direction).
    ///
    /// - Parameter kinds: the relation kinds to keep; `nil` keeps every edge. Pass
    ///   `[.comention]` for the co-mention graph.
    /// - Throws: ``AnalysisError/unknownNode(_:)`` when an edge names a node the graph lacks,
    ///   ``AnalysisError/invalidWeight(source:target:weight:)`` for a weight that is not > 0.
    public init(entityGraph: EntityGraph, kinds: Set<RelationKind>? = nil) throws {
        let known = Set(entityGraph.nodes.map(\.id))
        var edges: [Edge] = []
        for edge in entityGraph.edges where kinds?.contains(edge.kind) ?? true {
            for end in [edge.source, edge.target] where !known.contains(end) {
                throw AnalysisError.unknownNode(end)
            }
            edges.append(Edge(edge.source, edge.target, weight: edge.weight))
        }
        try self.init(nodes: entityGraph.nodes.map(\.id), edges: edges)
    }
}

extension AnalysisGraph {
    /// The smallest edge weight accepted: 1e-300. Path searches take an edge's length to be
    /// 1 / weight, and a smaller weight (1e-320, a subnormal number) gives an infinite length,
    /// which silently removed the edge from every shortest path and changed betweenness.
    /// With lengths up to 1e300, sums along paths of up to 10⁸ edges stay finite.
    public static let smallestWeight = 1e-300

    /// Whether `weight` is finite and at least ``smallestWeight``.
    public static func isUsableWeight(_ weight: Double) -> Bool {
        weight.isFinite && weight >= smallestWeight
    }
}
