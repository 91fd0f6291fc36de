import Foundation
import NexusCore
import NexusPipeline
import Testing

/// Nominal events, light verbs, parse repairs and references across sentences, read from
/// hand-written news sentences through the real tagger, parser and resolver, one mechanism
/// per test; the expected events are written by hand from the sentences.
@Suite struct EventInferenceTests: EventSentenceSuite {
    // MARK: Light verbs and nominal events

    @Test func aPronounOwnerOfALightVerbsNounRepeatsItsSubject() throws {
        let d = try extract("Norway and Sweden held their first talks in a decade on Monday.")
        #expect(triples(d).isSuperset(of: ["country:norway 04 country:sweden", "country:sweden 04 country:norway"]))
    }

    @Test func haveIsALightVerbForMeetings() throws {
        let d = try extract("Angela Merkel had a meeting with Vladimir Putin in Berlin on Friday.")
        #expect(triples(d).contains("person:angela-merkel 04 person:vladimir-putin"))
    }

    @Test func takingPartInTalksIsConsulting() throws {
        let d = try extract("Japan will take part in the talks with China next week.")
        #expect(triples(d).contains("country:japan 04 country:china"))
    }

    @Test func aLightVerbsPhraseNamesTheTargetOfItsNoun() throws {
        let d = try extract("Mr. Bush held talks Saturday with Pakistani President Pervez Musharraf.")
        #expect(triples(d).contains("person:bush 04 person:pervez-musharraf"))
    }

    @Test func anArmedAttackOnTroopsIsFighting() throws {
        let d = try extract("Hamas militants carried out an attack on Israeli troops near the border.")
        #expect(triples(d).contains("organization:hamas 19 country:israel"))
        #expect(!triples(d).contains("organization:hamas 18 country:israel"))
    }

    @Test func thePlaceOfAnArmedNounIsItsTargetNotItsDoer() throws {
        let d = try extract("Israel launched a Gaza offensive last year.")
        #expect(triples(d) == ["country:israel 19 location:gaza"])
    }

    @Test func aNounsAgentHungOnItsOfPhraseIsItsDoerAndAnAbductionStaysAnAssault() throws {
        let d = try extract("Syria praised the kidnapping of two Israeli soldiers by Hezbollah fighters.")
        #expect(triples(d).contains("organization:hezbollah 18 country:israel"))
        #expect(!triples(d).contains("organization:hezbollah 19 country:israel"))
    }

    // MARK: Targets

    @Test func anOwnerDescribedByATitleStandsForItsHolder() throws {
        let d = try extract("Bush praised the Iraqi prime minister's courage.")
        #expect(triples(d).contains("person:bush 05 country:iraq"))
    }

    @Test func aNounsOfPhraseCarriesTheTargetHungOnIt() throws {
        let d = try extract("Nigeria has approved the deployment of 2,000 troops to Sudan's Darfur region.")
        #expect(triples(d).contains("country:nigeria 07 country:sudan"))
    }

    @Test func anOfferOfAidAnnouncedThroughAnotherVerbReachesItsRecipient() throws {
        let d = try extract("The European Union is offering to resume development aid to Sudan.")
        #expect(triples(d).contains("organization:european-union 07 country:sudan"))
    }

    @Test func aidWithNoRecipientSharesTheRecipientOfAidPledgedBesideIt() throws {
        let d = try extract("Norway pledged $250 million for Sudan, while Japan announced an offer of $100 million in aid.")
        #expect(triples(d).isSuperset(of: ["country:norway 07 country:sudan", "country:japan 07 country:sudan"]))
        // A refusal lends no recipient and stays negated.
        let refused = try extract("Norway pledged $250 million to Sudan on Monday, but Japan did not pledge any money.")
        #expect(!triples(refused).contains("country:japan 07 country:sudan"))
        // Without aid beside it, aid with no recipient gives no event.
        let alone = try extract("Japan announced an offer of $100 million in aid. Norway criticized Sudan.")
        #expect(!triples(alone).contains { $0.hasPrefix("country:japan 07") })
    }

    @Test func writingOffADebtIsAid() throws {
        let d = try extract("China wrote off Iraq's debts last year.")
        #expect(triples(d) == ["country:china 07 country:iraq"])
    }

    @Test func recallingAnAmbassadorToACountryReducesRelationsWithIt() throws {
        let d = try extract("Peru recalled its ambassador to Japan on Friday.")
        #expect(triples(d) == ["country:peru 16 country:japan"])
    }

    // MARK: Parse repairs

    @Test func whoStandsForTheNameRightBeforeIt() throws {
        let d = try extract("The talks follow a visit to Syria by Russian Foreign Minister Sergei Lavrov, who urged President Bashar al-Assad to end the violence.")
        #expect(triples(d).contains("person:sergei-lavrov 02 person:bashar-al-assad"))
    }

    @Test func aClauseOfTimeSharesTheSubjectOfItsVerb() throws {
        let d = try extract("Solana made his appeal after meeting with Israeli Foreign Minister Tzipi Livni.")
        #expect(triples(d).contains("person:solana 04 person:tzipi-livni"))
    }

    @Test func aPhraseOpeningWithAndIsAConjunct() throws {
        let d = try extract("Condoleezza Rice is to meet with British Prime Minister Gordon Brown and British Foreign Secretary David Miliband.")
        #expect(triples(d).isSuperset(of: ["person:condoleezza-rice 04 person:gordon-brown", "person:condoleezza-rice 04 person:david-miliband"]))
    }

    // MARK: References

    @Test func aCounterpartIsTheNameBesideItElseTheCountry() throws {
        let named = try extract("Chinese President Hu Jintao held talks with his Japanese counterpart, Shinzo Abe, in Beijing.")
        #expect(triples(named).contains("person:hu-jintao 04 person:shinzo-abe"))
        let unnamed = try extract("Indian Prime Minister Manmohan Singh met his Pakistani counterpart on Monday.")
        #expect(triples(unnamed).contains("person:manmohan-singh 04 country:pakistan"))
    }

    @Test func bareAuthoritiesAreTheStateWhoseOrgansTheTextNames() throws {
        let d = try extract("Ugandan police raided the offices of the opposition on Monday. On Tuesday, authorities arrested Kizza Besigye.")
        let arrest = try #require(d.events.first { $0.code.root == 17 })
        #expect(arrest.actor == "country:uganda" && arrest.target == "person:kizza-besigye")
        #expect(arrest.actorResolution == .definiteReference)
        // With no state named, "authorities" act for no one.
        let none = try extract("On Tuesday, authorities arrested Kizza Besigye.")
        #expect(none.events.filter { $0.code.root == 17 }.isEmpty)
    }

    @Test func aPassiveWithNoAgentRestatesTheActStatedBefore() throws {
        let d = try extract("Ugandan police arrested dozens of protesters in Kampala on Monday. Opposition leader Kizza Besigye was also arrested.")
        let arrest = try #require(d.events.first { $0.target == "person:kizza-besigye" })
        #expect(arrest.actor == "country:uganda" && arrest.code.root == 17)
        #expect(arrest.actorResolution == .earlierAgent)
        // No agent stated, or another act stated: no event.
        #expect(try extract("Kizza Besigye was arrested on Monday.").events.isEmpty)
        let other = try extract("Ugandan police criticized the protesters in Kampala on Monday. Opposition leader Kizza Besigye was also arrested.")
        #expect(!other.events.contains { $0.code.root == 17 })
    }

    @Test func aLedesTitleSubjectIsThePersonTheNextSentenceIntroduces() throws {
        let d = try extract("The head of the International Atomic Energy Agency has criticized Iran for blocking inspections. "
            + "Mohamed ElBaradei told reporters in Vienna that the inspectors must return.")
        let criticism = try #require(d.events.first { $0.code.root == 11 })
        #expect(criticism.actor == "person:mohamed-elbaradei" && criticism.target == "country:iran")
        #expect(criticism.actorResolution == .title)
        // Once a person is named before the title, the next sentence introduces no one.
        let named = try extract("President Bush met Mohamed ElBaradei on Monday. The head of the International Atomic Energy Agency "
            + "has criticized Iran for blocking inspections. Hans Blix said the inspectors must return.")
        #expect(!named.events.contains { $0.actor == "person:hans-blix" })
    }

    @Test func aGroupDescribedAsSubjectIsTheOrganizationTheNextSentenceNames() throws {
        let d = try extract("A leading human rights group has accused Egypt of torture. Amnesty International said the abuses were widespread.")
        #expect(triples(d).contains("organization:amnesty-international 11 country:egypt"))
    }

    @Test func theKingdomIsTheKingsCountryNeverTheSubjectsOwn() throws {
        let d = try extract("Russia's President Vladimir Putin held talks with Saudi Arabia's King Abdullah. "
            + "It was the first time a Russian president had visited the kingdom.")
        #expect(triples(d).contains("person:vladimir-putin 04 country:saudi-arabia"))
        #expect(!triples(d).contains("person:vladimir-putin 04 country:russia"))
        // Nor the subject a coordinated verb shares.
        let state = try extract("Pakistan does not recognize Israel, and has condemned the Jewish state.")
        #expect(triples(state) == ["country:pakistan 11 country:israel"])
    }
}
