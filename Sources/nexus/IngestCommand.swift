import ArgumentParser
import Foundation
import NexusCore
import NexusPipeline
import NexusStore

/// `nexus ingest`: adds documents to a store, incrementally.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add documents to a SQLite store, incrementally (see docs/store.md).",
        discussion: """
            Reads the INPUTS (files, folders walked recursively, JSON Lines) and adds each \
            document to the store FILE given with --store, created if missing: a document \
            already stored with the same text is left alone, one stored under its id with \
            another text is replaced, the others are added. Documents are recognized and parsed \
            --batch-size at a time and every batch is committed in one transaction, so a killed \
            ingest keeps what it committed and a rerun adds the rest. Then all stored documents \
            are resolved together, as `nexus build` resolves them, into the store's entity, \
            relation, event and commitment tables: the store depends on which documents it \
            holds, not on the batches or order in which they came. A file named in INPUTS whose \
            first line is a "nexus-analysis" line (the output of nexus extract --format jsonl, \
            made on any machine, in any number of shards) is stored as analysed, without \
            analysing it again, and gives the same store as its articles. Every command that \
            reads INPUTS reads the store with --store FILE.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Documents recognized, parsed and committed together.")
    var batchSize: Int = 64

    func validate() throws {
        guard input.store != nil else { throw ValidationError("nexus ingest needs --store FILE: the store to add the documents to") }
        guard input.since == nil && input.until == nil else { throw ValidationError("nexus ingest stores every document; give --since and --until to the commands that read the store") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1, got \(batchSize)") }
    }

    func run() throws {
        let path = input.store!
        if let saved = input.inputs.first(where: { CorpusLoader.InputKind.of($0) == .saved }) {
            throw CommandFailure("'\(saved)' is a saved result; nexus ingest adds articles (text, Markdown, HTML, JSON Lines files or folders)")
        }
        // Checked before the store is touched, so a bad corrections file changes nothing.
        _ = try input.parsedCorrections()
        let kept: StoredCorrections?
        do {
            kept = try input.corrections.map { StoredCorrections(origin: $0, text: try String(contentsOfFile: $0, encoding: .utf8)) }
        } catch {
            throw CommandFailure("cannot read corrections file '\(input.corrections!)': \((error as NSError).localizedDescription); check the path")
        }
        let options = try input.pipelineOptions(batchSize: batchSize)
        let existed = FileManager.default.fileExists(atPath: path)
        let summary: StoreIngest.Summary
        do {
            let store = try CorpusStore(path: path, access: .create)
            let pipeline = try Pipeline.standard(options: options)
            let progress = Progress.onTerminal()
            summary = try StoreIngest(pipeline: pipeline, store: store, batchSize: batchSize).run(
                input.inputs, corrections: kept,
                resolve: { documents, corrections in
                    try CorpusLoader.storedCorpus(documents, resolver: pipeline.resolver, corrections: corrections)
                },
                progress: progress?.update)
            progress?.finish()
        } catch {
            if !existed { try? FileManager.default.removeItem(atPath: path) }
            throw CommandFailure(error)
        }
        let read = summary.added + summary.replaced + summary.unchanged
        if read == 0 && !summary.skipped.isEmpty {
            Console.error(summary.skipped.dropFirst().map { "skipped: \($0.reason)" })
            if !existed { try? FileManager.default.removeItem(atPath: path) }
            throw CommandFailure(CorpusLoader.Failure.nothingRead(skipped: summary.skipped))
        }
        Console.error(summary.warnings)
        Console.error(summary.skipped.map { "skipped: \($0.reason)" })
        Console.print("""
            Ingested into \(path): \(summary.added) added, \(summary.replaced) replaced, \(summary.unchanged) unchanged, \
            \(summary.skipped.count) skipped; the store holds \(summary.stored) documents and \(summary.entities) entities.

            """)
    }
}
