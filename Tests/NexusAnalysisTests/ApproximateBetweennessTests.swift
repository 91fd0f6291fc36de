import Testing
@testable import NexusAnalysis

@Suite struct ApproximateBetweennessTests {
    /// r = ⌈(0.5/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉, worked by hand: ε = 0.1, δ = 0.1, VD = 10
    /// gives 50 · (3 + 1 + 2.302585…) = 315.13 → 316; VD = 3 gives 50 · (0 + 1 + 2.302585…) → 166.
    @Test func sampleSizeFormula() {
        #expect(AnalysisGraph.riondatoKornaropoulosSampleSize(epsilon: 0.1, delta: 0.1, vertexDiameter: 10) == 316)
        #expect(AnalysisGraph.riondatoKornaropoulosSampleSize(epsilon: 0.1, delta: 0.1, vertexDiameter: 3) == 166)
    }

    /// The vertex-diameter bound is at least the true value (diameter + 1 nodes: karate club
    /// diameter 5, Krackhardt kite 4, per NetworkX) and at most twice it.
    @Test func vertexDiameterBound() throws {
        for (name, diameter) in [("karate_club", 5), ("krackhardt_kite", 4)] {
            let bound = try Fixture.load(name).graph().vertexDiameterUpperBound()
            #expect(bound >= diameter + 1 && bound <= 2 * (diameter + 1), "\(name): \(bound)")
        }
    }

    /// Every estimate lies within the stated bound of NetworkX's exact betweenness.
    @Test(arguments: ["les_miserables", "gnm_unweighted", "disconnected_weighted"])
    func estimatesWithinBound(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let graph = try fixture.graph()
        for weighted in [false, true] {
            let exact = weighted ? fixture.betweenness_distance : fixture.betweenness
            let estimate = try graph.approximateBetweenness(epsilon: 0.03, delta: 0.1, seed: 9, weighted: weighted, threads: 2, exactWhenCheaper: false)
            #expect(estimate.sampleSize > 0)
            expectScores(estimate.scores, exact, in: graph, tolerance: estimate.errorBound, "\(name) sampled weighted=\(weighted)")
            let again = try graph.approximateBetweenness(epsilon: 0.03, delta: 0.1, seed: 9, weighted: weighted, threads: 1, exactWhenCheaper: false)
            for (a, b) in zip(again.scores, estimate.scores) { #expect(abs(a - b) < 1e-12, "seeded, thread-independent") }
        }
    }

    /// Issue 14: ε = 10⁻¹⁰ asked for ~10²⁰ samples, which overflowed Int (a crash), and
    /// ε = 10⁻⁷ for ~3·10¹⁴ (a run without end). A sample of at least n paths costs as much as
    /// the exact computation, which is then done instead.
    @Test func aSampleLargerThanTheGraphComputesExactly() throws {
        let fixture = try Fixture.load("karate_club")
        let graph = try fixture.graph()
        for epsilon in [1e-10, 1e-7, 0.01] {
            let result = try graph.approximateBetweenness(epsilon: epsilon, seed: 1)
            #expect(result.isExact && result.sampleSize == 0 && result.errorBound == 0, "ε = \(epsilon)")
            #expect(result.requestedSampleSize >= Double(graph.nodeCount))
            expectScores(result.scores, fixture.betweenness, in: graph, tolerance: 1e-9, "exact for ε = \(epsilon)")
        }
        #expect(try graph.approximateBetweenness(epsilon: 1e-10, seed: 1).requestedSampleSize > Double(Int.max))
        // A sample smaller than n is still drawn.
        let loose = try graph.approximateBetweenness(epsilon: 0.5, seed: 1)
        #expect(!loose.isExact && loose.sampleSize > 0 && loose.sampleSize < graph.nodeCount)
        // Without the switch, a sample too large to draw is an error, not a crash.
        #expect(throws: AnalysisError.self) { try graph.approximateBetweenness(epsilon: 1e-10, seed: 1, exactWhenCheaper: false) }
    }

    @Test func rejectsBadParameters() throws {
        let graph = try AnalysisGraph(edges: [.init("a", "b"), .init("b", "c")])
        #expect(throws: AnalysisError.self) { try graph.approximateBetweenness(epsilon: 0, seed: 1) }
        #expect(throws: AnalysisError.self) { try graph.approximateBetweenness(epsilon: 0.1, delta: 1, seed: 1) }
    }
}
