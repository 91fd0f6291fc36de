import Foundation
import NexusCore

/// Saves and loads an `EntityGraph` as JSON.
///
/// The file is one object, pretty-printed with sorted keys, nodes and edges in canonical
/// order (so the same graph gives the same bytes):
///
/// ```json
/// { "edges": [ { "evidence": [...], "kind": "comention", "label": null?, "source": "...",
///                "target": "...", "weight": 2 } ],
///   "format": "nexus-graph",
///   "nodes": [ { "evidence": [ { "document": "...", "range": { "end": 42, "start": 27 },
///                                "sentence": 0, "text": "..." } ],
///                "id": "person:...", "kind": "person", "label": "...", "scores": { "pagerank": 0.12 } } ],
///   "version": 1 }
/// ```
///
/// `range` offsets are Unicode-scalar offsets into the document text.
public enum GraphJSON {
    /// The value of the `"format"` field.
    public static let format = "nexus-graph"
    /// The version this code writes and reads.
    public static let version = 1

    /// Why a graph file could not be read.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case missingFile(path: String)
        case unreadable(path: String, reason: String)
        case notJSON(path: String, reason: String)
        case wrongFormat(path: String, found: String?)
        case unsupportedVersion(path: String, found: Int?)
        /// The `version` field is not a number: `found` describes it (`the string "1"`).
        case versionNotANumber(path: String, found: String)
        case invalidGraph(path: String, reason: String)

        public var description: String {
            switch self {
            case .missingFile(let path):
                return "'\(path)': no such file; check the path"
            case .unreadable(let path, let reason):
                return "'\(path)' cannot be read: \(reason)"
            case .notJSON(let path, let reason):
                return "'\(path)' is not JSON (\(reason)); give a graph saved by nexus"
            case .wrongFormat(let path, let found):
                return "'\(path)' is not a nexus graph (format is \(found.map { "'\($0)'" } ?? "missing"), expected '\(GraphJSON.format)')"
            case .unsupportedVersion(let path, let found):
                return "'\(path)' has graph version \(found.map(String.init) ?? "missing"); this nexus reads version \(GraphJSON.version)"
            case .versionNotANumber(let path, let found):
                return "'\(path)': version must be the number \(GraphJSON.version), found \(found)"
            case .invalidGraph(let path, let reason):
                return "'\(path)' holds an invalid graph: \(reason)"
            }
        }
    }

    private struct Header: Decodable {
        var format: String?
        var version: VersionField?
    }

    /// The `version` field as written, whatever its JSON type, so that a wrong type is
    /// reported as such rather than as a missing field.
    private enum VersionField: Decodable {
        case number(Double)
        case other(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .other("\(flag)")
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else if let text = try? container.decode(String.self) {
                let quoted = text.count > 40 ? String(text.prefix(40)) + "…" : text
                self = .other("the string \"\(quoted)\"")
            } else {
                self = .other("an array or object")
            }
        }
    }

    struct Envelope: Codable {
        var format: String
        var version: Int
        var nodes: [GraphNode]
        var edges: [GraphEdge]
        var title: String?
    }

    /// The JSON bytes of `graph` (canonical order, pretty, sorted keys, trailing newline).
    public static func encode(_ graph: EntityGraph) throws -> Data {
        var data = Data()
        try write(graph) { data.append(contentsOf: $0.utf8) }
        return data
    }

    /// The text of ``encode(_:)``, passed to `write` a piece at a time: one edge or one node
    /// at a time, each encoded on its own by the same `JSONEncoder` and indented as it sits
    /// in the whole envelope, so a graph of any size is written holding one item's JSON at
    /// once (`JSONEncoder` on the whole graph builds its tree first, several times the size of
    /// the text). The bytes are those `JSONEncoder` gives for the envelope encoded whole.
    public static func write(_ graph: EntityGraph, to write: (String) throws -> Void) throws {
        let canonical = graph.sorted()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        func fragment<Value: Encodable>(_ value: Value) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        /// An array member: `JSONEncoder` writes an empty array as `[`, a blank line and `]`.
        func items<Item: Encodable>(_ key: String, _ values: [Item], last: Bool) throws {
            try write("  \"\(key)\" : [\n")
            for (offset, value) in values.enumerated() {
                try write(indented(try fragment(value), by: "    ") + (offset == values.count - 1 ? "\n" : ",\n"))
            }
            try write(values.isEmpty ? "\n  ]" : "  ]")
            try write(last ? "\n" : ",\n")
        }
        try write("{\n")
        try items("edges", canonical.edges, last: false)
        try write("  \"format\" : \(try fragment(format)),\n")
        try items("nodes", canonical.nodes, last: false)
        if let title = canonical.title { try write("  \"title\" : \(try fragment(title)),\n") }
        try write("  \"version\" : \(version)\n}\n")
    }

    /// `text` with `prefix` before each of its non-empty lines (JSON strings hold no raw line
    /// breaks, so every line break is the encoder's own).
    private static func indented(_ text: String, by prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : prefix + $0 }
            .joined(separator: "\n")
    }

    /// Reads a graph from JSON bytes; `path` names the source in errors.
    public static func decode(_ data: Data, path: String = "<data>") throws(Failure) -> EntityGraph {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .notJSON(path: path, reason: "\((error as NSError).localizedDescription)")
        }
        let decoder = JSONDecoder()
        let header = try? decoder.decode(Header.self, from: data)
        guard let header, header.format == format else { throw .wrongFormat(path: path, found: header?.format) }
        switch header.version {
        case .number(let number) where number == Double(version):
            break
        case .number(let number) where number == number.rounded() && abs(number) < 1e15:
            throw .unsupportedVersion(path: path, found: Int(number))
        case .number(let number):
            throw .versionNotANumber(path: path, found: "\(number)")
        case .other(let found):
            throw .versionNotANumber(path: path, found: found)
        case nil:
            throw .unsupportedVersion(path: path, found: nil)
        }
        let envelope: Envelope
        do {
            envelope = try decoder.decode(Envelope.self, from: data)
        } catch let error as DecodingError {
            throw .invalidGraph(path: path, reason: describe(error))
        } catch {
            throw .invalidGraph(path: path, reason: "\(error)")
        }
        let graph = EntityGraph(nodes: envelope.nodes, edges: envelope.edges, title: envelope.title)
        if let problem = graph.validationProblems().first { throw .invalidGraph(path: path, reason: problem) }
        return graph
    }

    /// Reads the graph saved at `url`.
    public static func read(from url: URL) throws(Failure) -> EntityGraph {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingFile(path: url.path) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return try decode(data, path: url.path)
    }

    /// Saves `graph` at `url`, atomically.
    public static func write(_ graph: EntityGraph, to url: URL) throws {
        try AtomicFile.write(encode(graph), to: url)
    }

    private static func describe(_ error: DecodingError) -> String {
        func location(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing field '\(key.stringValue)' at \(location(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(location(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }
}
