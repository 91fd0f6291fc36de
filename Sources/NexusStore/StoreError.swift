/// Why a store cannot be opened, read or written. Each message names the file and says what
/// to do.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The path holds no store and the command only reads one.
    case missing(path: String)
    /// The file exists but is not a SQLite database.
    case notADatabase(path: String)
    /// A SQLite database, but not one written by Nexus (it has tables and no Nexus schema).
    case foreignDatabase(path: String)
    /// The store was written by a newer Nexus whose schema this build does not know.
    case newerSchema(path: String, found: Int, known: Int)
    /// The store was filled with another syntax setting than the command asks for.
    case settingsMismatch(path: String, setting: String, stored: String, requested: String)
    /// A stored per-document analysis could not be decoded.
    case corruptDocument(path: String, id: String, reason: String)
    /// SQLite refused an operation (disk full, permissions, locked, ...), with its message.
    case sqlite(path: String, message: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "'\(path)': no such store; create it with `nexus ingest INPUTS --store \(path)`"
        case .notADatabase(let path):
            return "'\(path)' is not a SQLite database; give the path of a store written by `nexus ingest`, or a new path to create one"
        case .foreignDatabase(let path):
            return "'\(path)' is a SQLite database but not a nexus store; give another path so its tables are left alone"
        case .newerSchema(let path, let found, let known):
            return "'\(path)' has store schema version \(found), newer than the version \(known) this nexus knows; upgrade nexus to read it"
        case .settingsMismatch(let path, let setting, let stored, let requested):
            return "'\(path)' was ingested with \(setting) '\(stored)', not '\(requested)'; use the same setting or another store"
        case .corruptDocument(let path, let id, let reason):
            return "'\(path)': stored document '\(id)' cannot be read (\(reason)); ingest it again into a new store"
        case .sqlite(let path, let message):
            return "'\(path)': SQLite error: \(message); check the file, its folder's permissions and free space"
        }
    }
}
