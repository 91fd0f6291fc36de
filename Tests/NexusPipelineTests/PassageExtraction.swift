import Foundation
import NexusCore
import NexusPipeline

/// The standard pipeline run on hand-annotated passages, as `nexus extract` runs on a JSON
/// Lines file: the passages are written to a temporary file, one `{"id", "text"}` per line.
enum PassageExtraction {
    static func extract(_ passages: [(id: String, text: String)]) throws -> CorpusExtraction {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-passages-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let lines = try passages.map { p -> String in
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": p.id, "text": p.text], options: [.sortedKeys]), as: UTF8.self)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return try Pipeline.standard().extract([url.path])
    }
}
