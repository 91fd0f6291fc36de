import Foundation
import NexusCore

/// Draws entity graphs with Graphviz, in process: builds the cgraph graph in memory, lays it
/// out and renders it to SVG, PNG, PDF or DOT.
///
/// ```swift
/// let renderer = GraphvizRenderer(style: StyleOptions(sizeBy: "pagerank"))
/// let svg = try renderer.render(graph, as: .svg).data
/// try renderer.render(graph, as: .pdf, to: URL(fileURLWithPath: "graph.pdf"))
/// ```
///
/// All calls are serialised through one process-wide owner (Graphviz is not thread-safe),
/// so a renderer may be used from any thread or task; calls simply wait for each other.
public struct GraphvizRenderer: Sendable {
    public var style: StyleOptions
    public var policy: LayoutPolicy

    public init(style: StyleOptions = StyleOptions(), policy: LayoutPolicy = LayoutPolicy()) {
        self.style = style
        self.policy = policy
    }

    /// The graph as DOT without layout: byte-identical for the same graph and options,
    /// whatever the order of its nodes and edges.
    public func plainDOT(of graph: EntityGraph) throws(GraphvizError) -> String {
        try CGraph.dotSource(of: GraphStyler(options: style).style(graph))
    }

    /// Lays out and renders `graph`.
    /// - Parameters:
    ///   - format: the output; `.dot` skips layout.
    ///   - engine: an installed engine's name; `nil` lets `policy` choose by graph size.
    ///   - announce: called with each warning decided before the layout (pruning, a slow
    ///     layout), before the layout starts, so a long layout is never silent.
    /// - Throws: `.emptyGraph`, `.invalidGraph`, `.unknownScore`, `.unknownEngine`,
    ///   `.unknownFormat`, `.layoutFailed`, `.renderFailed` (also when cairo ran out of memory
    ///   and Graphviz still returned success).
    public func render(_ graph: EntityGraph, as format: OutputFormat, engine: String? = nil,
                       announce: (String) -> Void = { _ in }) throws(GraphvizError) -> Rendering {
        guard Graphviz.availableFormats.contains(format) else {
            throw .unknownFormat(format.rawValue, available: Graphviz.availableFormats.map(\.rawValue))
        }
        let styler = GraphStyler(options: style)
        let chosen = try engine.map { name throws(GraphvizError) in try Graphviz.engine(named: name) }
        guard let device = format.device else {
            let styled = try styler.style(graph)
            return Rendering(
                data: Data(try CGraph.dotSource(of: styled).utf8), format: format, engine: nil,
                nodeCount: styled.nodes.count, edgeCount: styled.edges.count, warnings: []
            )
        }
        _ = try styler.style(graph)  // reports an empty or invalid graph before any pruning
        let layout = chosen ?? policy.defaultEngine(nodeCount: graph.nodes.count, available: Graphviz.availableEngines)
        let (drawn, warnings) = fitted(graph, to: layout)
        warnings.forEach(announce)
        var styled = try styler.style(drawn)
        styled.attributes.merge(Self.engineAttributes(layout, nodeCount: drawn.nodes.count, edgeCount: drawn.edges.count)) { _, new in new }
        let result = try CGraph.render(styled, engine: layout.name, device: device)
        return Rendering(
            data: result.data, format: format, engine: layout, nodeCount: styled.nodes.count,
            edgeCount: styled.edges.count, warnings: warnings + result.warnings, announcedCount: warnings.count
        )
    }

    /// Renders `graph` and writes it to `url` atomically (a failure leaves no file).
    @discardableResult
    public func render(_ graph: EntityGraph, as format: OutputFormat, engine: String? = nil, to url: URL,
                       announce: (String) -> Void = { _ in }) throws(GraphvizError) -> Rendering {
        let rendering = try render(graph, as: format, engine: engine, announce: announce)
        do {
            try AtomicFile.write(rendering.data, to: url)
        } catch let failure as AtomicFile.Failure {
            throw .outputNotWritable(path: url.path, reason: failure.reason)
        } catch {
            throw .outputNotWritable(path: url.path, reason: "\(error)")
        }
        return rendering
    }

    /// Applies the time budget: the graph itself, or its top nodes when the engine would be
    /// too slow and the policy prunes; with the warnings to show. The estimate counts nodes
    /// and edges (``LayoutEngine/estimatedSeconds(nodes:edges:)``), and pruning keeps
    /// removing nodes until the kept graph, with its edges, fits the budget.
    private func fitted(_ graph: EntityGraph, to engine: LayoutEngine) -> (EntityGraph, [String]) {
        let nodes = graph.nodes.count, edges = graph.edges.count
        guard let estimate = engine.estimatedSeconds(nodes: nodes, edges: edges), estimate > policy.timeBudget else { return (graph, []) }
        let seconds = String(format: "%.0f", estimate)
        switch policy.slowLayoutAction {
        case .proceed:
            return (graph, ["layout '\(engine)' on \(nodes) nodes and \(edges) edges may take about \(seconds) s; sfdp or neato is faster"])
        case .prune:
            let pruned = prunedToBudget(graph, engine: engine)
            let remedy = engine == .sfdp ? "allow slow layouts" : "use sfdp, or allow slow layouts,"
            return (pruned, [
                "layout '\(engine)' on \(nodes) nodes and \(edges) edges would take about \(seconds) s; drew the "
                    + "\(pruned.nodes.count) most important nodes and their \(pruned.edges.count) edges (\(remedy) to draw the whole graph)"
            ])
        }
    }

    /// The most important nodes whose graph the engine lays out within the budget: first the
    /// node limit, then a tenth fewer nodes at a time while the kept edges make it too slow.
    private func prunedToBudget(_ graph: EntityGraph, engine: LayoutEngine) -> EntityGraph {
        var limit = min(graph.nodes.count, policy.nodeLimit(for: engine) ?? graph.nodes.count)
        var pruned = GraphPruning.keepingTop(limit, of: graph, rankedBy: style.sizeBy)
        while limit > 1, let estimate = engine.estimatedSeconds(nodes: pruned.nodes.count, edges: pruned.edges.count),
              estimate > policy.timeBudget {
            limit = max(1, limit - max(1, limit / 10))
            pruned = GraphPruning.keepingTop(limit, of: graph, rankedBy: style.sizeBy)
        }
        return pruned
    }

    /// The most edges routed around nodes. Routing grows faster than the edges: with neato,
    /// the Samples' 51 nodes and 141 edges take 0.49 s routed against 0.05 s straight, and
    /// 150 GMB nodes with 519 edges 7.3 s against 0.2 s; above the limit edges are straight.
    static let splineEdgeLimit = 250

    /// Graph attributes that bound or tune one engine: `nslimit`/`mclimit` cap dot's network
    /// simplex and crossing-minimisation passes on larger graphs; the force-directed engines
    /// remove node overlaps, and neato and fdp route edges around nodes (`splines=true`) when
    /// at most ``splineEdgeLimit`` edges are drawn.
    static func engineAttributes(_ engine: LayoutEngine, nodeCount: Int, edgeCount: Int) -> [String: StyledGraph.AttributeValue] {
        switch engine.name {
        case "dot":
            return nodeCount > 100
                ? ["nslimit": .text("2"), "nslimit1": .text("2"), "mclimit": .text("0.5"), "rankdir": .text("LR")]
                : ["rankdir": .text("LR")]
        case "neato", "fdp":
            var attributes: [String: StyledGraph.AttributeValue] = ["overlap": .text("false"), "sep": .text("+6")]
            if edgeCount <= splineEdgeLimit { attributes["splines"] = .text("true") }
            return attributes
        case "sfdp":
            return ["overlap": .text("false"), "sep": .text("+6")]
        default:
            return [:]
        }
    }
}
