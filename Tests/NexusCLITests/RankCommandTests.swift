import Foundation
import Testing

/// `nexus rank` run as a binary, checked against NetworkX values from the analysis fixtures.
@Suite struct RankCommandTests {
    struct Fixture: Decodable {
        var nodes: [String]
        var edges: [[Cell]]
        var betweenness: [String: Double]
        var pagerank: [String: Double]

        enum Cell: Decodable {
            case text(String), number(Double)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let n = try? c.decode(Double.self) { self = .number(n) } else { self = .text(try c.decode(String.self)) }
            }
            var rendered: String {
                switch self {
                case .text(let t): return t
                case .number(let n): return String(n)
                }
            }
        }
    }

    /// Writes a fixture's edges as an edge list (with weights) in `directory`.
    func edgeList(_ name: String, in directory: URL) throws -> (URL, Fixture) {
        let url = NexusBinary.packageRoot.appendingPathComponent("Tests/NexusAnalysisTests/Fixtures/\(name).json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        var text = "# \(name)\n"
        for edge in fixture.edges { text += edge.map(\.rendered).joined(separator: "\t") + "\n" }
        let file = directory.appendingPathComponent("\(name).tsv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (file, fixture)
    }

    func parse(_ stdout: String) -> [(String, Double)] {
        stdout.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t")
            return (String(parts[0]), Double(parts[1])!)
        }
    }

    @Test(arguments: ["betweenness", "pagerank"])
    func ranksLikeNetworkX(_ measure: String) throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (file, fixture) = try edgeList("les_miserables", in: directory)
        let result = try NexusBinary.run(["rank", "--by", measure, "--edge-list", file.path, "--format", "tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = parse(result.stdout)
        let expected = measure == "betweenness" ? fixture.betweenness : fixture.pagerank
        #expect(rows.count == expected.count)
        for (id, score) in rows {
            let reference = try #require(expected[id])
            #expect(abs(score - reference) < (measure == "pagerank" ? 1e-6 : 1e-9), "\(id)")
        }
        for (a, b) in zip(rows, rows.dropFirst()) {
            #expect(a.1 > b.1 || (a.1 == b.1 && a.0 < b.0), "sorted by score desc, then id: \(a) before \(b)")
        }
        let again = try NexusBinary.run(["rank", "--by", measure, "--edge-list", file.path, "--format", "tsv"])
        #expect(again.stdout == result.stdout, "byte-identical output")
    }

    @Test func topLimitsLines() throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (file, fixture) = try edgeList("florentine_families", in: directory)
        let result = try NexusBinary.run(["rank", "--by", "betweenness", "--edge-list", file.path, "--top", "3"])
        let rows = parse(result.stdout)
        #expect(rows.count == 3)
        let best = fixture.betweenness.max { $0.value < $1.value }!
        #expect(rows.first?.0 == best.key, "NetworkX's most central family comes first")
    }

    @Test func unknownMeasureListsValidOnes() throws {
        let result = try NexusBinary.run(["rank", "--by", "influence", "--edge-list", "x.tsv"])
        #expect(result.status != 0)
        for name in ["degree", "betweenness", "closeness", "eigenvector", "pagerank"] {
            #expect(result.stderr.contains(name))
        }
        #expect(result.stdout.isEmpty)
    }

    @Test func malformedLineNamesFileAndLine() throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.tsv")
        try "a\tb\n# fine\nb c\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try NexusBinary.run(["rank", "--by", "degree", "--edge-list", file.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(file.path):3:"))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFileIsOneClearError() throws {
        let result = try NexusBinary.run(["rank", "--by", "degree", "--edge-list", "/nonexistent/g.tsv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot read edge list '/nonexistent/g.tsv'"))
    }
}
