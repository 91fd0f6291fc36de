import Foundation
import Testing
@testable import NexusAnalysis

/// One NetworkX reference fixture (written by `Scripts/make-analysis-fixtures.py`).
struct Fixture: Decodable {
    struct Partition: Decodable {
        var label: String
        var communities: [[String]]
        var modularity: Double
        var modularity_resolution_0_5: Double
    }

    struct KShortest: Decodable {
        var source: String
        var target: String
        var k: Int
        var weighted: Bool
        var paths: [[String]]
        var lengths: [Double]
    }

    struct Ego: Decodable {
        var center: String
        var radius: Int
        var nodes: [String]
    }

    var name: String
    var weighted: Bool
    var nodes: [String]
    var edges: [[Value]]
    var degree_centrality: [String: Double]
    var weighted_degree: [String: Double]
    var betweenness: [String: Double]
    var betweenness_raw: [String: Double]
    var betweenness_distance: [String: Double]
    var closeness: [String: Double]
    var closeness_distance: [String: Double]
    var eigenvector: [String: Double]
    var eigenvector_weighted: [String: Double]
    var pagerank: [String: Double]
    var pagerank_unweighted: [String: Double]
    var components: [[String]]
    var partitions: [Partition]
    var shortest_path_lengths: [String: [String: Double]]
    var distance_path_lengths: [String: [String: Double]]
    var k_shortest: [KShortest]
    var ego: [Ego]

    /// A JSON string or number.
    enum Value: Decodable {
        case text(String)
        case number(Double)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        var text: String {
            if case .text(let value) = self { return value }
            fatalError("expected a string")
        }

        var number: Double {
            if case .number(let value) = self { return value }
            fatalError("expected a number")
        }
    }

    static let names = [
        "krackhardt_kite", "florentine_families", "karate_club", "les_miserables",
        "gnm_unweighted", "gnm_weighted", "disconnected_weighted",
    ]

    static func load(_ name: String) throws -> Fixture {
        try decoded(Fixture.self, name)
    }

    /// `Fixtures/NAME.json` decoded as `T`.
    static func decoded<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"))
        return try JSONDecoder().decode(type, from: Data(contentsOf: url))
    }

    func graph() throws -> AnalysisGraph {
        try Self.graph(nodes: nodes, edges: edges)
    }

    /// The graph of a fixture's node ids and `[u, v, weight]` edges.
    static func graph(nodes: [String], edges: [[Value]]) throws -> AnalysisGraph {
        try AnalysisGraph(nodes: nodes, edges: edges.map { AnalysisGraph.Edge($0[0].text, $0[1].text, weight: $0[2].number) })
    }
}

/// Expects `ours` (by node index) to match `expected` (by node id) within `tolerance`.
///
/// Every score must be finite: NaN and infinity fail whatever the expected value (a NaN
/// difference compares false both ways, so a "largest difference so far" test alone would let
/// it through).
func expectScores(
    _ ours: [Double], _ expected: [String: Double], in graph: AnalysisGraph, tolerance: Double, _ label: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(expected.count == graph.nodeCount, "\(label): fixture has \(expected.count) nodes", sourceLocation: sourceLocation)
    #expect(ours.count == graph.nodeCount, "\(label): \(ours.count) scores for \(graph.nodeCount) nodes", sourceLocation: sourceLocation)
    var failures: [String] = []
    for (id, value) in expected.sorted(by: { $0.key < $1.key }) {
        guard let v = graph.index(of: id), v < ours.count else {
            Issue.record("\(label): no score for node \(id)", sourceLocation: sourceLocation)
            continue
        }
        let score = ours[v]
        if !score.isFinite || !value.isFinite {
            failures.append("\(id): \(score) (NetworkX \(value)) is not finite")
        } else if !(abs(score - value) <= tolerance) {
            failures.append("\(id): \(score) differs from NetworkX's \(value) by \(abs(score - value))")
        }
    }
    #expect(failures.isEmpty, "\(label): \(failures.prefix(5).joined(separator: "; "))", sourceLocation: sourceLocation)
}

extension Fixture.Value: Sendable {}
extension Fixture.KShortest: Sendable {}
extension Fixture.Ego: Sendable {}
