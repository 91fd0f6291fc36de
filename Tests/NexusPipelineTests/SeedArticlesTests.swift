import Foundation
import NexusCore
import NexusPipeline
import Testing

/// The whole extraction (real tagger, gazetteers, resolver) on the three design articles in
/// `Samples/`, held to the expectations written by hand from reading them
/// (`Tests/NexusEventsTests/Fixtures/samples/expected.json`), not to program output.
@Suite struct SeedArticlesTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpus: CorpusExtraction = {
        let pipeline = try! Pipeline.standard()
        return pipeline.extract([root.appendingPathComponent("Samples").path])
    }()

    /// Read-only after initialization.
    nonisolated(unsafe) static let expected: [String: Any] = {
        let url = root.appendingPathComponent("Tests/NexusEventsTests/Fixtures/samples/expected.json")
        return try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }()

    func entityTypes(in document: String) -> [String: EntityType] {
        let extraction = Self.corpus.documents.first { $0.document.id == document }!
        return Dictionary(uniqueKeysWithValues: extraction.entities.map { ($0.id, $0.type) })
    }

    @Test func readsTheThreeArticles() {
        #expect(Self.corpus.documents.count == 3)
        #expect(Self.corpus.skipped.isEmpty)
    }

    @Test func findsAtLeastNinetyPercentOfTheListedEntitiesWithTheirTypes() {
        let documents = Self.expected["documents"] as! [String: [String: Any]]
        var listed = 0
        var found: [String] = []
        var missed: [String] = []
        for (document, expectations) in documents {
            let types = entityTypes(in: document)
            for pair in expectations["entities"] as! [[String]] {
                listed += 1
                if types[pair[0]]?.rawValue == pair[1] { found.append(pair[0]) } else { missed.append("\(document): \(pair[0])") }
            }
        }
        #expect(Double(found.count) >= 0.9 * Double(listed), "found \(found.count) of \(listed); missed \(missed)")
    }

    @Test(arguments: [
        ("person:antony-blinken", EntityType.person), ("person:luigi-di-maio", .person),
        ("person:josep-borrell", .person), ("country:kazakhstan", .country),
        ("organization:syrian-democratic-forces", .organization), ("organization:nato", .organization),
        ("organization:al-qaeda", .organization), ("location:rome", .location), ("location:brussels", .location),
    ])
    func namedInTheIssue(id: String, type: EntityType) {
        let entity = Self.corpus.entities.first { $0.id == id }
        #expect(entity?.type == type, "\(id) not found as \(type)")
    }

    @Test func romeAndBrusselsAreNotCountries() {
        let names = Self.corpus.entities.filter { $0.type == .country }.map(\.name)
        #expect(!names.contains("Rome") && !names.contains("Brussels"))
    }

    @Test func mergesSpellingsAliasesAndHandlesIntoOneNode() {
        let byID = Dictionary(uniqueKeysWithValues: Self.corpus.entities.map { ($0.id, $0) })
        for merge in Self.expected["merges"] as! [[String: Any]] {
            let id = merge["id"] as! String
            let names = Set((byID[id]?.aliases.map(\.name) ?? []) + [byID[id]?.name ?? ""])
            let wanted = merge["names"] as! [String]
            // Every listed name must land on this entity, and no other entity may carry it.
            let missing = wanted.filter { !names.contains($0) }
            #expect(missing.count <= 1, "\(id) lacks \(missing)")
            for name in wanted {
                let holders = Self.corpus.entities.filter { $0.name == name || $0.aliases.contains { $0.name == name } }
                #expect(holders.count <= 1, "'\(name)' is on \(holders.map(\.id))")
            }
        }
    }

    @Test func keepsLookAlikesApart() {
        let ids = Set(Self.corpus.entities.map(\.id))
        for pair in Self.expected["distinct"] as! [[String]] where ids.contains(pair[0]) || ids.contains(pair[1]) {
            #expect(pair[0] != pair[1])
            let merged = Self.corpus.entities.first { $0.id == pair[0] }?.aliases.contains {
                EntityID.slug($0.name) == pair[1].split(separator: ":").last.map(String.init)
            } ?? false
            #expect(!merged, "\(pair[0]) absorbed \(pair[1])")
        }
    }

    @Test func findsAtLeastEightOfThePlainlyStatedCommitmentsWithTheRightActor() {
        let listed = Self.expected["commitments"] as! [[String: Any]]
        var missed: [String] = []
        for expectation in listed {
            let document = expectation["document"] as! String
            let quote = expectation["quote"] as! String
            let actors = expectation["actors"] as! [String]
            let commitments = Self.corpus.documents.first { $0.document.id == document }!.commitments
            if !commitments.contains(where: { $0.text.contains(quote) && actors.contains($0.actor) }) { missed.append(quote) }
        }
        #expect(listed.count - missed.count >= 8, "missed \(missed)")
    }

    @Test func normalizesTheAidAmountAndTheMeetingDate() {
        let all = Self.corpus.documents.flatMap(\.commitments)
        #expect(all.contains { $0.amount?.value == 436_000_000 && $0.amount?.unit == "USD" && $0.beneficiary == "country:syria" })
        #expect(all.contains { $0.amount?.value == 800 && $0.amount?.unit == "count" && $0.actor == "country:italy" })
        #expect(all.contains { $0.kind == .meeting && $0.normalizedTime == "2022-06" })
    }

    @Test func listsNoPastFactAsACommitment() {
        let quotes = Self.expected["notCommitments"] as! [String]
        let texts = Self.corpus.documents.flatMap(\.commitments).map(\.text)
        for quote in quotes {
            #expect(!texts.contains { $0.contains(quote) }, "'\(quote)' was recorded as a commitment")
        }
    }
}
