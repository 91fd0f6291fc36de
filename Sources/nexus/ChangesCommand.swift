import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusPipeline

/// `nexus changes --from PERIOD --to PERIOD`: what rose, fell, appeared and vanished.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Compare two periods: ranks that rose or fell, new and vanished ties, commitments made or not repeated.",
        discussion: """
            Builds the graph of the documents dated in each period (as --since and --until \
            would) and prints: the entities whose PageRank rank rose or fell most (both ranks), \
            the ties new in --to and those vanished from --from (heaviest first), the \
            commitments made in --to with whether --from held the same one (same actor, kind, \
            beneficiary and amount), and the commitments of --from not mentioned again in --to. \
            A PERIOD is YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD. See docs/time.md.
            """
    )

    enum Format: String, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions

    @OptionGroup var relations: RelationOptions

    @Option(name: .long, help: ArgumentHelp("The earlier period: YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD.", valueName: "period"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("The later period: YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD.", valueName: "period"))
    var to: String

    @Option(name: .long, help: "Keep only the N highest-ranked items of each list (rank changes, ties, commitments).")
    var top: Int = 10

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: String = "text"

    func period(_ text: String, option: String) throws -> CalendarPeriod {
        guard let period = CalendarPeriod(parsing: text) else {
            throw CommandFailure("\(option) '\(text)' is not a period; write YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD (2021, 2021-06, 2021-W26, 2021-06-29)")
        }
        return period
    }

    func run() throws {
        let format: Format = try Choice.parse(self.format, option: "format")
        let from = try period(self.from, option: "--from"), to = try period(self.to, option: "--to")
        if top < 1 { throw CommandFailure("--top must be at least 1, got \(top)") }
        let kinds = try relations.kinds()
        let loaded = try input.load()
        let corpus = try loaded.requireCorpus(for: "changes")
        let changes: PeriodChanges
        do {
            changes = try PeriodChanges.compare(corpus, from: from, to: to, builder: GraphBuilder.Options(includesOther: input.withOther),
                                                relations: kinds, limit: top)
        } catch {
            throw CommandFailure("cannot rank the graphs: \(error)")
        }
        switch format {
        case .text: Console.print(Self.text(changes))
        case .json: Console.print(Self.json(changes).prettyPrinted())
        }
    }

    static func documents(_ count: Int) -> String { "\(count) document\(count == 1 ? "" : "s")" }

    static func amount(_ group: CommitmentGroup) -> String {
        guard let value = group.key.amount else { return "-" }
        return ExportNumber.format(value) + (group.key.unit.map { " " + $0 } ?? "")
    }

    static func section(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "\(title): none\n" }
        var table = TextTable(header)
        rows.forEach { table.append($0) }
        return "\(title):\n" + table.rendered.split(separator: "\n").map { "  " + $0 + "\n" }.joined()
    }

    static func text(_ c: PeriodChanges) -> String {
        let (f, t) = (c.from.name, c.to.name)
        let ranks = { (list: [PeriodChanges.RankChange]) in list.map { [$0.label, String($0.fromRank), String($0.toRank)] } }
        let ties = { (list: [PeriodChanges.Tie]) in
            list.map { [$0.sourceLabel, $0.targetLabel, $0.kind.rawValue + ($0.label.map { " (\($0))" } ?? ""), Number.plain($0.weight)] }
        }
        let commitment = { (g: CommitmentGroup) in [g.actorName, g.key.kind.rawValue, g.beneficiaryName ?? "-", amount(g)] }
        return "Changes from \(f) (\(documents(c.fromDocuments))) to \(t) (\(documents(c.toDocuments)))\n\n"
            + section("Rose in PageRank rank", ["ENTITY", f, t], ranks(c.rose)) + "\n"
            + section("Fell in PageRank rank", ["ENTITY", f, t], ranks(c.fell)) + "\n"
            + section("New ties in \(t)", ["SOURCE", "TARGET", "KIND", "WEIGHT"], ties(c.newTies)) + "\n"
            + section("Ties of \(f) vanished in \(t)", ["SOURCE", "TARGET", "KIND", "WEIGHT"], ties(c.vanishedTies)) + "\n"
            + section("Commitments made in \(t)", ["ACTOR", "KIND", "BENEFICIARY", "AMOUNT", "SEEN IN \(f)"],
                      c.made.map { commitment($0.group) + [$0.repeated ? "repeated" : "new"] }) + "\n"
            + section("Commitments of \(f) not mentioned again in \(t)", ["ACTOR", "KIND", "BENEFICIARY", "AMOUNT"], c.notRepeated.map(commitment))
    }

    static func json(_ c: PeriodChanges) -> JSONValue {
        let rank = { (r: PeriodChanges.RankChange) in
            JSONValue.object(["id": .string(r.id), "name": .string(r.label), "fromRank": .int(r.fromRank), "toRank": .int(r.toRank)])
        }
        let tie = { (t: PeriodChanges.Tie) in
            JSONValue.object(["source": .string(t.source), "target": .string(t.target), "kind": .string(t.kind.rawValue),
                              "label": .optional(t.label), "weight": .number(t.weight)])
        }
        let commitment = { (g: CommitmentGroup) -> [String: JSONValue] in
            ["actor": .string(g.key.actor), "kind": .string(g.key.kind.rawValue), "beneficiary": .optional(g.key.beneficiary),
             "amount": g.key.amount.map { .object(["value": .number($0), "unit": .optional(g.key.unit)]) } ?? .null,
             "documents": .array(g.documentIDs.map(JSONValue.string))]
        }
        return .object([
            "from": .object(["period": .string(c.from.name), "documents": .int(c.fromDocuments)]),
            "to": .object(["period": .string(c.to.name), "documents": .int(c.toDocuments)]),
            "rose": .array(c.rose.map(rank)), "fell": .array(c.fell.map(rank)),
            "newTies": .array(c.newTies.map(tie)), "vanishedTies": .array(c.vanishedTies.map(tie)),
            "made": .array(c.made.map { .object(commitment($0.group).merging(["repeated": .bool($0.repeated)]) { a, _ in a }) }),
            "notRepeated": .array(c.notRepeated.map { .object(commitment($0)) }),
        ])
    }
}
