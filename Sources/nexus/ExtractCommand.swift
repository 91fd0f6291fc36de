import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusPipeline

/// `nexus extract`: the entities, relations and commitments of the inputs.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract entities, relations and commitments from articles.",
        discussion: """
            json writes the JSON contract of DESIGN.md (format "nexus-extraction"), which other \
            commands read back. table prints one row per entity: name, type, mentions, \
            documents, and roles and affiliations; people only unless --types says otherwise.
            """
    )

    enum Format: String, CaseIterable {
        case json, table
    }

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: json or table.")
    var format: String = "json"

    @Option(name: .long, help: ArgumentHelp("Entity types for the table, comma-separated: person, country, organization, location, other, or all.", valueName: "types"))
    var types: String = "person"

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @Flag(name: .long, help: "json: give each sentence its words, part-of-speech tags and dependency tree (tags, xpos, heads, deps).")
    var withSyntax = false

    func run() throws {
        let format: Format = try Choice.parse(self.format, option: "format")
        if withSyntax && format != .json { throw CommandFailure("--with-syntax applies only to --format json") }
        let kinds = try EntityTypeList.parse(types)
        let loaded = try input.load(everySentence: withSyntax)
        let corpus = try loaded.requireCorpus(for: "extract")
        switch format {
        case .json:
            try Console.output(ExtractionJSON(syntax: withSyntax).string(corpus), to: output)
        case .table:
            let text = table(corpus, loaded: loaded, kinds: kinds)
            if let output, output != "-" { try Console.output(text, to: output) } else { Console.print(text) }
        }
    }

    private func table(_ corpus: CorpusExtraction, loaded: LoadedInputs, kinds: Set<EntityType>) -> String {
        var table = TextTable(["NAME", "TYPE", "MENTIONS", "DOCUMENTS", "ROLES / AFFILIATIONS"])
        for summary in EntitySummary.summaries(of: corpus, graph: loaded.graph, types: kinds) {
            table.append([
                summary.entity.name, summary.entity.type.rawValue, String(summary.mentions),
                String(summary.entity.documents.count), summary.details.isEmpty ? "-" : summary.details.joined(separator: "; "),
            ])
        }
        return table.rendered
    }
}

/// Parses `--types person,country` (or `all`).
enum EntityTypeList {
    static func parse(_ text: String) throws -> Set<EntityType> {
        if text.lowercased() == "all" { return Set(EntityType.allCases) }
        var types = Set<EntityType>()
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let type = EntityType(rawValue: name) else {
                throw CommandFailure("unknown entity type '\(name)' in --types; use person, country, organization, location or all")
            }
            types.insert(type)
        }
        guard !types.isEmpty else { throw CommandFailure("--types is empty; give person, country, organization, location or all") }
        return types
    }
}
