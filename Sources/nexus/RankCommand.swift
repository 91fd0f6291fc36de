import ArgumentParser
import Foundation
import NexusAnalysis

extension CentralityMeasure: ExpressibleByArgument {}

/// `nexus rank`: ranks the nodes of a graph by a centrality measure.
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the nodes of a graph by a centrality measure.",
        discussion: """
            Reads an undirected edge list (one 'u<TAB>v[<TAB>weight]' per line, '#' starts a \
            comment; weights are co-mention strengths, default 1) and prints one \
            'node<TAB>score' line per node, highest score first, ties by node id, scores with \
            12 significant digits. Measures follow NetworkX's defaults: degree = deg/(n-1); \
            betweenness normalized by (n-1)(n-2)/2; closeness in the Wasserman-Faust form; \
            eigenvector of A+I with unit Euclidean norm; PageRank with damping 0.85, weighted.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv
    }

    @Option(name: .long, help: "The centrality measure.")
    var by: CentralityMeasure

    @Option(name: .long, help: "A tab-separated edge list file.")
    var edgeList: String

    @Option(name: .long, help: "Output format: tsv.")
    var format: Format = .tsv

    @Option(name: .long, help: "Print only the N highest-ranked nodes.")
    var top: Int?

    @Flag(name: .long, help: "Use weights: weighted degree, 1/weight as distance (betweenness, closeness), weighted eigenvector.")
    var weighted = false

    @Option(name: .long, help: "Worker threads for betweenness and closeness.")
    var threads: Int = 1

    @Option(name: .long, help: "Estimate betweenness by sampling with this error bound (Riondato-Kornaropoulos), in (0, 1).")
    var epsilon: Double?

    @Option(name: .long, help: "Seed for sampled betweenness.")
    var seed: UInt64 = 0

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1, got \(top)") }
        if threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
        if let epsilon, !(epsilon > 0 && epsilon < 1) { throw ValidationError("--epsilon must be in (0, 1), got \(epsilon)") }
        if epsilon != nil && by != .betweenness { throw ValidationError("--epsilon applies only to --by betweenness") }
    }

    func run() throws {
        let text: String
        do {
            text = try String(contentsOfFile: edgeList, encoding: .utf8)
        } catch {
            throw RankFailure(message: "cannot read edge list '\(edgeList)': \((error as NSError).localizedDescription); check the path")
        }
        do {
            let graph = try EdgeList.graph(text, file: edgeList)
            let options = RankingOptions(weighted: weighted, threads: threads, epsilon: epsilon, seed: seed)
            var ranking = try graph.ranking(by, options: options)
            if let top { ranking = Array(ranking.prefix(top)) }
            var output = ""
            for node in ranking { output += node.tsvLine + "\n" }
            FileHandle.standardOutput.write(Data(output.utf8))
        } catch let error as EdgeList.ParseError {
            throw RankFailure(message: error.description)
        } catch let error as AnalysisError {
            throw RankFailure(message: error.description)
        }
    }
}

/// A failure reported as one line on stderr with exit code 1.
struct RankFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
