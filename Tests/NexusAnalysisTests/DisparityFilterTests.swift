import Testing
@testable import NexusAnalysis

/// The disparity filter on graphs small enough to compute by hand.
@Suite struct DisparityFilterTests {
    /// Node 0 has edges of weight 10, 1 and 1 (k = 3, s = 12). Edge 0–1: p = 10/12,
    /// α = (2/12)² = 0.0278; edges 0–2 and 0–3: p = 1/12, α = (11/12)² = 0.840. The leaves have
    /// degree 1, so α = 1 for them.
    static let star: [(source: Int, target: Int, weight: Double)] = [(0, 1, 10), (0, 2, 1), (0, 3, 1)]

    @Test func significanceIsThePaperFormula() {
        #expect(abs(DisparityFilter.significance(weight: 10, degree: 3, strength: 12) - 1.0 / 36.0) < 1e-12)
        #expect(abs(DisparityFilter.significance(weight: 1, degree: 3, strength: 12) - 121.0 / 144.0) < 1e-12)
        #expect(DisparityFilter.significance(weight: 5, degree: 1, strength: 5) == 1)
    }

    @Test func onlySignificantEdgesStayWithoutTheStrongestEdgeRule() {
        #expect(DisparityFilter(alpha: 0.05, keepsStrongest: false).keep(edges: Self.star, nodeCount: 4) == [true, false, false])
        #expect(DisparityFilter(alpha: 0.9, keepsStrongest: false).keep(edges: Self.star, nodeCount: 4) == [true, true, true])
        #expect(DisparityFilter(alpha: 0.01, keepsStrongest: false).keep(edges: Self.star, nodeCount: 4) == [false, false, false])
    }

    @Test func everyConnectedNodeKeepsItsHeaviestEdge() {
        // The leaves 2 and 3 have one edge each: it is their heaviest, so it stays.
        #expect(DisparityFilter(alpha: 0.01).keep(edges: Self.star, nodeCount: 4) == [true, true, true])
        // A 4-cycle: at nodes 0 and 1 edge 0–1 has p = 0.9 and α = (1 − 0.9)¹ = 0.1, not below
        // 0.05, so nothing is significant and only each node's heaviest edge stays: 0–1 for
        // nodes 0 and 1, 2–3 (weight 2) for nodes 2 and 3.
        let cycle: [(source: Int, target: Int, weight: Double)] = [(0, 1, 9), (1, 2, 1), (2, 3, 2), (3, 0, 1)]
        #expect(DisparityFilter(alpha: 0.05).keep(edges: cycle, nodeCount: 4) == [true, false, true, false])
    }

    @Test func selfLoopsAndEmptyWeightsAreDropped() {
        let edges: [(source: Int, target: Int, weight: Double)] = [(0, 0, 5), (0, 1, 0), (0, 1, 2)]
        #expect(DisparityFilter(alpha: 0.05).keep(edges: edges, nodeCount: 2) == [false, false, true])
    }
}
