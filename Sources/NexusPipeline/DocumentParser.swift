import Foundation
import NexusCore
import NexusExport
import NexusSyntax
import NexusText

/// Documents read as ``Pipeline`` reads them, split into sentences and tokens, and every
/// sentence tagged and parsed (``Sentence/syntax``), without the entity stages: what
/// `nexus parse INPUTS` prints.
///
/// Inputs are files, folders (walked recursively) and JSON Lines files (``DocumentSource``),
/// or extraction JSON files (`nexus extract --format json`), whose documents' texts are
/// split and parsed afresh. A document that cannot be read is skipped and reported; documents
/// are processed in parallel, `batchSize` at a time, and handed on in input order.
public struct DocumentParser: Sendable {
    public let splitter: SentenceSplitter
    public let annotator: SyntaxAnnotator
    public let source: DocumentSource.Options
    public let batchSize: Int

    public init(annotator: SyntaxAnnotator, splitter: SentenceSplitter = SentenceSplitter(),
                source: DocumentSource.Options = .init(), batchSize: Int = 64) {
        self.annotator = annotator
        self.splitter = splitter
        self.source = source
        self.batchSize = max(1, batchSize)
    }

    /// Reads and parses the documents `inputs` name (``CorpusLoader/defaultInputs`` when empty).
    ///
    /// - Parameter body: called with each batch of parsed documents, in input order.
    /// - Returns: the documents that could not be read, sorted by path.
    /// - Throws: ``CorpusLoader/Failure`` when no document could be read, when a saved input
    ///   is mixed with articles or is not extraction JSON; or what `body` throws.
    public func parse(_ inputs: [String], each body: ([Document]) throws -> Void) throws -> [SkippedDocument] {
        let inputs = inputs.isEmpty ? CorpusLoader.defaultInputs : inputs
        let saved = inputs.filter { CorpusLoader.InputKind.of($0) == .saved }
        let splitter = self.splitter, annotator = self.annotator
        var parsed = 0
        var skipped: [SkippedDocument] = []
        var batch: [Document] = []
        func flush() throws {
            let documents = batch.parallelMap { document in
                annotator.annotate(splitter.split(document))
            }
            batch.removeAll(keepingCapacity: true)
            parsed += documents.count
            try body(documents)
        }
        if !saved.isEmpty {
            guard saved.count == inputs.count else { throw CorpusLoader.Failure.mixedInputs }
            for path in saved {
                for document in try Self.savedDocuments(path) {
                    batch.append(document)
                    if batch.count == batchSize { try flush() }
                }
            }
        } else {
            for item in DocumentSource(inputs: inputs, options: source) {
                switch item {
                case .document(let document):
                    batch.append(document)
                    if batch.count == batchSize { try flush() }
                case .failure(let error):
                    skipped.append(SkippedDocument(path: error.path, reason: error.description))
                case .warning:
                    // Dates play no part in tagging and parsing.
                    continue
                }
            }
        }
        if !batch.isEmpty { try flush() }
        skipped.sort { ($0.path, $0.reason) < ($1.path, $1.reason) }
        guard parsed > 0 else { throw CorpusLoader.Failure.nothingRead(skipped: skipped) }
        return skipped
    }

    /// The documents of an extraction JSON file, with their text only (sentences are split again).
    static func savedDocuments(_ path: String) throws(CorpusLoader.Failure) -> [Document] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .nothingRead(skipped: [SkippedDocument(path: path, reason: "'\(path)': no such file; check the path")])
        }
        let corpus: CorpusExtraction
        do {
            corpus = try ExtractionJSON.read(contentsOf: URL(fileURLWithPath: path))
        } catch {
            if case .otherFormat(_, let found) = error, found == GraphJSON.format {
                throw .unreadableSaved("'\(path)' is a saved graph, which keeps no sentences; give the articles or `nexus extract --format json` output")
            }
            throw .unreadableSaved(error.description)
        }
        return corpus.documents.map { extraction in
            let d = extraction.document
            return Document(id: d.id, path: d.path, text: d.text, encoding: d.encoding, date: d.date)
        }
    }
}
