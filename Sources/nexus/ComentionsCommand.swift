import ArgumentParser
import Foundation
import NexusAnalysis
import NexusCore
import NexusPipeline

/// `nexus comentions`: pairs of entities named in the same sentence, with the sentences.
struct ComentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comentions",
        abstract: "List pairs of entities named in the same sentence, with the sentences.",
        discussion: """
            Pairs are ordered by the number of sentences they share, then documents, then ids. \
            text prints each pair with its counts and its evidence sentences \
            (document:sentence and text); tsv prints 'first<TAB>second<TAB>sentences<TAB>documents'. \
            The graph keeps up to 5 evidence sentences per pair; the counts count them all.
            """
    )

    enum Format: String, CaseIterable {
        case text, tsv
    }

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Keep only the N highest-ranked pairs (most shared sentences, then documents).")
    var top: Int?

    @Option(name: .long, help: "Only pairs involving this entity (name, alias, surname or id).")
    var entity: String?

    @Option(name: .shortAndLong, help: "Output format: text or tsv.")
    var format: String = "text"

    /// Checked in `run()` rather than `validate()`, so that a bad value is one line on stderr.
    func checkOptions() throws {
        if let top, top < 1 { throw CommandFailure("--top must be at least 1, got \(top)") }
    }

    func run() throws {
        try checkOptions()
        let format: Format = try Choice.parse(self.format, option: "format")
        let loaded = try input.load()
        let table = CoMentionTable(entityGraph: loaded.graph)
        let id = try entity.map { try loaded.entityID($0) }
        var rows = id.map { table.rows(involving: $0) } ?? table.rows
        if let top { rows = Array(rows.prefix(top)) }
        switch format {
        case .tsv:
            var lines = ["first\tsecond\tsentences\tdocuments"]
            for row in rows {
                lines.append("\(loaded.label(of: row.first))\t\(loaded.label(of: row.second))\t\(row.sentenceCount)\t\(row.documentCount)")
            }
            Console.print(lines.map { $0 + "\n" }.joined())
        case .text:
            guard !rows.isEmpty else {
                guard let id else { return Console.print("no co-mentions: no sentence names two entities\n") }
                return Console.print("no co-mentions of \(loaded.label(of: id)) (\(id)): no sentence names it with another entity\n")
            }
            Console.print(rows.map { Self.block($0, loaded: loaded) }.joined(separator: "\n"))
        }
    }

    static func block(_ row: CoMention, loaded: LoadedInputs) -> String {
        var lines = ["\(loaded.label(of: row.first)) — \(loaded.label(of: row.second)): \(row.sentenceCount) sentence\(row.sentenceCount == 1 ? "" : "s"), \(row.documentCount) document\(row.documentCount == 1 ? "" : "s")"]
        lines += row.evidence.map { "  " + EvidenceLine.format($0) }
        return lines.map { $0 + "\n" }.joined()
    }
}

/// How a piece of evidence is printed: `document:sentence  "text"`.
enum EvidenceLine {
    static func format(_ evidence: Evidence) -> String {
        let text = DisplayText.truncated(evidence.text.split(whereSeparator: \.isNewline).joined(separator: " "))
        return "\(evidence.document):\(evidence.sentence)  \"\(text)\""
    }
}
