import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusPipeline

/// `nexus events`: every CAMEO-coded act between named entities, with its sentence.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List who did what to whom: CAMEO-coded events between entities, with their sentences.",
        discussion: """
            One block per event, in document and sentence order: actor → target, the CAMEO \
            root code and its label, the quad class, how the actor was found, the trigger, \
            where it was found (document:sentence) and the sentence. Negated and hypothetical \
            events are listed with a [negated] or [hypothetical] mark (never drawn as ties); \
            --asserted leaves them out. tsv prints one row per event; json prints the events \
            as in `nexus extract --format json`.
            """
    )

    enum Format: String, CaseIterable {
        case text, tsv, json
    }

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("Keep only these CAMEO root codes, comma-separated (01-20).", valueName: "codes"))
    var code: String?

    @Option(name: .long, help: ArgumentHelp("Keep only these quad classes, comma-separated (verbal-cooperation, material-cooperation, verbal-conflict, material-conflict).", valueName: "quads"))
    var quad: String?

    @Option(name: .long, help: "Keep only events by this entity (name, alias, surname or id).")
    var actor: String?

    @Option(name: .long, help: "Keep only events on or for this entity (name, alias, surname or id).")
    var target: String?

    @Flag(name: .long, help: "Leave out negated and hypothetical events.")
    var asserted = false

    @Option(name: .shortAndLong, help: "Output format: text, tsv or json.")
    var format: String = "text"

    func run() throws {
        let format: Format = try Choice.parse(self.format, option: "format")
        var selection = EventSelection(codes: try Self.codes(code), quads: try Self.quads(quad), includesUnasserted: !asserted)
        let loaded = try input.load()
        let corpus = try loaded.requireCorpus(for: "events")
        if let actor { selection.actor = try loaded.entityID(actor) }
        if let target { selection.target = try loaded.entityID(target) }
        let found = corpus.listedEvents(selection)
        switch format {
        case .text:
            let filtered = code != nil || quad != nil || actor != nil || target != nil || asserted
            Console.print(found.isEmpty ? "no events\(filtered ? " match the filters" : "")\n" : found.map(Self.block).joined(separator: "\n"))
        case .tsv:
            let header = ["document", "sentence", "actor", "code", "label", "quad", "target", "trigger", "negated", "hypothetical",
                          "actor_resolution", "commitment", "text"]
            Console.print(EntitiesCommand.tsv(header: header, rows: found.map { item in
                let e = item.event
                return [item.document, String(e.sentence), item.actorName, e.code.description, e.label, e.quad.rawValue, item.targetName,
                        e.trigger.text, String(e.negated), String(e.hypothetical), e.actorResolution.rawValue, e.commitment ?? "", e.text]
            }))
        case .json:
            Console.data(JSONValue.array(found.map { ExtractionJSON.event($0.event) }).prettyPrinted())
        }
    }

    static func block(_ item: ListedEvent) -> String {
        let e = item.event
        let marks = (e.negated ? " [negated]" : "") + (e.hypothetical ? " [hypothetical]" : "")
        var lines = ["\(item.actorName) → \(item.targetName) — \(e.code) \(e.label) (\(e.quad.rawValue))\(marks)"]
        lines.append("  trigger: \"\(e.trigger.text)\"; actor by \(e.actorResolution.rawValue)" + (e.commitment.map { "; commitment \($0)" } ?? ""))
        let text = DisplayText.truncated(e.text.split(whereSeparator: \.isNewline).joined(separator: " "))
        lines.append("  \(item.document):\(e.sentence)  \"\(text)\"")
        return lines.map { $0 + "\n" }.joined()
    }

    static func codes(_ list: String?) throws -> Set<EventCode>? {
        guard let list else { return nil }
        var out: Set<EventCode> = []
        for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let code = EventCode(item), item.count <= 2 || item.count == 3 else {
                throw CommandFailure("unknown CAMEO code '\(item)' in --code; use root codes 01 to 20, comma-separated")
            }
            out.insert(code)
        }
        return out
    }

    static func quads(_ list: String?) throws -> Set<QuadClass>? {
        guard let list else { return nil }
        var out: Set<QuadClass> = []
        for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            out.insert(try Choice.parse(item, option: "--quad value") as QuadClass)
        }
        return out
    }
}
