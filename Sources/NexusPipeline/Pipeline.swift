import Foundation
import NexusCore
import NexusEntities
import NexusEvents
import NexusSyntax
import NexusText

/// Documents in, a resolved corpus out: the extraction half of the flow in README.md, "How it works".
///
/// 1. ``DocumentSource`` expands the inputs (files, folders walked recursively, JSON Lines)
///    and reads each document; a document that cannot be read is recorded as skipped, with
///    its reason, and the rest go on.
/// 2. ``EntityRecognizer`` splits, tokenizes, tags and types each document, and
///    ``SyntaxAnnotator`` gives the sentences that ``Options/syntax`` selects their
///    part-of-speech tags and dependency tree (``Sentence/syntax``): by default those the
///    event passes read (``EventSentenceFilter``), so articles' other sentences cost nothing. Documents are processed
///    in parallel, `batchSize` at a time, so memory for this stage is bounded by the documents
///    in flight.
/// 3. ``CorpusResolver`` resolves names inside each document and across documents, and
///    extracts affiliations, co-mentions and commitments.
///
/// The result is deterministic: documents are sorted by id, entities by id.
public struct Pipeline: Sendable {
    public struct Options: Sendable, Equatable {
        /// JSON Lines fields (`--text-field`, `--id-field`).
        public var source: DocumentSource.Options
        /// Extra alias tables (`--aliases FILE`), applied after the shipped one.
        public var aliasFiles: [URL]
        /// Documents recognized concurrently before the next ones are read.
        public var batchSize: Int
        /// Which sentences get ``Sentence/syntax``.
        public var syntax: SyntaxScope

        public init(source: DocumentSource.Options = .init(), aliasFiles: [URL] = [], batchSize: Int = 64, syntax: SyntaxScope = .events) {
            self.source = source
            self.aliasFiles = aliasFiles
            self.batchSize = max(1, batchSize)
            self.syntax = syntax
        }
    }

    public let recognizer: EntityRecognizer
    /// Tags and parses the sentences after recognition; nil leaves ``Sentence/syntax`` unset.
    public let annotator: SyntaxAnnotator?
    public let resolver: CorpusResolver
    public let options: Options

    public init(recognizer: EntityRecognizer, annotator: SyntaxAnnotator? = nil, resolver: CorpusResolver, options: Options = Options()) {
        self.recognizer = recognizer
        self.annotator = annotator
        self.resolver = resolver
        self.options = options
        self.sentenceFilter = options.syntax == .events ? EventSentenceFilter(lexicon: resolver.eventLexicon, capitals: resolver.capitals) : nil
    }

    /// Which sentences the annotator parses (``Options/syntax``).
    public let sentenceFilter: EventSentenceFilter?

    /// The pipeline over the shipped models (tagger, parser unless `options.syntax` is `.none`),
    /// gazetteers and alias table, plus `options.aliasFiles`.
    public static func standard(options: Options = Options()) throws -> Pipeline {
        let aliases = try AliasTable.shipped(adding: options.aliasFiles)
        return Pipeline(
            recognizer: try EntityRecognizer.bundled(aliases: aliases),
            annotator: options.syntax == .none ? nil : try SyntaxAnnotator.bundled(),
            resolver: try CorpusResolver.standard(aliasTable: aliases),
            options: options)
    }

    /// Reads, recognizes and resolves every document the inputs name.
    ///
    /// - Parameter progress: called after each batch with the number of documents done so far.
    public func extract(_ inputs: [String], progress: ((Int) -> Void)? = nil) -> CorpusExtraction {
        let (recognized, skipped, warnings) = analyze(inputs: inputs, progress: progress)
        var corpus = resolver.resolve(recognized)
        corpus.skipped = skipped
        corpus.warnings = warnings
        return corpus
    }

    /// Reads and analyzes (``analyze(_:)``) every document the inputs name, `batchSize` at a
    /// time, without resolving them.
    ///
    /// - Returns: the documents in input order, those that could not be read (sorted by path),
    ///   and the warnings of reading them (a bad date field), sorted.
    public func analyze(inputs: [String], progress: ((Int) -> Void)? = nil) -> (documents: [Document], skipped: [SkippedDocument], warnings: [String]) {
        var recognized: [Document] = []
        var skipped: [SkippedDocument] = []
        var warnings: [String] = []
        var batch: [Document] = []
        func flush() {
            recognized += analyze(batch)
            batch.removeAll(keepingCapacity: true)
            progress?(recognized.count)
        }
        for item in DocumentSource(inputs: inputs, options: options.source) {
            switch item {
            case .document(let document):
                batch.append(document)
                if batch.count == options.batchSize { flush() }
            case .failure(let error):
                skipped.append(SkippedDocument(path: error.path, reason: error.description))
            case .warning(let warning):
                warnings.append("warning: \(warning)")
            }
        }
        if !batch.isEmpty { flush() }
        return (recognized, skipped.sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }, warnings.sorted())
    }

    /// The per-document half of extraction (stage 2): each document recognized, tagged and
    /// parsed, in parallel, before corpus resolution. The result depends on each document
    /// alone, so it can be stored and resolved later with other documents.
    ///
    /// - Returns: the documents in the order given.
    public func analyze(_ documents: [Document]) -> [Document] {
        let recognizer = self.recognizer, annotator = self.annotator, filter = self.sentenceFilter
        return documents.parallelMap { document in
            let found = recognizer.recognize(document)
            guard let annotator else { return found }
            guard let filter else { return annotator.annotate(found) }
            let selected = filter.sentences(of: found)
            return annotator.annotate(found) { selected.contains($0.index) }
        }
    }
}
