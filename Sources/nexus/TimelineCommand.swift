import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusPipeline

/// `nexus timeline NAME`: one entity's mentions, ties, events and commitments per period.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show one entity's mentions, ties, events and commitments per day, week or month.",
        discussion: """
            One row per period that has any, in time order, by the documents' dates: mentions \
            (times named), documents, ties (evidence sentences of its edges to other entities: \
            co-mentions, affiliations, events), asserted events as actor and as target, and \
            commitments it made. Periods are days (2021-06-29), ISO weeks (2021-W26) or months \
            (2021-06). Undated documents are counted in a last 'undated' row. See docs/time.md.
            """
    )

    enum Format: String, CaseIterable {
        case text, tsv, json
    }

    @Argument(help: ArgumentHelp("The entity: a name, alias, surname or id.", valueName: "name"))
    var name: String

    @OptionGroup var input: InputOptions

    // Not `--by`: on `nexus rank` that names a centrality measure, and an option means the
    // same thing on every command.
    @Option(name: .long, help: "One row per day, week (ISO) or month.")
    var per: String = "month"

    @Option(name: .shortAndLong, help: "Output format: text, tsv or json.")
    var format: String = "text"

    static let header = ["period", "mentions", "documents", "ties", "events_as_actor", "events_as_target", "commitments"]

    func run() throws {
        let format: Format = try Choice.parse(self.format, option: "format")
        let length: PeriodLength = try Choice.parse(per, option: "--per")
        let loaded = try input.load()
        let corpus = try loaded.requireCorpus(for: "timeline")
        let id = try loaded.entityID(name)
        let rows = EntityTimeline.rows(for: id, in: corpus, builder: GraphBuilder.Options(includesOther: input.withOther), by: length)
        let cells = rows.map { row in
            [row.period] + [row.mentions, row.documents, row.ties, row.eventsAsActor, row.eventsAsTarget, row.commitments].map(String.init)
        }
        switch format {
        case .text:
            guard !cells.isEmpty else {
                return Console.print("\(loaded.label(of: id)) (\(id)) per \(length.rawValue): not named in any document\n")
            }
            var table = TextTable(Self.header.map { $0.uppercased().replacingOccurrences(of: "_", with: " ") })
            cells.forEach { table.append($0) }
            Console.print("\(loaded.label(of: id)) (\(id)) per \(length.rawValue)\n" + table.rendered)
        case .tsv:
            Console.print(EntitiesCommand.tsv(header: Self.header, rows: cells))
        case .json:
            let periods = rows.map { row in
                JSONValue.object([
                    "period": .string(row.period), "mentions": .int(row.mentions), "documents": .int(row.documents),
                    "ties": .int(row.ties), "eventsAsActor": .int(row.eventsAsActor), "eventsAsTarget": .int(row.eventsAsTarget),
                    "commitments": .int(row.commitments),
                ])
            }
            Console.print(JSONValue.object(["entity": .string(id), "name": .string(loaded.label(of: id)), "per": .string(length.rawValue),
                                            "periods": .array(periods)]).prettyPrinted())
        }
    }
}
