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
            GraphML and GEXF with --graphml and --gexf. Then it prints a short report. Progress \
            goes to stderr when it is a terminal.
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var relations: RelationOptions

    @Option(name: .shortAndLong, help: "The folder to write into; created if missing.")
    var output: String = "Graphs"

    @Option(name: .long, help: "The base name of the files written.")
    var name: String = "nexus"

    @Option(name: .long, help: "How many entities each ranking of the report lists.")
    var top: Int = 5

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

    func run() throws {
        guard top >= 1 else { throw CommandFailure("--top must be at least 1, got \(top)") }
        guard drawTop >= 1 else { throw CommandFailure("--draw-top must be at least 1, got \(drawTop)") }
        guard !name.isEmpty, !name.contains("/") else { throw CommandFailure("--name must be a plain file name, got '\(name)'") }
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
            svg = try renderer.render(drawing, as: .svg, engine: layout)
        } catch {
            throw CommandFailure(error)
        }
        Console.error(svg.warnings.map { "warning: \($0)" })
        let folder = try OutputFolder(output)
        var written: [String] = []
        written.append(try folder.write(Data(dot.utf8), as: "\(name).dot"))
        written.append(try folder.write(svg.data, as: "\(name).svg"))
        written.append(try folder.write(ExtractionJSON(syntax: withSyntax).data(corpus), as: "\(name).json"))
        written.append(try folder.write(try GraphJSON.encode(graph), as: "\(name).graph.json"))
        let entityCount = corpus.entities.filter { $0.type != .other }.count
        let summary = "\(corpus.documents.count) documents · \(entityCount) entities · \(graph.edges.count) ties · "
            + "drawn: \(drawing.nodes.count) nodes of highest PageRank, \(drawing.edges.count) ties (backbone)"
        do {
            let page = try ExplorerPage.html(svg: String(decoding: svg.data, as: UTF8.self), drawn: drawing, graph: graph, corpus: corpus,
                                             title: "Nexus — \(graph.title ?? name)", summary: summary)
            written.append(try folder.write(Data(page.utf8), as: "\(name).html"))
        } catch {
            throw CommandFailure(error)
        }
        for (wanted, format) in [(graphml, GraphFormat.graphml), (gexf, .gexf)] where wanted {
            let url = folder.url.appendingPathComponent("\(name).\(format.rawValue)")
            let spans = format == .gexf ? GraphTimeSpans.of(corpus, builder: GraphBuilder.Options(includesOther: input.withOther)) : nil
            do { try format.write(graph, to: url, spans: spans) } catch { throw CommandFailure(error) }
            written.append(url.path)
        }
        Console.print(BuildReport(corpus: corpus, graph: loaded.graph, top: top, written: written).text)
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

/// The folder a command writes into: created when missing; every file is written whole
/// (temporary file, then rename) or not at all.
struct OutputFolder {
    let url: URL

    init(_ path: String) throws {
        url = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot create the output folder '\(path)': \((error as NSError).localizedDescription); choose another with -o")
        }
    }

    /// Writes `data` as `file` in the folder and returns its path.
    func write(_ data: Data, as file: String) throws -> String {
        let target = url.appendingPathComponent(file)
        do {
            try AtomicFile.write(data, to: target)
        } catch {
            throw CommandFailure(error)
        }
        return target.path
    }
}
