import Foundation

/// The disparity filter of Serrano, Boguñá & Vespignani (2009), "Extracting the multiscale
/// backbone of complex weighted networks", PNAS 106(16):6483–6488.
///
/// For an undirected weighted graph, node i with degree kᵢ and strength sᵢ = Σⱼ wᵢⱼ, the
/// normalized weight of edge (i, j) is pᵢⱼ = wᵢⱼ / sᵢ. Under the null hypothesis that i's
/// strength is spread uniformly at random over its kᵢ edges, the probability of a share at least
/// pᵢⱼ is αᵢⱼ = (1 − pᵢⱼ)^(kᵢ − 1). The edge is significant for i when αᵢⱼ < α, and kept when it
/// is significant for either end. An edge of a node of degree 1 is never significant for that
/// node (αᵢⱼ = 1), as in the paper.
///
/// ``keepsStrongest`` also keeps every node's heaviest edge (ties: the first in input order), so
/// that a node that had edges keeps at least one: the drawing loses no node that was connected.
///
/// - Complexity: O(V + E).
public struct DisparityFilter: Sendable, Equatable {
    /// The significance level; smaller keeps fewer edges.
    public var alpha: Double
    /// Whether every node keeps its heaviest edge.
    public var keepsStrongest: Bool

    public init(alpha: Double, keepsStrongest: Bool = true) {
        self.alpha = alpha
        self.keepsStrongest = keepsStrongest
    }

    /// The αᵢⱼ of an edge of weight `weight` at a node of the given degree and strength.
    public static func significance(weight: Double, degree: Int, strength: Double) -> Double {
        guard degree > 1, strength > 0 else { return 1 }
        return pow(1 - weight / strength, Double(degree - 1))
    }

    /// Which edges to keep, in input order. Edges are (source, target, weight) over node
    /// indices `0..<nodeCount`; self-loops are never kept; non-positive weights are dropped.
    public func keep(edges: [(source: Int, target: Int, weight: Double)], nodeCount: Int) -> [Bool] {
        var degree = [Int](repeating: 0, count: nodeCount)
        var strength = [Double](repeating: 0, count: nodeCount)
        for e in edges where e.source != e.target && e.weight > 0 {
            degree[e.source] += 1; degree[e.target] += 1
            strength[e.source] += e.weight; strength[e.target] += e.weight
        }
        var kept = edges.map { e -> Bool in
            guard e.source != e.target, e.weight > 0 else { return false }
            return Self.significance(weight: e.weight, degree: degree[e.source], strength: strength[e.source]) < alpha
                || Self.significance(weight: e.weight, degree: degree[e.target], strength: strength[e.target]) < alpha
        }
        if keepsStrongest {
            var strongest = [Int](repeating: -1, count: nodeCount)
            for (k, e) in edges.enumerated() where e.source != e.target && e.weight > 0 {
                for node in [e.source, e.target] where strongest[node] < 0 || e.weight > edges[strongest[node]].weight {
                    strongest[node] = k
                }
            }
            for k in strongest where k >= 0 { kept[k] = true }
        }
        return kept
    }
}
