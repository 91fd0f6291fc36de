import Testing
import NexusCore
@testable import NexusEntities

/// Other names, places and non-names recognised by their words (hand-written examples).
@Suite struct OtherNamesTests {
    func words(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }

    @Test func agreementsLawsEventsProjectsAndPublicationsAreOther() {
        for name in ["Good Friday Agreement", "Patriot Act", "Operation Desert Storm", "World Cup", "Marshall Plan",
                     "Belt and Road Initiative", "Annual Report", "Strategic Dialogue", "Hurricane Rita", "Nobel Prize"] {
            #expect(OtherNames.isOther(words(name)), "\(name)")
        }
        for name in ["Labour Party", "World Health Organization", "ACT", "Act", "Bill Gates", "Plan International"] {
            #expect(!OtherNames.isOther(words(name)), "\(name)")
        }
    }

    @Test func lawsBeforeOfConventionsOnThingsPoliciesAndIllnessesAreOther() {
        for name in ["Bill of Rights", "Treaty of Rome", "Declaration of Independence", "European Convention on Human Rights",
                     "UN Convention against Torture", "Common Agricultural Policy", "Motor Neurone Disease"] {
            #expect(OtherNames.isOther(words(name)), "\(name)")
        }
        // A body named after its policy, a convention of a party, a person called Bill.
        for name in ["Office of Science and Technology Policy", "European Union for Foreign Policy", "Democratic National Convention", "Bill Clinton", "ACT of Parliament"] {
            #expect(!OtherNames.isOther(words(name)), "\(name)")
        }
    }

    @Test func aHeadInsideALongerRunOfCapitalsHeadsNoNameButANumberAfterItIsTheNames() {
        let found = { (s: String) in OtherNames.spans(in: words(s)).map { words(s)[$0].joined(separator: " ") } }
        #expect(found("a report for the Foreign Policy Centre think tank") == [])
        #expect(found("veterans of World War Two and World War II met") == ["World War Two", "World War II"])
        // A day, or a pronoun of a sentence that was never ended, does not go on with the name.
        #expect(found("at the EU-Russia Summit Thursday in The Hague") == ["EU-Russia Summit"])
        #expect(found("netted Toure his first Grammy Award He won again") == ["Grammy Award"])
    }

    @Test func facilitiesAndStreetsArePlaces() {
        #expect(OtherNames.isPlace(words("Heathrow Airport")))
        #expect(OtherNames.isPlace(words("Times Square")))
        #expect(!OtherNames.isPlace(words("Airport")))
        #expect(!OtherNames.isPlace(words("Heathrow")))
    }

    @Test func sentenceAdverbsAndPhotoCreditsAreNotNames() {
        #expect(OtherNames.isNotAName(["Meanwhile"]))
        #expect(OtherNames.isNotAName(["Pool", "/", "Reuters"]))
        #expect(OtherNames.isNotAName(["AFP/Getty", "Images"]))
        #expect(!OtherNames.isNotAName(["Reuters"]))
        #expect(!OtherNames.isNotAName(["Meanwhile", "Kenya"]))
        #expect(!OtherNames.isNotAName(["Ahmed", "/", "Reuters"]))
    }

    @Test func capitalisedPhrasesEndingInAHeadAreFound() {
        let tokens = words("Leaders mark the Good Friday Agreement and the Belt and Road Initiative ; Operation Desert Storm began .")
        let found = OtherNames.spans(in: tokens).map { tokens[$0].joined(separator: " ") }
        #expect(found == ["Good Friday Agreement", "Belt and Road Initiative", "Operation Desert Storm"])
        // Lower-case heads and a head that starts the sentence are not names.
        #expect(OtherNames.spans(in: words("Trade talks resumed .")).isEmpty)
        #expect(OtherNames.spans(in: words("Report says growth slowed .")).isEmpty)
    }
}

/// Span repairs of the recognizer (hand-written token sequences).
@Suite struct RecognizerSpanRepairTests {
    @Test func aHeadlineRunningIntoTheTextIsCutAtTheArticle() {
        let tokens = ["Blair", "backs", "Gordon", "Brown", "The", "prime", "minister", "said"]
        #expect(EntityRecognizer.cutAtInnerArticle(2..<5, tokens: tokens) == 2..<4)
        let kept = ["Friends", "of", "The", "Earth", "said"]
        #expect(EntityRecognizer.cutAtInnerArticle(0..<4, tokens: kept) == 0..<4)
    }

    @Test func aDescriptionByPlaceOrPatronIsNoPartOfTheName() {
        let tokens = ["the", "New", "York-based", "Human", "Rights", "Watch", "said"]
        #expect(EntityRecognizer.withoutAttributivePrefix(1..<6, tokens: tokens) == 3..<6)
        let kashmir = ["in", "Indian-controlled", "Kashmir"]
        #expect(EntityRecognizer.withoutAttributivePrefix(1..<3, tokens: kashmir) == 2..<3)
        // A name that ends with such a word keeps it, and one without one is left alone.
        let alone = ["the", "Saudi-led"]
        #expect(EntityRecognizer.withoutAttributivePrefix(1..<2, tokens: alone) == 1..<2)
        let plain = ["Rolls-Royce", "Holdings"]
        #expect(EntityRecognizer.withoutAttributivePrefix(0..<2, tokens: plain) == 0..<2)
    }

    @Test func portfolioWordsBeforeAnOfficeLeaveTheOrganizationSpan() {
        let tokens = ["US", "Trade", "Representative", "Katherine", "Tai"]
        #expect(EntityRecognizer.withoutPortfolio(0..<2, tokens: tokens) == 0..<1)
        let other = ["Trade", "Union", "Congress", "leaders"]
        #expect(EntityRecognizer.withoutPortfolio(0..<3, tokens: other) == 0..<3)
    }

    @Test func frameworksAndOneWordEventsAreOther() {
        #expect(OtherNames.isOther(["Windsor", "Framework"]))
        #expect(OtherNames.isOneWordEvent(["Brexit"]) && OtherNames.isOneWordEvent(["Ramadan"]))
        #expect(!OtherNames.isOneWordEvent(["Britain"]) && !OtherNames.isOneWordEvent(["Brexit", "Party"]))
    }

    @Test func aSeaOrGulfOfANameIsAPlaceOfItsOwn() {
        #expect(EntityRecognizer.withPlaceLead(4..<5, tokens: ["in", "the", "Sea", "of", "Japan", "."]) == 2..<5)
        #expect(EntityRecognizer.withPlaceLead(3..<4, tokens: ["the", "Gulf", "of", "Aden"]) == 1..<4)
        #expect(EntityRecognizer.withPlaceLead(3..<4, tokens: ["the", "Bank", "of", "England"]) == 3..<4)
        #expect(EntityRecognizer.withPlaceLead(0..<1, tokens: ["Japan", "said"]) == 0..<1)
    }

    @Test func shortCountryNamesAndGroupAdjectivesAreListed() throws {
        let recognizer = try EntityRecognizer.bundled(aliases: try AliasTable.shipped())
        let document = recognizer.recognize(Document(id: "a", path: "a", text: "Burkina and Mali are led by soldiers. US jets struck Houthi targets near the Sea of Japan."))
        let typed = Dictionary(document.mentions.map { ($0.text, "\($0.type.rawValue):\($0.canonical ?? "")") }, uniquingKeysWith: { a, _ in a })
        #expect(typed["Burkina"] == "country:Burkina Faso")
        #expect(typed["Houthi"] == "organization:Houthis")
        #expect(typed["Sea of Japan"]?.hasPrefix("location") == true && typed["Japan"] == nil, "\(typed)")
    }

    @Test func theIslamicRepublicIsTheOneOfFourTheDocumentNames() throws {
        let recognizer = try EntityRecognizer.bundled()
        func state(_ text: String) -> String? {
            recognizer.recognize(Document(id: "a", path: "a", text: text)).mentions.first { $0.text == "Islamic Republic" }?.canonical
        }
        #expect(state("Sanctions were imposed on the Islamic Republic.") == "Iran")
        #expect(state("Pakistan's army chief said the Islamic Republic would defend its borders.") == "Pakistan")
    }
}
