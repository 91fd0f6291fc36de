import Foundation
import NexusCore
import Testing
@testable import NexusEvents

/// Resolution rules on hand-made news paragraphs that are not from the samples.
@Suite struct ResolutionUnseenTests {
    let resolver: CorpusResolver

    init() throws { resolver = try CorpusResolver.standard() }

    func ids(_ result: CorpusExtraction) -> Set<String> { Set(result.entities.map(\.id)) }

    @Test func nigerAndNigeriaStayApart() {
        let a = ResolutionTestDocument.make(id: "a", text: "Niger closed its border with Nigeria on Tuesday. Officials in Niger said the border would reopen.",
                                            [("Niger", .country, nil), ("Nigeria", .country, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "Nigerian troops crossed into Niger. The Nigerian army denied it.",
                                            [("Nigerian", .country, "Nigeria"), ("Niger", .country, nil)])
        let result = resolver.resolve([a, b])
        #expect(ids(result).isSuperset(of: ["country:niger", "country:nigeria"]))
        let niger = result.entities.first { $0.id == "country:niger" }
        #expect(niger?.documents == ["a", "b"])
        #expect(niger?.aliases.isEmpty == true)
    }

    @Test func unitedStatesAndUnitedNationsStayApart() {
        let a = ResolutionTestDocument.make(id: "a", text: "The United States asked the United Nations to act. The US envoy met UN officials.",
                                            [("United States", .country, nil), ("US", .country, "United States"), ("United Nations", .organization, nil), ("UN", .organization, nil)])
        let result = resolver.resolve([a])
        #expect(ids(result) == ["country:united-states", "organization:united-nations"])
        #expect(result.entities.first { $0.id == "organization:united-nations" }?.aliases == [Alias(name: "UN", rule: .aliasTable)])
    }

    @Test func syriaAndTheSyrianDemocraticForcesStayApart() {
        // The tagger may also mark the demonym inside the organization's name: it is dropped.
        let text = "The Syrian Democratic Forces (SDF) hold the camps. Syria wants them back, a Syrian official said. The SDF refused."
        var doc = ResolutionTestDocument.make(id: "a", text: text, [("Syrian Democratic Forces", .organization, nil), ("SDF", .organization, nil), ("Syria", .country, nil), ("Syrian", .country, "Syria")])
        doc.mentions.append(Mention(text: "Syrian", type: .country, sentence: 0, range: TextRange(start: 4, end: 10), canonical: "Syria"))
        let result = resolver.resolve([doc])
        #expect(ids(result) == ["country:syria", "organization:syrian-democratic-forces"])
        let sdf = result.documents[0].entities.first { $0.id == "organization:syrian-democratic-forces" }
        #expect(sdf?.mentions.count == 3)
        let syria = result.documents[0].entities.first { $0.id == "country:syria" }
        #expect(syria?.mentions.count == 2)
    }

    @Test func acronymDefinedInsideOneSpan() {
        let doc = ResolutionTestDocument.make(id: "a", text: "The Wildlife Protection Unit (WPU) arrested two men. WPU rangers said more arrests would follow.",
                                              [("Wildlife Protection Unit (WPU)", .organization, nil), ("WPU", .organization, nil)])
        let result = resolver.resolve([doc])
        #expect(result.entities.map(\.id) == ["organization:wildlife-protection-unit"])
        #expect(result.entities[0].aliases == [Alias(name: "WPU", rule: .acronymDefinition)])
    }

    @Test func isisAndIsisKStayApart() {
        let a = ResolutionTestDocument.make(id: "a", text: "ISIS-K claimed the attack in Kabul. Analysts said the Islamic State Khorasan Province is distinct from ISIS in Syria.",
                                            [("ISIS-K", .organization, nil), ("Islamic State Khorasan Province", .organization, nil), ("ISIS", .organization, nil), ("Kabul", .location, nil), ("Syria", .country, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "The Islamic State lost its last village. Daesh fighters fled.",
                                            [("Islamic State", .organization, nil), ("Daesh", .organization, nil)])
        let result = resolver.resolve([a, b])
        let isis = result.entities.first { $0.id == "organization:isis" }
        let isisK = result.entities.first { $0.id == "organization:isis-k" }
        #expect(isis?.documents == ["a", "b"])
        #expect(isisK?.documents == ["a"])
        #expect(isisK?.aliases == [Alias(name: "Islamic State Khorasan Province", rule: .aliasTable)])
    }

    @Test func housesOfRepresentativesOfTwoCountriesStayApart() {
        let a = ResolutionTestDocument.make(id: "a", text: "Nigeria’s House of Representatives passed the budget. The House of Representatives also approved a loan.",
                                            [("Nigeria", .country, nil), ("House of Representatives", .organization, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "The American House of Representatives voted on the bill.",
                                            [("American", .country, "United States"), ("House of Representatives", .organization, nil)])
        let c = ResolutionTestDocument.make(id: "c", text: "The House of Representatives adjourned.", [("House of Representatives", .organization, nil)])
        let d = ResolutionTestDocument.make(id: "d", text: "The House of Representatives met again.", [("House of Representatives", .organization, nil)])
        let result = resolver.resolve([a, b, c, d])
        let houses = result.entities.filter { $0.type == .organization }
        #expect(houses.count == 4, "\(houses.map(\.id))")
        #expect(houses.allSatisfy { $0.documents.count == 1 })
        #expect(houses.contains { $0.name == "House of Representatives (Nigeria)" })
        #expect(houses.contains { $0.name == "House of Representatives (United States)" })
        // Inside document a, the bare second mention is the Nigerian house.
        let nigerian = result.documents[0].entities.first { $0.name == "House of Representatives (Nigeria)" }
        #expect(nigerian?.mentions.count == 2)
    }

    /// The lists read a bare "Senate" as the American one; written next to another country it is
    /// that country's, and so is the bare name in the same document (no merge with the US Senate).
    @Test func aListedSenateWrittenAsAnotherCountrysStaysApart() {
        let a = ResolutionTestDocument.make(id: "a", text: "Nigeria's Senate passed the budget. The Senate later adjourned.",
                                            [("Nigeria", .country, nil), ("Senate", .organization, "Senate")])
        let b = ResolutionTestDocument.make(id: "b", text: "The U.S. Senate voted on the bill.", [("U.S. Senate", .organization, "Senate")])
        let c = ResolutionTestDocument.make(id: "c", text: "The Senate adjourned.", [("Senate", .organization, "Senate")])
        let d = ResolutionTestDocument.make(id: "d", text: "The Senate of the United States met.",
                                            [("Senate", .organization, "Senate"), ("United States", .country, nil)])
        let result = resolver.resolve([a, b, c, d])
        let senates = result.entities.filter { $0.type == .organization }
        #expect(senates.count == 2, "\(senates.map(\.id))")
        let nigerian = result.documents[0].entities.first { $0.type == .organization }
        #expect(nigerian?.name == "Senate (Nigeria)")
        #expect(nigerian?.mentions.count == 2)
        #expect(senates.first { $0.name == "Senate" }?.documents == ["b", "c", "d"])
    }

    /// "the Zanu-PF party" in one article is the Zanu-PF another names bare.
    @Test func aPartyWrittenWithPartyIsThePartyNamedBare() {
        let a = ResolutionTestDocument.make(id: "a", text: "The ruling Zanu-PF party won the vote.", [("Zanu-PF party", .organization, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "Zanu-PF officials denied it.", [("Zanu-PF", .organization, nil)])
        let result = resolver.resolve([a, b])
        #expect(result.entities.count == 1, "\(result.entities.map(\.id))")
        #expect(result.entities.first?.documents == ["a", "b"])
    }

    /// A British paper's "Foreign Office" in a story that names only Iraq is the British one (the
    /// one country an article names does not qualify a listed body); a company's first word,
    /// read as a place, is the company.
    @Test func aBareListedBodyIsNotQualifiedByTheArticlesOneCountry() {
        let a = ResolutionTestDocument.make(id: "a", text: "The Foreign Office said its staff would stay in Iraq.",
                                            [("Foreign Office", .organization, "Foreign Office"), ("Iraq", .country, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "The Foreign Office summoned the envoy.", [("Foreign Office", .organization, "Foreign Office")])
        let c = ResolutionTestDocument.make(id: "c", text: "Woodside Energy won approval. Woodside has ten days to reply.",
                                            [("Woodside Energy", .organization, nil), ("Woodside", .location, nil)])
        let result = resolver.resolve([a, b, c])
        #expect(result.entities.first { $0.name == "Foreign Office" }?.documents == ["a", "b"], "\(result.entities.map(\.name))")
        #expect(result.documents[2].entities.count == 1 && result.documents[2].entities.first?.mentions.count == 2)
    }

    /// A company's abbreviated legal form keeps its period ("Co.", "Inc."); a sentence's full
    /// stop after another name does not join it.
    @Test func aLegalFormKeepsItsPeriod() {
        let a = ResolutionTestDocument.make(id: "a", text: "Japan paid Taiwan Semiconductor Manufacturing Co. to build a plant. Tokyo thanked Micron Technology Inc.",
                                            [("Japan", .country, nil), ("Taiwan Semiconductor Manufacturing Co.", .organization, nil),
                                             ("Micron Technology Inc.", .organization, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "The deal was signed by Toyota.", [("Toyota.", .organization, nil)])
        let result = resolver.resolve([a, b])
        #expect(Set(result.entities.map(\.name)) == ["Japan", "Taiwan Semiconductor Manufacturing Co.", "Micron Technology Inc.", "Toyota"])
    }

    /// A bare listed legislature is another country's in an article about that one country's
    /// politics ("In Peru ... Congress"), and "the country's Congress" is the country named before
    /// it; an article that names the American parties, or its one other country only after the
    /// body, keeps the American one.
    @Test func aBareLegislatureInAnArticleAboutAnotherCountryIsThatCountrys() {
        let a = ResolutionTestDocument.make(id: "a", text: "Peru's president faces a vote. Congress meets on Friday.",
                                            [("Peru", .country, nil), ("Congress", .organization, "Congress")])
        let b = ResolutionTestDocument.make(id: "b", text: "Chile sent an envoy to Brazil. The reform was approved by the country's Congress.",
                                            [("Chile", .country, nil), ("Brazil", .country, nil), ("Congress", .organization, "Congress")])
        let c = ResolutionTestDocument.make(id: "c", text: "In Ukraine the war goes on. Republicans in Congress blocked the aid.",
                                            [("Ukraine", .country, nil), ("Republicans", .organization, nil), ("Congress", .organization, "Congress")])
        let d = ResolutionTestDocument.make(id: "d", text: "Congress passed the bill on ByteDance, a company based in China.",
                                            [("Congress", .organization, "Congress"), ("ByteDance", .organization, nil), ("China", .country, nil)])
        let result = resolver.resolve([a, b, c, d])
        let names = result.documents.map { $0.entities.first { $0.type == .organization && $0.name.hasPrefix("Congress") }?.name }
        #expect(names == ["Congress (Peru)", "Congress (Brazil)", "Congress", "Congress"])
    }

    /// "S. Jaishankar" is the corpus's one Subrahmanyam Jaishankar; "G. Bush" fits two Bushes
    /// and stays apart.
    @Test func aFirstInitialJoinsTheOneFullNameItFits() {
        let a = ResolutionTestDocument.make(id: "a", text: "Subrahmanyam Jaishankar met George W. Bush and George H. W. Bush.",
                                            [("Subrahmanyam Jaishankar", .person, nil), ("George W. Bush", .person, nil), ("George H. W. Bush", .person, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "S. Jaishankar and G. Bush spoke.", [("S. Jaishankar", .person, nil), ("G. Bush", .person, nil)])
        let result = resolver.resolve([a, b])
        let jaishankar = result.entities.first { $0.name == "Subrahmanyam Jaishankar" }
        #expect(jaishankar?.documents == ["a", "b"], "\(result.entities.map(\.name))")
        #expect(result.entities.contains { $0.name == "G. Bush" && $0.documents == ["b"] })
    }

    @Test func acronymByInitialsInsideAndAcrossDocuments() {
        let a = ResolutionTestDocument.make(id: "a", text: "The Kenya Wildlife Service counted the herds. KWS rangers tagged forty animals.",
                                            [("Kenya Wildlife Service", .organization, nil), ("KWS", .organization, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "KWS closed the park.", [("KWS", .organization, nil)])
        let result = resolver.resolve([a, b])
        let kws = result.entities.first { $0.id == "organization:kenya-wildlife-service" }
        #expect(kws?.documents == ["a", "b"])
        #expect(kws?.aliases == [Alias(name: "KWS", rule: .acronymInitials)])
        #expect(result.entities.count == 1)
    }

    @Test func anAcronymADocumentDefinedOutranksNamesWhoseInitialsSpellIt() {
        // Two organizations spell LRA; the one a document defined the acronym for takes the bare LRA of another document.
        let a = ResolutionTestDocument.make(id: "a", text: "Rebels of the Ugandan Lord's Resistance Army (LRA) attacked a village. The LRA denied it.",
                                            [("Ugandan Lord's Resistance Army", .organization, nil), ("LRA", .organization, nil), ("LRA", .organization, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "The Grammys are awarded by the Latin Recording Academy.", [("Latin Recording Academy", .organization, nil)])
        let c = ResolutionTestDocument.make(id: "c", text: "LRA fighters crossed into Sudan.", [("LRA", .organization, nil)])
        let result = resolver.resolve([a, b, c])
        let lra = result.entities.first { $0.documents.contains("a") && $0.type == .organization }
        #expect(lra?.documents == ["a", "c"])
        let academy = result.entities.first { $0.name == "Latin Recording Academy" }
        #expect(academy?.documents == ["b"])
    }

    @Test func titlesInsideTheSpanBecomeRolesAndAffiliations() {
        let text = "Italy’s Defence Minister Marta Rossi met Mr. Paolo Bianchi. Rossi said the talks were useful."
        let doc = ResolutionTestDocument.make(id: "a", text: text, annotations: [
            .init(surface: "Italy’s Defence Minister Marta Rossi", type: .person, canonical: nil),
            .init(surface: "Mr. Paolo Bianchi", type: .person, canonical: nil),
            .init(surface: "Rossi", type: .person, canonical: nil),
        ])
        // The country mention inside the person's title is kept.
        var withCountry = doc
        withCountry.mentions.append(Mention(text: "Italy", type: .country, sentence: 0, range: TextRange(start: 0, end: 5)))
        let result = resolver.resolve([withCountry])
        let rossi = result.documents[0].entities.first { $0.id == "person:marta-rossi" }
        #expect(rossi?.roles == ["Defence Minister"])
        #expect(rossi?.mentions.map(\.text) == ["Marta Rossi", "Rossi"])
        #expect(result.entities.contains { $0.id == "person:paolo-bianchi" })
        #expect(result.documents[0].relations.contains { $0.kind == .affiliation && $0.source == "person:marta-rossi" && $0.target == "country:italy" && $0.label == "Defence Minister" })
    }

    @Test func appositionsGiveAffiliationsToTheOrganizationNotTheTopic() {
        let text = "Anna Berg, the World Health Organization’s special envoy on Yemen, arrived. WHO envoy Anna Berg said aid was short. Karl Weiss, the Secretary-General of NATO, spoke later."
        let doc = ResolutionTestDocument.make(id: "a", text: text, [("Anna Berg", .person, nil), ("World Health Organization’s", .organization, nil), ("Yemen", .country, nil), ("WHO", .organization, nil), ("Karl Weiss", .person, nil), ("NATO", .organization, nil)])
        let result = resolver.resolve([doc])
        let relations = result.documents[0].relations.filter { $0.kind == .affiliation }
        #expect(relations.contains { $0.source == "person:anna-berg" && $0.target == "organization:world-health-organization" && $0.label == "Special Envoy" })
        #expect(!relations.contains { $0.target == "country:yemen" })
        #expect(relations.contains { $0.source == "person:karl-weiss" && $0.target == "organization:nato" && $0.label == "Secretary-General" })
        // The second sentence's pre-title ("WHO envoy Anna Berg") ties her to the same organization.
        #expect(relations.contains { $0.source == "person:anna-berg" && $0.target == "organization:world-health-organization" && $0.label == "Envoy" })
        #expect(relations.filter { $0.source == "person:anna-berg" }.allSatisfy { $0.target == "organization:world-health-organization" })
    }

    @Test func bareHeadNounsJoinTheOneOrganizationTheyHeadAcrossDocuments() {
        let a = ResolutionTestDocument.make(id: "a", text: "The Alliance for Rural Schools opened a library.", [("Alliance for Rural Schools", .organization, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "The Alliance said it would open another.", [("Alliance", .organization, nil)])
        let c = ResolutionTestDocument.make(id: "c", text: "The Council met. The Council of Elders and the Council for Trade objected.",
                                            [("Council", .organization, nil), ("Council of Elders", .organization, nil), ("Council for Trade", .organization, nil)])
        let result = resolver.resolve([a, b, c])
        #expect(result.entities.first { $0.id == "organization:alliance-for-rural-schools" }?.documents == ["a", "b"])
        // "Council" heads two names: it stays on its own.
        #expect(result.entities.contains { $0.id == "organization:council" })
    }

    @Test func aChambersHeadNounShortensOnlyAChamber() {
        // "House" is the head of "White House" and of "House of Representatives"; a reader takes
        // the bare "House" for the chamber, also when the document names only the White House.
        let a = ResolutionTestDocument.make(id: "a", text: "The White House urged Congress to act. House members say they will vote on Friday. A Republican House member objected.",
                                            [("White House", .organization, nil), ("Congress", .organization, nil), ("House", .organization, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "The House of Representatives met on Monday. The House passed the bill.",
                                            [("House of Representatives", .organization, nil), ("House", .organization, nil)])
        let c = ResolutionTestDocument.make(id: "c", text: "The Philippine House of Representatives met. Later the House adjourned.",
                                            [("Philippine House of Representatives", .organization, nil), ("House", .organization, nil)])
        let d = ResolutionTestDocument.make(id: "d", text: "The House voted against the plan on Tuesday.", [("House", .organization, nil)])
        let result = resolver.resolve([a, b, c, d])
        func entity(_ doc: Int, _ text: String) -> String? {
            result.documents[doc].entities.first { $0.mentions.contains { $0.text == text } }?.id
        }
        #expect(entity(0, "House") != entity(0, "White House"))
        #expect(result.entities.first { $0.id == "organization:white-house" }?.aliases.isEmpty == true)
        // Beside a chamber the bare head is that chamber.
        #expect(entity(1, "House") == entity(1, "House of Representatives"))
        #expect(entity(2, "House") == entity(2, "Philippine House of Representatives"))
        // A document with the bare head alone does not say whose chamber it is.
        #expect(entity(3, "House") != entity(2, "House"))
        // Other head nouns still join the one name they head ("the Council").
        let e = ResolutionTestDocument.make(id: "e", text: "The Security Council met. The Council agreed.", [("Security Council", .organization, nil), ("Council", .organization, nil)])
        #expect(resolver.resolve([e]).entities.count == 1)
        let f = ResolutionTestDocument.make(id: "f", text: "The Chamber of Commerce met. The Chamber agreed.", [("Chamber of Commerce", .organization, nil), ("Chamber", .organization, nil)])
        #expect(resolver.resolve([f]).entities.count == 1)
    }

    @Test func anAdjectiveBeforeACommonNounIsNoShortForm() {
        func together(_ text: String, _ long: String, _ short: String) -> Bool {
            let doc = ResolutionTestDocument.make(id: "a", text: text, [(long, .organization, nil), (short, .organization, nil)])
            let entities = resolver.resolve([doc]).documents[0].entities
            let a = entities.first { $0.mentions.contains { $0.text == long } }?.id
            let b = entities.first { $0.mentions.contains { $0.text == short } }?.id
            return a != nil && a == b
        }
        // Adjectives of origin used as modifiers are not the name they begin.
        #expect(!together("The African Union will meet on Monday. Officials hope the African summit will end the war.", "African Union", "African"))
        #expect(!together("The Philippine House of Representatives met. A Philippine lawmaker was killed.", "Philippine House of Representatives", "Philippine"))
        #expect(!together("The International Council of Shopping Centers met. International rights groups protested.", "International Council of Shopping Centers", "International"))
        // A short form written alone somewhere, the name's own next word, or a word without an
        // adjective's shape still joins.
        #expect(together("Continental Airlines cut flights. Continental officials blamed fuel.", "Continental Airlines", "Continental"))
        #expect(together("Olympic Airways cut flights. Olympic, the Greek carrier, blamed fuel.", "Olympic Airways", "Olympic"))
        #expect(together("The Nationalist Party met in Taipei. Nationalist party leaders then left.", "Nationalist Party", "Nationalist"))
        #expect(together("Kenyon International Emergency Services arrived. Kenyon president Robert Jensen spoke.", "Kenyon International Emergency Services", "Kenyon"))
    }

    @Test func middleInitialsDoNotSplitAPerson() throws {
        let a = ResolutionTestDocument.make(id: "a", text: "Mary K. Doyle chaired the panel.", [("Mary K. Doyle", .person, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "Mary Doyle closed the panel. Mary Jane Doyle attended.", [("Mary Doyle", .person, nil), ("Mary Jane Doyle", .person, nil)])
        let result = resolver.resolve([a, b])
        let doyles = result.entities.filter { $0.name.hasSuffix("Doyle") }
        #expect(doyles.count == 2)
        let merged = try #require(doyles.first { $0.documents == ["a", "b"] })
        let other = merged.name == "Mary Doyle" ? "Mary K. Doyle" : "Mary Doyle"
        #expect(merged.aliases.contains(Alias(name: other, rule: .normalized)))
        #expect(doyles.contains { $0.id == "person:mary-jane-doyle" && $0.documents == ["b"] })
    }

    @Test func titlesInsideOneSpanWithoutANestedCountry() {
        // The tagger marked the whole phrase as a person and the typer gave no "Saudi" mention.
        let doc = ResolutionTestDocument.make(id: "a", text: "Saudi Foreign Minister Faisal bin Farhan met Hassan Sheikh Mohamud. Faisal bin Farhan left.",
                                              [("Saudi Foreign Minister Faisal bin Farhan", .person, nil), ("Hassan Sheikh Mohamud", .person, nil), ("Faisal bin Farhan", .person, nil)])
        let result = resolver.resolve([doc])
        #expect(result.entities.map(\.id) == ["person:faisal-bin-farhan", "person:hassan-sheikh-mohamud"])
        #expect(result.entities.first?.roles == ["Foreign Minister"])
    }

    @Test func titlesAloneAreNotPersons() {
        let doc = ResolutionTestDocument.make(id: "a", text: "The President met the Secretary-General. Mr. Ito spoke.",
                                              [("President", .person, nil), ("Secretary-General", .person, nil), ("Mr. Ito", .person, nil)])
        let result = resolver.resolve([doc])
        #expect(result.entities.map(\.id) == ["person:ito"])
    }

    @Test func coalitionNamesSplitByTheTaggerAreJoined() {
        let a = ResolutionTestDocument.make(id: "a", text: "Ministers of the International Alliance to confront ISIS met in Rome.",
                                            [("International Alliance", .organization, nil), ("ISIS", .organization, nil), ("Rome", .location, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "The Global Coalition against Daesh will meet again. Daesh remains a threat.",
                                            [("Global Coalition", .organization, nil), ("Daesh", .organization, nil)])
        let result = resolver.resolve([a, b])
        let coalition = result.entities.first { $0.id == "organization:global-coalition-to-defeat-isis" }
        #expect(coalition?.documents == ["a", "b"])
        #expect(result.entities.first { $0.id == "organization:isis" }?.documents == ["b"])
    }

    @Test func postModifiersAndFrontedAppositions() {
        let text = "Foreign Minister Olena Marchenko of Ukraine arrived. The director general of the IAEA, Rafael Grossi, joined her."
        let doc = ResolutionTestDocument.make(id: "a", text: text, [("Olena Marchenko", .person, nil), ("Ukraine", .country, nil), ("IAEA", .organization, nil), ("Rafael Grossi", .person, nil)])
        let relations = resolver.resolve([doc]).documents[0].relations.filter { $0.kind == .affiliation }
        #expect(relations.contains { $0.source == "person:olena-marchenko" && $0.target == "country:ukraine" && $0.label == "Foreign Minister" })
        #expect(relations.contains { $0.source == "person:rafael-grossi" && $0.target == "organization:international-atomic-energy-agency" && $0.label == "Director General" })
        #expect(relations.count == 2)
    }

    @Test func spellingVariantsMergeOnlyWithCompatibleContext() {
        let a = ResolutionTestDocument.make(id: "a", text: "Egyptian Foreign Minister Mohammed Salem arrived in Paris.",
                                            [("Egyptian", .country, "Egypt"), ("Mohammed Salem", .person, nil), ("Paris", .location, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "Egypt’s Foreign Minister Mohamed Salem left Paris. Salem said little.",
                                            [("Egypt", .country, nil), ("Mohamed Salem", .person, nil), ("Salem", .person, nil), ("Paris", .location, nil)])
        let c = ResolutionTestDocument.make(id: "c", text: "US Senator John Hart spoke. British Minister Joan Hart replied.",
                                            [("US", .country, "United States"), ("John Hart", .person, nil), ("British", .country, "United Kingdom"), ("Joan Hart", .person, nil)])
        let d = ResolutionTestDocument.make(id: "d", text: "Maria Lopez and Mario Lopez opened the shop.",
                                            [("Maria Lopez", .person, nil), ("Mario Lopez", .person, nil)])
        let result = resolver.resolve([a, b, c, d])
        let salem = result.entities.filter { $0.name.hasSuffix("Salem") }
        #expect(salem.count == 1)
        #expect(salem.first?.documents == ["a", "b"])
        #expect(salem.first.map { $0.aliases.contains { $0.rule == .spellingVariant } } == true)
        // Different affiliations: not merged.
        #expect(result.entities.contains { $0.id == "person:john-hart" } && result.entities.contains { $0.id == "person:joan-hart" })
        // No shared role or affiliation: not merged either.
        #expect(result.entities.contains { $0.id == "person:maria-lopez" } && result.entities.contains { $0.id == "person:mario-lopez" })
    }

    @Test func surnamesResolveToTheNearestFullNameAndHandlesLink() {
        let text = "Prime Minister Jane Okafor (@JaneOkaforPM) met Daniel Okafor, her brother. Okafor later said the meeting was private. @JaneOkaforPM posted a photo."
        let doc = ResolutionTestDocument.make(id: "a", text: text, [("Jane Okafor", .person, nil), ("Daniel Okafor", .person, nil), ("Okafor", .person, nil), ("@JaneOkaforPM", .person, nil)])
        let result = resolver.resolve([doc])
        let jane = result.documents[0].entities.first { $0.id == "person:jane-okafor" }
        #expect(jane?.mentions.map(\.text).contains("@JaneOkaforPM") == true)
        #expect(jane?.mentions.filter { $0.text == "@JaneOkaforPM" }.count == 2)
        #expect(result.entities.first { $0.id == "person:jane-okafor" }?.aliases.contains(Alias(name: "@JaneOkaforPM", rule: .handle)) == true)
        // "Okafor" is ambiguous; it goes to the nearest full name before it.
        let daniel = result.documents[0].entities.first { $0.id == "person:daniel-okafor" }
        #expect(daniel?.mentions.map(\.text) == ["Daniel Okafor", "Okafor"])
        #expect(result.entities.count == 2)
    }

    @Test func possessivesAndLeadingTheAreDropped() {
        let doc = ResolutionTestDocument.make(id: "a", text: "The European Union's budget grew. The EU’s members agreed. The Netherlands's envoy left.",
                                              [("The European Union's", .organization, nil), ("EU’s", .organization, nil), ("The Netherlands's", .country, "Netherlands")])
        let result = resolver.resolve([doc])
        #expect(ids(result) == ["country:netherlands", "organization:european-union"])
        #expect(result.documents[0].entities.first { $0.id == "organization:european-union" }?.mentions.map(\.text) == ["European Union", "EU"])
    }

    @Test func sameEntityGetsTheSameIdInEveryDocument() {
        let docs = (0..<5).map { i in
            ResolutionTestDocument.make(id: "d\(i)", text: "NATO and the North Atlantic Treaty Organization met in Brussels.",
                                        [("NATO", .organization, nil), ("North Atlantic Treaty Organization", .organization, nil), ("Brussels", .location, nil)])
        }
        let result = resolver.resolve(docs)
        #expect(result.entities.map(\.id) == ["location:brussels", "organization:nato"])
        for d in result.documents { #expect(d.entities.map(\.id) == ["location:brussels", "organization:nato"]) }
        #expect(result.documents.allSatisfy { $0.relations.filter { $0.kind == .comention }.count == 1 })
    }
}
