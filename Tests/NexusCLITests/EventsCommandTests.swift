import Foundation
import Testing

/// `nexus events` and `--relations`, run as a binary on a small hand-written article:
/// - 0: "France and Germany pledged 50 million euros in aid to Sudan on Monday." (two 07 events)
/// - 1: "Russia did not condemn Syria." (a negated 11 event)
@Suite struct EventsCommandTests {
    static let article = "France and Germany pledged 50 million euros in aid to Sudan on Monday. Russia did not condemn Syria.\n"

    func withArticle(_ body: (URL) throws -> Void) throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("pledges.txt")
        try Self.article.write(to: file, atomically: true, encoding: .utf8)
        try body(file)
    }

    func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func listsEveryEventWithItsCodeAndFlags() throws {
        try withArticle { file in
            let result = try NexusBinary.run(["events", "--format", "tsv", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            let header = result.stdout.split(separator: "\n").first.map(String.init)
            #expect(header == "document\tsentence\tactor\tcode\tlabel\tquad\ttarget\ttrigger\tnegated\thypothetical\tactor_resolution\tcommitment\ttext")
            let table = rows(result.stdout)
            let pledges = table.filter { $0[3] == "07" }
            #expect(Set(pledges.map { $0[2] }) == ["France", "Germany"])
            #expect(pledges.allSatisfy { $0[6] == "Sudan" && $0[4] == "provide aid" && $0[5] == "material-cooperation" && $0[8] == "false" })
            let condemn = try #require(table.first { $0[3] == "11" })
            #expect(condemn[2] == "Russia" && condemn[6] == "Syria" && condemn[8] == "true")
        }
    }

    @Test func filtersByCodeQuadActorAndModality() throws {
        try withArticle { file in
            let asserted = try NexusBinary.run(["events", "--format", "tsv", "--asserted", file.path])
            #expect(rows(asserted.stdout).allSatisfy { $0[8] == "false" && $0[9] == "false" })
            let conflict = try NexusBinary.run(["events", "--format", "tsv", "--quad", "verbal-conflict", file.path])
            #expect(rows(conflict.stdout).map { $0[3] } == ["11"])
            let germany = try NexusBinary.run(["events", "--format", "tsv", "--actor", "Germany", "--code", "07,11", file.path])
            #expect(rows(germany.stdout).map { $0[2] } == ["Germany"])
            let json = try NexusBinary.run(["events", "--format", "json", "--code", "11", file.path])
            let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
            #expect(parsed?.first?["quad"] as? String == "verbal-conflict")
            #expect(parsed?.first?["negated"] as? Bool == true)
        }
    }

    @Test func badCodesAndRelationsAreOneLineErrors() throws {
        try withArticle { file in
            for arguments in [["events", "--code", "42", file.path], ["events", "--quad", "friendly", file.path],
                              ["rank", "--by", "degree", "--relations", "gossip", file.path], ["events", "--actor", "Atlantis", file.path]] {
                let result = try NexusBinary.run(arguments)
                #expect(result.status != 0, "\(arguments)")
                #expect(result.stdout.isEmpty, "\(arguments)")
                #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            }
        }
    }

    /// Control characters in an article (an ANSI escape, a carriage return, a bidi override)
    /// are printed harmless, never passed to the terminal.
    @Test func controlCharactersInTheTextNeverReachTheTerminal() throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("hostile.txt")
        try "France pledged 50 million euros in aid to Sudan \u{1B}[31mred\u{1B}[0m,\r overwritten \u{202E}reversed.\n".write(to: file, atomically: true, encoding: .utf8)
        for command in [["events"], ["commitments"], ["events", "--format", "tsv"]] {
            let result = try NexusBinary.run(command + [file.path])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
            #expect(!result.stdout.unicodeScalars.contains { [0x1B, 0x0D, 0x202E].contains($0.value) }, "\(command)")
        }
    }

    @Test func relationsChooseTheTiesThatCount() throws {
        try withArticle { file in
            // Only events: Sudan is tied to France and Germany; Russia's negated act is no tie.
            let events = try NexusBinary.run(["rank", "--by", "degree", "--relations", "event", "-f", "tsv", file.path])
            #expect(events.status == 0, "\(events.stderr)")
            let scores = Dictionary(uniqueKeysWithValues: events.stdout.split(separator: "\n").compactMap { line -> (String, String)? in
                let fields = line.split(separator: "\t").map(String.init)
                return fields.count >= 2 ? (fields[0], fields.last!) : nil
            })
            #expect(scores["Russia"].map { Double($0) == 0 } ?? true)
            #expect(scores["Sudan"].flatMap(Double.init).map { $0 > 0 } == true)
        }
    }
}
