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

    @Test func givesTheSpanOfTheDocumentDates() {
        func day(_ iso: String) -> CalendarDate? { CalendarDate(iso: iso) }
        #expect(CorpusTitle.dates([day("2021-07-02"), nil, day("2021-06-28"), day("2021-06-30"), nil]) == ", 2021-06-28 to 2021-07-02, 2 undated")
        #expect(CorpusTitle.dates([day("2021-06-29"), day("2021-06-29")]) == ", 2021-06-29")
        #expect(CorpusTitle.dates([nil, nil]) == "")
        var dated = corpus(2)
        dated.documents[1].document.date = DocumentDate(date: day("2022-01-31")!, source: .dateLine)
        #expect(CorpusTitle.of(inputs: ["news"], corpus: dated) == "news: 2 documents, 2022-01-31, 1 undated")
    }
}
