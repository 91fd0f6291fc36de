import ArgumentParser
import Foundation
import NexusAnalysis
import NexusCore
import NexusExport
import NexusPipeline

/// The graph `render` and `export` work on: INPUTS (articles, extraction JSON, or one or more
/// saved graphs, which are merged), narrowed by the filters below.
struct GraphSelection: ParsableArguments {
    @OptionGroup var input: InputOptions

    @OptionGroup var relations: RelationOptions

    @Option(name: .long, help: ArgumentHelp("Keep only these node kinds, comma-separated (person, country, organization, location, other, commitment), or all.", valueName: "kinds"))
    var types: String?

    @Option(name: .long, help: "Keep only edges at least this heavy (co-mentions: shared sentences).")
    var minWeight: Double?

    @Option(name: .long, help: "Keep only the N highest-ranked nodes (by --rank-by).")
    var top: Int?

    @Option(name: .long, help: "The score --top ranks by (default: pagerank).")
    var rankBy: String = "pagerank"

    @Option(name: .long, help: "Keep only the ego network of this entity (name, alias, surname or id).")
    var ego: String?

    @Option(name: .long, help: ArgumentHelp("Co-mention and event edges to keep: 'auto' (the disparity-filter backbone at the loosest level that leaves at most 4 edges per node; nothing filtered below that; render's default), a significance level such as 0.05, or 'none' (export's default).", valueName: "level"))
    var backbone: String?

    @Flag(name: .long, help: "render: keep nodes left without edges (left out by default; export keeps them).")
    var keepIsolated = false

    @Option(name: .long, help: "With --ego: how many hops to keep.")
    var depth: Int = 1

    /// The selected graph, scored. `forDrawing` (render) defaults to the readable backbone
    /// without unlinked nodes; otherwise (export) every edge and node is kept unless asked.
    func graph(forDrawing: Bool) throws -> EntityGraph {
        try selected(forDrawing: forDrawing, withSpans: false).graph
    }

    /// The selected graph and, when `withSpans` and the inputs hold dated documents, when each
    /// node and edge was seen (``GraphTimeSpans``, for a dynamic GEXF).
    func selected(forDrawing: Bool, withSpans: Bool) throws -> (graph: EntityGraph, spans: GraphTimeSpans?) {
        var spans: GraphTimeSpans?
        var filter = try makeFilter()
        if forDrawing {
            filter.backbone = try Self.backbone(backbone ?? "auto")
            filter.dropsIsolated = !keepIsolated
        }
        // Several saved results are merged by the loader (CorpusLoader.loadMerged).
        let loaded = try input.load(scores: GraphScorer.Options(relations: relations.kinds()))
        let graph = loaded.graph
        // --ego goes through the same forgiving matcher as `nexus ego`, aliases included.
        if let ego { filter.ego = try loaded.entityID(ego) }
        if withSpans, let corpus = loaded.corpus { spans = GraphTimeSpans.of(corpus, builder: GraphBuilder.Options(includesOther: input.withOther)) }
        try Self.checkScore(rankBy, in: graph)
        do {
            let selected = try filter.apply(to: graph)
            return (forDrawing ? DrawingCommunities.annotate(selected) : selected, spans)
        } catch {
            throw CommandFailure(error)
        }
    }

    func makeFilter() throws -> GraphFilter {
        var kinds: Set<NodeKind>?
        if let types, types.trimmingCharacters(in: .whitespaces).lowercased() != "all" {
            kinds = []
            for name in types.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let kind = NodeKind(rawValue: name.lowercased()) else {
                    let valid = NodeKind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw CommandFailure("unknown node kind '\(name)' in --types; use one of: \(valid), or all")
                }
                kinds?.insert(kind)
            }
        }
        if let top, top < 1 { throw CommandFailure("--top must be at least 1, got \(top)") }
        if depth < 0 { throw CommandFailure("--depth must be 0 or more, got \(depth)") }
        if let minWeight { try OptionValue.atLeast(0, minWeight, option: "--min-weight") }
        // Without --relations every edge is drawn (commitment edges included).
        let drawn = relations.relations == nil ? nil : try relations.kinds()
        return GraphFilter(kinds: kinds, relations: drawn, minimumWeight: minWeight, ego: ego, depth: depth, top: top, rankingScore: rankBy,
                           backbone: try Self.backbone(backbone ?? "none"))
    }

    /// `--rank-by` must name a centrality measure or a score the graph's nodes carry: an
    /// unknown name used to rank every node 0, keeping an arbitrary --top.
    static func checkScore(_ name: String, in graph: EntityGraph) throws {
        let valid = Set(CentralityMeasure.allCases.map(\.rawValue)).union(graph.nodes.flatMap(\.scores.keys))
        guard valid.contains(name) else {
            throw CommandFailure("unknown --rank-by '\(name)'; use one of: \(valid.sorted().joined(separator: ", "))")
        }
    }

    /// The `--backbone` value: auto, none, or a level in (0, 1).
    static func backbone(_ value: String) throws -> GraphFilter.Backbone? {
        switch value.lowercased() {
        case "auto": return .standard
        case "none": return nil
        default:
            guard let level = Double(value), level > 0, level < 1 else {
                throw CommandFailure("--backbone must be auto, none or a significance level between 0 and 1 (such as 0.05), not '\(value)'")
            }
            return .alpha(level)
        }
    }
}
