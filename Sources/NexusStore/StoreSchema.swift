import GRDB

/// The store's schema, version by version, applied by GRDB's `DatabaseMigrator`.
///
/// docs/store.md describes every table and column. Version 1:
///
/// - Ingested, one row per document, written by each ingest batch:
///   `documents` (the text, its SHA-256 `content_hash`, and `analysis`: the recognized and
///   parsed ``NexusCore/Document`` as JSON) and `sentences`.
/// - Derived, rewritten together by ``CorpusStore/refresh(with:corrections:)`` from the stored
///   analyses: `entities`, `aliases`, `entity_roles`, `entity_documents`, `mentions`,
///   `relations`, `evidence`, `events`, `commitments`, `corrections`.
/// - `store_state`: settings the analyses were made with and the fingerprint of the
///   documents the derived tables were computed from.
///
/// Each migration also sets `PRAGMA user_version` to its version number, so the version can
/// be read with the `sqlite3` shell alone.
enum StoreSchema {
    /// The newest schema version this build writes and reads.
    static let version = 1

    /// Migration identifiers, in order; the version of identifier `i` is `i + 1`.
    static let identifiers = ["v1"]

    /// Every Nexus table, in the order a dump lists them, with the columns a dump orders it by.
    static let tables: [(name: String, order: String)] = [
        ("store_state", "key"),
        ("documents", "id"),
        ("sentences", "document_id, position"),
        ("entities", "id"),
        ("aliases", "entity_id, name"),
        ("entity_roles", "entity_id, role"),
        ("entity_documents", "entity_id, document_id"),
        ("mentions", "document_id, start, \"end\", entity_id"),
        ("relations", "document_id, position"),
        ("evidence", "document_id, relation, position"),
        ("events", "document_id, id"),
        ("commitments", "document_id, id"),
        ("corrections", "number"),
    ]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE store_state (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL);
                CREATE TABLE documents (
                    id TEXT PRIMARY KEY NOT NULL,
                    path TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    date TEXT,
                    encoding TEXT NOT NULL,
                    text TEXT NOT NULL,
                    analysis BLOB NOT NULL);
                CREATE TABLE sentences (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    parsed INTEGER NOT NULL,
                    PRIMARY KEY (document_id, position));
                CREATE TABLE entities (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    type TEXT NOT NULL);
                CREATE TABLE aliases (
                    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (entity_id, name));
                CREATE INDEX aliases_by_name ON aliases(name);
                CREATE TABLE entity_roles (
                    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    role TEXT NOT NULL,
                    PRIMARY KEY (entity_id, role));
                CREATE TABLE entity_documents (
                    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    PRIMARY KEY (entity_id, document_id));
                CREATE INDEX entity_documents_by_document ON entity_documents(document_id);
                CREATE TABLE mentions (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    type TEXT NOT NULL,
                    canonical TEXT,
                    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    PRIMARY KEY (document_id, start, "end", entity_id));
                CREATE INDEX mentions_by_entity ON mentions(entity_id);
                CREATE TABLE relations (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    label TEXT,
                    PRIMARY KEY (document_id, position));
                CREATE INDEX relations_by_source ON relations(source);
                CREATE INDEX relations_by_target ON relations(target);
                CREATE TABLE evidence (
                    document_id TEXT NOT NULL,
                    relation INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    sentence INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (document_id, relation, position),
                    FOREIGN KEY (document_id, relation) REFERENCES relations(document_id, position) ON DELETE CASCADE);
                CREATE TABLE events (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    code TEXT NOT NULL,
                    label TEXT NOT NULL,
                    quad TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    target TEXT NOT NULL,
                    sentence INTEGER NOT NULL,
                    trigger_text TEXT NOT NULL,
                    trigger_start INTEGER NOT NULL,
                    trigger_end INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    negated INTEGER NOT NULL,
                    hypothetical INTEGER NOT NULL,
                    actor_resolution TEXT NOT NULL,
                    commitment TEXT,
                    PRIMARY KEY (document_id, id));
                CREATE INDEX events_by_actor ON events(actor);
                CREATE TABLE commitments (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    sentence INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    amount_value REAL,
                    amount_unit TEXT,
                    amount_text TEXT,
                    beneficiary TEXT,
                    time TEXT,
                    normalized_time TEXT,
                    PRIMARY KEY (document_id, id));
                CREATE INDEX commitments_by_actor ON commitments(actor);
                CREATE TABLE corrections (
                    number INTEGER PRIMARY KEY NOT NULL,
                    line TEXT NOT NULL);
                PRAGMA user_version = 1;
                """)
        }
        return migrator
    }
}
