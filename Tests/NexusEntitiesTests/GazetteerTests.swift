import Foundation
import Testing
import NexusCore
@testable import NexusText
@testable import NexusEntities

@Suite("Gazetteer")
struct GazetteerTests {
    let gazetteer: Gazetteer
    let countries: CountryGazetteer

    init() throws {
        gazetteer = try Gazetteer.bundled()
        countries = try CountryGazetteer.bundled()
    }

    @Test func countryNamesCodesAndDemonyms() {
        let expected: [(String, String)] = [
            ("U.S.", "United States"), ("US", "United States"), ("USA", "United States"), ("U.S.A.", "United States"),
            ("the United States", "United States"), ("United States of America", "United States"),
            ("America", "United States"), ("American", "United States"), ("Americans", "United States"),
            ("UK", "United Kingdom"), ("U.K.", "United Kingdom"), ("Britain", "United Kingdom"), ("British", "United Kingdom"),
            ("UAE", "United Arab Emirates"), ("DRC", "Democratic Republic of the Congo"), ("Italian", "Italy"),
            ("Italy’s", "Italy"), ("Italian Republic", "Italy"), ("French", "France"), ("Russian Federation", "Russia"),
            ("Iran", "Iran"), ("Islamic Republic of Iran", "Iran"), ("Syria", "Syria"), ("Syrian Arab Republic", "Syria"),
            ("South Korea", "South Korea"), ("Turkey", "Türkiye"), ("Türkiye", "Türkiye"), ("Holy See", "Vatican City"),
            ("Vatican City", "Vatican City"), ("Palestine", "Palestine"), ("Kosovo", "Kosovo"), ("Taiwan", "Taiwan"),
            ("Niger", "Niger"), ("Nigeria", "Nigeria"), ("Nigerien", "Niger"), ("Nigerian", "Nigeria"),
            ("Ivory Coast", "Côte d'Ivoire"), ("Côte d'Ivoire", "Côte d'Ivoire"), ("Iraqi", "Iraq"), ("Kazakhstan", "Kazakhstan"),
        ]
        for (surface, country) in expected {
            #expect(countries.canonicalCountry(for: surface) == country, "\(surface)")
        }
    }

    @Test func organizationNamesAreFoundInBothSpellingsOfIzation() {
        #expect(Gazetteer.otherSpelling("World Health Organisation") == "World Health Organization")
        #expect(Gazetteer.otherSpelling("Organizations of the Left") == "Organisations of the Left")
        #expect(Gazetteer.otherSpelling("Red Cross") == "Red Cross")
    }

    @Test func notCountries() {
        for surface in ["us", "Us", "IS", "it", "IT", "Kurdish", "Kurds", "Rome", "Brussels", "Sahel", "Europe", "Islamic State", "Korean"] {
            #expect(countries.canonicalCountry(for: surface) == nil, "\(surface)")
        }
    }

    @Test func demonymsAreNotNames() {
        #expect(countries.canonicalCountry(forName: "Italian") == nil)
        #expect(countries.canonicalCountry(forName: "Italy") == "Italy")
        #expect(countries.country(forDemonym: "Italian") == "Italy")
        #expect(countries.country(forDemonym: "Italy") == nil)
    }

    @Test func everyUNMemberAndObserverIsACountry() throws {
        let url = try Gazetteer.bundledURL("country-codes")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        let statuses = rows.map { $0.split(separator: "\t")[3] }
        #expect(statuses.filter { $0 == "un-member" }.count == 193)
        #expect(statuses.filter { $0 == "un-observer" }.count == 2)
        for row in rows {
            let name = String(row.split(separator: "\t")[0])
            #expect(countries.typeLocation(name) == (.country, name) as (EntityType, String?), "\(name)")
        }
    }

    @Test func typesPlacesAsCountryOrLocation() {
        #expect(countries.typeLocation("the U.S.") == (.country, "United States") as (EntityType, String?))
        #expect(countries.typeLocation("Rome") == (.location, "Rome") as (EntityType, String?))
        #expect(countries.typeLocation("Brussels") == (.location, "Brussels") as (EntityType, String?))
        #expect(countries.typeLocation("Middle East") == (.location, "Middle East") as (EntityType, String?))
        #expect(countries.typeLocation("Fiera Roma") == (.location, nil) as (EntityType, String?))
    }

    @Test func longestMatchesInASentence() {
        let tokens = Tokenizer().tokenize("The UN Security Council and the U.S. met in Rome, not us, with Italian Foreign Minister Di Maio and NATO.").map(\.text)
        let found = gazetteer.longestMatches(in: tokens).map { "\($0.entry.kind.rawValue):\($0.entry.canonical)" }
        #expect(found == [
            "organization:UN Security Council", "country:United States", "location:Rome", "demonym:Italy",
            "title:Foreign Minister", "organization:NATO",
        ])
    }

    @Test func membershipFlagsPerToken() {
        let tokens = ["US", "Secretary", "of", "State", "visited", "the", "United", "Arab", "Emirates", "and", "us"]
        let flags = gazetteer.memberships(tokens: tokens)
        #expect(flags.count == tokens.count)
        #expect(flags[0] == [.beginCountry])
        #expect(flags[1].contains(.beginTitle))
        #expect(flags[2] == [.insideTitle] && flags[3] == [.insideTitle])
        #expect(flags[4] == [])
        #expect(flags[6] == [.beginCountry] && flags[7] == [.insideCountry])
        // "Emirates" is inside "United Arab Emirates" and a name of its own.
        #expect(flags[8] == [.beginCountry, .insideCountry])
        #expect(flags[10] == [])
        #expect(flags[1].names.contains("B-TITLE"))
    }

    @Test func featureFlagsForTheTagger() throws {
        #expect(gazetteer.flags(for: ["Italian", "Foreign", "Minister", "visited", "Niger"]) ==
            [["B-DEMONYM"], ["B-TITLE"], ["B-TITLE", "I-TITLE"], [], ["B-COUNTRY"]])  // "Minister" is a title too
        #expect(gazetteer.name.hasPrefix("nexus-gazetteers-\(gazetteer.entries.count)-"))
        let reloaded = try Gazetteer.bundled()
        #expect(gazetteer.name == reloaded.name)
        #expect(gazetteer.name != Gazetteer(entries: Array(gazetteer.entries.dropLast())).name)
    }

    @Test func titlesMatchInAnyCase() {
        let tokens = ["the", "foreign", "minister", "and", "Mr.", "Smith"]
        let found = gazetteer.longestMatches(in: tokens, kinds: [.title, .honorific])
        #expect(found.map(\.entry.canonical) == ["Foreign Minister", "Mr"])
        #expect(found.map(\.range) == [1..<3, 4..<5])
    }

    @Test func caseSensitiveShortForms() {
        #expect(GazetteerEntry.isCaseSensitive("US"))
        #expect(GazetteerEntry.isCaseSensitive("U.S."))
        #expect(GazetteerEntry.isCaseSensitive("WHO"))
        #expect(GazetteerEntry.isCaseSensitive("MoD"))
        #expect(!GazetteerEntry.isCaseSensitive("Italy"))
        #expect(!GazetteerEntry.isCaseSensitive("NATO Summit"))
        #expect(gazetteer.entries(for: "who", kinds: [.organization]).isEmpty)
        #expect(gazetteer.entries(for: "WHO", kinds: [.organization]).first?.canonical == "World Health Organization")
        #expect(gazetteer.entries(for: "al-Qaeda", kinds: [.organization]).first?.canonical == "al-Qaeda")
    }

    @Test func lowercaseMatchesFoundation() {
        for token in ["U.S.", "NATO", "nato", "Türkiye", "ÉTATS", "al-Qaeda", "", "X", "İstanbul", "ΣΑΣ"] {
            #expect(Gazetteer.lowercase(token) == token.lowercased(), "\(token)")
        }
    }

    @Test func malformedFilesAreReported() {
        #expect(throws: GazetteerError.malformedLine(path: "x.tsv", line: 2, reason: "2 fields")) {
            try Gazetteer.parse("# header\nItaly\tcountry\n", path: "x.tsv")
        }
        #expect(throws: GazetteerError.malformedLine(path: "x.tsv", line: 1, reason: "unknown kind 'nation'")) {
            try Gazetteer.parse("Italy\tnation\tItaly\n", path: "x.tsv")
        }
    }
}

@Suite("MentionTyper")
struct MentionTyperTests {
    let typer: MentionTyper

    init() throws {
        typer = try MentionTyper.bundled()
    }

    func typed(_ label: String, _ sentence: String, _ span: Range<Int>) -> MentionTyper.Typed? {
        typer.type(label: label, tokens: Tokenizer().tokenize(sentence).map(\.text), span: span)
    }

    @Test func aCountrysFullNameTaggedAsAnOrganizationIsTheCountry() {
        #expect(typed("ORG", "Democratic Republic of Congo troops fired", 0..<4)
                == .init(type: .country, canonical: "Democratic Republic of the Congo"))
        // An organization list's name stays an organization.
        #expect(typed("ORG", "The African Union met", 1..<3)?.type == .organization)
    }

    @Test func locationsBecomeCountriesWhenKnown() {
        #expect(typed("LOC", "He went to the U.S. today", 4..<5) == .init(type: .country, canonical: "United States"))
        #expect(typed("LOC", "He went to the U.S. today", 3..<5) == .init(type: .country, canonical: "United States"))
        #expect(typed("B-LOC", "He went to the United Kingdom", 3..<6) == .init(type: .country, canonical: "United Kingdom"))
        #expect(typed("LOC", "They met in Rome", 3..<4) == .init(type: .location, canonical: "Rome"))
        #expect(typed("LOC", "They met in Brussels", 3..<4) == .init(type: .location, canonical: "Brussels"))
        #expect(typed("LOC", "They met in Fiera Roma", 3..<5) == .init(type: .location, canonical: nil))
        // A demonym tagged as a place follows the MISC rule.
        #expect(typed("LOC", "Syrian forces advanced", 0..<1) == .init(type: .country, canonical: "Syria"))
        #expect(typed("LOC", "a Syrian refugee", 1..<2) == nil)
    }

    @Test func demonymsBeforeTitlesOrStateNounsAreCountries() {
        #expect(typed("MISC", "the Italian Foreign Minister spoke", 1..<2) == .init(type: .country, canonical: "Italy"))
        #expect(typed("MISC", "attacks against American troops in Iraq", 2..<3) == .init(type: .country, canonical: "United States"))
        #expect(typed("MISC", "blamed by Iraqi officials", 2..<3) == .init(type: .country, canonical: "Iraq"))
        #expect(typed("MISC", "his Italian counterpart", 1..<2) == .init(type: .country, canonical: "Italy"))
        // A state body's capitalized name is read as its words; a demonym tagged ORG follows the MISC rule.
        #expect(typed("MISC", "calls on the Sudanese Armed Forces to", 3..<4) == .init(type: .country, canonical: "Sudan"))
        #expect(typed("MISC", "the Philippine Coast Guard said", 1..<2) == .init(type: .country, canonical: "Philippines"))
        #expect(typed("ORG", "met his Qatari counterpart", 2..<3) == .init(type: .country, canonical: "Qatar"))
        #expect(typed("MISC", "thanked the British people", 2..<3) == .init(type: .country, canonical: "United Kingdom"))
        #expect(typed("ORG", "a Qatari businessman", 1..<2) == nil)
    }

    @Test func otherMiscIsDroppedUnlessItIsAnOtherName() {
        #expect(typed("MISC", "the Kurdish-led forces", 1..<2) == nil)
        #expect(typed("MISC", "on the Syrian issue", 2..<3) == nil)
        #expect(typed("MISC", "an Italian restaurant", 1..<2) == nil)
        // An event is a name, of type other.
        #expect(typed("MISC", "the World Cup final", 1..<3) == .init(type: .other))
        #expect(typed("ORG", "the Good Friday Agreement held", 1..<4) == .init(type: .other))
        #expect(typed("ORG", "at Heathrow Airport today", 1..<3) == .init(type: .location))
        #expect(typed("ORG", "Meanwhile the talks", 0..<1) == nil)
        // A name set in a place by its context is a place; a demonym or a known body is not.
        #expect(typed("ORG", "a refinery in the Russian region of Rostov", 7..<8)?.type == .location)
        #expect(typed("ORG", "through the Kerem Shalom crossing", 2..<4)?.type == .location)
        // A state's border is its own ("sent troops to the Syrian border" is a show of force toward Syria).
        #expect(typed("MISC", "along the Syrian border", 2..<3) == .init(type: .country, canonical: "Syria"))
        #expect(typed("MISC", "the Syrian opposition", 1..<2) == nil)
        #expect(typed("ORG", "a Hamas camp", 1..<2)?.type == .organization)
        // A name ending in a natural feature is a place whatever the tagger says; a surname "Bay" is not.
        #expect(typed("PER", "near the Second Thomas Shoal today", 2..<5)?.type == .location)
        #expect(typed("PER", "director Michael Bay said", 1..<3)?.type == .person)
    }

    @Test func peopleAndOrganizations() {
        #expect(typed("PER", "Antony Blinken said", 0..<2) == .init(type: .person))
        #expect(typed("ORG", "the U.N. said", 1..<2) == .init(type: .organization, canonical: "United Nations"))
        #expect(typed("ORG", "the Arab League said", 0..<3) == .init(type: .organization, canonical: "Arab League"))
        #expect(typed("ORG", "the Acme Widgets board", 1..<3) == .init(type: .organization, canonical: nil))
        #expect(typed("O", "nothing here", 0..<1) == nil)
    }

    @Test func followersOfAFaithAreNoOrganizationPlaceOrPerson() {
        #expect(typed("ORG", "Muslim leaders met the minister", 0..<1) == nil)
        #expect(typed("ORG", "He spoke to British Jews on Sunday", 3..<5) == nil)
        #expect(typed("LOC", "Sikhs and Hindus marched", 0..<1) == nil)
        #expect(typed("ORG", "Rohingya Muslims fled", 0..<2) == nil)
        // A body named after a faith stays a body.
        #expect(typed("ORG", "The Muslim Council of Britain said", 1..<5)?.type == .organization)
        #expect(typed("ORG", "The Muslim Brotherhood said", 1..<3)?.type == .organization)
    }

    @Test func aCountyIsAPlaceAndItsCricketClubIsNotInTheNews() {
        #expect(typed("ORG", "Police in Leicestershire said", 2..<3)?.type == .location)
        #expect(typed("ORG", "floods in West Yorkshire on Monday", 2..<4)?.type == .location)
        #expect(typed("ORG", "the West Yorkshire Police said", 1..<4)?.type == .organization)
    }

    @Test func aDenominationsChurchIsABodyAndAChurchOfASaintABuilding() {
        #expect(typed("ORG", "The Roman Catholic Church said", 1..<4)?.type == .organization)
        #expect(typed("ORG", "gunmen attacked Saint George Church in Mosul", 2..<5)?.type == .location)
    }

    @Test func theHeadOfALawsNameIsNoPerson() {
        #expect(typed("PER", "MPs debated the Mental Capacity Bill on Monday", 5..<6) == nil)
        #expect(typed("PER", "the Health Service (Miscellaneous Provisions) Bill was passed", 7..<8) == nil)
        #expect(typed("ORG", "to get the Bill passed", 3..<4) == nil)
        #expect(typed("PER", "The Bill would end it", 1..<2) == nil)
        // The first name after a title, or opening a sentence, is a person's.
        #expect(typed("PER", "President Bill Clinton spoke", 1..<3)?.type == .person)
        #expect(typed("PER", "said Mr Bill on Monday", 2..<3)?.type == .person)
        #expect(typed("PER", "Bill said nothing", 0..<1)?.type == .person)
    }
}

@Suite("Gazetteer titles")
struct GazetteerTitleTests {
    let gazetteer: Gazetteer

    init() throws {
        gazetteer = try Gazetteer.bundled()
    }

    func split(_ text: String) -> TitleSplit {
        gazetteer.splitTitles(Tokenizer().tokenize(text).map(\.text))
    }

    @Test func splitsRolesCountriesAndHonorifics() {
        #expect(split("US Secretary of State Antony Blinken") ==
            TitleSplit(roles: ["Secretary of State"], honorifics: [], countries: ["United States"], nameStart: 4))
        #expect(split("the Italian Foreign Minister Luigi Di Maio") ==
            TitleSplit(roles: ["Foreign Minister"], honorifics: [], countries: ["Italy"], nameStart: 4))
        #expect(split("His Holiness Pope Francis") ==
            TitleSplit(roles: ["Pope"], honorifics: ["His Holiness"], countries: [], nameStart: 3))
        #expect(split("Mr. Smith") == TitleSplit(roles: [], honorifics: ["Mr"], countries: [], nameStart: 1))
        #expect(split("Minister of Foreign Affairs Jane Doe").roles == ["Foreign Minister"])
    }

    @Test func leavesTheNameAlone() {
        #expect(split("Antony Blinken").nameStart == 0)
        #expect(split("President").nameStart == 0)
        #expect(split("Italian Luigi Di Maio").nameStart == 0)
        #expect(split("Georgia Meloni").nameStart == 0)
    }
}
