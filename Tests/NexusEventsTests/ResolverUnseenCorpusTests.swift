import Foundation
import NexusCore
import Testing
@testable import NexusEvents

/// A second, unseen two-article corpus (not from the samples) held to hand-written
/// expectations like the seed: entities, merges, affiliations and commitments.
@Suite struct ResolverUnseenCorpusTests {
    static let articleA = """
    ADDIS ABABA - African Union Chairperson Moussa Faki Mahamat said on Sunday that the AU will deploy 2,000 additional troops to Somalia by March 2025 to fight al-Shabaab. \
    Faki told reporters that the bloc remained committed to Somalia's stability. \
    Somali President Hassan Sheikh Mohamud urged donors to fund the mission. \
    The European Union pledged €120 million for the force. \
    Harakat al-Shabaab al-Mujahideen did not comment.
    """
    static let articleB = """
    Somalia's president, Hassan Sheikh Mohamud, met Moussa Faki in Mogadishu. \
    Mohamud said his government would host a donors' conference in Mogadishu in the spring of 2025. \
    Al-Shabab militants attacked a base near Baidoa. \
    The United Kingdom announced £15m in humanitarian aid for Somalia. \
    The UK did not promise troops.
    """

    static func resolve() throws -> CorpusExtraction {
        let a = ResolutionTestDocument.make(id: "somalia-au-troops", text: articleA, [
            ("ADDIS ABABA", .location, "Addis Ababa"), ("African Union", .organization, nil), ("AU", .organization, nil),
            ("Moussa Faki Mahamat", .person, nil), ("Faki", .person, nil), ("Somalia", .country, nil), ("al-Shabaab", .organization, nil),
            ("Somali", .country, "Somalia"), ("Hassan Sheikh Mohamud", .person, nil), ("European Union", .organization, nil),
            ("Harakat al-Shabaab al-Mujahideen", .organization, nil),
        ])
        let b = ResolutionTestDocument.make(id: "somalia-donors", text: articleB, [
            ("Somalia", .country, nil), ("Hassan Sheikh Mohamud", .person, nil), ("Moussa Faki", .person, nil), ("Mogadishu", .location, nil),
            ("Mohamud", .person, nil), ("Al-Shabab", .organization, nil), ("Baidoa", .location, nil), ("United Kingdom", .country, nil),
            ("UK", .country, "United Kingdom"),
        ])
        return try CorpusResolver.standard().resolve([a, b])
    }

    @Test func entitiesAndMerges() throws {
        let result = try Self.resolve()
        let expected: [String: Set<String>] = [
            "somalia-au-troops": ["location:addis-ababa", "organization:african-union", "person:moussa-faki-mahamat", "country:somalia",
                                  "organization:al-shabaab", "person:hassan-sheikh-mohamud", "organization:european-union"],
            "somalia-donors": ["country:somalia", "person:hassan-sheikh-mohamud", "person:moussa-faki-mahamat", "location:mogadishu",
                               "organization:al-shabaab", "location:baidoa", "country:united-kingdom"],
        ]
        for d in result.documents { #expect(Set(d.entities.map(\.id)) == expected[d.document.id], "\(d.document.id)") }
        let byID = Dictionary(uniqueKeysWithValues: result.entities.map { ($0.id, $0) })
        let shabaab: Set<String> = Set((byID["organization:al-shabaab"]?.aliases ?? []).map(\.name))
        #expect(shabaab.isSuperset(of: ["Harakat al-Shabaab al-Mujahideen", "Al-Shabab"]))
        let faki: Set<String> = Set((byID["person:moussa-faki-mahamat"]?.aliases ?? []).map(\.name))
        #expect(faki == ["Faki", "Moussa Faki"])
        #expect(byID["person:hassan-sheikh-mohamud"]?.aliases == [Alias(name: "Mohamud", rule: .partialName)])
        #expect(byID["organization:african-union"]?.aliases == [Alias(name: "AU", rule: .aliasTable)])
    }

    @Test func affiliations() throws {
        let result = try Self.resolve()
        let relations = result.documents.flatMap(\.relations).filter { $0.kind == .affiliation }
        #expect(relations.contains { $0.source == "person:moussa-faki-mahamat" && $0.target == "organization:african-union" && $0.label == "Chairperson" })
        #expect(relations.filter { $0.source == "person:hassan-sheikh-mohamud" && $0.target == "country:somalia" && $0.label == "President" }.count == 2)
    }

    @Test func commitments() throws {
        let result = try Self.resolve()
        let a = result.documents.first { $0.document.id == "somalia-au-troops" }!.commitments
        let b = result.documents.first { $0.document.id == "somalia-donors" }!.commitments
        let deploy = a.first { $0.kind == .deployment }
        #expect(deploy?.actor == "organization:african-union")
        #expect(deploy?.amount == Amount(value: 2000, unit: "count", text: "2,000 additional troops"))
        #expect(deploy?.beneficiary == "country:somalia")
        #expect(deploy?.normalizedTime == "2025-03")
        #expect(a.contains { $0.sentence == 1 && $0.kind == .support && $0.actor == "organization:african-union" })
        #expect(a.contains { $0.sentence == 2 && $0.kind == .call && $0.actor == "person:hassan-sheikh-mohamud" })
        #expect(a.contains { $0.sentence == 3 && $0.kind == .pledge && $0.actor == "organization:european-union" && $0.amount?.value == 120_000_000 })
        #expect(!a.contains { $0.sentence == 4 })
        let host = b.first { $0.kind == .meeting }
        #expect(host?.actor == "country:somalia")
        #expect(host?.normalizedTime == "2025-SP")
        #expect(host?.beneficiary == nil)
        #expect(b.contains { $0.kind == .aid && $0.actor == "country:united-kingdom" && $0.amount?.unit == "GBP" && $0.beneficiary == "country:somalia" })
        #expect(!b.contains { $0.sentence == 2 || $0.sentence == 4 })
        #expect(a.count == 4 && b.count == 2)
    }
}
