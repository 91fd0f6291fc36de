import Foundation
import NexusCore
import Testing
@testable import NexusEvents

/// Commitment rules on hand-made news paragraphs that are not from the samples.
@Suite struct CommitmentUnseenTests {
    let resolver: CorpusResolver

    init() throws { resolver = try CorpusResolver.standard() }

    func commitments(_ text: String, _ spans: [(String, EntityType, String?)]) -> [Commitment] {
        resolver.resolve([ResolutionTestDocument.make(id: "n", text: text, spans)]).documents[0].commitments
    }

    @Test func pledgesWithAmountsBeneficiariesAndTimes() {
        let text = """
        Japan pledged $152 million in humanitarian aid for Yemen on Friday. \
        The European Commission will provide €1.5bn for reconstruction in Ukraine by the end of 2024. \
        Germany will send 1,000 additional troops to Lithuania in the spring of 2025.
        """
        let found = commitments(text, [("Japan", .country, nil), ("Yemen", .country, nil), ("European Commission", .organization, nil),
                                       ("Ukraine", .country, nil), ("Germany", .country, nil), ("Lithuania", .country, nil)])
        #expect(found.count == 3)
        let japan = found.first { $0.actor == "country:japan" }
        #expect(japan?.kind == .aid)
        #expect(japan?.amount == Amount(value: 152_000_000, unit: "USD", text: "$152 million"))
        #expect(japan?.beneficiary == "country:yemen")
        #expect(japan?.time == "on Friday")
        let commission = found.first { $0.actor == "organization:european-commission" }
        #expect(commission?.kind == .aid)
        #expect(commission?.amount?.value == 1_500_000_000)
        #expect(commission?.amount?.unit == "EUR")
        #expect(commission?.beneficiary == "country:ukraine")
        #expect(commission?.normalizedTime == "2024")
        let germany = found.first { $0.actor == "country:germany" }
        #expect(germany?.kind == .deployment)
        #expect(germany?.amount == Amount(value: 1000, unit: "count", text: "1,000 additional troops"))
        #expect(germany?.beneficiary == "country:lithuania")
        #expect(germany?.normalizedTime == "2025-SP")
        #expect(found.map(\.id) == ["commitment:n:0:0", "commitment:n:1:0", "commitment:n:2:0"])
    }

    @Test func negatedAndHypotheticalStatementsAreNotRecorded() {
        let text = """
        Germany did not pledge any new funds for the camps. \
        France might consider sending troops to Mali. \
        Spain would send 200 soldiers if the council agreed. \
        Canada refused to commit troops to Haiti. \
        Norway will not host the talks. \
        Denmark has yet to pledge funds for the appeal. \
        Finland will send 50 soldiers if parliament approves. \
        Poland is expected to pledge more tanks. \
        Sweden pledged 20 million euros to UNICEF.
        """
        let found = commitments(text, [("Germany", .country, nil), ("France", .country, nil), ("Mali", .country, nil), ("Spain", .country, nil),
                                       ("Canada", .country, nil), ("Haiti", .country, nil), ("Norway", .country, nil), ("Sweden", .country, nil),
                                       ("Denmark", .country, nil), ("Finland", .country, nil), ("Poland", .country, nil),
                                       ("UNICEF", .organization, nil)])
        #expect(found.map(\.actor) == ["country:sweden"])
        #expect(found.first?.kind == .pledge)
        #expect(found.first?.beneficiary == "organization:unicef")
        #expect(found.first?.amount?.unit == "EUR")
    }

    @Test func announcementsOfMoneyWithoutAnArticle() {
        let found = commitments("The White House announced $500 million in new aid for Ukraine.", [("White House", .organization, nil), ("Ukraine", .country, nil)])
        #expect(found.count == 1)
        #expect(found.first?.actor == "organization:white-house")
        #expect(found.first?.kind == .aid)
        #expect(found.first?.amount?.value == 500_000_000)
        #expect(found.first?.beneficiary == "country:ukraine")
    }

    @Test func reportedPastFactsAreNotCommitments() {
        let text = "Russian jets launched strikes on Idlib. The army seized the town in 2019. Turkey supported the resolution last year."
        let found = commitments(text, [("Russian", .country, "Russia"), ("Idlib", .location, nil), ("Turkey", .country, nil)])
        #expect(found.isEmpty)
    }

    @Test func quotesPronounsAndRolesResolveToTheSpeaker() {
        let text = """
        Kenyan President William Ruto met the press in Nairobi. \
        “We will deploy 1,000 police officers to Haiti,” Ruto said. \
        He also urged the African Union to fund the mission. \
        The Kenyan president said his government is committed to the mission. \
        “Canada stands ready,” said Canadian Foreign Minister Mélanie Joly, who called for more donors.
        """
        let found = commitments(text, [("Kenyan", .country, "Kenya"), ("William Ruto", .person, nil), ("Ruto", .person, nil), ("Nairobi", .location, nil),
                                       ("Haiti", .country, nil), ("African Union", .organization, nil), ("Canada", .country, nil),
                                       ("Canadian", .country, "Canada"), ("Mélanie Joly", .person, nil)])
        let deploy = found.first { $0.kind == .deployment }
        #expect(deploy?.actor == "person:william-ruto")
        #expect(deploy?.amount?.value == 1000)
        #expect(deploy?.beneficiary == "country:haiti")
        let urge = found.first { $0.kind == .call && $0.sentence == 2 }
        #expect(urge?.actor == "person:william-ruto")
        #expect(urge?.beneficiary == "organization:african-union")
        // "his government" → the country the speaker is affiliated with.
        let committed = found.first { $0.sentence == 3 }
        #expect(committed?.actor == "country:kenya")
        #expect(committed?.kind == .support)
        let joly = found.first { $0.sentence == 4 && $0.kind == .call }
        #expect(joly?.actor == "person:melanie-joly")
    }

    @Test func meetingsAndCallsAreClassified() {
        let text = """
        The ministers of the African Union agreed to hold a summit in Addis Ababa in February 2025. \
        Ghana called on ECOWAS to lift the sanctions.
        """
        let found = commitments(text, [("African Union", .organization, nil), ("Addis Ababa", .location, nil), ("Ghana", .country, nil), ("ECOWAS", .organization, nil)])
        let summit = found.first { $0.kind == .meeting }
        #expect(summit?.actor == "organization:african-union")
        #expect(summit?.normalizedTime == "2025-02")
        #expect(summit?.beneficiary == nil)
        let call = found.first { $0.kind == .call }
        #expect(call?.actor == "country:ghana")
        #expect(call?.beneficiary == "organization:economic-community-of-west-african-states")
    }
}
