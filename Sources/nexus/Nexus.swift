import ArgumentParser

/// The `nexus` command: news articles in, an entity relationship graph out.
@main
struct Nexus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nexus",
        abstract: "Turn news articles into an entity relationship graph.",
        subcommands: [
            Version.self,
            Build.self,
            Rank.self,
            TrainCommand.self,
            TagCommand.self,
            EvaluateCommand.self,
            ExtractCommand.self,
            EntitiesCommand.self,
            ComentionsCommand.self,
            CommitmentsCommand.self,
            PathCommand.self,
            EgoCommand.self,
            CommunitiesCommand.self,
            RenderCommand.self,
            ExportCommand.self,
        ]
    )
}
