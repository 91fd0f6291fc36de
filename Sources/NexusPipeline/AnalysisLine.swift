import Foundation
import NexusCore

/// One line of `nexus extract --format jsonl`: the per-document analysis
/// (``Pipeline/analyze(_:)``) of one document, which depends on that document alone, so that
/// shards of a corpus can be analyzed apart (the map step of a distributed engine) and
/// ingested together (`nexus ingest`).
///
/// ```
/// {"document":{...},"format":"nexus-analysis","syntax":"events","version":1}
/// ```
///
/// `document` is the analysed ``Document`` as JSON with sorted keys, as the store keeps it;
/// `syntax` is the ``SyntaxScope`` it was analysed with, checked against the store's. The
/// line holds no raw control or bidirectional characters: DEL, the C1 controls and the
/// bidirectional embeddings, overrides and isolates are written as `\uXXXX` escapes, so the
/// line is safe on a terminal and decodes to the same text.
public struct AnalysisLine: Equatable, Sendable {
    /// The value of the `format` field.
    public static let format = "nexus-analysis"
    /// The value of the `version` field this build writes and reads.
    public static let version = 1

    public var document: Document
    public var syntax: SyntaxScope

    public init(document: Document, syntax: SyntaxScope) {
        self.document = document
        self.syntax = syntax
    }

    /// Why a line is not an analysis this build reads.
    public enum Failure: Error, CustomStringConvertible, Equatable, Sendable {
        case notJSON
        case notAnalysis
        case unsupportedVersion(String)
        case unknownSyntax(String)
        case badDocument(String)

        public var description: String {
            switch self {
            case .notJSON: return "not a JSON object"
            case .notAnalysis: return "not a \(AnalysisLine.format) line (no \"format\": \"\(AnalysisLine.format)\")"
            case .unsupportedVersion(let found): return "\(AnalysisLine.format) version \(found); this nexus reads version \(AnalysisLine.version)"
            case .unknownSyntax(let found): return "unknown syntax \(found); expected one of \(SyntaxScope.allCases.map(\.rawValue).joined(separator: ", "))"
            case .badDocument(let reason): return "field 'document' is not an analysed document: \(reason)"
            }
        }
    }

    private struct Wire: Codable {
        var format: String
        var version: Int
        var syntax: String
        var document: Document
    }

    /// The line, without its line feed.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a Document cannot fail: it holds strings, integers and Booleans only.
        let data = try! encoder.encode(Wire(format: Self.format, version: Self.version, syntax: syntax.rawValue, document: document))
        let text = String(decoding: data, as: UTF8.self)
        guard text.unicodeScalars.contains(where: Self.escaped) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if Self.escaped(scalar) { out += String(format: "\\u%04X", scalar.value) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// Characters written as `\uXXXX`: only inside JSON strings can they occur, where the
    /// escape means the same character.
    private static func escaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Whether `line` declares itself an analysis line (`"format": "nexus-analysis"`), whatever
    /// else it holds.
    public static func isAnalysis(_ line: some Collection<UInt8>) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { return false }
        return object["format"] as? String == format
    }

    /// Decodes one line.
    public init(decoding line: some Collection<UInt8>) throws(Failure) {
        let data = Data(line)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw .notJSON }
        guard object["format"] as? String == Self.format else { throw .notAnalysis }
        guard let version = object["version"] as? Int, version == Self.version else {
            throw .unsupportedVersion(object["version"].map { "\($0)" } ?? "missing")
        }
        guard let name = object["syntax"] as? String, let syntax = SyntaxScope(rawValue: name) else {
            throw .unknownSyntax(object["syntax"].map { "'\($0)'" } ?? "missing")
        }
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .badDocument("no field '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context), let DecodingError.dataCorrupted(context) {
            throw .badDocument("'\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)")
        } catch {
            throw .badDocument("\(error)")
        }
        self.init(document: wire.document, syntax: syntax)
    }
}
