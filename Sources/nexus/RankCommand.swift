import ArgumentParser
import Foundation
import NexusAnalysis
import NexusPipeline

/// `nexus rank`: ranks the entities of the inputs, or the nodes of an edge list, by a
/// centrality measure.
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the entities of articles, or the nodes of an edge list, by a centrality measure.",
        discussion: """
            Without --edge-list, builds the graph of INPUTS and ranks its entities on the \
            entity graph (co-mention and affiliation edges, commitments left out); text (the \
            default) prints an aligned RANK NAME TYPE SCORE table, tsv 'name<TAB>id<TAB>score'. \
            With --edge-list FILE, reads an undirected edge list (one 'u<TAB>v[<TAB>weight]' per line, '#' starts a \
            comment; weights are co-mention strengths, default 1) and prints one \
            'node<TAB>score' line per node, highest score first, ties by node id, scores with \
            12 significant digits. Measures follow NetworkX's defaults: degree = deg/(n-1); \
            betweenness normalized by (n-1)(n-2)/2; closeness in the Wasserman-Faust form; \
            eigenvector of A+I with unit Euclidean norm; PageRank with damping 0.85, weighted.
            """
    )

    enum Format: String, CaseIterable {
        case text, tsv
    }

    @Option(name: .long, help: "The centrality measure: degree, betweenness, closeness, eigenvector or pagerank.")
    var by: String

    @Option(name: .long, help: "A tab-separated edge list file to rank instead of articles.")
    var edgeList: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Output format: text (a RANK NAME TYPE SCORE table; 'table' is the same) or tsv; default text, or tsv with --edge-list, which prints tsv only.",
        valueName: "format"))
    var format: String?

    @OptionGroup var input: InputOptions

    @OptionGroup var relations: RelationOptions

    @Option(name: .long, help: "Keep only the N highest-ranked nodes.")
    var top: Int?

    @Flag(name: .long, help: "Use weights: weighted degree, 1/weight as distance (betweenness, closeness), weighted eigenvector.")
    var weighted = false

    @Option(name: .long, help: "Worker threads for betweenness and closeness.")
    var threads: Int = 1

    @Option(name: .long, help: "Estimate betweenness by sampling with this error bound (Riondato-Kornaropoulos), in (0, 1).")
    var epsilon: Double?

    @Option(name: .long, help: "Seed for sampled betweenness.")
    var seed: UInt64 = 0

    @Flag(name: .long, help: "Compute betweenness exactly even above 4,000 nodes, where it is sampled with ε = 0.02 as nexus build does (exact takes one search per node).")
    var exact = false

    /// Checked in `run()` rather than `validate()`, so that a bad value is one line on stderr.
    func checkOptions() throws {
        if let top, top < 1 { throw CommandFailure("--top must be at least 1, got \(top)") }
        if threads < 1 { throw CommandFailure("--threads must be at least 1, got \(threads)") }
        if let epsilon, !(epsilon > 0 && epsilon < 1) { throw CommandFailure("--epsilon must be in (0, 1), got \(epsilon)") }
        if exact && epsilon != nil { throw CommandFailure("give either --exact or --epsilon, not both") }
    }

    func run() throws {
        try checkOptions()
        let measure: CentralityMeasure = try Choice.parse(by, option: "measure")
        let format: Format = try Choice.parse(self.format ?? (edgeList == nil ? "text" : "tsv"), option: "format", synonyms: ["table": "text"])
        if epsilon != nil && measure != .betweenness { throw CommandFailure("--epsilon applies only to --by betweenness") }
        let options = RankingOptions(weighted: weighted, threads: threads, epsilon: epsilon, seed: seed)
        let sampling = exact ? nil : GraphScorer.Options()
        if let edgeList {
            guard input.inputs.isEmpty else { throw CommandFailure("give either --edge-list or INPUTS, not both") }
            guard format == .tsv else { throw CommandFailure("--edge-list prints tsv only; drop --format \(format.rawValue)") }
            try rankEdgeList(edgeList, measure: measure, options: options, sampling: sampling)
        } else {
            try rankEntities(measure: measure, format: format, options: options, sampling: sampling)
        }
    }

    /// Ranks the entities of the inputs' entity graph.
    private func rankEntities(measure: CentralityMeasure, format: Format, options: RankingOptions, sampling: GraphScorer.Options?) throws {
        let kinds = try relations.kinds()
        let loaded = try input.load()
        var ranking: [RankedNode]
        do {
            ranking = try Self.ranking(of: GraphScorer.entityAnalysisGraph(of: loaded.graph, relations: kinds), by: measure, options: options, sampling: sampling)
        } catch {
            throw CommandFailure("cannot rank the graph: \(error)")
        }
        if let top { ranking = Array(ranking.prefix(top)) }
        let nodeKinds = Dictionary(loaded.graph.nodes.map { ($0.id, $0.kind.rawValue) }, uniquingKeysWith: { a, _ in a })
        switch format {
        case .tsv:
            Console.print(ranking.map { "\(EntitiesCommand.tsvField(loaded.label(of: $0.id)))\t\($0.tsvLine)\n" }.joined())
        case .text:
            guard !ranking.isEmpty else { return Console.print("no entities to rank\n") }
            var table = TextTable(["RANK", "NAME", "TYPE", measure.rawValue.uppercased()])
            for (i, node) in ranking.enumerated() {
                table.append([String(i + 1), loaded.label(of: node.id), nodeKinds[node.id] ?? "-", Number.score(node.score)])
            }
            Console.print(table.rendered)
        }
    }

    /// The nodes of `graph` ranked by `measure`. Without --epsilon, betweenness on more than
    /// `sampling.exactBetweennessLimit` nodes is sampled with `sampling.samplingEpsilon`, as
    /// `nexus build` does, with a note (exact betweenness on 5 million edges ran for hours);
    /// `sampling` nil (--exact) keeps it exact. Sampled betweenness whose sample would be at
    /// least as costly as the exact computation (n searches) is computed exactly, with a note.
    static func ranking(of graph: AnalysisGraph, by measure: CentralityMeasure, options: RankingOptions,
                        sampling: GraphScorer.Options? = nil) throws -> [RankedNode] {
        var options = options
        if measure == .betweenness, options.epsilon == nil, let sampling, graph.nodeCount > sampling.exactBetweennessLimit {
            options.epsilon = sampling.samplingEpsilon
            Console.error(["note: betweenness on \(graph.nodeCount) nodes is sampled with --epsilon \(sampling.samplingEpsilon) "
                + "(above \(sampling.exactBetweennessLimit) nodes, as nexus build does); give --exact to compute it exactly"])
        }
        guard measure == .betweenness, let epsilon = options.epsilon else { return try graph.ranking(measure, options: options) }
        let result = try graph.approximateBetweenness(epsilon: epsilon, delta: options.delta, seed: options.seed,
                                                      weighted: options.weighted, threads: options.threads)
        if result.isExact {
            Console.error(["note: --epsilon \(epsilon) asks for \(String(format: "%.3g", result.requestedSampleSize)) sampled paths, "
                + "no fewer than the \(graph.nodeCount) searches of the exact computation; betweenness computed exactly"])
        }
        return graph.ranking(of: result.scores)
    }

    /// Ranks the nodes of an edge list file.
    private func rankEdgeList(_ edgeList: String, measure: CentralityMeasure, options: RankingOptions, sampling: GraphScorer.Options?) throws {
        let text: String
        do {
            text = try String(contentsOfFile: edgeList, encoding: .utf8)
        } catch {
            throw CommandFailure("cannot read edge list '\(edgeList)': \((error as NSError).localizedDescription); check the path")
        }
        do {
            let graph = try EdgeList.graph(text, file: edgeList)
            var ranking = try Self.ranking(of: graph, by: measure, options: options, sampling: sampling)
            if let top { ranking = Array(ranking.prefix(top)) }
            var output = ""
            for node in ranking { output += node.tsvLine + "\n" }
            FileHandle.standardOutput.write(Data(TerminalText.safe(output).utf8))
        } catch let error as EdgeList.ParseError {
            throw CommandFailure(error.description)
        } catch let error as AnalysisError {
            throw CommandFailure(error.description)
        }
    }
}
