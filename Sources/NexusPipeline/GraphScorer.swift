import Foundation
import NexusAnalysis
import NexusCore

/// Attaches centrality scores to the entity nodes of a graph, under the names of
/// ``CentralityMeasure`` ("degree", "betweenness", "pagerank", ...).
///
/// Scores are computed on the **entity graph**: entity nodes with the edges of the chosen
/// relation kinds between them (``Options/relations``; by default co-mentions, affiliations
/// and asserted events, ``defaultRelations``), undirected, edge strength = sum of the weights
/// of the edges joining a pair. Commitment nodes are left out (they would sit between every actor
/// and beneficiary and inflate betweenness); they get no scores. Betweenness and closeness
/// are unweighted (hop counts); PageRank uses the strengths as weights, as NetworkX does.
///
/// Betweenness is exact (Brandes 2001) up to ``Options/exactBetweennessLimit`` nodes and
/// sampled above it (Riondato and Kornaropoulos 2016, with ε = ``Options/samplingEpsilon``,
/// δ = 0.1 and a fixed seed), so a build on a large corpus stays fast and reproducible.
public struct GraphScorer: Sendable {
    public struct Options: Sendable, Equatable {
        public var measures: [CentralityMeasure]
        public var exactBetweennessLimit: Int
        public var samplingEpsilon: Double
        public var threads: Int
        /// The relation kinds whose edges count as ties.
        public var relations: Set<RelationKind>

        public init(
            measures: [CentralityMeasure] = [.degree, .betweenness, .pagerank],
            exactBetweennessLimit: Int = 4_000, samplingEpsilon: Double = 0.02,
            threads: Int = ProcessInfo.processInfo.activeProcessorCount,
            relations: Set<RelationKind> = GraphScorer.defaultRelations
        ) {
            self.relations = relations
            self.measures = measures
            self.exactBetweennessLimit = exactBetweennessLimit
            self.samplingEpsilon = samplingEpsilon
            self.threads = max(1, threads)
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The entity-only analysis graph described above.
    public static func entityAnalysisGraph(of graph: EntityGraph, relations: Set<RelationKind> = defaultRelations) throws -> AnalysisGraph {
        let entities = GraphFilter.keepingKinds(Set(NodeKind.allCases).subtracting([.commitment]), in: graph)
        return try AnalysisGraph(entityGraph: entities, kinds: relations)
    }

    /// The ties that count by default: co-mentions, affiliations and events between entities.
    public static let defaultRelations: Set<RelationKind> = [.comention, .affiliation, .event]

    /// `graph` with each entity node's `scores` extended by the chosen measures.
    public func score(_ graph: EntityGraph) throws -> EntityGraph {
        let analysis = try Self.entityAnalysisGraph(of: graph, relations: options.relations)
        guard analysis.nodeCount > 0 else { return graph }
        var byMeasure: [String: [String: Double]] = [:]
        for measure in options.measures {
            let values = try analysis.scores(measure, options: rankingOptions(for: measure, nodes: analysis.nodeCount))
            byMeasure[measure.rawValue] = analysis.scoresByID(values)
        }
        var scored = graph
        for i in scored.nodes.indices where scored.nodes[i].kind != .commitment {
            for (name, values) in byMeasure {
                if let value = values[scored.nodes[i].id] { scored.nodes[i].scores[name] = value }
            }
        }
        return scored
    }

    private func rankingOptions(for measure: CentralityMeasure, nodes: Int) -> RankingOptions {
        var ranking = RankingOptions(threads: options.threads, seed: 1)
        if measure == .betweenness && nodes > options.exactBetweennessLimit {
            ranking.epsilon = options.samplingEpsilon
        }
        return ranking
    }
}
