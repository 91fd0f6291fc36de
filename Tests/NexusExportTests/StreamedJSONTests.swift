import Foundation
import NexusCore
import PropertyBased
import Testing
@testable import NexusExport

/// The JSON outputs written a piece at a time (``ExtractionJSON/write(_:to:)``,
/// ``GraphJSON/write(_:to:)``) against the same outputs made whole: the extraction as
/// ``JSONValue/prettyPrinted()`` of its whole value, the graph as Foundation's `JSONEncoder`
/// encodes the whole envelope. Byte for byte, on the fixtures, on empty ones and on generated
/// graphs of hostile text.
@Suite struct StreamedJSONTests {
    static func graphEncodedWhole(_ graph: EntityGraph) throws -> Data {
        let canonical = graph.sorted()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let envelope = GraphJSON.Envelope(format: GraphJSON.format, version: GraphJSON.version,
                                          nodes: canonical.nodes, edges: canonical.edges, title: canonical.title)
        return try encoder.encode(envelope) + Data("\n".utf8)
    }

    @Test(arguments: [ExtractionJSON.Detail.standard, .full])
    func extractionWrittenInPiecesIsTheWholeValuesText(detail: ExtractionJSON.Detail) {
        let corpora = [
            ExtractionFixture.corpus(),
            CorpusExtraction(),
            CorpusExtraction(documents: [], entities: ExtractionFixture.corpus().entities,
                             skipped: [SkippedDocument(path: "a\"b.txt", reason: "no\nsuch file")]),
        ]
        for (index, corpus) in corpora.enumerated() {
            let json = ExtractionJSON(detail: detail, syntax: true)
            var pieces: [String] = []
            json.write(corpus) { pieces.append($0) }
            #expect(pieces.joined() == json.value(corpus).prettyPrinted(), "corpus \(index)")
            #expect(pieces.count >= corpus.documents.count + corpus.entities.count, "one piece per document and entity at least")
        }
    }

    @Test func graphWrittenInPiecesIsWhatJSONEncoderWritesForTheWholeEnvelope() throws {
        var untitled = GraphFixture.graph()
        untitled.title = nil
        var titled = GraphFixture.graph()
        titled.title = "Rome \"ministerial\" / <2021>\u{2028}"
        for graph in [untitled, titled, EntityGraph(nodes: [], edges: []), EntityGraph(nodes: GraphFixture.graph().nodes, edges: [])] {
            let streamed = try GraphJSON.encode(graph)
            #expect(try streamed == Self.graphEncodedWhole(graph))
        }
    }

    @Test func generatedGraphsWrittenInPiecesAreWhatJSONEncoderWrites() async {
        await propertyCheck(count: 150, input: GeneratedEntityGraph.generator) { generated in
            let streamed = try GraphJSON.encode(generated.graph)
            #expect(try streamed == Self.graphEncodedWhole(generated.graph))
        }
    }
}
