import Foundation
import GRDB
import NexusCore
import Testing
@testable import NexusStore

/// The store on hand-made documents and a hand-made resolution: what is written, replaced,
/// refused and recomputed.
@Suite struct CorpusStoreTests {
    /// A temporary folder removed after `body`.
    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// A one-sentence document naming `name` at the start of the text.
    func document(_ id: String, _ text: String, naming name: String) -> Document {
        let sentence = Sentence(index: 0, range: TextRange(start: 0, end: text.unicodeScalars.count), text: text, tokens: [])
        let mention = Mention(text: name, type: .country, sentence: 0, range: TextRange(start: 0, end: name.unicodeScalars.count))
        return Document(id: id, path: "\(id).txt", text: text, sentences: [sentence], mentions: [mention])
    }

    /// A resolution of the documents by hand: one entity per distinct mention text.
    func resolution(_ documents: [Document]) -> CorpusExtraction {
        var byName: [String: [String]] = [:]
        var extractions: [DocumentExtraction] = []
        for document in documents.sorted(by: { $0.id < $1.id }) {
            let entities = document.mentions.map { m in
                Entity(id: "country:\(m.text.lowercased())", name: m.text, type: .country, mentions: [m])
            }
            for m in document.mentions { byName[m.text, default: []].append(document.id) }
            let evidence = Evidence(document: document.id, sentence: 0, range: document.sentences[0].range, text: document.text)
            let relations = entities.count > 1 ? [Relation(source: entities[0].id, target: entities[1].id, kind: .comention, evidence: [evidence])] : []
            extractions.append(DocumentExtraction(document: document, entities: entities, relations: relations))
        }
        let entities = byName.keys.sorted().map { CorpusEntity(id: "country:\($0.lowercased())", name: $0, type: .country, documents: byName[$0]!) }
        return CorpusExtraction(documents: extractions, entities: entities)
    }

    @Test func createsVersionOneAndReadsDocumentsBack() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("corpus.db").path
            let store = try CorpusStore(path: path, access: .create)
            #expect(try store.version() == 1)
            let a = document("a", "Kenya met Brazil.", naming: "Kenya")
            let b = document("b", "Chile spoke.", naming: "Chile")
            try store.write([StoredDocument(document: b), StoredDocument(document: a)])
            let read = try CorpusStore(path: path, access: .read).documents()
            #expect(read.map(\.document) == [a, b])
            // SHA-256 of "Kenya met Brazil." computed with Python's hashlib.
            #expect(read[0].contentHash == "083a301edf479089a207eb753cedd8b636d48d2cc1d4e1d40cc40c03b9e89c21")
            #expect(try store.contentHashes() == ["a": read[0].contentHash, "b": read[1].contentHash])
        }
    }

    @Test func theDocumentsDateFillsTheDateColumn() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("dated.db").path
            let store = try CorpusStore(path: path, access: .create)
            var dated = document("a", "Kenya met Brazil.", naming: "Kenya")
            dated.date = DocumentDate(date: try #require(CalendarDate(iso: "2021-06-29")), source: .dateLine)
            try store.write([StoredDocument(document: dated), StoredDocument(document: document("b", "Chile spoke.", naming: "Chile"))])
            let dates = try DatabaseQueue(path: path).read { db in
                try Row.fetchAll(db, sql: "SELECT id, date FROM documents ORDER BY id").map { [$0["id"] as String, ($0["date"] as String?) ?? "NULL"] }
            }
            #expect(dates == [["a", "2021-06-29"], ["b", "NULL"]])
            #expect(try CorpusStore(path: path, access: .read).documents().first?.document.date == dated.date)
        }
    }

    @Test func aChangedDocumentReplacesItsOldVersionAndItsSentences() throws {
        try withFolder { folder in
            let store = try CorpusStore(path: folder.appendingPathComponent("c.db").path, access: .create)
            try store.write([StoredDocument(document: document("a", "Kenya met Brazil.", naming: "Kenya"))])
            try store.write([StoredDocument(document: document("a", "Peru left.", naming: "Peru"))])
            let read = try store.documents()
            #expect(read.count == 1)
            #expect(read[0].document.text == "Peru left.")
            let sentences = try store.queue.read { db in try String.fetchAll(db, sql: "SELECT text FROM sentences") }
            #expect(sentences == ["Peru left."])
        }
    }

    @Test func otherSettingsAreRefusedAndNothingIsWritten() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("c.db").path
            let store = try CorpusStore(path: path, access: .create)
            try store.write([StoredDocument(document: document("a", "Kenya met Brazil.", naming: "Kenya"))], settings: ["syntax": "events"])
            #expect(throws: StoreError.settingsMismatch(path: path, setting: "syntax", stored: "events", requested: "none")) {
                try store.write([StoredDocument(document: document("b", "Chile spoke.", naming: "Chile"))], settings: ["syntax": "none"])
            }
            #expect(try store.documents().map(\.document.id) == ["a"])
            #expect(try store.setting("syntax") == "events")
        }
    }

    @Test func refreshRewritesTheDerivedTablesAndMarksThemCurrent() throws {
        try withFolder { folder in
            let store = try CorpusStore(path: folder.appendingPathComponent("c.db").path, access: .create)
            var a = document("a", "Kenya met Brazil.", naming: "Kenya")
            a.mentions.append(Mention(text: "Brazil", type: .country, sentence: 0, range: TextRange(start: 10, end: 16)))
            try store.write([StoredDocument(document: a)])
            #expect(try !store.isCurrent())
            try store.refresh(with: resolution(try store.documents().map(\.document)), corrections: nil)
            #expect(try store.isCurrent())
            let rows = try store.queue.read { db in
                (try String.fetchAll(db, sql: "SELECT id FROM entities ORDER BY id"),
                 try String.fetchAll(db, sql: "SELECT entity_id || '@' || start FROM mentions ORDER BY start"),
                 try String.fetchAll(db, sql: "SELECT source || '>' || target FROM relations"),
                 try String.fetchAll(db, sql: "SELECT text FROM evidence"))
            }
            #expect(rows.0 == ["country:brazil", "country:kenya"])
            #expect(rows.1 == ["country:kenya@0", "country:brazil@10"])
            #expect(rows.2 == ["country:kenya>country:brazil"])
            #expect(rows.3 == ["Kenya met Brazil."])
            // A new document makes the derived tables stale until the next refresh.
            try store.write([StoredDocument(document: document("b", "Chile spoke.", naming: "Chile"))])
            #expect(try !store.isCurrent())
        }
    }

    @Test func keptCorrectionsAreListedByLine() throws {
        try withFolder { folder in
            let store = try CorpusStore(path: folder.appendingPathComponent("c.db").path, access: .create)
            let corrections = StoredCorrections(origin: "fix.txt", text: "# fixes\nmerge person:a person:b\n\ndrop country:x\n")
            try store.keep(corrections)
            #expect(try store.corrections() == corrections)
            try store.refresh(with: CorpusExtraction(), corrections: corrections)
            let lines = try store.queue.read { db in try String.fetchAll(db, sql: "SELECT number || ':' || line FROM corrections ORDER BY number") }
            #expect(lines == ["2:merge person:a person:b", "4:drop country:x"])
        }
    }

    /// The corrections reader's Windows line endings bug (found by Fuzz/) in the store's copy of
    /// the lines: CR LF is a line break, as LF is.
    @Test func keptCorrectionsWithWindowsLineEndingsAreListedByLine() {
        let corrections = StoredCorrections(origin: "fix.txt", text: "# fixes\r\nmerge person:a person:b\r\n\r\ndrop country:x\r\n")
        #expect(corrections.commandLines.map { "\($0.number):\($0.line)" } == ["2:merge person:a person:b", "4:drop country:x"])
    }

    /// The same documents written in other batches and orders, then refreshed, dump the same.
    @Test func batchesAndOrderDoNotChangeTheStore() throws {
        try withFolder { folder in
            let docs = [document("a", "Kenya met Brazil.", naming: "Kenya"), document("b", "Chile spoke.", naming: "Chile"),
                        document("c", "Kenya again.", naming: "Kenya")]
            let one = try CorpusStore(path: folder.appendingPathComponent("one.db").path, access: .create)
            try one.write(docs.map { StoredDocument(document: $0) })
            try one.refresh(with: resolution(try one.documents().map(\.document)), corrections: nil)
            let two = try CorpusStore(path: folder.appendingPathComponent("two.db").path, access: .create)
            try two.write([StoredDocument(document: docs[2])])
            try two.refresh(with: resolution(try two.documents().map(\.document)), corrections: nil)
            try two.write([StoredDocument(document: docs[1]), StoredDocument(document: docs[0])])
            try two.refresh(with: resolution(try two.documents().map(\.document)), corrections: nil)
            #expect(try one.dump() == two.dump())
            #expect(try one.dump().contains("\"country:kenya\"|\"a\""))
            // A store missing one document differs.
            let three = try CorpusStore(path: folder.appendingPathComponent("three.db").path, access: .create)
            try three.write(docs.prefix(2).map { StoredDocument(document: $0) })
            try three.refresh(with: resolution(try three.documents().map(\.document)), corrections: nil)
            #expect(try one.dump() != three.dump())
        }
    }

    @Test func aFileThatIsNotSQLiteIsRefused() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("notes.db").path
            try "These are notes, not a database.\n".write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: StoreError.notADatabase(path: path)) { try CorpusStore(path: path, access: .create) }
            #expect(throws: StoreError.notADatabase(path: path)) { try CorpusStore(path: path, access: .read) }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "These are notes, not a database.\n")
        }
    }

    @Test func anotherApplicationsDatabaseIsLeftAlone() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("app.db").path
            try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE notes (body TEXT)") }
            #expect(throws: StoreError.foreignDatabase(path: path)) { try CorpusStore(path: path, access: .create) }
        }
    }

    @Test func aNewerSchemaIsRefusedWithItsVersion() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("c.db").path
            let store = try CorpusStore(path: path, access: .create)
            try store.queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2')")
                try db.execute(sql: "PRAGMA user_version = 2")
            }
            #expect(throws: StoreError.newerSchema(path: path, found: 2, known: 1)) { try CorpusStore(path: path, access: .create) }
            #expect(throws: StoreError.newerSchema(path: path, found: 2, known: 1)) { try CorpusStore(path: path, access: .read) }
        }
    }

    @Test func readingAMissingStoreSaysHowToCreateIt() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("none.db").path
            #expect(throws: StoreError.missing(path: path)) { try CorpusStore(path: path, access: .read) }
            #expect(!FileManager.default.fileExists(atPath: path))
            #expect(StoreError.missing(path: path).description.contains("nexus ingest"))
        }
    }
}
