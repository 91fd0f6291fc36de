import Foundation
import NexusCore
import NexusPipeline
import Testing

/// Who did what to whom, read from the parse of hand-written news sentences (real tagger,
/// parser and resolver), one construction per test; the expected events are written by hand.
@Suite struct EventExtractionTests: EventSentenceSuite {
    @Test func coordinatedActorsEachPledgeAidToTheBeneficiary() throws {
        let d = try extract("France and Germany pledged 50 million euros in aid to Sudan on Monday.")
        #expect(triples(d).isSuperset(of: ["country:france 07 country:sudan", "country:germany 07 country:sudan"]))
        let germany = d.events.first { $0.actor == "country:germany" }
        #expect(germany?.actorResolution == .coordination)
        #expect(germany?.trigger.text == "pledged")
        #expect(Set(d.commitments.map(\.actor)) == ["country:france", "country:germany"])
        #expect(d.commitments.allSatisfy { $0.beneficiary == "country:sudan" })
        #expect(d.events.allSatisfy { $0.commitment != nil })
    }

    @Test func thePassiveAgentActsOnThePassiveSubject() throws {
        let d = try extract("Israel was strongly condemned by Turkey on Tuesday.")
        #expect(triples(d) == ["country:turkiye 11 country:israel"])
        #expect(d.events.first?.actorResolution == .passiveAgent)
    }

    @Test func reportedSpeechGivesTheReportedActorsAct() throws {
        let d = try extract("Secretary of State John Kerry said that Japan will provide emergency aid to the Philippines.")
        #expect(triples(d) == ["country:japan 07 country:philippines"])
    }

    @Test func anAppealIsTheSpeakersActOnItsAddressee() throws {
        let d = try extract("Russia urged Iran to release the British sailors.")
        #expect(triples(d).contains("country:russia 02 country:iran"))
    }

    @Test func negatedAndConditionalActsAreFlaggedAndNotDrawn() throws {
        let negated = try extract("Brazil refused to recognize Venezuela. Russia did not condemn Syria.")
        #expect(triples(negated).isEmpty)
        #expect(negated.events.count >= 2 && negated.events.allSatisfy(\.negated))
        let conditional = try extract("If the talks fail, Iran could attack Israel.")
        #expect(triples(conditional).isEmpty)
        #expect(conditional.events.contains { $0.hypothetical && $0.actor == "country:iran" && $0.target == "country:israel" })
    }

    @Test func aPronounTakesTheLastNamedSubject() throws {
        let d = try extract("Angela Merkel arrived in Paris on Sunday. She praised France for its support.")
        let praise = try #require(d.events.first { $0.code.root == 5 })
        #expect(praise.actor == "person:angela-merkel")
        #expect(praise.target == "country:france")
        #expect(praise.actorResolution == .pronoun)
    }

    @Test func aDatelineIsNeverAnActor() throws {
        let d = try extract("BEIJING - China criticized Japan on Monday for the visit.")
        #expect(triples(d).contains("country:china 11 country:japan"))
        #expect(d.events.allSatisfy { !$0.actor.hasPrefix("location:") })
        // The parser reads the dateline as the subject; the act is still the named actor's.
        let wire = try extract("ROME, June 28 (Reuters) - Italy urged Libya to release the fishermen.\n\nGENEVA — The United Nations condemned Myanmar on Friday.")
        #expect(triples(wire).isSuperset(of: ["country:italy 02 country:libya", "organization:united-nations 11 country:myanmar"]))
        #expect(wire.events.allSatisfy { !$0.actor.hasPrefix("location:") && $0.actor != "organization:reuters" })
        #expect(wire.commitments.allSatisfy { !$0.actor.hasPrefix("location:") && $0.actor != "organization:reuters" })
    }

    @Test func anAdversaryIsATargetNeverABeneficiary() throws {
        let d = try extract("The United States will send 500 troops to Iraq to fight the Islamic State.")
        let commitment = try #require(d.commitments.first { $0.actor == "country:united-states" })
        #expect(commitment.beneficiary == "country:iraq")
        let fights = d.events.filter { $0.code.root == 19 }
        #expect(fights.contains { $0.target.contains("isis") || $0.target.contains("islamic-state") })
        #expect(d.commitments.allSatisfy { !($0.beneficiary ?? "").contains("isis") })
    }

    @Test func partiesNamedTogetherActOnEachOther() throws {
        let d = try extract("Talks between Israel and Syria resumed in Ankara. Fighting between Ethiopia and Eritrea killed hundreds. "
            + "Japan and South Korea agreed to resume talks.")
        #expect(triples(d).isSuperset(of: ["country:israel 04 country:syria", "country:syria 04 country:israel",
                                          "country:ethiopia 19 country:eritrea", "country:eritrea 19 country:ethiopia",
                                          "country:japan 04 country:south-korea", "country:south-korea 04 country:japan"]))
    }

    @Test func aCourtesyTitleMakesAPersonAndADayIsNoSubject() throws {
        let d = try extract("Venezuela expelled the U.S. ambassador on Friday. Mr. Chavez on Monday accused U.S. officers of spying. "
            + "Russian and French leaders Tuesday called on Iran to stop enrichment.")
        #expect(d.entities.contains { $0.name == "Chavez" && $0.type == .person })
        #expect(triples(d).isSuperset(of: ["person:chavez 11 country:united-states", "country:russia 02 country:iran", "country:france 02 country:iran"]))
    }

    @Test func namesInsideAnOrganizationsNameAreNotTriggers() throws {
        let d = try extract("The Global Coalition to Defeat ISIS met in Rome.")
        #expect(d.events.allSatisfy { $0.trigger.text != "Defeat" })
    }
}
