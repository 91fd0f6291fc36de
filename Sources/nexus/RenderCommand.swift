import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusGraphviz

/// `nexus render`: draws saved graphs with Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph with Graphviz (SVG, PNG, PDF or DOT).",
        discussion: """
            INPUTS are articles, extraction JSON or saved graphs (`nexus build` writes NAME.graph.json); \
            several saved results are merged, as by every command: nodes with the same id become one, \
            edges with the same ends, kind and label become one (weights added), evidence is combined. The filters narrow the graph before it is drawn. Without --layout the engine follows graph size (neato up to 200 \
            nodes, sfdp above). Layouts estimated to take more than --time-budget seconds are \
            drawn on the most important nodes only, unless --allow-slow is given.
            """
    )

    @OptionGroup var selection: GraphSelection

    @Option(name: .shortAndLong, help: "Output format: svg, png, pdf, dot (plain, no positions) or dot-positions.")
    var format: String = "svg"

    @Option(name: .shortAndLong, help: "Layout engine (dot, neato, fdp, sfdp, circo, twopi, osage, patchwork); default by graph size.")
    var layout: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output; - is standard output. Required for png and pdf.", valueName: "file"))
    var output: String?

    @Flag(help: "With --format dot: include layout positions (same as --format dot-positions).")
    var positions = false

    @Option(help: "Score key that sets node size (pagerank, betweenness, degree, mentions; 'none' for equal sizes).")
    var sizeBy: String = "pagerank"

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Option(help: "Seconds a layout may be expected to take before the graph is pruned (more than 0, at most 3600).")
    var timeBudget: Double = 5

    @Flag(help: "Draw the whole graph even when the layout is expected to be slow.")
    var allowSlow = false

    func run() throws {
        try OptionValue.seconds(timeBudget, option: "--time-budget")
        let output = self.output == "-" ? nil : self.output
        do {
            var outputFormat = try Graphviz.format(named: format)
            if positions && outputFormat == .dot { outputFormat = .positionedDot }
            if !outputFormat.isText && output == nil {
                throw CommandFailure("\(outputFormat.rawValue) is binary; write it to a file with -o FILE")
            }
            if let layout { _ = try Graphviz.engine(named: layout) }
            let graph = try selection.graph(forDrawing: true)
            let renderer = GraphvizRenderer(
                style: StyleOptions(sizeBy: sizeBy == "none" ? nil : sizeBy, showLegend: !noLegend),
                policy: LayoutPolicy(timeBudget: timeBudget, slowLayoutAction: allowSlow ? .proceed : .prune)
            )
            let rendering: Rendering
            let announce = { (warning: String) in Console.error(["warning: \(warning)"]) }
            if let output {
                rendering = try renderer.render(graph, as: outputFormat, engine: layout, to: URL(fileURLWithPath: output), announce: announce)
            } else {
                rendering = try renderer.render(graph, as: outputFormat, engine: layout, announce: announce)
                FileHandle.standardOutput.write(rendering.data)
            }
            Console.error(rendering.laterWarnings.map { "warning: \($0)" })
            if let output {
                let engine = rendering.engine.map { ", layout \($0)" } ?? ""
                Console.print("wrote \(output) (\(rendering.nodeCount) nodes, \(rendering.edgeCount) edges\(engine))\n")
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
    }
}
