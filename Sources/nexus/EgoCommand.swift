import ArgumentParser
import Foundation
import NexusAnalysis
import NexusCore
import NexusPipeline

/// `nexus ego`: the entities around one entity, each link with its evidence.
struct EgoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ego",
        abstract: "Print the ego network of an entity, with the evidence of every edge.",
        discussion: """
            The ego network holds the entities at most --depth hops from NAME in the entity \
            graph (co-mention and affiliation edges; commitments left out) and every edge \
            among them, as networkx.ego_graph. Members are listed by depth, then name; edges \
            by their ends' ids, each with its sentences (document:sentence and text).
            """
    )

    @Argument(help: "The entity: a name, alias, surname or id.")
    var name: String

    @Option(name: .long, help: "How many hops from the entity to include.")
    var depth: Int = 1

    @OptionGroup var input: InputOptions

    @OptionGroup var relations: RelationOptions

    /// Checked in `run()` rather than `validate()`, so that a bad value is one line on stderr.
    func checkOptions() throws {
        if depth < 0 { throw CommandFailure("--depth must be 0 or more, got \(depth)") }
    }

    func run() throws {
        try checkOptions()
        let kinds = try relations.kinds()
        let loaded = try input.load()
        let center = try loaded.entityID(name)
        let ego: ExplainedEgoNetwork
        do {
            ego = try EntityPaths(entityGraph: EntityGraphView.entitiesOnly(loaded.graph), kinds: kinds)
                .egoNetwork(of: center, radius: depth)
        } catch {
            throw CommandFailure("cannot build the ego network: \(error)")
        }
        let members = ego.depths.sorted { ($0.value, loaded.label(of: $0.key), $0.key) < ($1.value, loaded.label(of: $1.key), $1.key) }
        var lines = ["ego network of \(loaded.label(of: center)) (\(center)), depth \(depth): \(members.count) entities, \(ego.edges.count) edges"]
        lines.append("members:")
        for (id, hops) in members { lines.append("  \(hops)  \(loaded.label(of: id))  \(id)") }
        lines.append("edges:")
        for hop in ego.edges { lines += HopLines.format(hop, loaded: loaded) }
        Console.print(lines.map { $0 + "\n" }.joined())
    }
}
