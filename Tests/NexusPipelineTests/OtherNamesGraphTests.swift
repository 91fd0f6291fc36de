import Foundation
import NexusCore
import Testing
@testable import NexusPipeline

/// Other names (agreements, laws, events) stay in the extraction, are not drawn unless asked,
/// and are never counted as organizations. The article is hand-written.
@Suite struct OtherNamesGraphTests {
    static let article = "Ireland and Britain marked the Good Friday Agreement anniversary. The Patriot Act was debated in Washington."

    static let corpus: Result<CorpusExtraction, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-other-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try article.write(to: folder.appendingPathComponent("other.txt"), atomically: true, encoding: .utf8)
        return try Pipeline.standard().extract([folder.path])
    }

    @Test func otherNamesAreKeptButNotDrawnByDefault() throws {
        let corpus = try Self.corpus.get()
        let others = Set(corpus.entities.filter { $0.type == .other }.map(\.name))
        #expect(others == ["Good Friday Agreement", "Patriot Act"])
        #expect(!corpus.entities.contains { $0.type == .organization && others.contains($0.name) })
        let plain = GraphBuilder().build(corpus)
        #expect(!plain.nodes.contains { $0.kind == .other })
        #expect(plain.edges.allSatisfy { !$0.source.hasPrefix("other:") && !$0.target.hasPrefix("other:") })
        let drawn = GraphBuilder(options: .init(includesOther: true)).build(corpus)
        #expect(Set(drawn.nodes.filter { $0.kind == .other }.map(\.label)) == others)
    }
}
