import Foundation
import NexusCore
import Testing
@testable import NexusEvents

/// A hand-made wire-style story (dateline, reported speech, quotes, roles, negations),
/// not from the samples, checked commitment by commitment.
@Suite struct CommitmentWireCopyTests {
    static let text = """
    BERLIN (Reuters) - Germany will deliver more air defence systems to Ukraine by the end of the year, Chancellor Olaf Scholz said on Tuesday. \
    Scholz told reporters in Berlin that his government had not yet decided whether to send long-range missiles. \
    Ukrainian President Volodymyr Zelenskiy welcomed the pledge and urged other allies to follow suit. \
    "We need more air defence now," Zelenskiy said in his nightly address. \
    NATO Secretary-General Jens Stoltenberg said the alliance would continue to support Kyiv for as long as it takes. \
    The European Union last month agreed a 50 billion euro aid package for Ukraine. \
    Meanwhile, the United Nations appealed for $4.2 billion to fund humanitarian operations in Ukraine in 2024. \
    Russia's Foreign Ministry said the deliveries would prolong the war. \
    Britain's Defence Secretary Grant Shapps announced a new 2.5 billion pound military aid package. \
    The two leaders are expected to meet in Washington next month. \
    France could send troops, Macron said, though he did not commit to a date.
    """

    static func extraction() throws -> DocumentExtraction {
        let doc = ResolutionTestDocument.make(id: "wire", text: text, [
            ("Reuters", .organization, nil), ("Germany", .country, nil), ("Ukraine", .country, nil), ("Olaf Scholz", .person, nil), ("Scholz", .person, nil),
            ("Berlin", .location, nil), ("BERLIN", .location, "Berlin"), ("Ukrainian", .country, "Ukraine"), ("Volodymyr Zelenskiy", .person, nil),
            ("Zelenskiy", .person, nil), ("NATO", .organization, nil), ("Jens Stoltenberg", .person, nil), ("Kyiv", .location, nil),
            ("European Union", .organization, nil), ("United Nations", .organization, nil), ("Russia", .country, nil),
            ("Foreign Ministry", .organization, nil), ("Britain", .country, "United Kingdom"), ("Grant Shapps", .person, nil),
            ("Washington", .location, nil), ("France", .country, nil), ("Macron", .person, nil),
        ])
        return try CorpusResolver.standard().resolve([doc]).documents[0]
    }

    @Test func eachSentenceGivesTheExpectedCommitment() throws {
        let d = try Self.extraction()
        func at(_ sentence: Int) -> [Commitment] { d.commitments.filter { $0.sentence == sentence } }
        // A dateline place and agency are not the actor; the subject is.
        #expect(at(0).map(\.actor) == ["country:germany"])
        #expect(at(0).first?.beneficiary == "country:ukraine")
        #expect(at(0).first?.time == "by the end of the year")
        // "had not yet decided whether": nothing.
        #expect(at(1).isEmpty)
        // "welcomed the pledge" refers to Germany's; the call is Zelenskiy's.
        #expect(at(2).map { "\($0.actor) \($0.kind)" } == ["person:volodymyr-zelenskiy call"])
        #expect(at(3).isEmpty)
        // "the alliance" in the Secretary-General's reported speech is NATO.
        #expect(at(4).map { "\($0.actor) \($0.kind)" } == ["organization:nato support"])
        #expect(at(5).first?.amount == Amount(value: 50_000_000_000, unit: "EUR", text: "50 billion euro"))
        #expect(at(5).first?.kind == .aid)
        // An appeal for money is one call, not also a pledge to fund.
        #expect(at(6).map { "\($0.actor) \($0.kind)" } == ["organization:united-nations call"])
        #expect(at(6).first?.amount?.value == 4_200_000_000)
        #expect(at(6).first?.normalizedTime == "2024")
        #expect(at(7).isEmpty)
        #expect(at(8).map(\.actor) == ["person:grant-shapps"])
        #expect(at(8).first?.amount?.unit == "GBP")
        #expect(at(9).isEmpty)
        #expect(at(10).isEmpty)
        // The speaker of the aid announcement is tied to the country he speaks for.
        #expect(d.relations.contains { $0.kind == .affiliation && $0.source == "person:grant-shapps" && $0.target == "country:united-kingdom" })
    }
}
