import ArgumentParser
import Foundation

/// The `nexus` command: news articles in, an entity relationship graph out.
@main
struct Nexus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nexus",
        abstract: "Turn news articles into an entity relationship graph.",
        version: NexusVersion.string,
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

    /// ArgumentParser's `main()`, with every error message made terminal-safe: messages name
    /// paths, entity names and ids from the input, which may hold escape sequences.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Console.print(message + "\n") }
            } else if !message.isEmpty {
                Console.error([message])
            }
            Foundation.exit(code.rawValue)
        }
    }
}
