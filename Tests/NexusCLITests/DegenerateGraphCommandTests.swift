import Foundation
import Testing

/// `nexus rank` and `nexus communities` on the smallest graphs: one edge, two disconnected
/// edges, a star, a triangle beside a pair (edge lists), an article naming one entity, and an
/// article with an unlinked entity. Scores come from NetworkX
/// (`Tests/NexusAnalysisTests/Fixtures/degenerate.json`) or are computed by hand in the
/// comments; no output may hold `nan` or `inf`.
@Suite struct DegenerateGraphCommandTests {
    struct Case: Decodable {
        var name: String
        var nodes: [String]
        var edges_given: [[Cell]]
        var degree_centrality: [String: Double]
        var weighted_degree: [String: Double]
        var betweenness: [String: Double]
        var betweenness_distance: [String: Double]
        var closeness: [String: Double]
        var closeness_distance: [String: Double]
        var eigenvector: [String: Double]?
        var eigenvector_weighted: [String: Double]?
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

        private enum CodingKeys: String, CodingKey {
            case name, nodes, edges_given, degree_centrality, weighted_degree, betweenness, betweenness_distance
            case closeness, closeness_distance, eigenvector, eigenvector_weighted, pagerank
        }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            nodes = try c.decode([String].self, forKey: .nodes)
            edges_given = try c.decode([[Cell]].self, forKey: .edges_given)
            degree_centrality = try c.decode([String: Double].self, forKey: .degree_centrality)
            weighted_degree = try c.decode([String: Double].self, forKey: .weighted_degree)
            betweenness = try c.decode([String: Double].self, forKey: .betweenness)
            betweenness_distance = try c.decode([String: Double].self, forKey: .betweenness_distance)
            closeness = try c.decode([String: Double].self, forKey: .closeness)
            closeness_distance = try c.decode([String: Double].self, forKey: .closeness_distance)
            eigenvector = try? c.decode([String: Double].self, forKey: .eigenvector)
            eigenvector_weighted = try? c.decode([String: Double].self, forKey: .eigenvector_weighted)
            pagerank = try c.decode([String: Double].self, forKey: .pagerank)
        }
    }

    struct File: Decodable { var cases: [Case] }

    /// The cases an edge list can write: every node on an edge, no self-loop.
    static let edgeListCases = ["one_edge", "one_edge_weighted", "two_disconnected_edges", "triangle_and_pair"]

    static func load(_ name: String) throws -> Case {
        let url = NexusBinary.packageRoot.appendingPathComponent("Tests/NexusAnalysisTests/Fixtures/degenerate.json")
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        return try #require(file.cases.first { $0.name == name })
    }

    func parse(_ stdout: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for line in stdout.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            out[String(parts[0])] = Double(parts[1]) ?? .nan
        }
        return out
    }

    func expectNumbers(_ stdout: String, _ expected: [String: Double], tolerance: Double, _ label: String) {
        #expect(!stdout.lowercased().contains("nan") && !stdout.lowercased().contains("inf"), "\(label): \(stdout)")
        let ours = parse(stdout)
        #expect(Set(ours.keys) == Set(expected.keys), "\(label): \(stdout)")
        for (id, value) in expected {
            let score = ours[id] ?? .nan
            #expect(score.isFinite && abs(score - value) <= tolerance, "\(label) \(id): \(score) vs NetworkX \(value)")
        }
    }

    @Test(arguments: edgeListCases)
    func rankPrintsNetworkXNumbersForEveryMeasureAndOption(_ name: String) throws {
        let c = try Self.load(name)
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(name).tsv")
        try c.edges_given.map { $0.map(\.rendered).joined(separator: "\t") + "\n" }.joined().write(to: file, atomically: true, encoding: .utf8)
        var runs: [([String], [String: Double]?, Double)] = [
            (["--by", "degree"], c.degree_centrality, 1e-9),
            (["--by", "degree", "--weighted"], c.weighted_degree, 1e-9),
            (["--by", "betweenness"], c.betweenness, 1e-9),
            (["--by", "betweenness", "--weighted", "--threads", "2"], c.betweenness_distance, 1e-9),
            (["--by", "betweenness", "--threads", "3"], c.betweenness, 1e-9),
            (["--by", "closeness"], c.closeness, 1e-9),
            (["--by", "closeness", "--weighted", "--threads", "2"], c.closeness_distance, 1e-9),
            (["--by", "eigenvector"], c.eigenvector, 1e-6),
            (["--by", "eigenvector", "--weighted"], c.eigenvector_weighted, 1e-6),
            (["--by", "pagerank"], c.pagerank, 1e-6),
        ]
        // Sampled betweenness: on these graphs at most one inner node; within its bound ε·n/(n−2) ≤ 0.2·5/3.
        runs.append((["--by", "betweenness", "--epsilon", "0.2", "--seed", "3"], c.betweenness, 0.34))
        for (options, expected, tolerance) in runs {
            let result = try NexusBinary.run(["rank"] + options + ["--edge-list", file.path])
            #expect(result.status == 0, "\(options): \(result.stderr)")
            let reference = try #require(expected, "NetworkX has no \(options) for \(name)")
            expectNumbers(result.stdout, reference, tolerance: tolerance, "\(name) \(options)")
        }
    }

    /// An edge list with no edge is the null graph: nothing to rank, nothing printed, no error
    /// (NetworkX returns an empty mapping for every measure but eigenvector, which it refuses).
    @Test func emptyEdgeListPrintsNothing() throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("empty.tsv")
        try "# no edges\n".write(to: file, atomically: true, encoding: .utf8)
        for measure in ["degree", "betweenness", "closeness", "eigenvector", "pagerank"] {
            let result = try NexusBinary.run(["rank", "--by", measure, "--edge-list", file.path])
            #expect(result.status == 0 && result.stdout.isEmpty, "\(measure): \(result.stdout) \(result.stderr)")
        }
    }

    /// "Emmanuel Macron visited Berlin." names two entities in one sentence: one edge. By hand,
    /// as NetworkX's one_edge case: degree 1 each, betweenness 0 (n ≤ 2 is not rescaled),
    /// closeness 1, eigenvector 1/√2, PageRank 1/2.
    @Test func rankOnAnArticleWithOneEdge() throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("pair.txt")
        try "Emmanuel Macron visited Berlin on Monday.\n".write(to: file, atomically: true, encoding: .utf8)
        let expected: [String: Double] = ["degree": 1, "betweenness": 0, "closeness": 1, "eigenvector": 0.5.squareRoot(), "pagerank": 0.5]
        for (measure, value) in expected {
            let result = try NexusBinary.run(["rank", "--by", measure, "-f", "tsv", file.path])
            #expect(result.status == 0, "\(measure): \(result.stderr)")
            let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
            #expect(rows.map { $0[1] }.sorted() == ["location:berlin", "person:emmanuel-macron"], "\(measure): \(result.stdout)")
            for row in rows {
                let score = Double(row[2]) ?? .nan
                #expect(score.isFinite && abs(score - value) <= 1e-9, "\(measure) \(row): expected \(value)")
            }
            let table = try NexusBinary.run(["rank", "--by", measure, "--format", "table", file.path])
            #expect(!table.stdout.lowercased().contains("nan") && !table.stdout.contains("inf"), "\(table.stdout)")
        }
    }

    /// One linked triangle and one unlinked country. By hand: Louvain keeps the triangle
    /// (Macron, Scholz, Paris) whole, and Japan alone; one community holding every edge has
    /// modularity 3/3 − (6/6)² = 0. Without --all the singleton is counted, not listed.
    @Test func communitiesListsUnlinkedEntitiesOnlyWithAll() throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("apart.txt")
        try "Emmanuel Macron met Olaf Scholz in Paris on Monday. Separately, Japan held an election.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let plain = try NexusBinary.run(["communities", file.path])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("community 1 (3 members)"), "\(plain.stdout)")
        #expect(!plain.stdout.contains("country:japan"), "\(plain.stdout)")
        #expect(plain.stdout.contains("1 entity without links not listed (use --all)"), "\(plain.stdout)")
        #expect(plain.stdout.hasSuffix("communities: 2, modularity: 0.000000\n"), "\(plain.stdout)")
        let all = try NexusBinary.run(["communities", "--all", file.path])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("community 2 (1 members)\n  Japan  country:japan"), "\(all.stdout)")
        #expect(!all.stdout.contains("not listed"), "\(all.stdout)")
        #expect(all.stdout.hasSuffix("communities: 2, modularity: 0.000000\n"), "\(all.stdout)")
        #expect(!all.stdout.lowercased().contains("nan"))
    }

    /// --draw-top N keeps the N nodes of highest PageRank in the drawing, and says so.
    @Test func buildDrawTopLimitsTheDrawing() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try NexusBinary.run(["build", "Samples", "-o", folder.path, "--draw-top", "5"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("The drawing shows the 5 nodes of highest PageRank of "), "\(result.stdout)")
        // The DOT file keeps the whole graph; the SVG is the drawing (Graphviz writes one
        // <g id="nodeK" ...> group per node; the committed full drawing has 51).
        let svg = try String(contentsOf: folder.appendingPathComponent("nexus.svg"), encoding: .utf8)
        let drawn = svg.components(separatedBy: "<g id=\"node").count - 1
        #expect(drawn >= 2 && drawn <= 5, "\(drawn) nodes drawn")
        let bad = try NexusBinary.run(["build", "Samples", "-o", folder.path, "--draw-top", "0"])
        #expect(bad.status != 0 && bad.stderr.contains("--draw-top must be at least 1"), "\(bad.stderr)")
    }
}
