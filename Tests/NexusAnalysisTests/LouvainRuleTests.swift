import Foundation
import Testing
@testable import NexusAnalysis

/// Louvain's gain and stopping rules, each on a graph where NetworkX gives the same partition
/// for every seed (`Fixtures/louvain_rules.json`, written by `Scripts/make-analysis-fixtures.py`),
/// so our visiting order cannot hide a difference: a move that gains exactly nothing is not
/// made, and no level runs after one that raised modularity by no more than the threshold.
struct LouvainRuleFixture: Decodable, Sendable {
    struct Case: Decodable, Sendable {
        var name: String
        var why: String
        var nodes: [String]
        var edges: [[Fixture.Value]]
        var resolution: Double
        var threshold: Double
        var partition: [[String]]

        func graph() throws -> AnalysisGraph {
            try Fixture.graph(nodes: nodes, edges: edges)
        }
    }

    var networkx_version: String
    var cases: [Case]

    static let loaded: LouvainRuleFixture = {
        try! Fixture.decoded(LouvainRuleFixture.self, "louvain_rules")
    }()

    static func named(_ name: String) throws -> Case {
        try #require(loaded.cases.first { $0.name == name }, "no Louvain rule case \(name)")
    }
}

@Suite struct LouvainRuleTests {
    private func partition(_ c: LouvainRuleFixture.Case, threshold: Double? = nil, seed: UInt64) throws -> [[String]] {
        let graph = try c.graph()
        let result = graph.louvainCommunities(resolution: c.resolution, threshold: threshold ?? c.threshold, seed: seed)
        return result.communities.map { $0.map { graph.ids[$0] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test(arguments: ["one_edge_resolution_2", "ring_of_triangles_threshold"])
    func networkXPartition(_ name: String) throws {
        let c = try LouvainRuleFixture.named(name)
        for seed: UInt64 in [0, 1, 2, 7] {
            #expect(try partition(c, seed: seed) == c.partition, "\(name) (\(c.why)), seed \(seed)")
        }
    }

    /// The threshold case means something only if a second level would change the answer:
    /// with the default threshold the triangles merge (NetworkX finds 5 or 6 communities).
    @Test func secondLevelMergesTrianglesUnderTheDefaultThreshold() throws {
        let c = try LouvainRuleFixture.named("ring_of_triangles_threshold")
        #expect(c.partition.count == 10)
        for seed: UInt64 in [0, 1, 2, 7] {
            #expect(try partition(c, threshold: 1e-7, seed: seed).count < 10, "seed \(seed)")
        }
    }
}
