import Foundation
import Testing

/// Issue 14, the cases the first pass left open: a document too large to analyse, pipes and
/// links, a stray byte in UTF-8, a weight too small to be a path length, Graphviz's own
/// messages and a dense graph sent to dot.
@Suite struct InputBoundaryCommandTests {
    static let sentence = "France pledged 50 million euros in aid to Iraq on Monday. "

    /// A document over --max-document-size is skipped with one line naming the file, its size
    /// and the option; alone, it is the one error. A bad size is one line before any work.
    @Test func aDocumentOverTheSizeLimitIsNamedWithTheOptionToRaiseIt() throws {
        try withFile("big.txt", String(repeating: Self.sentence, count: 20)) { folder, big in
            let alone = try NexusBinary.run(["entities", big.path, "--max-document-size", "1K"])
            #expect(alone.status != 0 && alone.stdout.isEmpty)
            #expect(alone.stderr == "Error: no document could be read: '\(big.path)' holds 1,160 bytes, more than the document size limit of 1K; "
                + "split it into smaller files or raise --max-document-size\n", "\(alone.stderr)")
            try "Italy hosted the meeting in Rome.\n".write(to: folder.appendingPathComponent("small.txt"), atomically: true, encoding: .utf8)
            let both = try NexusBinary.run(["entities", "--format", "tsv", folder.path, "--max-document-size", "1K"])
            #expect(both.status == 0, "\(both.stderr)")
            #expect(both.stdout.contains("Italy") && !both.stdout.contains("Iraq"))
            #expect(both.stderr.contains("skipped: '\(folder.path)/big.txt' holds 1,160 bytes"), "\(both.stderr)")
            let raised = try NexusBinary.run(["entities", "--format", "tsv", "--no-syntax", big.path, "--max-document-size", "2K"])
            #expect(raised.status == 0 && raised.stdout.contains("Iraq"), "\(raised.stderr)")
            for bad in ["0", "12x", "2G", "-5M"] {
                let result = try NexusBinary.run(["entities", big.path, "--max-document-size=\(bad)"])
                #expect(result.status != 0 && result.stdout.isEmpty)
                #expect(result.stderr == "Error: --max-document-size must be a size such as 500K, 16M or 1G (bytes, at most 1G), got '\(bad)'\n", "\(result.stderr)")
            }
        }
    }

    /// Before: `/dev/stdin` and pipes said "You don't have permission" as root; a dangling
    /// link, a pipe and a link to a file outside the folder were passed over in silence.
    @Test func devicesAreReadAndDanglingLinksNamed() throws {
        try withFile("a.txt", "Emmanuel Macron met Olaf Scholz in Paris on Monday.\n") { folder, _ in
            let stdin = try NexusBinary.run(["entities", "/dev/stdin"])  // the test gives /dev/null as stdin
            #expect(stdin.stderr == "Error: no document could be read: '/dev/stdin' is empty (no text besides whitespace); remove it from the input\n")
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/x.txt")
            // A link to a file outside the folder is read, not passed over.
            let outside = try NexusBinary.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: outside) }
            try "Angela Merkel visited Rome.\n".write(to: outside.appendingPathComponent("merkel.txt"), atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("linked.txt").path,
                                                       withDestinationPath: outside.appendingPathComponent("merkel.txt").path)
            #expect(mkfifo(folder.appendingPathComponent("feed.txt").path, 0o600) == 0)
            let walked = try NexusBinary.run(["entities", "--format", "tsv", folder.path])
            #expect(walked.status == 0 && walked.stdout.contains("Macron") && walked.stdout.contains("Angela Merkel"), "\(walked.stdout)")
            #expect(walked.stderr == "skipped: '\(folder.path)/feed.txt' is a named pipe or device found in a folder; name it directly to read it (opening a pipe waits for a writer)\n"
                + "skipped: '\(folder.path)/gone.txt' is a symbolic link to '/nonexistent/x.txt', which does not exist; fix or remove the link\n", "\(walked.stderr)")
        }
    }

    /// Before: `&#0;` and `&#x1b;[2J` in an HTML page put a NUL and a clear-screen sequence on
    /// the terminal. Now listings show U+FFFD and the JSON escapes them.
    @Test func characterReferencesToControlsNeverReachTheTerminal() throws {
        let page = "<html><body><p>Emmanuel Macron met Olaf&#0; Scholz in Paris&#x1b;[2J on Monday.</p></body></html>"
        try withFile("page.html", page) { _, file in
            for command in [["entities"], ["entities", "--format", "tsv"], ["extract", "--format", "json"], ["comentions"]] {
                let result = try NexusBinary.run(command + [file.path])
                #expect(result.status == 0, "\(command): \(result.stderr)")
                let shown = result.stdout + result.stderr
                #expect(!shown.unicodeScalars.contains { $0.value == 0 || $0.value == 0x1B }, "\(command): \(shown.debugDescription)")
            }
        }
    }

    /// Before: one invalid byte made a UTF-8 file Windows-1252 ("GÃ©rard").
    @Test func aStrayByteInAUTF8FileIsReplacedAndSaidSo() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("stray.txt")
        try Data(Array("Gérard Collomb met Angela Merkel in Lyon".utf8) + [0xFF] + Array(" on Monday.\n".utf8)).write(to: file)
        let result = try NexusBinary.run(["entities", "--format", "tsv", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\tGérard Collomb\tperson\t"), "\(result.stdout)")
        #expect(result.stderr == "note: '\(file.path)' is not UTF-8; read as utf-8 (1 invalid byte sequence replaced by U+FFFD)\n")
    }

    /// Before: a weight of 1e-320 gave an infinite path length and silently dropped the edge
    /// from betweenness. Now the line is refused with the smallest weight accepted.
    @Test func aWeightTooSmallToBeAPathLengthIsRefused() throws {
        try withFile("w.tsv", "a\tb\t1\nb\tc\t1e-320\n") { _, file in
            let result = try NexusBinary.run(["rank", "--by", "betweenness", "--edge-list", file.path])
            #expect(result.status != 0 && result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains("w.tsv:2: weight '1e-320' is not a finite number of at least 1e-300"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    /// Before: "(null): graph is too large for cairo-renderer bitmaps. Scaling by ..." reached
    /// stderr raw. Now one warning in Nexus's words, and nothing of Graphviz's own text.
    @Test func graphvizMessagesAreNexusWarnings() throws {
        let edges = (1..<150).map { #"{"source": "person:p\#($0 - 1)", "target": "person:p\#($0)", "kind": "comention", "weight": 1, "evidence": []}"# }
        let json = Self.graphJSON(nodes: 150, edges: edges)
        try withFile("chain.json", json) { folder, file in
            let png = folder.appendingPathComponent("chain.png")
            let result = try NexusBinary.run(["render", file.path, "-l", "dot", "--format", "png", "-o", png.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("warning: the drawing is larger than the 32,767 pixels a side cairo can make, so the bitmap is scaled by 0."), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(!result.stderr.contains("(null)") && !result.stderr.contains("cairo-renderer"))
            #expect(FileManager.default.fileExists(atPath: png.path))
        }
    }

    /// Before: dot on a few hundred pruned nodes with thousands of edges ran for minutes with no
    /// word. Now the estimate counts edges, the graph is pruned to fit, and the warning comes
    /// first on stderr (before the layout).
    @Test func aDenseGraphForDotIsPrunedByItsEdges() throws {
        var edges: [String] = []
        for i in 0..<60 {
            for step in 1...10 {
                edges.append(#"{"source": "person:p\#(i)", "target": "person:p\#((i + step) % 60)", "kind": "comention", "weight": \#(1 + (i * step) % 7), "evidence": []}"#)
            }
        }
        let json = Self.graphJSON(nodes: 60, edges: edges)
        try withFile("dense.json", json) { _, file in
            let result = try NexusBinary.run(["render", file.path, "-l", "dot", "--format", "svg", "--backbone", "none"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("warning: layout 'dot' on 60 nodes and 600 edges would take about "), "\(result.stderr)")
            #expect(result.stdout.contains("<svg"))
        }
    }

    /// A saved graph of `nodes` people p0, p1, ... with long names and the given edges.
    static func graphJSON(nodes: Int, edges: [String]) -> String {
        let list = (0..<nodes).map { #"{"id": "person:p\#($0)", "kind": "person", "label": "Person Number \#($0) With A Long Name", "evidence": [], "scores": {"mentions": 1}}"# }
        return #"{"format": "nexus-graph", "version": 1, "nodes": [\#(list.joined(separator: ","))], "edges": [\#(edges.joined(separator: ","))]}"#
    }

    /// Before: `rank --by betweenness --edge-list` was exact at any size (hours on 5 million
    /// edges) while `build` samples above 4,000 nodes. Now rank samples there too, with a note,
    /// unless --exact.
    @Test func rankSamplesBetweennessOnLargeGraphsAsBuildDoes() throws {
        let lines = (1..<4_100).map { "n\($0 - 1)\tn\($0)\n" }.joined()
        try withFile("path.tsv", lines) { _, file in
            let sampled = try NexusBinary.run(["rank", "--by", "betweenness", "--edge-list", file.path, "--top", "1"])
            #expect(sampled.status == 0, "\(sampled.stderr)")
            #expect(sampled.stderr.hasPrefix("note: betweenness on 4100 nodes is sampled with --epsilon 0.02 (above 4000 nodes, as nexus build does); give --exact to compute it exactly\n"),
                    "\(sampled.stderr)")
            let both = try NexusBinary.run(["rank", "--by", "betweenness", "--edge-list", file.path, "--exact", "--epsilon", "0.1"])
            #expect(both.status != 0 && both.stderr == "Error: give either --exact or --epsilon, not both\n")
        }
        try withFile("small.tsv", "a\tb\nb\tc\n") { _, file in
            let exact = try NexusBinary.run(["rank", "--by", "betweenness", "--edge-list", file.path])
            #expect(exact.status == 0 && exact.stderr.isEmpty && exact.stdout.hasPrefix("b\t1\n"), "\(exact.stdout) \(exact.stderr)")
        }
    }
}
