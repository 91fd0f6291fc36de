import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusPipeline

/// `nexus entities`: every merged entity, its aliases and how each alias was merged.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the merged entities with their aliases, documents and merge rules.",
        discussion: """
            text prints one block per entity (sorted by id): the name, type and id, the \
            documents naming it, and each alias with the rule that merged it (exact, \
            normalized, partial-name, acronym-definition, acronym-initials, gazetteer, \
            alias-table, spelling-variant, handle, correction). tsv prints one row per alias: id, name, \
            type, alias, rule, documents. json prints the corpus "entities" array of the \
            extraction JSON.
            """
    )

    enum Format: String, CaseIterable {
        case text, tsv, json
    }

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output format: text, tsv or json.")
    var format: String = "text"

    func run() throws {
        let format: Format = try Choice.parse(self.format, option: "format")
        let corpus = try input.load().requireCorpus(for: "entities")
        let entities = corpus.entities.sorted { $0.id < $1.id }
        switch format {
        case .text: Console.print(entities.isEmpty ? "no entities\n" : entities.map(Self.block).joined(separator: "\n"))
        case .tsv: Console.print(Self.tsv(entities))
        case .json: Console.data(Self.json(entities))
        }
    }

    static func block(_ entity: CorpusEntity) -> String {
        var lines = ["\(entity.name)  [\(entity.type.rawValue)]  \(entity.id)"]
        lines.append("  documents: \(entity.documents.joined(separator: ", "))")
        if !entity.roles.isEmpty { lines.append("  roles: \(entity.roles.joined(separator: "; "))") }
        if entity.aliases.isEmpty {
            lines.append("  aliases: none")
        } else {
            lines.append("  aliases:")
            for alias in entity.aliases.sorted() { lines.append("    \(alias.name)  (\(alias.rule.rawValue))") }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    static func tsv(_ entities: [CorpusEntity]) -> String {
        var lines = ["id\tname\ttype\talias\trule\tdocuments"]
        for entity in entities {
            let documents = entity.documents.joined(separator: ",")
            let aliases = entity.aliases.isEmpty ? [Alias(name: entity.name, rule: .exact)] : entity.aliases.sorted()
            for alias in aliases {
                lines.append([entity.id, entity.name, entity.type.rawValue, alias.name, alias.rule.rawValue, documents]
                    .map(tsvField).joined(separator: "\t"))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    static func json(_ entities: [CorpusEntity]) -> String {
        let full = ExtractionJSON().value(CorpusExtraction(entities: entities))
        guard case .object(let fields) = full, let list = fields["entities"] else { return "[]\n" }
        return list.prettyPrinted()
    }

    /// A header line and one line per row, fields made safe with ``tsvField(_:)``.
    static func tsv(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(tsvField).joined(separator: "\t") + "\n" }.joined()
    }

    /// Tabs and line breaks inside a field become spaces, so every row has the same columns;
    /// a field a spreadsheet would read as a formula gets a leading `'` (``CSVField/guarded(_:)``).
    static func tsvField(_ text: String) -> String {
        CSVField.guarded(String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 }))
    }
}
