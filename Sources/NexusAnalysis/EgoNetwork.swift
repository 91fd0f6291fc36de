/// The nodes within a number of hops of a centre node and the edges among them.
public struct EgoNetwork: Equatable, Sendable {
    public var center: Int
    public var radius: Int
    /// Node indices ascending, each with its hop distance from the centre.
    public var nodes: [(node: Int, depth: Int)]
    /// Edges `(a, b)` with `a < b` whose both ends are in the network, ascending.
    public var edges: [(Int, Int)]

    public static func == (lhs: EgoNetwork, rhs: EgoNetwork) -> Bool {
        lhs.center == rhs.center && lhs.radius == rhs.radius
            && lhs.nodes.elementsEqual(rhs.nodes, by: { $0 == $1 })
            && lhs.edges.elementsEqual(rhs.edges, by: { $0 == $1 })
    }
}

extension AnalysisGraph {
    /// The ego network of `center` to depth `radius`: every node at most `radius` hops away
    /// and every edge between two such nodes (the induced subgraph), as
    /// `networkx.ego_graph(G, center, radius)`.
    ///
    /// - Complexity: O(size of the ego network's neighbourhoods).
    public func egoNetwork(of center: Int, radius: Int) -> EgoNetwork {
        var depth: [Int: Int] = [center: 0]
        var frontier = [center]
        var level = 0
        while level < radius && !frontier.isEmpty {
            level += 1
            var next: [Int] = []
            for v in frontier {
                for w in neighbors(of: v) where depth[Int(w)] == nil {
                    depth[Int(w)] = level
                    next.append(Int(w))
                }
            }
            frontier = next
        }
        let members = depth.keys.sorted()
        var edges: [(Int, Int)] = []
        for v in members {
            for w in neighbors(of: v) where Int(w) > v && depth[Int(w)] != nil {
                edges.append((v, Int(w)))
            }
        }
        return EgoNetwork(center: center, radius: radius, nodes: members.map { ($0, depth[$0]!) }, edges: edges)
    }
}
