import Foundation
import NexusCore
import Testing
@testable import NexusExport

/// The per-document `date` of the extraction JSON contract, repeated on commitments and events.
@Suite struct ExtractionJSONDateTests {
    static func corpus(dated: Bool) -> CorpusExtraction {
        let date = CalendarDate(iso: "2021-06-29")!
        let text = "France pledged aid on Monday."
        let document = Document(id: "d", path: "d.txt", text: text, date: dated ? DocumentDate(date: date, source: .dateline) : nil,
                                sentences: [Sentence(index: 0, range: TextRange(start: 0, end: 29), text: text, tokens: [])])
        let commitment = Commitment(id: "commitment:d:0:0", actor: "country:france", kind: .aid, text: text, sentence: 0,
                                    range: TextRange(start: 0, end: 28), time: "on Monday", normalizedTime: dated ? "2021-06-28" : nil,
                                    date: dated ? date : nil)
        let event = Event(id: "event:d:0:0", code: EventCode("07")!, actor: "country:france", target: "country:france", sentence: 0,
                          trigger: EventTrigger(text: "pledged", start: 7, end: 14), text: text, date: dated ? date : nil)
        return CorpusExtraction(documents: [DocumentExtraction(document: document, commitments: [commitment], events: [event])])
    }

    @Test func datedDocumentWritesAndReadsItsDate() throws {
        let corpus = Self.corpus(dated: true)
        let text = ExtractionJSON().string(corpus)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let document = try #require((object?["documents"] as? [[String: Any]])?.first)
        #expect(document["date"] as? String == "2021-06-29")
        #expect(document["dateSource"] as? String == "dateline")
        #expect((document["commitments"] as? [[String: Any]])?.first?["date"] as? String == "2021-06-29")
        #expect((document["events"] as? [[String: Any]])?.first?["date"] as? String == "2021-06-29")
        #expect(try ExtractionJSON.read(text).documents == corpus.documents)
    }

    @Test func undatedDocumentWritesNull() throws {
        let text = ExtractionJSON().string(Self.corpus(dated: false))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let document = try #require((object?["documents"] as? [[String: Any]])?.first)
        #expect(document["date"] is NSNull)
        #expect(document["dateSource"] is NSNull)
        #expect(try ExtractionJSON.read(text).documents.first?.document.date == nil)
    }

    @Test func aBadDateIsAShapeError() {
        let text = #"{"format": "nexus-extraction", "version": 1, "entities": [], "documents": [{"id": "d", "path": "d.txt", "entities": [], "commitments": [], "date": "June"}]}"#
        #expect(throws: ExtractionJSON.ReadError.self) { try ExtractionJSON.read(text) }
    }
}
