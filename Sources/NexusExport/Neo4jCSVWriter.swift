import Foundation
import NexusCore

/// Writes an ``EntityGraph`` as the two CSV files of Neo4j's bulk importer
/// (`neo4j-admin database import full`), quoted by RFC 4180.
///
/// `nodes.csv`:
/// ```
/// id:ID,name,kind:LABEL,evidence,<score>:double...
/// ```
/// `kind:LABEL` holds the Neo4j label (`Person`, `Country`, `Organization`, `Location`,
/// `Commitment`); one `double` column per score name present on any node, empty where a
/// node has no value (a score called `id`, `name`, `kind` or `evidence` is named
/// `score_<name>`).
///
/// `relationships.csv`:
/// ```
/// :START_ID,:END_ID,:TYPE,weight:double,label,code,quad,evidence
/// ```
/// `:TYPE` is the edge kind in upper case (`AFFILIATION`, `COMENTION`, `COMMITS`, `BENEFITS`,
/// `EVENT`); `code` and `quad` hold an event edge's CAMEO root ("07") and quad class, empty
/// on other edges.
///
/// `evidence` columns hold one sentence per line, so quoted fields span lines: import with
/// `--multiline-fields=true`. Records end with CRLF; rows follow ``EntityGraph/sorted()``.
public struct Neo4jCSVWriter: Sendable {
    /// The file names the importer is given.
    public static let nodesFileName = "nodes.csv"
    public static let relationshipsFileName = "relationships.csv"

    public init() {}

    /// The Neo4j label of a node kind: `Person`, `Country`, ..., `Commitment`.
    public static func label(_ kind: NodeKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    /// The relationship type of an edge kind: `AFFILIATION`, `COMENTION`, `COMMITS`, `BENEFITS`.
    public static func type(_ kind: RelationKind) -> String {
        kind.rawValue.uppercased()
    }

    /// The text of `nodes.csv`.
    ///
    /// - Complexity: O(V · S) for S score names, plus the evidence text.
    public func nodes(_ graph: EntityGraph) -> String {
        let graph = graph.sorted()
        let scores = ScoreAttributes(graph, reserved: ["id", "name", "kind", "evidence"])
        var out = CSVField.record(["id:ID", "name", "kind:LABEL", "evidence"] + scores.attributeNames.map { "\($0):double" })
        for node in graph.nodes {
            let scoreFields = scores.names.map { name -> String in
                guard let value = node.scores[name], ExportNumber.isWritable(value) else { return "" }
                return ExportNumber.format(value)
            }
            out += CSVField.record(
                [node.id, node.label, Self.label(node.kind), EvidenceText.lines(node.evidence)] + scoreFields
            )
        }
        return out
    }

    /// The text of `relationships.csv`.
    ///
    /// - Complexity: O(E) plus the evidence text.
    public func relationships(_ graph: EntityGraph) -> String {
        let graph = graph.sorted()
        var out = CSVField.record([":START_ID", ":END_ID", ":TYPE", "weight:double", "label", "code", "quad", "evidence"])
        for edge in graph.edges {
            out += CSVField.record([
                edge.source, edge.target, Self.type(edge.kind),
                ExportNumber.isWritable(edge.weight) ? ExportNumber.format(edge.weight) : "",
                edge.label ?? "", edge.code?.description ?? "", edge.code?.quad.rawValue ?? "", EvidenceText.lines(edge.evidence),
            ])
        }
        return out
    }

    /// Writes `nodes.csv` and `relationships.csv` into `folder`, creating the folder if needed.
    /// Each file is written atomically (``AtomicFile``): a failure leaves no partial file.
    public func write(_ graph: EntityGraph, toFolder folder: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ExportError.notAFolder(folder.path) }
        } else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            } catch {
                throw ExportError.cannotCreateFolder(folder.path, reason: (error as NSError).localizedDescription)
            }
        }
        try AtomicFile.write(nodes(graph), to: folder.appendingPathComponent(Self.nodesFileName))
        try AtomicFile.write(relationships(graph), to: folder.appendingPathComponent(Self.relationshipsFileName))
    }
}
