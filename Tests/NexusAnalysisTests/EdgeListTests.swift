import Testing
@testable import NexusAnalysis

@Suite struct EdgeListTests {
    @Test func parsesWeightsCommentsAndBlankLines() throws {
        let text = "# header\n\nalice\tbob\t3\r\nbob\tcarol\n  # indented comment\ncarol\tdave\t0.5\n"
        let edges = try EdgeList.parse(text, file: "x.tsv")
        #expect(edges == [.init("alice", "bob", weight: 3), .init("bob", "carol"), .init("carol", "dave", weight: 0.5)])
    }

    @Test func reportsFileAndLine() throws {
        let cases: [(String, EdgeList.ParseError.Problem, Int)] = [
            ("a\tb\nc\n", .fieldCount(1), 2),
            ("a\tb\t1\t2\n", .fieldCount(4), 1),
            ("a\tb\t-1\n", .badWeight("-1"), 1),
            ("a\tb\tlots\n", .badWeight("lots"), 1),
            ("a\tb\tinf\n", .badWeight("inf"), 1),
            ("#\na\ta\n", .selfLoop("a"), 2),
            ("a\tb\nb\ta\n", .duplicate("b", "a", firstLine: 1), 2),
            ("\tb\n", .emptyNode, 1),
        ]
        for (text, problem, line) in cases {
            let error = #expect(throws: EdgeList.ParseError.self) { try EdgeList.parse(text, file: "g.tsv") }
            #expect(error?.problem == problem, "\(text.debugDescription)")
            #expect(error?.line == line)
            #expect(error?.description.hasPrefix("g.tsv:\(line): ") == true)
        }
    }

    @Test func formatThenParseRoundTrips() throws {
        let edges: [AnalysisGraph.Edge] = [.init("x", "y"), .init("y", "z", weight: 2.5)]
        #expect(try EdgeList.parse(EdgeList.format(edges), file: "-") == edges)
    }
}

@Suite struct AnalysisGraphTests {
    @Test func buildsSortedCSRAndMergesParallelEdges() throws {
        let graph = try AnalysisGraph(
            nodes: ["lonely"],
            edges: [.init("c", "a", weight: 2), .init("a", "b"), .init("a", "c", weight: 3), .init("b", "b")])
        #expect(graph.ids == ["a", "b", "c", "lonely"])
        #expect(graph.edgeCount == 2, "parallel a–c merged, self-loop dropped")
        #expect(Array(graph.neighbors(of: 0)) == [1, 2])
        #expect(graph.weight(between: 0, and: 2) == 5)
        #expect(graph.weight(between: 2, and: 0) == 5)
        #expect(graph.weight(between: 1, and: 2) == nil)
        #expect(graph.degree(of: 3) == 0)
        #expect(graph.isWeighted)
    }

    @Test func rejectsBadWeights() {
        #expect(throws: AnalysisError.invalidWeight(source: "a", target: "b", weight: 0)) {
            try AnalysisGraph(edges: [.init("a", "b", weight: 0)])
        }
    }

    @Test func rankingSortsByScoreThenIDAndFormatsFixedDigits() throws {
        // A star: the centre lies on all 3 pairs of leaves; leaves tie at 0 and sort by id.
        let graph = try AnalysisGraph(edges: [.init("hub", "z"), .init("hub", "b"), .init("hub", "m")])
        let ranking = try graph.ranking(.betweenness)
        #expect(ranking.map(\.tsvLine) == ["hub\t1", "b\t0", "m\t0", "z\t0"])
        let closeness = try graph.ranking(.closeness)
        // Leaves: 3 others at distances 1, 2, 2 → 3/5.
        #expect(closeness.map(\.tsvLine) == ["hub\t1", "b\t0.6", "m\t0.6", "z\t0.6"])
        #expect(RankedNode(id: "x", score: 1.0 / 3).tsvLine == "x\t0.333333333333")
    }
}

@Suite struct EdgeListReaderTests {
    /// The byte-level reader builds the same graph as parsing then building, on every fixture.
    @Test(arguments: Fixture.names)
    func sameGraphAsParse(_ name: String) throws {
        let fixture = try Fixture.load(name)
        let edges = fixture.edges.map { AnalysisGraph.Edge($0[0].text, $0[1].text, weight: $0[2].number) }
        let text = "# \(name)\r\n" + EdgeList.format(edges)
        let direct = try EdgeList.graph(text, file: "f.tsv")
        #expect(direct == (try AnalysisGraph(edges: EdgeList.parse(text, file: "f.tsv"))))
        #expect(direct == (try AnalysisGraph(edges: edges)))
    }

    @Test func sameErrorsAsParse() throws {
        let texts = [
            "a\tb\nc\n", "a\tb\t1\t2\n", "a\tb\t-1\n", "a\tb\t nan\n", "#\na\ta\n", "a\tb\nb\ta\n", "\tb\n",
            "x\ty\na\tb\r\nb\ta\n", "é\tü\t2\nü\té\n",
        ]
        for text in texts {
            let parsed = #expect(throws: EdgeList.ParseError.self) { try EdgeList.parse(text, file: "g.tsv") }
            let direct = #expect(throws: EdgeList.ParseError.self) { try EdgeList.graph(text, file: "g.tsv") }
            #expect(parsed == direct, "\(text.debugDescription)")
        }
        let unicode = try EdgeList.graph("é\tü\t2\nü\tz\n", file: "u.tsv")
        #expect(unicode.ids == ["z", "é", "ü"])
        #expect(unicode.weight(between: 1, and: 2) == 2)
    }

    /// Found by Fuzz/ (`fuzz-edge-list`, Fuzz/Corpus/edge-list/crash-8938304d…): the String
    /// reader cut lines on Characters, so a line ending "\r\r\n" lost both carriage returns
    /// (the byte reader keeps the field "b\r", stripping one); for the same reason a "#" carrying
    /// a combining mark was no comment for it. Both now cut on scalars and agree.
    @Test func carriageReturnsAndMarksAtLineEdgesReadAlike() throws {
        let crash = "a\tb\r\nb\t\u{18}\u{0}2\r\r\nb\t\u{18}\u{0}2 \r\n"
        let direct = try EdgeList.graph(crash, file: "c.tsv")
        #expect(direct == (try AnalysisGraph(edges: EdgeList.parse(crash, file: "c.tsv"))))
        #expect(direct.ids == ["\u{18}\u{0}2\r", "\u{18}\u{0}2 ", "a", "b"])
        let twoReturns = try EdgeList.parse("a\tb\r\r\n", file: "r.tsv")
        #expect(twoReturns == [AnalysisGraph.Edge("a", "b\r")])
        let markedHash = "#\u{301}\tx\nb\tc\n"
        #expect(try EdgeList.parse(markedHash, file: "m.tsv") == [AnalysisGraph.Edge("b", "c")])
        #expect(try EdgeList.graph(markedHash, file: "m.tsv").ids == ["b", "c"])
    }
}
