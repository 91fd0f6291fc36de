import Foundation
import NexusCore
import NexusExport
import NexusTestSupport
import Testing
@testable import NexusPipeline

/// Extraction JSON → graph → GraphML, checked against counts Python computes on its own from
/// the extraction JSON (sentences shared by each pair, mentions per entity), read back with
/// NetworkX.
@Suite struct EndToEndExportTests {
    @Test func comentionWeightsAndMentionCountsMatchAnIndependentCount() throws {
        let corpus = PipelineFixture.corpus()
        let folder = try PythonRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extractionFile = folder.appendingPathComponent("extraction.json")
        let graphFile = folder.appendingPathComponent("graph.graphml")
        try ExtractionJSON().data(corpus).write(to: extractionFile)
        let graph = GraphBuilder().build(try ExtractionJSON.read(contentsOf: extractionFile))
        try GraphFormat.graphml.write(graph, to: graphFile)

        let script = """
        import json, sys
        import networkx as nx
        d = json.load(open(sys.argv[1], encoding="utf-8"))
        shared, mentions = {}, {}
        for doc in d["documents"]:
            by_sentence = {}
            for e in doc["entities"]:
                mentions[e["id"]] = mentions.get(e["id"], 0) + len(e["mentions"])
                for m in e["mentions"]:
                    by_sentence.setdefault(m["sentence"], set()).add(e["id"])
            for s, ids in by_sentence.items():
                ids = sorted(ids)
                for i in range(len(ids)):
                    for j in range(i + 1, len(ids)):
                        shared.setdefault(ids[i] + " " + ids[j], set()).add((doc["id"], s))
            for r in doc["relations"]:
                if r["kind"] == "comention":
                    a, b = sorted([r["source"], r["target"]])
                    for ev in r["evidence"]:
                        shared.setdefault(a + " " + b, set()).add((ev["document"], ev["sentence"]))
        G = nx.read_graphml(sys.argv[2])
        weights = {u + " " + v: e["weight"] for u, v, e in G.edges(data=True) if e["kind"] == "comention"}
        graph_mentions = {n: a["mentions"] for n, a in G.nodes(data=True) if "mentions" in a}
        print(json.dumps({
            "expectedWeights": {k: float(len(v)) for k, v in shared.items()},
            "graphWeights": weights,
            "expectedMentions": {k: float(v) for k, v in mentions.items()},
            "graphMentions": graph_mentions,
            "commitments": sorted(n for n, a in G.nodes(data=True) if a["kind"] == "commitment"),
        }))
        """
        struct Result: Decodable {
            var expectedWeights: [String: Double]
            var graphWeights: [String: Double]
            var expectedMentions: [String: Double]
            var graphMentions: [String: Double]
            var commitments: [String]
        }
        let result = try PythonRunner.json(Result.self, script, arguments: [extractionFile.path, graphFile.path])
        #expect(result.expectedWeights.count == 10)
        #expect(result.graphWeights == result.expectedWeights)
        #expect(result.graphMentions == result.expectedMentions)
        #expect(result.commitments == ["a/c1", "b/c1"])
    }
}
