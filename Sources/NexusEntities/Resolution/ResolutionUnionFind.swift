/// Disjoint sets over `0..<n` with path halving; the smaller index is always the root, so the
/// representative of a set is its earliest member and results do not depend on merge order.
///
/// - Complexity: near-constant amortized per operation (Tarjan 1975).
public struct ResolutionUnionFind: Sendable {
    private var parent: [Int]

    public init(count: Int) { parent = Array(0..<count) }

    public mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of `a` and `b`; returns `false` when they were already one set.
    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> Bool {
        let ra = find(a), rb = find(b)
        if ra == rb { return false }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
        return true
    }
}
