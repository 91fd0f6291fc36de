import Foundation
import Testing

/// `nexus build`, the main job, run as a user runs it.
@Suite struct BuildCommandTests {
    // That a fresh build reproduces the committed Graphs/ is GraphsFolderTests' job.

    @Test func writesEveryOutputAndAReport() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try NexusBinary.run(["build", "-o", folder.path, "--name", "seed", "--graphml", "--gexf"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == [".nexus.lock", "seed.dot", "seed.gexf", "seed.graph.json", "seed.graphml", "seed.html", "seed.json", "seed.manifest.json", "seed.svg"])
        #expect(result.stdout.contains("Documents: 3 read, 0 skipped"))
        #expect(result.stdout.contains("Top by betweenness:"))
        #expect(result.stdout.contains("Top by PageRank:"))
        #expect(result.stdout.contains("436,000,000 USD"))
        // The SVG keeps the evidence: a tooltip quoting a sentence of the articles.
        let svg = try String(contentsOf: folder.appendingPathComponent("seed.svg"), encoding: .utf8)
        #expect(svg.contains("Kazakhstan, which he said have returned 600 fighters"))
        // The saved graph is an input of the other commands.
        let rank = try NexusBinary.run(["rank", "--by", "pagerank", "--top", "3", "-f", "tsv", folder.appendingPathComponent("seed.graph.json").path])
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stdout.split(separator: "\n").count >= 3)
    }

    @Test func reportsSkippedDocumentsAndGoesOn() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.txt")
        try "The United Nations met in Geneva with officials from Kenya and Brazil.".write(to: good, atomically: true, encoding: .utf8)
        let empty = folder.appendingPathComponent("empty.txt")
        try "".write(to: empty, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try NexusBinary.run(["build", good.path, empty.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Documents: 1 read, 1 skipped"))
        #expect(result.stderr.contains("empty.txt"))
    }

    @Test func unwritableOutputFolderFailsWithOneLineAndWritesNothing() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let result = try NexusBinary.run(["build", "-o", blocker.appendingPathComponent("sub").path])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
