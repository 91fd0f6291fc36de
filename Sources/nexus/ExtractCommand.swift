import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusPipeline
import NexusText

/// `nexus extract`: the entities, relations and commitments of the inputs.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract entities, relations and commitments from articles.",
        discussion: """
            json writes the extraction JSON (format "nexus-extraction", every field in docs/export.md), which other \
            commands read back. text (or table) prints one row per entity: name, type, mentions, \
            documents, and roles and affiliations; people only unless --types says otherwise. \
            jsonl writes one line per document, in input order, as each batch is analysed: its \
            per-document analysis before corpus resolution (format "nexus-analysis", see \
            docs/store.md), which depends on that document alone, so shards of a corpus can be \
            extracted apart (the map step of Dask, Spark or Hadoop streaming) and the lines given \
            to nexus ingest. The input - is standard input (JSON Lines, or one text).
            """
    )

    enum Format: String, CaseIterable {
        case json, jsonl, text
    }

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output format: json (the extraction, read back by the other commands; the default), jsonl (one analysis per document, streamed) or text (a table of entities; 'table' is the same).")
    var format: String = "json"

    @Option(name: .long, help: ArgumentHelp("Entity types for the text table, comma-separated: person, country, organization, location, other, or all.", valueName: "types"))
    var types: String = "person"

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output; - is standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "json: give each sentence its words, part-of-speech tags and dependency tree (tags, xpos, heads, deps).")
    var withSyntax = false

    @Option(name: .long, help: "jsonl: documents analysed and written together.")
    var batchSize: Int = 64

    func run() throws {
        let format: Format = try Choice.parse(self.format, option: "format", synonyms: ["table": "text"])
        if withSyntax && format != .json { throw CommandFailure("--with-syntax applies only to --format json") }
        let kinds = try EntityTypeList.parse(types)
        switch format {
        case .json:
            let corpus = try input.load(everySentence: withSyntax).requireCorpus(for: "extract")
            try Console.output(ExtractionJSON(syntax: withSyntax).string(corpus), to: output)
        case .jsonl:
            try analyses()
        case .text:
            let loaded = try input.load()
            let text = table(try loaded.requireCorpus(for: "extract"), loaded: loaded, kinds: kinds)
            if let output, output != "-" { try Console.output(text, to: output) } else { Console.print(text) }
        }
    }

    /// `--format jsonl`: reads, analyses and writes `--batch-size` documents at a time, so
    /// memory is bounded by a batch, not by the corpus.
    private func analyses() throws {
        if let refused = [("--store", input.store != nil), ("--corrections", input.corrections != nil),
                          ("--since", input.since != nil), ("--until", input.until != nil)].first(where: \.1) {
            throw CommandFailure("\(refused.0) does not apply to --format jsonl, which analyses each document alone; give it to the command that reads the analyses")
        }
        guard batchSize >= 1 else { throw CommandFailure("--batch-size must be at least 1, got \(batchSize)") }
        let options = try input.pipelineOptions(batchSize: batchSize)
        let pipeline: Pipeline
        do { pipeline = try Pipeline.standard(options: options) } catch { throw CommandFailure("cannot start the pipeline: \(error)") }
        let sink = try AnalysisSink(path: output)
        var batch: [Document] = []
        var written = 0
        var skipped: [SkippedDocument] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            let lines = pipeline.analyze(batch).map { AnalysisLine(document: $0, syntax: options.syntax).encoded() + "\n" }
            try sink.write(lines.joined())
            written += batch.count
            batch.removeAll(keepingCapacity: true)
        }
        do {
            for item in DocumentSource(inputs: input.inputs.isEmpty ? CorpusLoader.defaultInputs : input.inputs, options: options.source) {
                switch item {
                case .document(let document):
                    batch.append(document)
                    if batch.count == batchSize { try flush() }
                case .failure(let error):
                    skipped.append(SkippedDocument(path: error.path, reason: error.description))
                    Console.error(["skipped: \(error.description)"])
                case .warning(let warning):
                    Console.error(["warning: \(warning)"])
                }
            }
            try flush()
        } catch {
            sink.abandon()
            throw error
        }
        if written == 0 && !skipped.isEmpty {
            sink.abandon()
            throw CommandFailure(CorpusLoader.Failure.nothingRead(skipped: skipped))
        }
        try sink.finish()
    }

    private func table(_ corpus: CorpusExtraction, loaded: LoadedInputs, kinds: Set<EntityType>) -> String {
        let summaries = EntitySummary.summaries(of: corpus, graph: loaded.graph, types: kinds)
        guard !summaries.isEmpty else {
            return "no entities of type \(kinds.map(\.rawValue).sorted().joined(separator: ", "))\n"
        }
        var table = TextTable(["NAME", "TYPE", "MENTIONS", "DOCUMENTS", "ROLES / AFFILIATIONS"])
        for summary in summaries {
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

/// Where `extract --format jsonl` writes as it goes: stdout, or a temporary file beside
/// `-o FILE` renamed to it at the end, so a failed run leaves no partial output.
final class AnalysisSink {
    private let path: String?
    private let temporary: String?
    private let handle: FileHandle

    init(path: String?) throws {
        guard let path, path != "-" else {
            self.path = nil
            self.temporary = nil
            self.handle = .standardOutput
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw CommandFailure("cannot write '\(path)': cannot create a file in its folder; choose another output path")
        }
        self.path = path
        self.temporary = temporary
        self.handle = handle
    }

    func write(_ text: String) throws {
        // The lines escape every character TerminalText would replace, so stdout gets them intact.
        guard temporary != nil else { return Console.data(text) }
        do { try handle.write(contentsOf: Data(text.utf8)) } catch {
            throw CommandFailure("cannot write '\(path!)': \((error as NSError).localizedDescription); choose another output path")
        }
    }

    func finish() throws {
        guard let path, let temporary else { return }
        try? handle.close()
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CommandFailure("cannot write '\(path)': cannot rename the temporary file; choose another output path")
        }
    }

    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
