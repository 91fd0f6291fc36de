import ArgumentParser

/// The `nexus` command: news articles in, an entity relationship graph out.
@main
struct Nexus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nexus",
        abstract: "Turn news articles into an entity relationship graph.",
        subcommands: [
            Version.self,
            RenderCommand.self,
        ]
    )
}
