import Foundation
import Testing

/// One command language (issue 14): the same option, input or message means the same thing
/// on every command.
@Suite struct CommandLanguageTests {
    // MARK: - `-` is standard input

    /// Plain text on standard input is one document named `stdin`.
    @Test func dashReadsPlainTextFromStandardInput() throws {
        let result = try NexusBinary.run(["entities", "-", "--format", "tsv", "--no-syntax"],
                                         input: "Antony Blinken met Luigi Di Maio in Rome on Monday.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("person:antony-blinken\tAntony Blinken\tperson\tAntony Blinken\texact\tstdin\n"))
        #expect(result.stdout.contains("location:rome\tRome\tlocation\tRome\texact\tstdin\n"))
    }

    /// JSON Lines on standard input (first non-blank line starts with `{`) are one document per line.
    @Test func dashReadsJSONLinesFromStandardInput() throws {
        let lines = "\n{\"id\": \"first\", \"text\": \"Antony Blinken flew to Rome.\"}\n{\"id\": \"second\", \"text\": \"Antony Blinken met Luigi Di Maio.\"}\n"
        let result = try NexusBinary.run(["entities", "-", "--format", "tsv", "--no-syntax"], input: lines)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("person:antony-blinken\tAntony Blinken\tperson\tAntony Blinken\texact\tfirst,second\n"))
    }

    /// Standard input can be read once: `- -` is a usage error.
    @Test func dashIsGivenAtMostOnce() throws {
        let result = try NexusBinary.run(["entities", "-", "-"], input: "Antony Blinken met Luigi Di Maio.")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: '-' (standard input) is given 2 times; give it once\n"))
    }

    // MARK: - Fixtures

    /// Two paragraphs: Antony Blinken named alone; Italy, France and Rome named together.
    static let article = "Antony Blinken arrived.\n\nItaly and France signed a deal in Rome.\n"

    func withArticle(_ body: (String) throws -> Void) throws {
        try withFile("talks.txt", Self.article) { _, file in try body(file.path) }
    }

    // MARK: - `-f, --format`

    /// `-f` is `--format` on every command that has formats; the header shows the format was taken.
    @Test func shortFormatWorksOnEveryCommandWithFormats() throws {
        try withArticle { file in
            let cases: [([String], String)] = [
                (["entities"], "id\tname\ttype\talias\trule\tdocuments\n"),
                (["commitments"], "document\tsentence\tactor\tkind\tamount\tunit\tamount_text\tbeneficiary\ttime\tnormalized_time\ttext\n"),
                (["events"], "document\tsentence\tactor\tcode\tlabel\tquad\ttarget\ttrigger\tnegated\thypothetical\tactor_resolution\tcommitment\ttext\n"),
                (["comentions"], "first\tsecond\tsentences\tdocuments\n"),
                (["timeline", "Italy"], "period\tmentions\tdocuments\tties\tevents_as_actor\tevents_as_target\tcommitments\n"),
            ]
            for (command, header) in cases {
                let result = try NexusBinary.run(command + ["-f", "tsv", file])
                #expect(result.status == 0, "\(command): \(result.stderr)")
                #expect(result.stdout.hasPrefix(header), "\(command): \(result.stdout)")
            }
            let changes = try NexusBinary.run(["changes", "--from", "2020", "--to", "2021", "-f", "json", file])
            #expect(changes.status == 0, "\(changes.stderr)")
            #expect(changes.stdout.hasPrefix("{"))
            let extract = try NexusBinary.run(["extract", "-f", "text", "--types", "all", file])
            #expect(extract.stdout.hasPrefix("NAME            TYPE      MENTIONS  DOCUMENTS  ROLES / AFFILIATIONS\n"), "\(extract.stdout)")
        }
    }

    /// rank prints the text table by default (as the listings do), tsv when asked; `table` is
    /// still accepted as the old name of text. Degrees by hand: France, Italy, Rome are tied to
    /// each other (2 of 3 others), Antony Blinken to nobody.
    @Test func rankDefaultsToTextAndKeepsTheOldTableSpelling() throws {
        try withArticle { file in
            let text = try NexusBinary.run(["rank", "--by", "degree", "--top", "2", file])
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout == """
                RANK  NAME    TYPE     DEGREE
                1     France  country  0.666667
                2     Italy   country  0.666667

                """)
            let table = try NexusBinary.run(["rank", "--by", "degree", "--top", "2", "--format", "table", file])
            #expect(table.stdout == text.stdout)
            let tsv = try NexusBinary.run(["rank", "--by", "degree", "--top", "2", "-f", "tsv", file])
            #expect(tsv.stdout == "France\tcountry:france\t0.666666666667\nItaly\tcountry:italy\t0.666666666667\n")
        }
    }

    // MARK: - `--top` and `--report-top`

    /// `nexus build --report-top N` lists N entities per ranking; `--top` is not build's.
    @Test func buildReportTopSetsTheReportRankings() throws {
        try withArticle { file in
            let folder = try NexusBinary.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: folder) }
            let result = try NexusBinary.run(["build", "--report-top", "1", "--no-syntax", file, "-o", folder.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Top by PageRank:\n   1. France  0.3175  country\n\n"), "\(result.stdout)")
            let old = try NexusBinary.run(["build", "--top", "1", file, "-o", folder.path])
            #expect(old.status == 64)
            #expect(old.stderr.hasPrefix("Error: nexus build has no --top; the number of entities in its report is --report-top N "
                + "(on the other commands --top keeps the N highest-ranked items)\n"), "\(old.stderr)")
        }
    }

    // MARK: - `--types all`

    /// `--types all` keeps every kind on render and export, as on extract.
    @Test func typesAllWorksOnTheGraphCommands() throws {
        try withArticle { file in
            let all = try NexusBinary.run(["export", "-f", "json", "--types", "all", "--no-syntax", file])
            let plain = try NexusBinary.run(["export", "-f", "json", "--no-syntax", file])
            #expect(all.status == 0, "\(all.stderr)")
            #expect(all.stdout == plain.stdout)
            #expect(all.stdout.contains("\"person:antony-blinken\""))
            let render = try NexusBinary.run(["render", "-f", "dot", "--types", "all", "--keep-isolated", "--no-syntax", file])
            #expect(render.status == 0, "\(render.stderr)")
            #expect(render.stdout.contains("label=\"Antony Blinken\""))
            let bad = try NexusBinary.run(["export", "-f", "json", "--types", "city", file])
            #expect(bad.stderr == "Error: unknown node kind 'city' in --types; use one of: person, country, organization, location, other, commitment, or all\n")
        }
    }

    /// `nexus evaluate --types all` scores every type, as without the option (a list keeps
    /// only its types: PER alone is one phrase of the two).
    @Test func typesAllWorksOnEvaluate() throws {
        try withFile("a.conll", TaggerCommandTests.conll) { _, file in
            let all = try NexusBinary.run(["evaluate", "--conll", file.path, "--types", "all"])
            #expect(all.status == 0, "\(all.stderr)")
            #expect(all.stdout.hasPrefix("processed 5 tokens with 2 phrases; found: 2 phrases; correct: 2.\n"))
            let person = try NexusBinary.run(["evaluate", "--conll", file.path, "--types", "PER"])
            #expect(person.stdout.hasPrefix("processed 5 tokens with 1 phrases; found: 1 phrases; correct: 1.\n"))
        }
    }

    // MARK: - Empty answers

    /// An empty answer says so in text; tsv stays a header and json an empty array.
    @Test func emptyAnswersSaySoInText() throws {
        try withArticle { file in
            let text = try NexusBinary.run(["comentions", "--entity", "Blinken", "--no-syntax", file])
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout == "no co-mentions of Antony Blinken (person:antony-blinken): no sentence names it with another entity\n")
            let tsv = try NexusBinary.run(["comentions", "--entity", "Blinken", "-f", "tsv", "--no-syntax", file])
            #expect(tsv.stdout == "first\tsecond\tsentences\tdocuments\n")
            let commitments = try NexusBinary.run(["commitments", "--no-syntax", file])
            #expect(commitments.stdout == "no commitments\n")
            let events = try NexusBinary.run(["events", "--code", "19", file])
            #expect(events.stdout == "no events match the filters\n")
            let extract = try NexusBinary.run(["extract", "-f", "text", "--types", "organization", "--no-syntax", file])
            #expect(extract.stdout == "no entities of type organization\n")
        }
        try withFile("blank.txt", "x\n") { _, file in
            let entities = try NexusBinary.run(["entities", file.path])
            #expect(entities.stdout == "no entities\n")
            let json = try NexusBinary.run(["entities", "-f", "json", file.path])
            #expect(json.stdout == "[]\n")
            let rank = try NexusBinary.run(["rank", "--by", "degree", file.path])
            #expect(rank.stdout == "no entities to rank\n")
        }
    }

    // MARK: - build does not replace results of unknown inputs

    /// Files of a set without a manifest (made before manifests, or copied in) come from
    /// unknown inputs: refused without --force, left as they were; the same build run again
    /// into its own folder keeps working.
    @Test func buildRefusesResultsWithoutAManifestUnlessForced() throws {
        try withArticle { file in
            let folder = try NexusBinary.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: folder) }
            let out = folder.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try "{}".write(to: out.appendingPathComponent("nexus.graph.json"), atomically: true, encoding: .utf8)
            try "digraph {}".write(to: out.appendingPathComponent("nexus.dot"), atomically: true, encoding: .utf8)
            let refused = try NexusBinary.run(["build", file, "-o", out.path, "--no-syntax"])
            #expect(refused.status == 1)
            #expect(refused.stdout == "")
            #expect(refused.stderr == "Error: '\(out.path)' holds nexus.dot, nexus.graph.json without a readable manifest (\(out.path)/nexus.manifest.json), "
                + "so the inputs that made them are unknown; choose another folder with -o or another --name, or replace them with --force\n")
            #expect(try String(contentsOf: out.appendingPathComponent("nexus.dot"), encoding: .utf8) == "digraph {}")
            let forced = try NexusBinary.run(["build", file, "-o", out.path, "--no-syntax", "--force"])
            #expect(forced.status == 0, "\(forced.stderr)")
            let again = try NexusBinary.run(["build", file, "-o", out.path, "--no-syntax"])
            #expect(again.status == 0, "\(again.stderr)")
        }
    }
}
