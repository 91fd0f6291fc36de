import Foundation
import NexusCore
import Testing
@testable import NexusEntities
@testable import NexusEvents

@Suite struct AliasTableTests {
    @Test func shippedTableMergesWellKnownNamesAndKeepsDistinctGroupsApart() throws {
        let table = try AliasTable.shipped()
        for name in ["ISIS", "IS", "ISIL", "Islamic State", "Daesh", "the Islamic State's", "DAESH"] {
            #expect(table.lookup(name, type: .organization)?.canonical == "ISIS", "\(name)")
        }
        #expect(table.lookup("ISIS-K", type: .organization)?.canonical == "ISIS-K")
        #expect(table.lookup("Islamic State Khorasan Province", type: .organization)?.canonical == "ISIS-K")
        #expect(table.lookup("UN", type: .organization)?.canonical == "United Nations")
        #expect(table.lookup("UN Security Council", type: .organization)?.canonical == "United Nations Security Council")
        #expect(table.lookup("al-Qaida", type: .organization)?.canonical == "al-Qaeda")
        #expect(table.lookup("AQAP", type: .organization)?.canonical == "AQAP")
        // Acronyms are case-sensitive: the verb "is" is not the group.
        #expect(table.lookup("is", type: .organization) == nil)
        #expect(table.lookup("Who", type: .organization) == nil)
        // Only organizations: a country named like an acronym is not looked up as one.
        #expect(table.lookup("IS", type: .country) == nil)
    }

    @Test func coalitionsAreMatchedByTheirPattern() throws {
        let table = try AliasTable.shipped()
        for name in ["International Alliance to confront ISIS", "Coalition against the Islamic State", "Global Coalition to Defeat IS",
                     "anti-Daesh coalition", "the Global Coalition Against Daesh", "Coalition to Counter ISIL"] {
            #expect(table.lookup(name, type: .organization)?.canonical == "Global Coalition to Defeat ISIS", "\(name)")
        }
        // A coalition against another group is not this one.
        #expect(table.lookup("Coalition against Boko Haram", type: .organization) == nil)
        #expect(AliasTable.coalitionTarget("anti-Daesh coalition") == "Daesh")
        #expect(AliasTable.coalitionTarget("Coalition for Peace") == nil)
    }

    @Test func userFilesExtendAndOverrideTheShippedTable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-alias-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.tsv")
        try "# my aliases\nKenya Wildlife Service\torganization\tKWS|Kenya Wildlife\tkws.go.ke\nPope Francis\tperson\t@Pontifex|Jorge Mario Bergoglio\tvatican.va\n".write(to: file, atomically: true, encoding: .utf8)
        let resolver = try CorpusResolver.standard(aliasFiles: [file])
        #expect(resolver.aliasTable.lookup("KWS", type: .organization)?.canonical == "Kenya Wildlife Service")
        #expect(resolver.aliasTable.lookup("Jorge Mario Bergoglio", type: .person)?.canonical == "Pope Francis")
        #expect(resolver.aliasTable.lookup("NATO", type: .organization)?.canonical == "NATO")
    }

    @Test func malformedLinesAndMissingFilesAreClearErrors() throws {
        #expect(throws: ResolutionError.aliasLineMalformed("x.tsv", line: 2, problem: "unknown type 'group'; use person, country, organization or location")) {
            try AliasTable.parse("# ok\nFoo\tgroup\tF\tsrc\n", origin: "x.tsv")
        }
        #expect(throws: ResolutionError.self) { try AliasTable.parse("only one column\n", origin: "x.tsv") }
        let missing = URL(fileURLWithPath: "/nonexistent/aliases.tsv")
        do {
            _ = try AliasTable().adding(contentsOf: missing)
            Issue.record("a missing file must fail")
        } catch let error as ResolutionError {
            #expect(error.description.contains("/nonexistent/aliases.tsv"))
        }
    }

    /// Found by Fuzz/ (`fuzz-aliases`, seed Fuzz/Corpus/aliases/user-crlf.tsv): lines were cut
    /// on the Character "\n", and "\r\n" is one Character, so a table saved with Windows line
    /// endings was read as one line and refused. CR LF now reads as LF.
    @Test func windowsLineEndingsReadLikeUnixOnes() throws {
        let unix = "# mine\nKenya Wildlife Service\torganization\tKWS|Kenya Wildlife\tkws.go.ke\nPope Francis\tperson\t@Pontifex\t\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let entries = try AliasTable.parse(windows, origin: "w.tsv")
        #expect(entries == (try AliasTable.parse(unix, origin: "u.tsv")))
        #expect(entries.map(\.canonical) == ["Kenya Wildlife Service", "Pope Francis"])
        #expect(entries.map(\.source) == ["kws.go.ke", ""])
    }

    @Test func shippedTableHasSourcesAndNoDuplicateAliases() throws {
        let table = try AliasTable.shipped()
        #expect(table.entries.count >= 100)
        #expect(table.entries.allSatisfy { !$0.source.isEmpty })
        var seen: [String: String] = [:]
        for entry in table.entries {
            for name in [entry.canonical] + entry.aliases {
                let key = NameNormalizer.key(name)
                if let other = seen[key], other != entry.canonical { Issue.record("alias \(name) is listed for both \(other) and \(entry.canonical)") }
                seen[key] = entry.canonical
            }
        }
    }
}
