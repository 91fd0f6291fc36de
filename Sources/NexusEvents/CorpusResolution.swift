import NexusCore
import NexusEntities

/// ``CorpusResolver/resolve(_:)`` for a corpus too large to hold: the documents are read
/// three times, a batch at a time, and only what the cross-document merge needs is kept
/// between batches. The result is the in-memory resolution's, document for document and
/// entity for entity.
///
/// ```swift
/// var resolution = CorpusResolution(resolver: resolver, documentIDs: ids)   // ids sorted by <
/// for batch in batches { resolution.scanDescriptions(batch) }              // pass 1
/// for batch in batches { resolution.scanEntities(batch) }                  // pass 2
/// let entities = resolution.merge()                                        // the entity table
/// for batch in batches { write(resolution.extract(batch)) }                // pass 3
/// ```
///
/// Every pass must see the documents in the order of `documentIDs`, which is the order
/// ``CorpusResolver/resolve(_:)`` uses (ids sorted with `<`); a document out of order is a
/// programming error (precondition).
///
/// Memory: one batch of documents and their per-document resolutions, plus
/// - the organization names of the corpus by head noun and the types of its names (pass 1),
/// - the ``CorpusMergeTable``: 8 bytes per (document, entity) pair, 12 per affiliation, and
///   each distinct ``EntityForm`` once,
/// - the merged entities (``CorpusEntity``, with the ids of their documents) and the ids.
///
/// - Complexity: pass 2 resolves the entities of every document, pass 3 every document in
///   full, each on its own (linear in the corpus's mentions, in parallel within a batch);
///   ``merge()`` as ``CorpusResolver``'s.
public struct CorpusResolution: Sendable {
    public let resolver: CorpusResolver
    /// The ids of the documents, in the order every pass reads them.
    public let documentIDs: [String]
    private var heads = CorpusDescriptions.Heads()
    private var nouns: Set<String> = []
    private var names = CorpusNameTypes()
    private var dominant: [String: EntityType] = [:]
    private var table = CorpusMergeTable()
    private var merged: CorpusResolver.CorpusMerge?
    /// Documents seen by the current pass.
    private var cursor = 0

    /// - Parameter documentIDs: every document of the corpus, sorted by id (`<`).
    public init(resolver: CorpusResolver, documentIDs: [String]) {
        self.resolver = resolver
        self.documentIDs = documentIDs
    }

    /// Pass 1: the organization names and the names' types each document's mentions give.
    public mutating func scanDescriptions(_ batch: [Document]) {
        scanDescriptions(batch.map { ($0.id, $0.mentions) })
    }

    /// Pass 1 from the documents' mentions alone (their ids and mentions, in order).
    public mutating func scanDescriptions(_ batch: [(id: String, mentions: [Mention])]) {
        precondition(table.nodeCount == 0 && merged == nil, "scanDescriptions comes before scanEntities")
        for (id, mentions) in batch {
            precondition(cursor < documentIDs.count && documentIDs[cursor] == id, "documents must come in the order of documentIDs")
            cursor += 1
            heads.add(mentions)
            names.add(mentions)
        }
        if cursor == documentIDs.count {
            nouns = heads.nouns
            dominant = names.dominant
            cursor = 0
        }
    }

    /// Pass 2: resolves the entities of each document on its own (not its events and
    /// commitments) and keeps their forms.
    public mutating func scanEntities(_ batch: [Document]) {
        precondition(merged == nil, "scanEntities comes before merge")
        advance(over: batch)
        let described = batch.map { CorpusNameTypes.retyped(CorpusDescriptions.addMentions($0, nouns: nouns, heads: heads), dominant: dominant) }
        for (resolution, affiliations) in described.parallelMap(resolver.resolveEntities) {
            table.append(resolution, affiliations: affiliations)
        }
        if cursor == documentIDs.count { cursor = 0 }
    }

    /// Merges the entities across documents: the corpus's entities, sorted by id.
    public mutating func merge() -> [CorpusEntity] {
        precondition(table.documentCount == documentIDs.count, "merge comes after scanEntities has seen every document")
        let result = resolver.merge(table, documentIDs: documentIDs)
        merged = result
        return result.entities
    }

    /// Pass 3: each document's extraction, with the corpus ids of ``merge()``.
    public mutating func extract(_ batch: [Document]) -> [DocumentExtraction] {
        guard let merged else { preconditionFailure("extract comes after merge") }
        let first = cursor
        advance(over: batch)
        let table = self.table
        return resolved(batch).enumerated().map { i, work in
            let d = first + i
            return resolver.documentExtraction(document: work.document, work: work.work,
                                               idOf: { merged.id(of: table.node(d, $0)) }, corpus: merged.byID)
        }
    }

    /// Checks that `batch` continues the pass in the order of `documentIDs`.
    private mutating func advance(over batch: [Document]) {
        for document in batch {
            precondition(cursor < documentIDs.count && documentIDs[cursor] == document.id,
                         "documents must come in the order of documentIDs")
            cursor += 1
        }
    }

    /// The batch with the corpus's descriptions added, each resolved on its own (in parallel).
    private func resolved(_ batch: [Document]) -> [(document: Document, work: CorpusResolver.DocumentWork)] {
        let described = batch.map { CorpusNameTypes.retyped(CorpusDescriptions.addMentions($0, nouns: nouns, heads: heads), dominant: dominant) }
        return Array(zip(described, resolver.resolveDocuments(described)))
    }
}
