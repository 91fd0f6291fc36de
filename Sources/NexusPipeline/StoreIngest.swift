import Foundation
import NexusCore
import NexusEvents
import NexusStore
import NexusText

/// `nexus ingest`: adds the documents the inputs name to a ``CorpusStore``, then recomputes
/// the store's derived tables.
///
/// 1. Each document read is hashed (``StoredDocument/contentHash(of:)``). One whose id is
///    stored with the same hash is left alone (unchanged); the others are analyzed
///    (``Pipeline/analyze(_:)``) `batchSize` at a time, and each batch is written in **one
///    transaction**, new ids added and known ids replaced. A process killed mid-ingest loses
///    at most the batch in flight; run again, the committed documents are unchanged and the
///    rest are added. An input file of ``AnalysisLine``s (``AnalysisFile``, written by
///    `nexus extract --format jsonl`, possibly in shards elsewhere) takes the same path but
///    is not analysed again; its lines must have been analysed with this pipeline's
///    ``SyntaxScope`` (``Failure/syntaxMismatch(path:line:ingest:)``).
/// 2. When anything changed, or the derived tables are stale (an earlier ingest stopped
///    before this step), every stored document is resolved together by the same
///    ``CorpusResolver`` as an in-memory build and the derived tables rewritten in one
///    transaction. Without kept corrections the store is read a batch at a time
///    (``refreshInBatches(documentIDs:)``, ``CorpusResolution``), so memory is bounded by a
///    batch and the entity table, not by the corpus; with kept corrections, which edit the
///    whole resolved corpus, every stored document is resolved in memory and corrected.
///
/// Resolution always sees the whole stored set sorted by id, so the derived tables, entity
/// ids included, depend only on which documents are stored, not on the batches or order in
/// which they arrived; ids stay name-derived (``EntityID``), so an entity keeps its id as
/// long as its canonical name does.
///
/// - Complexity: analysis is linear in the new or changed documents; the refresh decodes
///   every stored document three times and resolves it twice. Memory: a batch, the id and
///   hash of every stored document, and the refresh's entity table (``CorpusResolution``).
public struct StoreIngest: Sendable {
    /// What one ingest did.
    public struct Summary: Sendable, Equatable {
        /// Ids not stored before.
        public var added = 0
        /// Ids stored before with another content hash.
        public var replaced = 0
        /// Ids stored before with the same content hash: left alone.
        public var unchanged = 0
        /// Documents that could not be read, with the reason, sorted by path.
        public var skipped: [SkippedDocument] = []
        /// Warnings of reading the inputs ("warning: ..."; a JSON Lines date that is not a date), sorted.
        public var warnings: [String] = []
        /// Documents in the store afterwards.
        public var stored = 0
        /// Entities in the derived tables afterwards.
        public var entities = 0
        /// Whether the derived tables were recomputed.
        public var refreshed = false

        public init() {}
    }

    /// Why an ingest stops before reading on.
    public enum Failure: Error, CustomStringConvertible, Equatable, Sendable {
        /// Analyses made with another syntax setting than the ingest's.
        case syntaxMismatch(path: String, line: SyntaxScope, ingest: SyntaxScope)

        public var description: String {
            switch self {
            case .syntaxMismatch(let path, let line, let ingest):
                let flag: (SyntaxScope) -> String = { $0 == .none ? "--no-syntax" : ($0 == .all ? "--with-syntax" : "the default syntax") }
                return "'\(path)' holds analyses made with syntax '\(line.rawValue)', this ingest uses '\(ingest.rawValue)'; "
                    + "extract and ingest with the same setting (\(flag(line)))"
            }
        }
    }

    /// Consecutive inputs read alike: articles through one ``DocumentSource`` (so a file named
    /// twice among them is read once), or one file of analysis lines.
    enum InputGroup: Equatable {
        case articles([String])
        case analyses(String)
    }

    /// The inputs in order, a file named directly whose first line is an ``AnalysisLine`` apart.
    static func groups(_ inputs: [String]) -> [InputGroup] {
        var groups: [InputGroup] = []
        for input in inputs {
            if AnalysisFile.isAnalysisFile(input) {
                groups.append(.analyses(input))
            } else if case .articles(let paths)? = groups.last {
                groups[groups.count - 1] = .articles(paths + [input])
            } else {
                groups.append(.articles([input]))
            }
        }
        return groups
    }

    public let pipeline: Pipeline
    public let store: CorpusStore
    /// Documents analyzed and committed together.
    public let batchSize: Int
    /// Documents read, resolved and written together by the refresh (``refreshInBatches(documentIDs:)``).
    public let refreshBatchSize: Int

    public init(pipeline: Pipeline, store: CorpusStore, batchSize: Int = 64, refreshBatchSize: Int = 256) {
        self.pipeline = pipeline
        self.store = store
        self.batchSize = max(1, batchSize)
        self.refreshBatchSize = max(1, refreshBatchSize)
    }


    /// Rewrites the derived tables from the stored documents, `documentIDs` (all of them,
    /// sorted), a batch of `refreshBatchSize` at a time (``CorpusResolution``): the
    /// organization names by head noun, then each document's entities, then the merge, then
    /// each document's rows. Gives the tables ``CorpusResolver/resolve(_:)`` of all the
    /// documents gives, holding one batch and the entity table.
    ///
    /// - Complexity: reads every stored analysis three times (pass 1 decodes its mentions
    ///   only) and resolves each document twice; memory O(batch + the ``CorpusResolution``
    ///   tables).
    func refreshInBatches(documentIDs ids: [String]) throws(StoreError) {
        let batches = stride(from: 0, to: ids.count, by: refreshBatchSize).map { Array(ids[$0..<min($0 + refreshBatchSize, ids.count)]) }
        var resolution = CorpusResolution(resolver: pipeline.resolver, documentIDs: ids)
        for batch in batches { resolution.scanDescriptions(try store.mentions(batch)) }
        for batch in batches { resolution.scanEntities(try store.documents(batch).map(\.document)) }
        let entities = resolution.merge()
        try store.refresh(entities: entities, documentIDs: ids, batchSize: refreshBatchSize, corrections: nil) { batch in
            resolution.extract(batch)
        }
    }

    /// The settings a store records on its first batch and checks on every later one: what
    /// changes the stored analyses.
    public var settings: [String: String] { ["syntax": pipeline.options.syntax.rawValue] }

    /// Adds the documents of `inputs`; with `corrections`, keeps them in the store (replacing
    /// those kept before) before the refresh.
    ///
    /// - Parameters:
    ///   - resolve: turns all stored documents into the corpus written to the derived tables,
    ///     corrections applied (``CorpusLoader`` supplies it, so the store and an in-memory
    ///     build resolve alike).
    ///   - progress: called after each committed batch with the documents written so far.
    public func run(_ inputs: [String], corrections: StoredCorrections? = nil,
                    resolve: ([Document], StoredCorrections?) throws -> CorpusExtraction,
                    progress: ((Int) -> Void)? = nil) throws -> Summary {
        var summary = Summary()
        var known = try store.contentHashes()
        var batch: [(document: Document, replaces: Bool, analyzed: Bool)] = []
        func flush() throws(StoreError) {
            guard !batch.isEmpty else { return }
            var fresh = pipeline.analyze(batch.filter { !$0.analyzed }.map(\.document)).makeIterator()
            let analyzed = batch.map { $0.analyzed ? $0.document : fresh.next()! }
            try store.write(analyzed.map { StoredDocument(document: $0) }, settings: settings)
            for (item, document) in zip(batch, analyzed) {
                if item.replaces { summary.replaced += 1 } else { summary.added += 1 }
                known[document.id] = StoredDocument.contentHash(of: document.text)
            }
            batch.removeAll(keepingCapacity: true)
            progress?(summary.added + summary.replaced)
        }
        func add(_ document: Document, analyzed: Bool) throws(StoreError) {
            let hash = StoredDocument.contentHash(of: document.text)
            // The same id twice among the inputs: the earlier one is committed first, so the
            // later one is compared with it, as if ingested by a second command.
            if batch.contains(where: { $0.document.id == document.id }) { try flush() }
            if known[document.id] == hash {
                summary.unchanged += 1
                return
            }
            batch.append((document, known[document.id] != nil, analyzed))
            if batch.count == batchSize { try flush() }
        }
        let groups = Self.groups(inputs)
        // Checked before anything is written; each line is checked again as it is read.
        for case .analyses(let path) in groups {
            if let syntax = AnalysisFile.declaredSyntax(path), syntax != pipeline.options.syntax {
                throw Failure.syntaxMismatch(path: path, line: syntax, ingest: pipeline.options.syntax)
            }
        }
        for group in groups {
            switch group {
            case .articles(let paths):
                for item in DocumentSource(inputs: paths, options: pipeline.options.source) {
                    switch item {
                    case .document(let document):
                        try add(document, analyzed: false)
                    case .failure(let error):
                        summary.skipped.append(SkippedDocument(path: error.path, reason: error.description))
                    case .warning(let warning):
                        summary.warnings.append("warning: \(warning)")
                    }
                }
            case .analyses(let path):
                guard let file = AnalysisFile(path: path) else {
                    summary.skipped.append(SkippedDocument(path: path, reason: "cannot read '\(path)'; check its permissions"))
                    continue
                }
                for item in file {
                    switch item {
                    case .analysis(let line):
                        guard line.syntax == pipeline.options.syntax else {
                            throw Failure.syntaxMismatch(path: path, line: line.syntax, ingest: pipeline.options.syntax)
                        }
                        try add(line.document, analyzed: true)
                    case .failure(let skipped):
                        summary.skipped.append(skipped)
                    }
                }
            }
        }
        try flush()
        summary.skipped.sort { ($0.path, $0.reason) < ($1.path, $1.reason) }
        summary.warnings.sort()
        var kept = try store.corrections()
        if let corrections, corrections != kept {
            try store.keep(corrections)
            kept = corrections
        }
        if try !store.isCurrent() {
            if kept == nil {
                try refreshInBatches(documentIDs: known.keys.sorted())
            } else {
                let corpus = try resolve(try store.documents().map(\.document), kept)
                try store.refresh(with: corpus, corrections: kept)
            }
            summary.refreshed = true
        }
        summary.stored = known.count
        summary.entities = try store.entityCount()
        return summary
    }
}
