import NexusCore
import Testing
@testable import NexusPipeline

@Suite struct CorpusTitleTests {
    func corpus(_ count: Int) -> CorpusExtraction {
        CorpusExtraction(documents: (0..<count).map { DocumentExtraction(document: Document(id: "d\($0)", path: "d\($0).txt", text: "Text.")) })
    }

    @Test func namesTheInputsByTheirLastComponent() {
        #expect(CorpusTitle.of(inputs: ["Samples"], corpus: corpus(3)) == "Samples: 3 documents")
        #expect(CorpusTitle.of(inputs: ["news/2021/"], corpus: corpus(1)) == "2021: 1 document")
        #expect(CorpusTitle.of(inputs: ["a.txt", "b/c.jsonl"], corpus: corpus(2)) == "a.txt, c.jsonl: 2 documents")
        #expect(CorpusTitle.of(inputs: ["a", "b", "c", "d"], corpus: corpus(9)) == "a, b and 2 more inputs: 9 documents")
    }
}
