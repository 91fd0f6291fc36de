import Foundation
import GRDB
import NexusCore

/// A corpus kept in a SQLite file (GRDB): the documents ingested so far, each recognized and
/// parsed once, and tables derived from them by corpus resolution (schema: ``StoreSchema``,
/// docs/store.md).
///
/// ```swift
/// let store = try CorpusStore(path: "corpus.db", access: .create)
/// try store.write([StoredDocument(document: recognized)], settings: ["syntax": "events"])
/// try store.refresh(with: resolver.resolve(try store.documents().map(\.document)), corrections: nil)
/// ```
///
/// Every write is one transaction: a reader, or a process killed mid-write, sees a batch
/// entirely or not at all. The value holds the connection; copies share it, and GRDB's
/// `DatabaseQueue` serializes their accesses.
public struct CorpusStore: Sendable {
    /// Whether opening may create the file and migrate its schema.
    public enum Access: Sendable {
        /// Open an existing store without changing it; a missing file is ``StoreError/missing(path:)``.
        case read
        /// Create the file if needed and bring its schema to ``schemaVersion``.
        case create
    }

    /// The newest schema version this build knows (`PRAGMA user_version` of a store it wrote).
    public static let schemaVersion = StoreSchema.version

    /// The path as given.
    public let path: String
    let queue: DatabaseQueue

    /// Keys of `store_state`.
    enum StateKey {
        static let fingerprint = "derived_from"
        static let correctionsOrigin = "corrections_origin"
        static let correctionsText = "corrections_text"
    }

    /// Opens (and with `.create`, creates or migrates) the store at `path`.
    ///
    /// - Throws: ``StoreError/missing(path:)`` for `.read` of a missing file,
    ///   ``StoreError/notADatabase(path:)``, ``StoreError/foreignDatabase(path:)``,
    ///   ``StoreError/newerSchema(path:found:known:)``.
    public init(path: String, access: Access) throws(StoreError) {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw .notADatabase(path: path) }
        if access == .read && !exists { throw .missing(path: path) }
        var configuration = Configuration()
        configuration.readonly = access == .read
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.mapped(error, path: path)
        }
        try checkSchema(migrating: access == .create)
    }

    /// Refuses files that are not SQLite, SQLite files with other tables, and newer schemas;
    /// migrates an older or empty store when `migrating`.
    private func checkSchema(migrating: Bool) throws(StoreError) {
        let migrator = StoreSchema.migrator
        let path = self.path
        try run {
            try queue.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                guard !tables.isEmpty else {
                    if !migrating { throw StoreError.foreignDatabase(path: path) }
                    return
                }
                guard tables.contains("grdb_migrations"), tables.contains("documents") else { throw StoreError.foreignDatabase(path: path) }
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if try migrator.hasBeenSuperseded(db) || version > StoreSchema.version {
                    throw StoreError.newerSchema(path: path, found: max(version, StoreSchema.version + 1), known: StoreSchema.version)
                }
                if !migrating, try !migrator.hasCompletedMigrations(db) {
                    throw StoreError.sqlite(path: path, message: "schema version \(version) is older than \(StoreSchema.version); run `nexus ingest --store \(path)` once to upgrade it")
                }
            }
            if migrating { try migrator.migrate(queue) }
        }
    }

    // MARK: Reading

    /// The schema version of the file (`PRAGMA user_version`).
    public func version() throws(StoreError) -> Int {
        try run { try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 } }
    }

    /// Content hash of every stored document, by id.
    ///
    /// - Complexity: O(d) for d stored documents.
    public func contentHashes() throws(StoreError) -> [String: String] {
        try run {
            try queue.read { db in
                var out: [String: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, content_hash FROM documents") { out[row["id"]] = row["content_hash"] }
                return out
            }
        }
    }

    /// Every stored document, sorted by id.
    ///
    /// - Complexity: O(total size of the stored analyses), all decoded in memory.
    public func documents() throws(StoreError) -> [StoredDocument] {
        let path = self.path
        return try run {
            try queue.read { db in
                let decoder = JSONDecoder()
                return try Row.fetchAll(db, sql: "SELECT \(Self.storedDocumentColumns) FROM documents ORDER BY id").map { row in
                    try Self.storedDocument(row, decoder, path: path)
                }
            }
        }
    }

    /// The stored documents with the given ids, in the order given (an id not stored is left out).
    ///
    /// - Complexity: O(size of their analyses); reads only those rows.
    public func documents(_ ids: [String]) throws(StoreError) -> [StoredDocument] {
        let path = self.path
        return try run { try queue.read { db in try Self.documents(ids, db, path: path) } }
    }

    /// The mentions of the stored documents with the given ids, in the order given: what the
    /// first pass of the refresh reads. Only the `mentions` of each analysis are decoded,
    /// not its sentences and tokens.
    ///
    /// - Complexity: O(size of their analyses) to scan, O(mentions) to decode.
    public func mentions(_ ids: [String]) throws(StoreError) -> [(id: String, mentions: [Mention])] {
        let path = self.path
        return try run {
            try queue.read { db in
                try Self.analyses(ids, as: StoredMentions.self, db, path: path).map { ($0.id, $0.mentions) }
            }
        }
    }

    /// The part of a stored analysis the first pass of the refresh reads.
    private struct StoredMentions: Decodable {
        let id: String
        let mentions: [Mention]
    }

    /// The stored analyses with the given ids decoded as `T`, in the order given.
    private static func analyses<T: Decodable>(_ ids: [String], as type: T.Type, _ db: Database, path: String) throws -> [T] {
        let decoder = JSONDecoder()
        return try rows(withIDs: ids, columns: "id, analysis", db) { try analysis($0, as: type, decoder, path: path) }
    }

    static func documents(_ ids: [String], _ db: Database, path: String) throws -> [StoredDocument] {
        let decoder = JSONDecoder()
        return try rows(withIDs: ids, columns: storedDocumentColumns, db) { try storedDocument($0, decoder, path: path) }
    }

    /// The rows of `documents` with the given ids (ids not stored are left out), each made into
    /// a value by `make`, in the order of `ids`.
    private static func rows<T>(withIDs ids: [String], columns: String, _ db: Database, _ make: (Row) throws -> T) throws -> [T] {
        guard !ids.isEmpty else { return [] }
        var byID: [String: T] = [:]
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM documents WHERE id IN (\(marks))", arguments: StatementArguments(ids))
        while let row = try rows.next() {
            let id: String = row["id"]
            byID[id] = try make(row)
        }
        return ids.compactMap { byID[$0] }
    }

    /// The columns ``storedDocument(_:_:path:)`` reads.
    private static let storedDocumentColumns = "id, content_hash, date, analysis"

    /// A row's `analysis` decoded as `T`; one that does not decode is a corrupt document.
    private static func analysis<T: Decodable>(_ row: Row, as type: T.Type, _ decoder: JSONDecoder, path: String) throws -> T {
        let data: Data = row["analysis"]
        do { return try decoder.decode(type, from: data) } catch {
            let id: String = row["id"]
            throw StoreError.corruptDocument(path: path, id: id, reason: "\(error)")
        }
    }

    /// A row of ``storedDocumentColumns`` as the stored document it holds.
    private static func storedDocument(_ row: Row, _ decoder: JSONDecoder, path: String) throws -> StoredDocument {
        var stored = StoredDocument(document: try analysis(row, as: Document.self, decoder, path: path), date: row["date"])
        stored.contentHash = row["content_hash"]
        return stored
    }

    /// The value of a setting the documents were ingested with, or nil when none is recorded.
    public func setting(_ key: String) throws(StoreError) -> String? {
        try run { try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM store_state WHERE key = ?", arguments: ["setting." + key]) } }
    }

    /// The corrections kept by the last ingest given `--corrections`, or nil.
    public func corrections() throws(StoreError) -> StoredCorrections? {
        try run {
            try queue.read { db in
                let origin = try String.fetchOne(db, sql: "SELECT value FROM store_state WHERE key = ?", arguments: [StateKey.correctionsOrigin])
                let text = try String.fetchOne(db, sql: "SELECT value FROM store_state WHERE key = ?", arguments: [StateKey.correctionsText])
                guard let origin, let text else { return nil }
                return StoredCorrections(origin: origin, text: text)
            }
        }
    }

    /// Whether the derived tables were computed from exactly the documents now stored (false
    /// after a batch was committed and the process stopped before the refresh).
    public func isCurrent() throws(StoreError) -> Bool {
        try run {
            try queue.read { db in
                let recorded = try String.fetchOne(db, sql: "SELECT value FROM store_state WHERE key = ?", arguments: [StateKey.fingerprint])
                return recorded == (try Self.fingerprint(db))
            }
        }
    }

    /// SHA-256 of the sorted "id hash" lines of the stored documents: what the derived tables
    /// were computed from.
    static func fingerprint(_ db: Database) throws -> String {
        let lines = try Row.fetchAll(db, sql: "SELECT id, content_hash FROM documents ORDER BY id").map { row in
            "\(row["id"] as String) \(row["content_hash"] as String)\n"
        }
        return SHA256.hex(of: lines.joined())
    }

    // MARK: Writing

    /// Writes a batch of documents in one transaction: a new id is inserted, a stored id is
    /// replaced (its old sentences and derived rows go with it). `settings` are checked
    /// against those recorded by earlier batches, and recorded when absent.
    ///
    /// - Throws: ``StoreError/settingsMismatch(path:setting:stored:requested:)`` when the store
    ///   was filled with other settings; nothing is written then.
    /// - Complexity: O(size of the batch).
    public func write(_ batch: [StoredDocument], settings: [String: String] = [:]) throws(StoreError) {
        let path = self.path
        try run {
            try queue.write { db in
                try Self.record(settings, in: db, path: path)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                for stored in batch {
                    let document = stored.document
                    try db.cachedStatement(sql: "DELETE FROM documents WHERE id = ?").execute(arguments: [document.id])
                    try db.cachedStatement(sql: """
                        INSERT INTO documents (id, path, content_hash, date, encoding, text, analysis)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """).execute(arguments: [document.id, document.path, stored.contentHash, stored.date, document.encoding, document.text,
                                         try encoder.encode(document)])
                    for sentence in document.sentences {
                        try db.cachedStatement(sql: "INSERT INTO sentences (document_id, position, start, \"end\", text, parsed) VALUES (?, ?, ?, ?, ?, ?)").execute(
                                       arguments: [document.id, sentence.index, sentence.range.start, sentence.range.end, sentence.text,
                                                   sentence.syntax != nil])
                    }
                }
            }
        }
    }

    /// Checks `settings` against those recorded, recording the absent ones.
    private static func record(_ settings: [String: String], in db: Database, path: String) throws {
        for (key, value) in settings.sorted(by: { $0.key < $1.key }) {
            if let stored = try String.fetchOne(db, sql: "SELECT value FROM store_state WHERE key = ?", arguments: ["setting." + key]) {
                guard stored == value else { throw StoreError.settingsMismatch(path: path, setting: key, stored: stored, requested: value) }
            } else {
                try db.execute(sql: "INSERT INTO store_state (key, value) VALUES (?, ?)", arguments: ["setting." + key, value])
            }
        }
    }

    /// Replaces the kept corrections (nil removes them), in one transaction.
    public func keep(_ corrections: StoredCorrections?) throws(StoreError) {
        try run {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM store_state WHERE key IN (?, ?)", arguments: [StateKey.correctionsOrigin, StateKey.correctionsText])
                if let corrections {
                    try db.execute(sql: "INSERT INTO store_state (key, value) VALUES (?, ?), (?, ?)",
                                   arguments: [StateKey.correctionsOrigin, corrections.origin, StateKey.correctionsText, corrections.text])
                }
                // The derived tables no longer reflect the corrections: mark them stale.
                try db.execute(sql: "DELETE FROM store_state WHERE key = ?", arguments: [StateKey.fingerprint])
            }
        }
    }

    /// Rewrites every derived table from `corpus` — the resolution of all stored documents,
    /// corrections applied — in one transaction, and records the documents it was computed
    /// from (``isCurrent()``).
    ///
    /// `corpus` must cover exactly the stored documents; the caller resolves
    /// ``documents()`` as a whole, so the tables do not depend on the order or batches in
    /// which documents arrived.
    ///
    /// - Complexity: O(rows written).
    public func refresh(with corpus: CorpusExtraction, corrections: StoredCorrections?) throws(StoreError) {
        try run {
            try queue.write { db in
                try Self.clearDerived(db)
                try Self.insertEntities(corpus.entities, db)
                for extraction in corpus.documents { try Self.insert(extraction, db) }
                try Self.finishRefresh(corrections, db)
            }
        }
    }

    /// Rewrites every derived table, as ``refresh(with:corrections:)`` does, without holding
    /// the corpus: `entities` (the merged entity table) is written first, then the stored
    /// documents are read `batchSize` at a time in the order of `documentIDs` (all of them),
    /// `extract` turns each batch into its extractions and their rows are written, all in
    /// one transaction.
    ///
    /// - Complexity: O(rows written); holds one batch of documents and extractions.
    public func refresh(entities: [CorpusEntity], documentIDs: [String], batchSize: Int, corrections: StoredCorrections?,
                        extract: ([Document]) throws -> [DocumentExtraction]) throws(StoreError) {
        let path = self.path
        try run {
            try queue.write { db in
                try Self.clearDerived(db)
                try Self.insertEntities(entities, db)
                var start = 0
                while start < documentIDs.count {
                    let ids = Array(documentIDs[start..<min(start + max(1, batchSize), documentIDs.count)])
                    for extraction in try extract(try Self.documents(ids, db, path: path).map(\.document)) { try Self.insert(extraction, db) }
                    start += ids.count
                }
                try Self.finishRefresh(corrections, db)
            }
        }
    }

    private static func clearDerived(_ db: Database) throws {
        for table in ["corrections", "evidence", "relations", "events", "commitments", "mentions", "entity_documents", "entity_roles", "aliases", "entities"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
    }

    /// Lists the corrections and records the documents the derived tables now reflect.
    private static func finishRefresh(_ corrections: StoredCorrections?, _ db: Database) throws {
        for (number, line) in corrections?.commandLines ?? [] {
            try db.execute(sql: "INSERT INTO corrections (number, line) VALUES (?, ?)", arguments: [number, line])
        }
        try db.execute(sql: "INSERT OR REPLACE INTO store_state (key, value) VALUES (?, ?)",
                       arguments: [StateKey.fingerprint, try Self.fingerprint(db)])
    }

    private static func insertEntities(_ entities: [CorpusEntity], _ db: Database) throws {
        for entity in entities {
            try db.cachedStatement(sql: "INSERT INTO entities (id, name, type) VALUES (?, ?, ?)").execute(arguments: [entity.id, entity.name, entity.type.rawValue])
            for alias in entity.aliases {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO aliases (entity_id, name, rule) VALUES (?, ?, ?)").execute(
                               arguments: [entity.id, alias.name, alias.rule.rawValue])
            }
            for role in entity.roles {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_roles (entity_id, role) VALUES (?, ?)").execute(arguments: [entity.id, role])
            }
            for document in entity.documents {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_documents (entity_id, document_id) VALUES (?, ?)").execute(arguments: [entity.id, document])
            }
        }
    }

    private static func insert(_ extraction: DocumentExtraction, _ db: Database) throws {
        let id = extraction.document.id
        for entity in extraction.entities {
            for m in entity.mentions {
                try db.cachedStatement(sql: """
                    INSERT OR IGNORE INTO mentions (document_id, sentence, start, "end", text, type, canonical, entity_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [id, m.sentence, m.range.start, m.range.end, m.text, m.type.rawValue, m.canonical, entity.id])
            }
        }
        for (r, relation) in extraction.relations.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO relations (document_id, position, kind, source, target, label) VALUES (?, ?, ?, ?, ?, ?)").execute(
                           arguments: [id, r, relation.kind.rawValue, relation.source, relation.target, relation.label])
            for (e, evidence) in relation.evidence.enumerated() {
                try db.cachedStatement(sql: "INSERT INTO evidence (document_id, relation, position, sentence, start, \"end\", text) VALUES (?, ?, ?, ?, ?, ?, ?)").execute(
                               arguments: [id, r, e, evidence.sentence, evidence.range.start, evidence.range.end, evidence.text])
            }
        }
        for event in extraction.events {
            try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO events (document_id, id, code, label, quad, actor, target, sentence, trigger_text, trigger_start,
                                    trigger_end, text, negated, hypothetical, actor_resolution, commitment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [id, event.id, event.code.description, event.label, event.quad.rawValue, event.actor, event.target, event.sentence,
                                 event.trigger.text, event.trigger.start, event.trigger.end, event.text, event.negated, event.hypothetical,
                                 event.actorResolution.rawValue, event.commitment])
        }
        for c in extraction.commitments {
            try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO commitments (document_id, id, actor, kind, text, sentence, start, "end", amount_value, amount_unit,
                                         amount_text, beneficiary, time, normalized_time)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [id, c.id, c.actor, c.kind.rawValue, c.text, c.sentence, c.range.start, c.range.end, c.amount?.value,
                                 c.amount?.unit, c.amount?.text, c.beneficiary, c.time, c.normalizedTime])
        }
    }

    // MARK: Errors

    /// Runs a GRDB call, turning its errors into ``StoreError``.
    func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw Self.mapped(error, path: path)
        }
    }

    static func mapped(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { return .notADatabase(path: path) }
            return .sqlite(path: path, message: error.message ?? "\(error.resultCode)")
        }
        return .sqlite(path: path, message: "\(error)")
    }
}

extension CorpusStore {
    /// Rows of the `entities` table.
    public func entityCount() throws(StoreError) -> Int {
        try run { try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entities") ?? 0 } }
    }
}
