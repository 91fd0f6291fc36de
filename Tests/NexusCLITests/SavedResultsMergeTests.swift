import Foundation
import Testing

/// Several saved results given as INPUTS are merged into one graph, by every command that
/// reads INPUTS (docs/query-commands.md, "Inputs"): nodes with the same id become one, edges
/// with the same source, target, kind and label become one with their weights added.
@Suite struct SavedResultsMergeTests {
    /// A sentence long enough that the `format` key of a file written with sorted keys comes
    /// after the first 4 KiB, as in a real `NAME.graph.json`.
    static let longText = "Ann Lee met officials of Xland. " + String(repeating: "The talks went on. ", count: 300)

    /// First run: Ann Lee – Xland (2 shared sentences), Xland – Yco (1).
    static var first: String {
        #"""
        {
          "edges" : [
            { "evidence" : [ { "document" : "one", "range" : { "end" : 7, "start" : 0 }, "sentence" : 0, "text" : "\#(longText)" } ],
              "kind" : "comention", "source" : "country:xland", "target" : "person:ann-lee", "weight" : 2 },
            { "evidence" : [], "kind" : "comention", "source" : "country:xland", "target" : "organization:yco", "weight" : 1 }
          ],
          "format" : "nexus-graph",
          "nodes" : [
            { "evidence" : [], "id" : "country:xland", "kind" : "country", "label" : "Xland", "scores" : {} },
            { "evidence" : [], "id" : "organization:yco", "kind" : "organization", "label" : "Yco", "scores" : {} },
            { "evidence" : [], "id" : "person:ann-lee", "kind" : "person", "label" : "Ann Lee", "scores" : {} }
          ],
          "version" : 1
        }
        """#
    }

    /// Second run: Ann Lee – Xland again (3 sentences, other evidence), Ann Lee – Zland (1).
    static let second = #"""
        {
          "edges" : [
            { "evidence" : [ { "document" : "two", "range" : { "end" : 7, "start" : 0 }, "sentence" : 1, "text" : "Ann Lee flew to Xland." } ],
              "kind" : "comention", "source" : "country:xland", "target" : "person:ann-lee", "weight" : 3 },
            { "evidence" : [], "kind" : "comention", "source" : "country:zland", "target" : "person:ann-lee", "weight" : 1 }
          ],
          "format" : "nexus-graph",
          "nodes" : [
            { "evidence" : [], "id" : "country:xland", "kind" : "country", "label" : "Xland", "scores" : {} },
            { "evidence" : [], "id" : "country:zland", "kind" : "country", "label" : "Zland", "scores" : {} },
            { "evidence" : [], "id" : "person:ann-lee", "kind" : "person", "label" : "Ann Lee", "scores" : {} }
          ],
          "version" : 1
        }
        """#

    func withRuns(_ body: (URL) throws -> Void) throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.first.write(to: folder.appendingPathComponent("run1.graph.json"), atomically: true, encoding: .utf8)
        try Self.second.write(to: folder.appendingPathComponent("run2.graph.json"), atomically: true, encoding: .utf8)
        try body(folder)
    }

    /// The merged edges, written by hand: Xland – Ann Lee weighs 2 + 3 = 5 with both sentences.
    @Test func exportWritesTheMergedGraph() throws {
        try withRuns { folder in
            let result = try NexusBinary.run(["export", "run1.graph.json", "run2.graph.json", "-f", "json"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let nodes = (object?["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(nodes == ["country:xland", "country:zland", "organization:yco", "person:ann-lee"])
            let edges = (object?["edges"] as? [[String: Any]] ?? []).map { edge in
                "\(edge["source"] as? String ?? "?") \(edge["target"] as? String ?? "?") \(edge["weight"] as? Double ?? -1) "
                    + ((edge["evidence"] as? [[String: Any]]) ?? []).map { "\($0["document"] as? String ?? "?"):\($0["sentence"] as? Int ?? -1)" }.joined(separator: ",")
            }
            #expect(edges == [
                "country:xland organization:yco 1.0 ",
                "country:xland person:ann-lee 5.0 one:0,two:1",
                "country:zland person:ann-lee 1.0 ",
            ])
        }
    }

    /// Degree on the merged graph (4 nodes): Ann Lee and Xland have 2 neighbours (2/3), Yco and
    /// Zland 1 (1/3); ties by id.
    @Test func rankRanksTheMergedGraph() throws {
        try withRuns { folder in
            let result = try NexusBinary.run(["rank", "--by", "degree", "--format", "tsv", "run1.graph.json", "run2.graph.json"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == """
                Xland\tcountry:xland\t0.666666666667
                Ann Lee\tperson:ann-lee\t0.666666666667
                Zland\tcountry:zland\t0.333333333333
                Yco\torganization:yco\t0.333333333333

                """)
        }
    }

    /// `render` merges them too (the documented `nexus render run1.json run2.json`).
    @Test func renderDrawsTheMergedGraph() throws {
        try withRuns { folder in
            let result = try NexusBinary.run(["render", "run1.graph.json", "run2.graph.json", "-f", "dot", "--backbone", "none"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("4 nodes · 3 edges drawn"))
            for label in ["label=\"Ann Lee\"", "label=Xland", "label=Yco", "label=Zland"] { #expect(result.stdout.contains(label)) }
        }
    }

    /// A saved result mixed with articles is still refused, naming what to do.
    @Test func savedResultsAndArticlesAreNotMixed() throws {
        try withRuns { folder in
            try "Ann Lee met officials of Xland.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
            let result = try NexusBinary.run(["rank", "--by", "degree", "run1.graph.json", "a.txt"], in: folder)
            #expect(result.status == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == "Error: give either articles or saved .json results, not both; run the command once per input kind\n")
        }
    }

    /// One name matcher for every command that takes an entity name, on merged graphs too:
    /// the same one-line error with the same suggestion, and a surname alone is enough.
    @Test func everyCommandMatchesNamesTheSameWay() throws {
        try withRuns { folder in
            let runs = ["run1.graph.json", "run2.graph.json"]
            let commands: [[String]] = [
                ["ego", "Ann Le"], ["render", "-f", "dot", "--ego", "Ann Le"], ["export", "-f", "dot", "--ego", "Ann Le"],
                ["comentions", "--entity", "Ann Le"], ["path", "--from", "Ann Le", "--to", "Yco"],
            ]
            for command in commands {
                let result = try NexusBinary.run(command + runs, in: folder)
                #expect(result.status == 1, "\(command)")
                #expect(result.stdout == "", "\(command)")
                #expect(result.stderr == "Error: no entity named 'Ann Le'; did you mean 'Ann Lee (person:ann-lee)'?\n", "\(command)")
            }
            let ego = try NexusBinary.run(["export", "-f", "json", "--ego", "lee", "--depth", "0"] + runs, in: folder)
            #expect(ego.status == 0, "\(ego.stderr)")
            #expect(ego.stdout.contains("\"person:ann-lee\"") && !ego.stdout.contains("\"country:xland\""))
        }
    }
}
