import Testing
@testable import NexusEntities

/// BIOES/BILOU chunking (conlleval's rules): a single-token tag (S-, U-) is a whole entity
/// and ends there, whatever follows.
@Suite struct NERChunkerSingleTokenTests {
    @Test func singleTokenEntitiesEndTheirChunk() {
        #expect(NERChunker.spans(from: ["S-PER", "S-PER", "O"]) == [
            NERSpan(range: 0..<1, label: "PER"), NERSpan(range: 1..<2, label: "PER"),
        ])
        #expect(NERChunker.spans(from: ["U-ORG", "B-ORG", "L-ORG"]) == [
            NERSpan(range: 0..<1, label: "ORG"), NERSpan(range: 1..<3, label: "ORG"),
        ])
        #expect(NERChunker.spans(from: ["S-LOC", "I-LOC"]) == [
            NERSpan(range: 0..<1, label: "LOC"), NERSpan(range: 1..<2, label: "LOC"),
        ])
    }
}
