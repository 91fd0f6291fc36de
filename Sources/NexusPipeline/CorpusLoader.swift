import Foundation
import NexusAnalysis
import NexusCore
import NexusEntities
import NexusEvents
import NexusExport
import NexusStore

/// Turns the inputs of a `nexus` command into a corpus and its graph, running the pipeline once.
///
/// Inputs are files, folders (walked recursively) and JSON Lines files, read by
/// ``Pipeline/extract(_:progress:)``; a `.json` file is a saved result instead (see
/// ``InputKind``); several saved results are merged into one graph (``loadMerged(_:)``). Documents that cannot be read are skipped and listed in
/// ``LoadedInputs/skipped``; the load fails only when **no** document could be read.
/// The graph is built by ``GraphBuilder`` and, when ``Options/scores`` is set, scored by
/// ``GraphScorer``.
public struct CorpusLoader: Sendable {
    /// The folder read when a command is given no input.
    public static let defaultInputs = ["Samples"]

    public struct Options: Sendable, Equatable {
        public var pipeline: Pipeline.Options
        public var builder: GraphBuilder.Options
        /// The scorer's options, or `nil` to leave the graph unscored (faster on large corpora).
        public var scores: GraphScorer.Options?
        /// The user's corrections, applied to the resolved corpus before the graph is built.
        /// With a ``store``, nil means the corrections kept in the store, if any.
        public var corrections: Corrections?
        /// A store written by `nexus ingest` (`--store FILE`): its documents are read along with
        /// the inputs, which then default to none instead of ``CorpusLoader/defaultInputs``.
        public var store: String?
        /// The documents kept (`--since`, `--until`), chosen after the corrections and before
        /// the graph is built; `nil` keeps every document.
        public var slice: TimeSlice?

        public init(pipeline: Pipeline.Options = .init(), builder: GraphBuilder.Options = .init(), scores: GraphScorer.Options? = nil,
                    corrections: Corrections? = nil, store: String? = nil, slice: TimeSlice? = nil) {
            self.slice = slice
            self.pipeline = pipeline
            self.builder = builder
            self.scores = scores
            self.corrections = corrections
            self.store = store
        }
    }

    /// What one input is.
    public enum InputKind: Equatable, Sendable {
        /// Articles: a text, Markdown, HTML or JSON Lines file, or a folder of them.
        case documents
        /// A `.json` file: the output of `nexus extract --format json` (format
        /// "nexus-extraction") or a saved graph (format "nexus-graph").
        case saved

        public static func of(_ path: String) -> InputKind {
            (path as NSString).pathExtension.lowercased() == "json" ? .saved : .documents
        }
    }

    /// Why the inputs give nothing to work on.
    public enum Failure: Error, CustomStringConvertible, Equatable, Sendable {
        /// No document could be read; every failure, sorted by path. The description gives the
        /// first; a caller that prints the others first (one line each) keeps it one line.
        case nothingRead(skipped: [SkippedDocument])
        /// A `.json` input that is neither extraction JSON nor a saved graph this build reads.
        case unreadableSaved(String)
        /// Saved results mixed with articles.
        case mixedInputs
        /// The command needs the documents (sentences, aliases, commitments), not a saved graph.
        case needsDocuments(command: String)
        /// The pipeline could not start (model or alias table missing) or the graph is invalid.
        case setup(String)
        /// The store (`--store`) cannot be opened or read, or its kept corrections are invalid.
        case store(String)
        /// A saved `.json` result given with `--store`.
        case savedWithStore(String)

        public var description: String {
            switch self {
            case .nothingRead(let skipped):
                guard let first = skipped.first else { return "no document could be read: the inputs name no document" }
                let more = skipped.count > 1 ? " (and \(skipped.count - 1) more, listed above)" : ""
                return "no document could be read: \(first.reason)\(more)"
            case .unreadableSaved(let reason):
                return reason
            case .mixedInputs:
                return "give either articles or saved .json results, not both; run the command once per input kind"
            case .needsDocuments(let command):
                return "`nexus \(command)` needs the articles or one `nexus extract --format json` output, not a saved graph or several merged .json results"
            case .setup(let reason), .store(let reason):
                return reason
            case .savedWithStore(let path):
                return "'\(path)' is a saved result and cannot be read with --store; give articles with --store, or the .json file alone"
            }
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads `inputs` (``defaultInputs`` when empty), extracts, builds and scores.
    ///
    /// - Parameter progress: called with the number of documents recognized so far.
    public func load(_ inputs: [String], progress: ((Int) -> Void)? = nil) throws(Failure) -> LoadedInputs {
        if let store = options.store { return try load(inputs, store: store, progress: progress) }
        let inputs = inputs.isEmpty ? Self.defaultInputs : inputs
        let saved = inputs.filter { InputKind.of($0) == .saved }
        if !saved.isEmpty {
            guard saved.count == inputs.count else { throw .mixedInputs }
            return saved.count == 1 ? try loadSaved(saved[0]) : try loadMerged(saved)
        }
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline.standard(options: options.pipeline)
        } catch {
            throw .setup("cannot start the pipeline: \(error)")
        }
        let corpus = pipeline.extract(inputs, progress: progress)
        guard !corpus.documents.isEmpty else {
            throw .nothingRead(skipped: corpus.skipped)
        }
        return try loaded(corpus, title: CorpusTitle.of(inputs: inputs, corpus: corpus))
    }

    /// The documents of a store (``Options/store``) and of `inputs`, resolved together: a
    /// document of the inputs takes the place of a stored one with its id. The result is
    /// what `nexus build` gives on the same documents without a store.
    func load(_ inputs: [String], store path: String, progress: ((Int) -> Void)?) throws(Failure) -> LoadedInputs {
        if let saved = inputs.first(where: { InputKind.of($0) == .saved }) { throw .savedWithStore(saved) }
        if inputs.isEmpty { return try loadStored(path) }
        let store: CorpusStore
        var documents: [String: Document] = [:]
        let kept: StoredCorrections?
        do {
            store = try CorpusStore(path: path, access: .read)
            for stored in try store.documents() { documents[stored.document.id] = stored.document }
            kept = try store.corrections()
            if !inputs.isEmpty, let recorded = try store.setting("syntax"), recorded != options.pipeline.syntax.rawValue {
                throw StoreError.settingsMismatch(path: path, setting: "syntax", stored: recorded, requested: options.pipeline.syntax.rawValue)
            }
        } catch {
            throw .store(String(describing: error))
        }
        var skipped: [SkippedDocument] = []
        let resolver: CorpusResolver
        do {
            if inputs.isEmpty {
                resolver = try CorpusResolver.standard(aliasTable: AliasTable.shipped(adding: options.pipeline.aliasFiles))
            } else {
                let pipeline = try Pipeline.standard(options: options.pipeline)
                let analyzed = pipeline.analyze(inputs: inputs, progress: progress)
                for document in analyzed.documents { documents[document.id] = document }
                skipped = analyzed.skipped
                resolver = pipeline.resolver
            }
        } catch {
            throw .setup("cannot start the pipeline: \(error)")
        }
        guard !documents.isEmpty else {
            guard skipped.isEmpty else { throw .nothingRead(skipped: skipped) }
            throw Self.emptyStore(path)
        }
        var corpus = resolver.resolve(Array(documents.values))
        corpus.skipped = skipped
        var corrections = options.corrections
        if corrections == nil { corrections = try Self.parsed(kept) }
        return try loaded(corpus, corrections: corrections, title: CorpusTitle.of(inputs: [path] + inputs, corpus: corpus))
    }

    /// The documents of a store alone, resolved a batch at a time (``CorpusResolution``, as
    /// `nexus ingest`'s refresh does): the corpus ``load(_:store:progress:)`` gives, but each
    /// document is held whole only while its batch is resolved, and kept without its tokens
    /// (and without its parses unless every sentence's syntax is asked for, the one output
    /// that shows them), so memory grows with the resolved corpus, not with its analyses.
    ///
    /// - Complexity: every stored analysis is decoded three times (``CorpusResolution``).
    func loadStored(_ path: String, batchSize: Int = 256) throws(Failure) -> LoadedInputs {
        let keepsSyntax = options.pipeline.syntax == .all
        var corpus = CorpusExtraction()
        let kept: StoredCorrections?
        do {
            let store = try CorpusStore(path: path, access: .read)
            let ids = try store.contentHashes().keys.sorted()
            guard !ids.isEmpty else {
                throw Self.emptyStore(path)
            }
            kept = try store.corrections()
            let batches = stride(from: 0, to: ids.count, by: batchSize).map { Array(ids[$0..<min($0 + batchSize, ids.count)]) }
            let resolver = try CorpusResolver.standard(aliasTable: AliasTable.shipped(adding: options.pipeline.aliasFiles))
            var resolution = CorpusResolution(resolver: resolver, documentIDs: ids)
            for batch in batches { resolution.scanDescriptions(try store.mentions(batch)) }
            for batch in batches { resolution.scanEntities(try store.documents(batch).map(\.document)) }
            corpus.entities = resolution.merge()
            for batch in batches {
                for var extraction in resolution.extract(try store.documents(batch).map(\.document)) {
                    extraction.document = extraction.document.withoutTokens(keepingSyntax: keepsSyntax)
                    corpus.documents.append(extraction)
                }
            }
        } catch let failure as Failure {
            throw failure
        } catch let error as StoreError {
            throw .store(String(describing: error))
        } catch {
            throw .setup("cannot start the pipeline: \(error)")
        }
        var corrections = options.corrections
        if corrections == nil { corrections = try Self.parsed(kept) }
        return try loaded(corpus, corrections: corrections, title: CorpusTitle.of(inputs: [path], corpus: corpus))
    }

    /// The failure of a store that holds no document.
    static func emptyStore(_ path: String) -> Failure {
        .store("'\(path)' holds no document; add some with `nexus ingest INPUTS --store \(path)`")
    }

    /// The corrections kept in a store, parsed as a corrections file.
    static func parsed(_ kept: StoredCorrections?) throws(Failure) -> Corrections? {
        guard let kept else { return nil }
        do { return try Corrections(parsing: kept.text, origin: kept.origin) } catch { throw .store("corrections kept in the store: \(error)") }
    }

    /// What `nexus ingest` writes to a store's derived tables: `documents` resolved as one
    /// corpus by `resolver`, then the kept corrections applied — the corpus an in-memory
    /// load of the same documents gives.
    public static func storedCorpus(_ documents: [Document], resolver: CorpusResolver, corrections kept: StoredCorrections?) throws(Failure) -> CorpusExtraction {
        var corpus = resolver.resolve(documents)
        if let corrections = try parsed(kept) { corpus = corrections.apply(to: corpus).0 }
        return corpus
    }

    /// The corpus with its graph, scored when asked.
    /// - Parameter title: the graph's title (``CorpusTitle``).
    public func loaded(_ extracted: CorpusExtraction, title: String? = nil) throws(Failure) -> LoadedInputs {
        try loaded(extracted, corrections: options.corrections, title: title)
    }

    /// The corpus, corrected by `corrections`, with its graph titled `title`, scored when asked.
    func loaded(_ extracted: CorpusExtraction, corrections: Corrections?, title: String?) throws(Failure) -> LoadedInputs {
        var corpus = extracted
        var notes: [String] = []
        if let corrections {
            (corpus, notes) = corrections.apply(to: corpus)
        }
        if let slice = options.slice {
            let outcome = slice.apply(to: corpus)
            corpus = outcome.corpus
            if let note = outcome.note { notes.append(note) }
        }
        var graph = GraphBuilder(options: options.builder).build(corpus)
        graph.title = title
        if let scores = options.scores { graph = try Self.scored(graph, scores) }
        let redecoded = corpus.documents.map(\.document)
            .filter { $0.encoding != "utf-8" }
            .map { (path: $0.path, encoding: $0.encoding) }
            .sorted { $0.path < $1.path }
        return LoadedInputs(corpus: corpus, graph: graph, skipped: corpus.skipped, redecoded: redecoded, notes: notes)
    }

    /// The one place that reads a saved `.json` input. Extraction JSON (`nexus extract
    /// --format json`) is read back into a corpus and goes on like freshly extracted articles.
    /// A saved graph ("nexus-graph", written by `nexus build`) is recognized by its `format`
    /// field; reading it becomes a `LoadedInputs(corpus: nil, graph: ...)` here.
    func loadSaved(_ path: String) throws(Failure) -> LoadedInputs {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .nothingRead(skipped: [SkippedDocument(path: path, reason: "'\(path)': no such file; check the path")])
        }
        do {
            let corpus = try ExtractionJSON.read(contentsOf: URL(fileURLWithPath: path))
            return try loaded(corpus, title: CorpusTitle.of(inputs: [path], corpus: corpus))
        } catch let error as ExtractionJSON.ReadError {
            if case .otherFormat(_, let found) = error {
                guard found == GraphJSON.format else {
                    throw .unreadableSaved("'\(path)' is '\(found)' JSON, neither a nexus extraction (`nexus extract --format json`) nor a saved graph (NAME.graph.json from `nexus build`)")
                }
                return try loadedGraph(path)
            }
            throw .unreadableSaved(error.description)
        } catch let error as Failure {
            throw error
        } catch {
            throw .unreadableSaved("'\(path)': \(error)")
        }
    }

    /// Several saved `.json` results (saved graphs, extraction JSON, or both), each read as
    /// ``loadSaved(_:)`` reads one, merged into one graph by ``NexusCore/EntityGraph/merging(_:)``:
    /// nodes with the same id become one (label and kind from the first file, evidence
    /// combined), edges with the same source, target, kind and label become one (evidence
    /// combined, weights of distinct edges added; a file given twice counts once). The merged
    /// graph is scored afresh when scores are asked for; it has no corpus, so commands that
    /// need the documents refuse it (``LoadedInputs/requireCorpus(for:)``).
    func loadMerged(_ paths: [String]) throws(Failure) -> LoadedInputs {
        var unscored = self
        unscored.options.scores = nil
        var parts: [LoadedInputs] = []
        for path in paths { parts.append(try unscored.loadSaved(path)) }
        var graph = EntityGraph.merging(parts.map(\.graph))
        if let scores = options.scores { graph = try Self.scored(graph, scores) }
        return LoadedInputs(corpus: nil, graph: graph, skipped: parts.flatMap(\.skipped).sorted { $0.path < $1.path },
                            notes: parts.flatMap(\.notes))
    }

    /// `graph` scored by ``GraphScorer``; a failure is a setup error.
    private static func scored(_ graph: EntityGraph, _ scores: GraphScorer.Options) throws(Failure) -> EntityGraph {
        do {
            return try GraphScorer(options: scores).score(graph)
        } catch {
            throw .setup("cannot score the graph: \(error)")
        }
    }

    /// The `format` field of a graph saved by `nexus build`.
    public static let savedGraphFormat = GraphJSON.format

    /// A saved graph (written by `nexus build` or `nexus export --format json`), scored when
    /// asked and not scored yet.
    func loadedGraph(_ path: String) throws(Failure) -> LoadedInputs {
        if options.corrections != nil {
            throw .setup("--corrections needs the articles or `nexus extract --format json` output, not a saved graph ('\(path)'); corrections change the entities the graph is built from")
        }
        if options.slice != nil {
            throw .setup("--since and --until need the articles or `nexus extract --format json` output, not a saved graph ('\(path)'); a saved graph has no document dates")
        }
        var graph: EntityGraph
        do {
            graph = try GraphJSON.read(from: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableSaved(error.description)
        }
        if let scores = options.scores, !graph.nodes.contains(where: { $0.scores["pagerank"] != nil }) {
            graph = try Self.scored(graph, scores)
        }
        return LoadedInputs(corpus: nil, graph: graph)
    }
}
