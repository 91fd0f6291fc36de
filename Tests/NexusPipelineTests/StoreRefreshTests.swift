import Foundation
import NexusCore
import NexusStore
import Testing
@testable import NexusPipeline

/// The refresh of `nexus ingest` reads the store a batch at a time (``CorpusResolution``);
/// its derived tables must be those of the in-memory resolution of all the stored documents
/// (``CorpusResolver/resolve(_:)``, what `nexus build` uses), whatever the batch size.
@Suite struct StoreRefreshTests {
    /// The seed articles and the 120 hand-annotated GMB passages of the event fixtures, each
    /// passage a document: people named in full in one and by surname in another, acronyms,
    /// organizations written several ways.
    static func corpus(in folder: URL) throws -> [String] {
        var lines: [String] = []
        for file in ["gmb-dev.json", "gmb-dev2.json", "gmb-test.json"] {
            let data = try Data(contentsOf: EventEvaluationTests.fixtures.appendingPathComponent(file))
            let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            for document in object["documents"] as! [[String: Any]] {
                let record = ["id": document["id"] as! String, "text": document["text"] as! String]
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
            }
        }
        let passages = folder.appendingPathComponent("passages.jsonl")
        try lines.joined(separator: "\n").write(to: passages, atomically: true, encoding: .utf8)
        return [SeedArticlesTests.root.appendingPathComponent("Samples").path, passages.path]
    }

    @Test func batchedRefreshWritesTheTablesOfTheInMemoryResolution() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-refresh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = try Pipeline.standard()
        let batched = folder.appendingPathComponent("batched.db").path
        let store = try CorpusStore(path: batched, access: .create)
        let summary = try StoreIngest(pipeline: pipeline, store: store, refreshBatchSize: 1).run(
            try Self.corpus(in: folder), resolve: { documents, _ in pipeline.resolver.resolve(documents) })
        #expect(summary.added > 100 && summary.refreshed)
        let ids = try store.contentHashes().keys.sorted()

        // The same documents, derived tables from the resolution of all of them at once.
        let whole = folder.appendingPathComponent("whole.db").path
        try FileManager.default.copyItem(atPath: batched, toPath: whole)
        let reference = try CorpusStore(path: whole, access: .create)
        let corpus = pipeline.resolver.resolve(try reference.documents().map(\.document))
        try reference.refresh(with: corpus, corrections: nil)
        let expected = try reference.dump()
        #expect(try store.dump() == expected, "refresh one document at a time")

        // Other batch sizes, cutting the corpus elsewhere.
        for size in [7, 1000] {
            let other = folder.appendingPathComponent("batched-\(size).db").path
            try FileManager.default.copyItem(atPath: whole, toPath: other)
            let copy = try CorpusStore(path: other, access: .create)
            try StoreIngest(pipeline: pipeline, store: copy, refreshBatchSize: size).refreshInBatches(documentIDs: ids)
            #expect(try copy.dump() == expected, "refresh \(size) documents at a time")
        }

        // The corpus exercises the merge across documents, so the comparison means something.
        let rules = Set(corpus.entities.flatMap { $0.aliases.map(\.rule) })
        #expect(rules.isSuperset(of: [.partialName, .gazetteer, .normalized]), "rules: \(rules)")
        #expect(corpus.entities.filter { $0.documents.count >= 5 }.count >= 5)
    }
}
