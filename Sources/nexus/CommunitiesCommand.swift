import ArgumentParser
import Foundation
import NexusAnalysis
import NexusCore
import NexusPipeline

/// `nexus communities`: groups of entities more linked to each other than to the rest.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find communities of entities (Louvain) and print each with its members.",
        discussion: """
            Runs the Louvain method (Blondel et al. 2008) on the weighted entity graph \
            (co-mention and affiliation strengths; commitments left out) with a seeded visiting \
            order, so the same --seed gives the same communities. Communities are listed \
            largest first (ties by their smallest id), members by name; then the modularity \
            of the partition (6 decimals). Entities without any link form one-member \
            communities, listed only with --all.
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var relations: RelationOptions

    @Option(name: .long, help: "Seed of the visiting order.")
    var seed: UInt64 = 0

    @Option(name: .long, help: "Resolution γ: below 1 favours larger communities, above 1 smaller ones.")
    var resolution: Double = 1

    @Flag(name: .long, help: "Also list one-member communities.")
    var all = false

    /// Checked in `run()` rather than `validate()`, so that a bad value is one line on stderr.
    func checkOptions() throws {
        try OptionValue.positive(resolution, option: "--resolution")
    }

    func run() throws {
        try checkOptions()
        let kinds = try relations.kinds()
        let loaded = try input.load()
        let graph: AnalysisGraph
        do {
            graph = try GraphScorer.entityAnalysisGraph(of: loaded.graph, relations: kinds)
        } catch {
            throw CommandFailure("cannot analyse the graph: \(error)")
        }
        let partition = graph.louvainCommunities(resolution: resolution, seed: seed)
        let communities = partition.communities
            .map { $0.map { graph.ids[$0] }.sorted() }
            .sorted { ($1.count, $0.first ?? "") < ($0.count, $1.first ?? "") }
        let shown = all ? communities : communities.filter { $0.count > 1 }
        var lines: [String] = []
        for (i, members) in shown.enumerated() {
            lines.append("community \(i + 1) (\(members.count) members)")
            let named = members.map { (loaded.label(of: $0), $0) }.sorted { $0 < $1 }
            for (label, id) in named { lines.append("  \(label)  \(id)") }
        }
        let hidden = communities.count - shown.count
        if hidden > 0 { lines.append("\(hidden) \(hidden == 1 ? "entity" : "entities") without links not listed (use --all)") }
        lines.append("communities: \(communities.count), modularity: \(String(format: "%.6f", partition.modularity))")
        Console.print(lines.map { $0 + "\n" }.joined())
    }
}
