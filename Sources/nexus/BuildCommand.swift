import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusGraphviz
import NexusPipeline

/// `nexus build`: the main job. Articles in; a graph, its drawing and a report out.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract, resolve, analyse and draw: the main job.",
        discussion: """
            Reads the INPUTS (files, folders walked recursively, JSON Lines; default: Samples/), \
            finds and resolves the entities, links them with evidence, ranks them, and writes \
            DIR/NAME.dot (the plain graph, no layout positions: the byte-reproducible artefact), \
            DIR/NAME.svg (drawn in-process by Graphviz, nodes sized by PageRank, tooltips with \
            the evidence), DIR/NAME.json (the extraction, as `nexus extract --format json`) and \
            DIR/NAME.graph.json (the scored graph, input to render, rank, path, ...), plus \
            GraphML and GEXF with --graphml and --gexf, and DIR/NAME.manifest.json (the inputs, \
            each file's size and SHA-256). The files are staged in DIR and replace the previous \
            set together, under a lock, only when all are written: a failed or killed build \
            leaves the previous set. A set made from other inputs is replaced only with --force. \
            Then it prints a short report. Progress goes to stderr when it is a terminal.
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var relations: RelationOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the output set into; created if missing.", valueName: "folder"))
    var output: String = "Graphs"

    @Option(name: .long, help: "The base name of the files written.")
    var name: String = "nexus"

    // Not `--top`: on every other command that keeps the N highest-ranked items of the output.
    @Option(name: .long, help: "How many entities each ranking of the printed report lists.")
    var reportTop: Int = 5

    /// Kept only to point to `--report-top`: build's report count was called `--top`.
    @Option(name: .long, help: .hidden)
    var top: Int?

    @Option(name: [.customShort("l"), .long], help: "Graphviz layout engine for the SVG (default: chosen by graph size).")
    var layout: String?

    @Option(name: .long, help: "Draw at most this many nodes in the SVG, those with the highest PageRank (the other outputs keep the whole graph).")
    var drawTop: Int = 150

    @Flag(name: .long, help: "Also write DIR/NAME.graphml.")
    var graphml = false

    @Flag(name: .long, help: "Also write DIR/NAME.gexf.")
    var gexf = false

    @Flag(name: .long, help: "In DIR/NAME.json, give each sentence its words, part-of-speech tags and dependency tree.")
    var withSyntax = false

    @Flag(name: .long, help: "Replace DIR/NAME.* even when DIR/NAME.manifest.json says other inputs made them.")
    var force = false

    func validate() throws {
        if top != nil {
            throw ValidationError("nexus build has no --top; the number of entities in its report is --report-top N (on the other commands --top keeps the N highest-ranked items)")
        }
    }

    func run() throws {
        guard reportTop >= 1 else { throw CommandFailure("--report-top must be at least 1, got \(reportTop)") }
        guard drawTop >= 1 else { throw CommandFailure("--draw-top must be at least 1, got \(drawTop)") }
        // Before the run: the name, the folder (writable, not another corpus's results).
        do {
            try OutputSet.precheck(folder: output, name: name, inputs: input.inputs, store: input.store, force: force)
        } catch {
            throw CommandFailure(error)
        }
        let progress = Progress.onTerminal()
        let loaded = try input.load(scores: GraphScorer.Options(relations: relations.kinds()), everySentence: withSyntax, progress: progress?.update)
        progress?.finish()
        guard let corpus = loaded.corpus else { throw CommandFailure("nexus build needs articles or extraction JSON, not a saved graph") }
        let graph = loaded.graph
        let renderer = GraphvizRenderer(style: StyleOptions(sizeBy: "pagerank"))
        let dot: String
        let svg: Rendering
        let drawing: EntityGraph
        do {
            dot = try renderer.plainDOT(of: graph)
            drawing = try drawn(graph)
            svg = try renderer.render(drawing, as: .svg, engine: layout) { Console.error(["warning: \($0)"]) }
        } catch {
            throw CommandFailure(error)
        }
        Console.error(svg.laterWarnings.map { "warning: \($0)" })
        let set: OutputSet
        do {
            set = try OutputSet(folder: output, name: name, inputs: input.inputs, store: input.store, force: force)
            try set.write(Data(dot.utf8), as: "dot")
            try set.write(svg.data, as: "svg")
            try set.write(as: "json") { write in try ExtractionJSON(syntax: withSyntax).write(corpus, to: write) }
            try set.write(as: "graph.json") { write in try GraphJSON.write(graph, to: write) }
        } catch {
            throw CommandFailure(error)
        }
        let entityCount = corpus.entities.filter { $0.type != .other }.count
        let summary = "\(corpus.documents.count) documents · \(entityCount) entities · \(graph.edges.count) ties · "
            + "drawn: \(drawing.nodes.count) nodes of highest PageRank, \(drawing.edges.count) ties (backbone)"
        do {
            let page = try ExplorerPage.html(svg: String(decoding: svg.data, as: UTF8.self), drawn: drawing, graph: graph, corpus: corpus,
                                             title: "Nexus — \(graph.title ?? name)", summary: summary)
            try set.write(Data(page.utf8), as: "html")
        } catch {
            throw CommandFailure(error)
        }
        for (wanted, format) in [(graphml, GraphFormat.graphml), (gexf, .gexf)] where wanted {
            let spans = format == .gexf ? GraphTimeSpans.of(corpus, builder: GraphBuilder.Options(includesOther: input.withOther)) : nil
            do { try format.write(graph, to: set.stagedURL(format.rawValue), spans: spans) } catch { throw CommandFailure(error) }
            set.record(format.rawValue)
        }
        let written: [String]
        do {
            let result = try set.commit()
            written = result.written
            Console.error(result.warnings)
        } catch {
            throw CommandFailure(error)
        }
        Console.print(BuildReport(corpus: corpus, graph: loaded.graph, top: reportTop, written: written).text)
        if graph.nodes.count > drawTop {
            Console.print("The drawing shows the \(drawTop) nodes of highest PageRank of \(graph.nodes.count); see --draw-top.\n")
        }
    }

    /// The part of the graph the SVG shows: a diagram of thousands of nodes is unreadable.
    /// What the SVG draws: the `drawTop` nodes ranked highest by PageRank, the co-mention
    /// backbone (``GraphFilter/Backbone/standard``), without nodes left unlinked.
    func drawn(_ graph: EntityGraph) throws -> EntityGraph {
        DrawingCommunities.annotate(try GraphFilter(top: graph.nodes.count > drawTop ? drawTop : nil, rankingScore: "pagerank",
                                                    dropsIsolated: true, backbone: .standard).apply(to: graph))
    }
}

/// A line on stderr that counts documents as they are read, when stderr is a terminal.
struct Progress {
    static func onTerminal() -> Progress? {
        isatty(STDERR_FILENO) != 0 ? Progress() : nil
    }

    func update(_ documents: Int) {
        FileHandle.standardError.write(Data("\rnexus: \(documents) documents read".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
