import Foundation
import NexusCore
import Testing
@testable import NexusEntities

/// Political parties, government departments, agencies and international bodies of the shipped
/// alias table (`Resources/aliases/organizations.tsv`). The expectations are the bodies' own
/// names and the short forms newsrooms use for them; the short forms that several bodies share
/// are left out of the table (SOURCES.md, "Ambiguous short forms").
@Suite struct AliasTablePartiesTests {
    let table: AliasTable

    init() throws {
        table = try AliasTable.shipped()
    }

    func entry(_ name: String) -> AliasTable.Entry? {
        table.lookup(name, type: .organization)
    }

    @Test func partyShortFormsNameTheirParty() throws {
        #expect(entry("Tories")?.canonical == "Conservative Party")
        #expect(entry("the Conservatives")?.canonical == "Conservative Party")
        #expect(entry("Tory Party")?.canonical == "Conservative Party")
        // A former member's party ("ex-Labour MP") is the party; "ex" alone names nothing.
        #expect(entry("ex-Labour")?.canonical == "Labour Party")
        #expect(entry("Ex-Tory")?.canonical == "Conservative Party")
        #expect(entry("ex-Acme") == nil)
        #expect(entry("Commons")?.canonical == "House of Commons")
        // The parties of Scotland and Wales, singular or plural, are one node each, not the
        // national party's.
        #expect(entry("Scottish Conservative")?.canonical == "Scottish Conservative Party")
        #expect(entry("Scottish Tories")?.canonical == "Scottish Conservative Party")
        #expect(entry("Welsh Liberal Democrat")?.canonical == "Welsh Liberal Democrats")
        #expect(entry("Scottish Labour")?.canonical == "Scottish Labour Party")

        let republicans = try #require(entry("Republican Party"))
        #expect(entry("GOP") == republicans)
        #expect(entry("Republicans") == republicans)
        #expect(entry("Grand Old Party") == republicans)
        #expect(entry("Democrats")?.canonical == "Democratic Party")
        #expect(entry("Democrats") != republicans)

        #expect(entry("Lib Dems")?.canonical == "Liberal Democrats")
        #expect(entry("LibDems")?.canonical == "Liberal Democrats")
        #expect(entry("Labour")?.canonical == "Labour Party")
        #expect(entry("New Labour")?.canonical == "Labour Party")
        // "Labor" is Israel's party as often as Australia's in wire copy: left out (SOURCES.md).
        #expect(entry("Labor") == nil)
        #expect(entry("Australian Labor")?.canonical == "Australian Labor Party")
        #expect(entry("ALP")?.canonical == "Australian Labor Party")
        #expect(entry("SNP")?.canonical == "Scottish National Party")
        let sinnFein = try #require(entry("Sinn Féin"))
        #expect(entry("Sinn Fein") == sinnFein)
        #expect(entry("Brexit Party") == entry("Reform UK"))

        let spd = try #require(entry("SPD"))
        #expect(entry("Social Democrats") == spd)
        #expect(entry("Social Democratic Party of Germany") == spd)
        #expect(entry("Christian Democrats")?.canonical == "Christian Democratic Union")
        #expect(entry("AfD")?.canonical == "Alternative for Germany")

        let rally = try #require(entry("National Rally"))
        #expect(entry("Rassemblement National") == rally)
        #expect(entry("Front National") == rally)
        #expect(entry("France Unbowed")?.canonical == "La France Insoumise")

        #expect(entry("BJP")?.canonical == "Bharatiya Janata Party")
        #expect(entry("Congress Party")?.canonical == "Indian National Congress")
        #expect(entry("LDP")?.canonical == "Liberal Democratic Party")
        #expect(entry("PSOE")?.canonical == "Spanish Socialist Workers' Party")
        #expect(entry("AKP")?.canonical == "Justice and Development Party")
        #expect(entry("ANC")?.canonical == "African National Congress")
    }

    @Test func partiesOfTheSameFamilyStayApart() throws {
        let pairs: [(String, String)] = [
            ("Republicans", "Les Républicains"), ("Republicans", "Republican People's Party"),
            ("Democrats", "Democratic Party of Korea"), ("Democrats", "Partito Democratico"),
            ("Labour", "New Zealand Labour Party"), ("Labour", "Australian Labor"),
            ("Conservatives", "Conservative Party of Canada"),
            ("Liberal Democrats", "Liberal Democratic Party"), ("Liberal Democratic Party", "LDPR"),
            ("CDU", "CSU"), ("CDU", "CDU/CSU"), ("Alliance 90/The Greens", "Australian Greens"),
        ]
        for (a, b) in pairs {
            let first = try #require(entry(a), "\(a)")
            let second = try #require(entry(b), "\(b)")
            #expect(first != second, "\(a) / \(b)")
        }
    }

    @Test func ambiguousShortFormsAreLeftOut() {
        // Shared by several bodies (see SOURCES.md); "Congress" is mostly the US Congress,
        // which the gazetteer names, never a party.
        for name in ["Congress", "Greens", "the Greens", "Green Party", "Liberals", "Liberal Party", "National Party",
                     "Nationals", "Socialist Party", "People's Party", "Labor Party", "Reform", "Renaissance", "Vox",
                     "Treasury", "the Treasury", "Security Service", "Defence Ministry", "Foreign Ministry",
                     "PP", "PS", "RN", "FN", "DA", "PD", "LR", "PAP"] {
            #expect(entry(name) == nil, "\(name)")
        }
        // Acronyms stay case-sensitive.
        #expect(entry("gop") == nil)
        #expect(entry("ice") == nil)
    }

    @Test func departmentsAndAgenciesAreOneEntryEach() throws {
        let foreignOffice = try #require(entry("Foreign Office"))
        #expect(entry("FCO") == foreignOffice)
        #expect(entry("FCDO") == foreignOffice)
        #expect(entry("Foreign and Commonwealth Office") == foreignOffice)
        #expect(entry("Foreign, Commonwealth and Development Office") == foreignOffice)
        #expect(entry("German Foreign Office")?.canonical == "Federal Foreign Office")

        let defence = try #require(entry("Ministry of Defence"))
        #expect(entry("MoD") == defence)
        #expect(entry("UK Ministry of Defence") == defence)

        let pentagon = try #require(entry("Pentagon"))
        for name in ["Department of Defense", "Defense Department", "DoD", "DOD"] {
            #expect(entry(name) == pentagon, "\(name)")
        }
        let state = try #require(entry("State Department"))
        #expect(entry("Department of State") == state)
        #expect(entry("Justice Department") == entry("DOJ"))
        #expect(entry("DHS") == entry("Department of Homeland Security"))

        let ukTreasury = try #require(entry("HM Treasury"))
        let usTreasury = try #require(entry("US Treasury"))
        #expect(ukTreasury != usTreasury)
        #expect(entry("Treasury Department") == usTreasury)

        #expect(entry("Fed")?.canonical == "Federal Reserve")
        #expect(entry("FBI")?.canonical == "Federal Bureau of Investigation")
        let mi6 = try #require(entry("MI6"))
        #expect(entry("Secret Intelligence Service") == mi6)
        #expect(entry("MI5") != mi6)
        #expect(entry("NHS")?.canonical == "National Health Service")
        #expect(entry("BoE")?.canonical == "Bank of England")
        #expect(entry("FSB")?.canonical == "Federal Security Service")
    }

    @Test func distinctBodiesStayDistinct() throws {
        let groups: [[String]] = [
            ["UN", "UN Security Council", "UN General Assembly", "UN Human Rights Council"],
            ["European Council", "Council of the European Union", "Council of Europe", "European Commission", "European Parliament"],
            ["G7", "G8", "G20"],
            ["Commonwealth", "Commonwealth of Independent States"],
            ["ICJ", "ICC", "European Court of Human Rights", "Court of Justice of the European Union"],
            ["MI5", "MI6", "GCHQ"],
        ]
        for group in groups {
            var canonicals: Set<String> = []
            for name in group {
                let found = try #require(entry(name), "\(name)")
                canonicals.insert(found.canonical)
            }
            #expect(canonicals.count == group.count, "\(group)")
        }
    }

    @Test func everyLineHasASourceAndEveryAliasOneLine() {
        #expect(table.entries.allSatisfy { !$0.source.isEmpty })
        var owner: [String: Int] = [:]
        for (line, entry) in table.entries.enumerated() {
            for name in [entry.canonical] + entry.aliases {
                let key = "\(entry.type.rawValue)|\(NameNormalizer.key(name))"
                if let other = owner[key], other != line {
                    Issue.record("'\(name)' is listed for both \(table.entries[other].canonical) and \(entry.canonical)")
                }
                owner[key] = line
            }
        }
    }

    /// A gazetteer match names its mention by the gazetteer's canonical ("FCDO" → "Foreign
    /// Office"), which is then looked up in the alias table; so when a surface is in the table,
    /// its canonical must lead to the same line, or the two names would split one body.
    @Test func gazetteerCanonicalsLeadToTheSameAliasEntry() throws {
        let gazetteer = try Gazetteer.bundled(files: ["organizations"])
        for g in gazetteer.entries where g.kind == .organization {
            guard let bySurface = entry(g.surface) else { continue }
            #expect(entry(g.canonical) == bySurface, "\(g.surface) → \(g.canonical)")
        }
    }
}
