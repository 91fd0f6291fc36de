import ArgumentParser
import Foundation
import NexusAnalysis
import NexusCore
import NexusPipeline

/// `nexus path`: how two entities are linked, every hop with the sentences behind it.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Print the shortest paths between two entities, with the sentences behind every hop.",
        discussion: """
            Paths run over the entity graph (co-mention and affiliation edges; commitments \
            left out), undirected. --k N prints the N shortest simple paths (Yen 1971), \
            shortest first; --weighted makes strongly linked pairs shorter (distance = \
            1 / weight). Names are matched forgivingly: case, accents, surname alone, aliases \
            or an id.
            """
    )

    @Option(name: .long, help: "The entity to start from.")
    var from: String

    @Option(name: .long, help: "The entity to reach.")
    var to: String

    /// The most paths `--k` may ask for.
    static let maximumK = 1_000

    @Option(name: .customLong("k"), help: "How many shortest paths to print (1 to 1000).")
    var k: Int = 1

    @Flag(name: .long, help: "Weight hops by 1 / co-mention strength.")
    var weighted = false

    @OptionGroup var input: InputOptions

    @OptionGroup var relations: RelationOptions

    /// Checked in `run()` rather than `validate()`, so that a bad value is one line on stderr.
    func checkOptions() throws {
        if k < 1 { throw CommandFailure("--k must be at least 1, got \(k)") }
        // Yen's algorithm costs k shortest-path searches, each over every spur node: bounded.
        if k > Self.maximumK { throw CommandFailure("--k must be at most \(Self.maximumK), got \(k); ask for fewer paths") }
    }

    func run() throws {
        try checkOptions()
        let kinds = try relations.kinds()
        let loaded = try input.load()
        let source = try loaded.entityID(from)
        let target = try loaded.entityID(to)
        guard source != target else {
            throw CommandFailure("'\(from)' and '\(to)' name the same entity (\(source)); give two different entities")
        }
        let paths: [ExplainedPath]
        do {
            paths = try EntityPaths(entityGraph: EntityGraphView.entitiesOnly(loaded.graph), kinds: kinds)
                .kShortestPaths(from: source, to: target, k: k, weighted: weighted)
        } catch {
            throw CommandFailure("cannot search paths: \(error)")
        }
        guard !paths.isEmpty else {
            throw CommandFailure("\(loaded.label(of: source)) and \(loaded.label(of: target)) are not connected in the entity graph; try `nexus ego` on each")
        }
        var blocks: [String] = []
        for (i, path) in paths.enumerated() {
            let route = path.nodes.map(loaded.label(of:)).joined(separator: " → ")
            let length = weighted ? "length \(Number.score(path.length))" : "\(path.hops.count) hop\(path.hops.count == 1 ? "" : "s")"
            var lines = ["path \(i + 1) of \(paths.count) (\(length)): \(route)"]
            for hop in path.hops { lines += HopLines.format(hop, loaded: loaded) }
            blocks.append(lines.map { $0 + "\n" }.joined())
        }
        Console.print(blocks.joined(separator: "\n"))
    }
}

/// The entity graph without commitment nodes, as the analyses see it.
enum EntityGraphView {
    static func entitiesOnly(_ graph: EntityGraph) -> EntityGraph {
        GraphFilter.keepingKinds(Set(NodeKind.allCases).subtracting([.commitment]), in: graph)
    }
}

/// How one explained hop (an edge and its evidence) is printed.
enum HopLines {
    static func format(_ hop: PathHop, loaded: LoadedInputs) -> [String] {
        let kinds = hop.edges.map { edge in
            let label = edge.label.map { " \"\($0)\"" } ?? ""
            return "\(edge.kind.rawValue)\(label) ×\(Number.plain(edge.weight))"
        }
        var lines = ["  \(loaded.label(of: hop.from)) — \(loaded.label(of: hop.to))  [\(kinds.joined(separator: ", "))]"]
        // One line per sentence: a co-mention and an event often quote the same one.
        var seen = Set<String>()
        lines += hop.evidence.filter { seen.insert("\($0.document)\u{0}\($0.sentence)").inserted }.map { "    " + EvidenceLine.format($0) }
        return lines
    }
}
