import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusPipeline

/// `nexus commitments`: every pledge, aid, deployment, meeting, support or call found.
struct CommitmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitments",
        abstract: "List the commitments found in articles, with their sentences.",
        discussion: """
            One block per commitment, in document and sentence order: the actor and kind, the \
            amount (normalized value and unit, then as written), the beneficiary, the time \
            (as written, then normalized to ISO 8601), where it was found (document:sentence) \
            and the sentence. tsv prints one row per commitment with the same fields. \
            --grouped merges the commitments with the same actor, kind, beneficiary and amount \
            across documents into one, with the first and last dates it was seen and the number \
            of documents (see docs/time.md).
            """
    )

    enum Format: String, CaseIterable {
        case text, tsv
    }

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output format: text or tsv.")
    var format: String = "text"

    @Flag(name: .long, help: "One row per commitment stated in one or more documents (same actor, kind, beneficiary and amount), with first_seen, last_seen and documents.")
    var grouped = false

    func run() throws {
        let format: Format = try Choice.parse(self.format, option: "format")
        let loaded = try input.load()
        let corpus = try loaded.requireCorpus(for: "commitments")
        if grouped { return Console.print(GroupedCommitments.render(corpus.groupedCommitments(), tsv: format == .tsv)) }
        let found = corpus.listedCommitments()
        switch format {
        case .text:
            Console.print(found.isEmpty ? "no commitments\n" : found.map(Self.block).joined(separator: "\n"))
        case .tsv:
            let header = ["document", "sentence", "actor", "kind", "amount", "unit", "amount_text", "beneficiary", "time", "normalized_time", "text"]
            Console.print(EntitiesCommand.tsv(header: header, rows: found.map { item in
                let c = item.commitment
                return [item.document, String(c.sentence), item.actorName, c.kind.rawValue,
                        c.amount.map { ExportNumber.format($0.value) } ?? "", c.amount?.unit ?? "", c.amount?.text ?? "",
                        item.beneficiaryName ?? "", c.time ?? "", c.normalizedTime ?? "", c.text]
            }))
        }
    }

    static func block(_ item: ListedCommitment) -> String {
        let c = item.commitment
        var lines = ["\(item.actorName) — \(c.kind.rawValue)"]
        if let amount = c.amount {
            lines.append("  amount: \(ExportNumber.format(amount.value)) \(amount.unit) (\"\(amount.text)\")")
        }
        if let beneficiary = item.beneficiaryName { lines.append("  beneficiary: \(beneficiary)") }
        if let time = c.time {
            lines.append("  time: \(time)" + (c.normalizedTime.map { " (\($0))" } ?? ""))
        }
        let text = DisplayText.truncated(c.text.split(whereSeparator: \.isNewline).joined(separator: " "))
        lines.append("  \(item.document):\(c.sentence)  \"\(text)\"")
        return lines.map { $0 + "\n" }.joined()
    }
}
