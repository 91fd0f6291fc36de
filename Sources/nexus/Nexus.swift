import ArgumentParser

/// The `nexus` command: news articles in, an entity relationship graph out.
@main
struct Nexus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nexus",
        abstract: "Turn news articles into an entity relationship graph.",
        subcommands: [
            Build.self,
            IngestCommand.self,
            ExtractCommand.self,
            EntitiesCommand.self,
            CommitmentsCommand.self,
            EventsCommand.self,
            ComentionsCommand.self,
            Rank.self,
            PathCommand.self,
            EgoCommand.self,
            CommunitiesCommand.self,
            TimelineCommand.self,
            ChangesCommand.self,
            RenderCommand.self,
            ExportCommand.self,
            TrainCommand.self,
            TagCommand.self,
            EvaluateCommand.self,
            TrainParserCommand.self,
            ParseCommand.self,
            EvaluateParserCommand.self,
            Version.self,
        ]
    )
}
