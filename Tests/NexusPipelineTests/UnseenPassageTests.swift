import Foundation
import NexusCore
import Testing
@testable import NexusPipeline

/// The real pipeline (tokenizer, tagger, gazetteers, resolver, commitments) on short news
/// passages written for these tests, never seen while building Nexus. The expectations below
/// are what a reader finds in the text, written before running the pipeline.
@Suite struct UnseenPassageTests {
    static let passages: [String: String] = [
        "port": """
        German Chancellor Olaf Scholz visited the port of Hamburg on Tuesday. Scholz said Germany will provide \
        200 million euros to modernise the harbour. The European Commission welcomed the plan.
        """,
        "summit": """
        Kenyan President William Ruto met Nigerian President Bola Tinubu in Nairobi. Ruto pledged to send \
        1,000 police officers to Haiti. The United Nations praised Kenya for the offer.
        """,
    ]

    static let corpus: Result<CorpusExtraction, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-unseen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in passages { try text.write(to: folder.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8) }
        return try Pipeline.standard().extract([folder.path])
    }

    func document(_ id: String) throws -> DocumentExtraction {
        try #require(try Self.corpus.get().documents.first { $0.document.id == id }, "no document \(id)")
    }

    @Test(arguments: [
        ("port", "person:olaf-scholz", EntityType.person), ("port", "country:germany", .country),
        ("port", "location:hamburg", .location), ("port", "organization:european-commission", .organization),
        ("summit", "person:william-ruto", .person), ("summit", "person:bola-tinubu", .person),
        ("summit", "location:nairobi", .location), ("summit", "country:haiti", .country),
        ("summit", "country:kenya", .country), ("summit", "organization:united-nations", .organization),
    ])
    func findsTheEntitiesAReaderFinds(document id: String, entity: String, type: EntityType) throws {
        let extraction = try document(id)
        let found = extraction.entities.first { $0.id == entity }
        #expect(found?.type == type, "\(id): \(entity) missing or mistyped; found \(extraction.entities.map(\.id).sorted())")
    }

    /// "Scholz" and "Ruto" alone are the people named in full before.
    @Test(arguments: [("port", "person:olaf-scholz", "Scholz"), ("summit", "person:william-ruto", "Ruto")])
    func mergesTheSurnameIntoTheFullName(document id: String, entity: String, surname: String) throws {
        let extraction = try document(id)
        let person = try #require(extraction.entities.first { $0.id == entity }, "\(entity) missing")
        #expect(person.mentions.contains { $0.text == surname }, "\(entity) mentions \(person.mentions.map(\.text))")
        #expect(!extraction.entities.contains { $0.id != entity && $0.name == surname }, "\(surname) left as its own entity")
    }

    @Test func findsTheCommitmentsWithTheirActorsAndAmounts() throws {
        let port = try document("port").commitments
        #expect(port.contains { ["country:germany", "person:olaf-scholz"].contains($0.actor) && $0.amount?.value == 200_000_000 && $0.amount?.unit == "EUR" },
                "port commitments: \(port.map { "\($0.actor) \($0.kind) \(String(describing: $0.amount))" })")
        let summit = try document("summit").commitments
        #expect(summit.contains { $0.actor == "person:william-ruto" && $0.amount?.value == 1000 },
                "summit commitments: \(summit.map { "\($0.actor) \($0.kind) \(String(describing: $0.amount))" })")
    }

    /// Every mention's offsets (Unicode scalars) point at its text in the document.
    @Test func everyOffsetPointsAtItsText() throws {
        for extraction in try Self.corpus.get().documents {
            let scalars = Array(extraction.document.text.unicodeScalars)
            #expect(!extraction.entities.isEmpty)
            for entity in extraction.entities {
                for mention in entity.mentions {
                    var text = ""
                    text.unicodeScalars.append(contentsOf: scalars[mention.range.start..<mention.range.end])
                    #expect(text == mention.text, "\(extraction.document.id): \(mention.range) is '\(text)', not '\(mention.text)'")
                }
            }
        }
    }
}
