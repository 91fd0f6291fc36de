import Foundation
import Testing

/// Bad inputs to the query commands: each gives one line on stderr, a non-zero exit, nothing
/// on stdout and no output file; a mix of good and bad documents processes the good ones and
/// reports each bad one by name and reason.
@Suite struct QueryInputErrorTests {
    static let good = "Emmanuel Macron met Olaf Scholz in Paris on Monday. Scholz said Germany supports France.\n"

    /// A folder with: good.txt, binary.txt (NUL bytes), empty.txt (0 bytes), blank.md
    /// (whitespace only), legacy.txt (Windows-1252: 0xE9 is "é"), and an empty subfolder.
    func withFiles(_ body: (URL) throws -> Void) throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.good.write(to: directory.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0x00, 0x01, 0x02, 0x7F, 0x00, 0x41]).write(to: directory.appendingPathComponent("binary.txt"))
        try Data().write(to: directory.appendingPathComponent("empty.txt"))
        try Data(" \n\t\n".utf8).write(to: directory.appendingPathComponent("blank.md"))
        try (Data("G".utf8) + Data([0xE9]) + Data("rard Collomb met Angela Merkel in Berlin.\n".utf8))
            .write(to: directory.appendingPathComponent("legacy.txt"))
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("nothing"), withIntermediateDirectories: true)
        try body(directory)
    }

    /// One line on stderr starting "Error: " and containing `fragment`, a non-zero exit, no stdout.
    func expectOneLineFailure(_ result: NexusBinary.Result, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "stdout: \(result.stdout)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix("Error: ") == true, sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test func eachBadDocumentAloneFailsInOneLineWithoutWritingOutput() throws {
        try withFiles { dir in
            let cases: [(String, String)] = [
                ("missing.txt", "'\(dir.path)/missing.txt': no such file"),
                ("nothing", "holds no .txt, .md, .markdown, .html, .htm or .jsonl file"),
                ("binary.txt", "is a binary file, not text"),
                ("empty.txt", "is empty"),
                ("blank.md", "is empty"),
            ]
            for (name, fragment) in cases {
                let out = dir.appendingPathComponent("out-\(name).json")
                let result = try NexusBinary.run(["extract", dir.appendingPathComponent(name).path, "-o", out.path])
                expectOneLineFailure(result, "no document could be read: ")
                expectOneLineFailure(result, fragment)
                #expect(!FileManager.default.fileExists(atPath: out.path), "no partial output for \(name)")
            }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") || $0.hasPrefix("out-") }
            #expect(leftovers.isEmpty, "no temporary files left: \(leftovers)")
        }
    }

    @Test func everyQueryCommandReportsAMissingInput() throws {
        let commands: [[String]] = [
            ["extract"], ["entities"], ["rank", "--by", "degree"], ["comentions"], ["commitments"],
            ["path", "--from", "a", "--to", "b"], ["ego", "a"], ["communities"],
        ]
        for command in commands {
            let result = try NexusBinary.run(command + ["/nonexistent/article.txt"])
            expectOneLineFailure(result, "'/nonexistent/article.txt': no such file")
        }
    }

    @Test func nonUTF8IsReadAsWindows1252AndSaidSo() throws {
        try withFiles { dir in
            let result = try NexusBinary.run(["entities", "--format", "tsv", dir.appendingPathComponent("legacy.txt").path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr == "note: '\(dir.path)/legacy.txt' is not UTF-8; read as windows-1252\n")
            #expect(result.stdout.contains("\tGérard Collomb\tperson\t"), "the é is decoded")
        }
    }

    @Test func aMixProcessesTheGoodAndNamesEachBadOne() throws {
        try withFiles { dir in
            let result = try NexusBinary.run(["extract", "--format", "table", dir.path, "/nonexistent/gone.txt"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Olaf Scholz "))
            #expect(result.stdout.contains("Gérard Collomb "))
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines == [
                "skipped: '/nonexistent/gone.txt': no such file; check the path",
                "skipped: '\(dir.path)/binary.txt' is a binary file, not text; give a .txt, .md, .html or .jsonl file",
                "skipped: '\(dir.path)/blank.md' is empty (no text besides whitespace); remove it from the input",
                "skipped: '\(dir.path)/empty.txt' is empty (no text besides whitespace); remove it from the input",
                "note: '\(dir.path)/legacy.txt' is not UTF-8; read as windows-1252",
            ])
        }
    }

    @Test func unknownEntitiesGetSuggestions() throws {
        try withFiles { dir in
            let good = dir.appendingPathComponent("good.txt").path
            expectOneLineFailure(
                try NexusBinary.run(["path", "--from", "Macron", "--to", "Sholz", good]),
                "no entity named 'Sholz'; did you mean 'Olaf Scholz (person:olaf-scholz)'?")
            expectOneLineFailure(
                try NexusBinary.run(["ego", "Emanuel Macron", good]),
                "did you mean 'Emmanuel Macron (person:emmanuel-macron)'?")
            expectOneLineFailure(
                try NexusBinary.run(["comentions", "--entity", "Zzyzx", good]),
                "no entity named 'Zzyzx'; list the names with `nexus entities`")
        }
    }

    @Test func unknownMeasuresAndFormatsListTheValidOnes() throws {
        try withFiles { dir in
            let good = dir.appendingPathComponent("good.txt").path
            expectOneLineFailure(
                try NexusBinary.run(["rank", "--by", "influence", good]),
                "unknown measure 'influence'; use one of: degree, betweenness, closeness, eigenvector, pagerank")
            expectOneLineFailure(try NexusBinary.run(["extract", "--format", "xml", good]), "unknown format 'xml'; use one of: json, jsonl, text")
            expectOneLineFailure(try NexusBinary.run(["entities", "--format", "csv", good]), "use one of: text, tsv, json")
            expectOneLineFailure(try NexusBinary.run(["rank", "--by", "degree", "--format", "dot", good]), "use one of: text, tsv")
            expectOneLineFailure(try NexusBinary.run(["extract", "--format", "table", "--types", "city", good]), "unknown entity type 'city'")
        }
    }

    @Test func anUnwritableOutputLeavesNothing() throws {
        try withFiles { dir in
            let result = try NexusBinary.run(["extract", dir.appendingPathComponent("good.txt").path, "-o", "/nonexistent/folder/out.json"])
            expectOneLineFailure(result, "cannot write '/nonexistent/folder/out.json': its folder does not exist")
        }
    }

    @Test func aSavedGraphIsRecognizedAndMixedInputsAreRefused() throws {
        try withFiles { dir in
            let graph = dir.appendingPathComponent("graph.json")
            try #"{"format": "nexus-graph", "version": 1}"#.write(to: graph, atomically: true, encoding: .utf8)
            expectOneLineFailure(try NexusBinary.run(["entities", graph.path]), "holds an invalid graph")
            expectOneLineFailure(
                try NexusBinary.run(["entities", graph.path, dir.appendingPathComponent("good.txt").path]),
                "give either articles or saved .json results, not both")
            let broken = dir.appendingPathComponent("broken.json")
            try "{ not json".write(to: broken, atomically: true, encoding: .utf8)
            expectOneLineFailure(try NexusBinary.run(["entities", broken.path]), "broken.json")
        }
    }

    @Test func whenEveryInputFailsTheOthersAreListedBeforeTheOneError() throws {
        try withFiles { dir in
            let result = try NexusBinary.run(["entities", dir.appendingPathComponent("binary.txt").path, dir.appendingPathComponent("empty.txt").path])
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").map(String.init) == [
                "skipped: '\(dir.path)/empty.txt' is empty (no text besides whitespace); remove it from the input",
                "Error: no document could be read: '\(dir.path)/binary.txt' is a binary file, not text; give a .txt, .md, .html or .jsonl file (and 1 more, listed above)",
            ])
        }
    }

    @Test func anAmbiguousSurnameListsTheCandidates() throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("family.txt")
        try "Maria Lopez met Carlos Lopez in Madrid on Monday.\n".write(to: file, atomically: true, encoding: .utf8)
        expectOneLineFailure(
            try NexusBinary.run(["ego", "lopez", file.path]),
            "'lopez' names several entities (Carlos Lopez (person:carlos-lopez), Maria Lopez (person:maria-lopez)); give a fuller name or one of these ids")
        let full = try NexusBinary.run(["ego", "maria lopez", file.path])
        #expect(full.status == 0, "\(full.stderr)")
    }

    @Test func aBadAliasTableIsOneLine() throws {
        try withFiles { dir in
            let table = dir.appendingPathComponent("aliases.tsv")
            try "only one column\n".write(to: table, atomically: true, encoding: .utf8)
            expectOneLineFailure(
                try NexusBinary.run(["entities", "--aliases", table.path, dir.appendingPathComponent("good.txt").path]),
                "line 1: expected 3 or 4 tab-separated columns")
            expectOneLineFailure(
                try NexusBinary.run(["entities", "--aliases", "/nonexistent/aliases.tsv", dir.appendingPathComponent("good.txt").path]),
                "cannot read alias file '/nonexistent/aliases.tsv'")
        }
    }

    @Test func outOfRangeNumbersAreOneLine() throws {
        expectOneLineFailure(try NexusBinary.run(["comentions", "--top", "0"]), "--top must be at least 1, got 0")
        expectOneLineFailure(try NexusBinary.run(["path", "--from", "a", "--to", "b", "--k", "0"]), "--k must be at least 1, got 0")
        expectOneLineFailure(try NexusBinary.run(["ego", "a", "--depth=-1"]), "--depth must be 0 or more, got -1")
        expectOneLineFailure(try NexusBinary.run(["communities", "--resolution", "0"]), "--resolution must be greater than 0")
        expectOneLineFailure(try NexusBinary.run(["rank", "--by", "degree", "--top", "0"]), "--top must be at least 1, got 0")
    }
}
