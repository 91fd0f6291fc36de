import ArgumentParser
import NexusCore
import NexusPipeline

/// `--relations`: which kinds of tie count, the same option for every command that ranks,
/// walks or draws the entity graph.
struct RelationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Which ties count, comma-separated: comention, affiliation, event, commits, benefits (default: comention,affiliation,event).",
        valueName: "kinds"))
    var relations: String?

    /// The chosen kinds, or the default set.
    func kinds() throws -> Set<RelationKind> {
        guard let relations else { return GraphScorer.defaultRelations }
        var out: Set<RelationKind> = []
        for name in relations.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = RelationKind(rawValue: name.lowercased()) else {
                let valid = RelationKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandFailure("unknown relation '\(name)' in --relations; use one of: \(valid)")
            }
            out.insert(kind)
        }
        guard !out.isEmpty else { throw CommandFailure("--relations needs at least one relation kind, such as comention,event") }
        return out
    }
}
