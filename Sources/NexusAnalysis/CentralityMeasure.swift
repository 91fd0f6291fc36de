import Foundation

/// The node rankings `nexus rank` offers, each computed as NetworkX computes it by default.
public enum CentralityMeasure: String, CaseIterable, Sendable {
    /// ``AnalysisGraph/degreeCentrality()``; with weights, ``AnalysisGraph/weightedDegree()``.
    case degree
    /// ``AnalysisGraph/betweennessCentrality(weighted:normalized:threads:)``, normalized.
    case betweenness
    /// ``AnalysisGraph/closenessCentrality(weighted:threads:)`` (Wasserman–Faust).
    case closeness
    /// ``AnalysisGraph/eigenvectorCentrality(weighted:tolerance:maxIterations:)``.
    case eigenvector
    /// ``AnalysisGraph/pageRank(alpha:weighted:tolerance:maxIterations:)``, always weighted.
    case pagerank

    /// The valid names, for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Options for ``AnalysisGraph/scores(_:options:)``.
public struct RankingOptions: Sendable {
    /// Use edge weights: weighted degree; `1 / weight` as distance for betweenness and
    /// closeness; weighted adjacency for eigenvector. PageRank always uses weights, as NetworkX.
    public var weighted = false
    /// Workers for betweenness and closeness.
    public var threads = 1
    /// When set, betweenness is estimated by sampling (Riondato–Kornaropoulos) with this ε.
    public var epsilon: Double?
    public var delta = 0.1
    public var seed: UInt64 = 0

    public init(weighted: Bool = false, threads: Int = 1, epsilon: Double? = nil, delta: Double = 0.1, seed: UInt64 = 0) {
        self.weighted = weighted
        self.threads = threads
        self.epsilon = epsilon
        self.delta = delta
        self.seed = seed
    }
}

/// A node and its score.
public struct RankedNode: Hashable, Sendable {
    public var id: String
    public var score: Double
}

extension AnalysisGraph {
    /// One score per node index for `measure`.
    public func scores(_ measure: CentralityMeasure, options: RankingOptions = RankingOptions()) throws -> [Double] {
        switch measure {
        case .degree:
            return options.weighted ? weightedDegree() : degreeCentrality()
        case .betweenness:
            if let epsilon = options.epsilon {
                return try approximateBetweenness(
                    epsilon: epsilon, delta: options.delta, seed: options.seed, weighted: options.weighted,
                    threads: options.threads
                ).scores
            }
            return betweennessCentrality(weighted: options.weighted, threads: options.threads)
        case .closeness:
            return closenessCentrality(weighted: options.weighted, threads: options.threads)
        case .eigenvector:
            return try eigenvectorCentrality(weighted: options.weighted)
        case .pagerank:
            return try pageRank()
        }
    }

    /// Nodes by score, highest first; equal scores by ascending id.
    public func ranking(_ measure: CentralityMeasure, options: RankingOptions = RankingOptions()) throws -> [RankedNode] {
        ranking(of: try scores(measure, options: options))
    }

    /// Nodes with `values` (one per node index), highest first; equal scores by ascending id.
    public func ranking(of values: [Double]) -> [RankedNode] {
        zip(ids, values).map { RankedNode(id: $0, score: $1) }
            .sorted { ($1.score, $0.id) < ($0.score, $1.id) }
    }
}

extension RankedNode {
    /// `id<TAB>score`, the score with 12 significant digits (`%.12g`); negative zero prints as 0.
    public var tsvLine: String {
        let value = score == 0 ? 0 : score
        return "\(id)\t\(String(format: "%.12g", value))"
    }
}
