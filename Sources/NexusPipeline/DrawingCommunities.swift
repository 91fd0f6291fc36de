import NexusAnalysis
import NexusCore

/// Communities shown in a drawing: the Louvain partition (Blondel et al. 2008, seed 0) of the
/// drawn entities over the ties that count (``GraphScorer/defaultRelations``), numbered by size
/// (0 the largest). Each member of a community of two or more gets the score `community` in
/// the drawing's copy of the graph (the saved graph is not changed); the styler draws it as the
/// node's border colour and the explorer offers it as a filter.
public enum DrawingCommunities {
    /// The graph with `community` scores on the members of communities of two or more.
    public static func annotate(_ graph: EntityGraph) -> EntityGraph {
        guard let analysis = try? GraphScorer.entityAnalysisGraph(of: graph), !analysis.ids.isEmpty else { return graph }
        let partition = analysis.louvainCommunities(seed: 0)
        let groups = partition.communities.filter { $0.count > 1 }
            .map { $0.map { analysis.ids[$0] }.sorted() }
            .sorted { ($0.count, $1[0]) > ($1.count, $0[0]) }
        var community: [String: Int] = [:]
        for (index, members) in groups.enumerated() { for id in members { community[id] = index } }
        var out = graph
        for k in out.nodes.indices {
            if let c = community[out.nodes[k].id] { out.nodes[k].scores["community"] = Double(c) }
        }
        return out
    }
}
