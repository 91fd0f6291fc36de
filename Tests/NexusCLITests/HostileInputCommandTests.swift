import Foundation
import Testing

/// Issue 14, "nothing crashes, nothing hostile gets through": inputs and option values that
/// used to crash, hang or slip through, each now a one-line error or a harmless output.
@Suite struct HostileInputCommandTests {
    static let article = "Emmanuel Macron met Olaf Scholz in Paris on Monday. Scholz said Germany supports France.\n"

    /// One line on stderr starting "Error: " and containing `fragment`, a non-zero exit, no stdout.
    func expectOneLineFailure(_ result: NexusBinary.Result, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "stdout: \(result.stdout)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix("Error: ") == true, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    }

    /// Before: `build` wrote its files, then died in the report ("Fatal error: Duplicate values
    /// for key"). Now: one line naming the repeated id, and nothing written.
    @Test func buildRefusesRepeatedCorpusEntityIDsBeforeWriting() throws {
        try withFile("a.txt", Self.article) { folder, file in
            let extracted = try NexusBinary.run(["extract", file.path, "--format", "json"])
            #expect(extracted.status == 0, "\(extracted.stderr)")
            var root = try #require(try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any])
            var entities = try #require(root["entities"] as? [[String: Any]])
            let repeated = try #require(entities.first)
            entities.append(repeated)
            root["entities"] = entities
            let json = folder.appendingPathComponent("dup.json")
            try JSONSerialization.data(withJSONObject: root).write(to: json)
            let out = folder.appendingPathComponent("out")
            let result = try NexusBinary.run(["build", json.path, "-o", out.path])
            expectOneLineFailure(result, "entities[\(entities.count - 1)]: repeats the entity id '\(repeated["id"] ?? "")' of entities[0]")
            #expect(!FileManager.default.fileExists(atPath: out.path), "nothing written")
        }
    }

    /// Before: `--epsilon 1e-10` overflowed Int computing the sample size (a crash) and
    /// `1e-7` asked for ~3·10¹⁴ samples (no end). Now a sample at least as large as the graph
    /// is replaced by the exact computation, with a note. Path a–b–c–d–e, normalized by
    /// (n−1)(n−2)/2 = 6: b and d 3/6, c 4/6.
    @Test func rankWithATinyEpsilonComputesExactly() throws {
        try withFile("path.tsv", "a\tb\nb\tc\nc\td\nd\te\n") { _, file in
            for epsilon in ["1e-10", "1e-7"] {
                let result = try NexusBinary.run(["rank", "--by", "betweenness", "--epsilon", epsilon, "--edge-list", file.path])
                #expect(result.status == 0, "\(epsilon): \(result.stderr)")
                #expect(result.stdout == "c\t0.666666666667\nb\t0.5\nd\t0.5\na\t0\ne\t0\n", "\(epsilon)")
                #expect(result.stderr.hasPrefix("note: --epsilon \(Double(epsilon)!) asks for "), "\(result.stderr)")
                #expect(result.stderr.contains("betweenness computed exactly"), "\(result.stderr)")
            }
            let bad = try NexusBinary.run(["rank", "--by", "betweenness", "--epsilon=nan", "--edge-list", file.path])
            expectOneLineFailure(bad, "--epsilon must be in (0, 1), got nan")
        }
    }

    /// Before: a negative, zero, infinite or NaN time budget was accepted (and 1e300 made every
    /// layout "fast enough"). Now: a number of seconds in (0, 3600].
    @Test func renderRefusesATimeBudgetThatIsNotASensibleNumberOfSeconds() throws {
        try withFile("a.txt", Self.article) { _, file in
            for value in ["-1", "0", "nan", "inf", "1e300", "3601"] {
                let result = try NexusBinary.run(["render", file.path, "--time-budget=\(value)"])
                expectOneLineFailure(result, "--time-budget must be a number of seconds greater than 0 and at most 3600, got ")
            }
        }
    }

    /// Weak validation, each now one line naming the option and the value.
    @Test func numericOptionsOutOfRangeAreOneLineErrors() throws {
        try withFile("a.txt", Self.article) { _, file in
            for value in ["nan", "inf", "-1"] {
                let result = try NexusBinary.run(["render", file.path, "--min-weight=\(value)"])
                expectOneLineFailure(result, "--min-weight must be a finite number of 0 or more, got \(Double(value)!)")
                let export = try NexusBinary.run(["export", file.path, "--format", "graphml", "--min-weight=\(value)"])
                expectOneLineFailure(export, "--min-weight must be a finite number of 0 or more, got \(Double(value)!)")
            }
            for value in ["inf", "nan", "0", "-2"] {
                let result = try NexusBinary.run(["communities", file.path, "--resolution=\(value)"])
                expectOneLineFailure(result, "--resolution must be greater than 0 and finite, got \(Double(value)!)")
            }
            let paths = try NexusBinary.run(["path", "--from", "Macron", "--to", "Scholz", "--k", "100000", file.path])
            expectOneLineFailure(paths, "--k must be at most 1000, got 100000")
        }
    }

    /// Before: an unknown --rank-by ranked every node 0 and kept an arbitrary --top.
    @Test func anUnknownRankByListsTheScores() throws {
        try withFile("a.txt", Self.article) { _, file in
            let result = try NexusBinary.run(["render", file.path, "--top", "2", "--rank-by", "nonsense", "--format", "dot"])
            expectOneLineFailure(result, "unknown --rank-by 'nonsense'; use one of: betweenness, closeness, degree, eigenvector, mentions, pagerank")
        }
    }

    /// Before: a saved graph with `"version": "1"` was said to have a missing version.
    @Test func aSavedGraphWithAStringVersionSaysSo() throws {
        let json = #"{"format": "nexus-graph", "version": "1", "nodes": [], "edges": []}"#
        try withFile("g.json", json) { _, file in
            let result = try NexusBinary.run(["render", file.path])
            expectOneLineFailure(result, #"version must be the number 1, found the string "1""#)
        }
    }

    /// Before: "cannot write 'X': cannot write 'X': its folder does not exist; ...".
    @Test func anUnwritableOutputIsNamedOnce() throws {
        try withFile("a.txt", Self.article) { folder, file in
            let target = folder.appendingPathComponent("missing/out.svg").path
            let result = try NexusBinary.run(["render", file.path, "-o", target])
            #expect(result.status != 0)
            #expect(result.stderr == "Error: cannot write '\(target)': its folder does not exist; create it or choose another output path\n")
        }
    }

    /// Before: error messages naming a path or an entity were printed raw by ArgumentParser,
    /// so an escape sequence in a file name reached the terminal; labels kept bidirectional
    /// controls and zero-width characters. Now every line goes through TerminalText.
    @Test func noEscapeSequenceOrInvisibleFormattingReachesTheTerminal() throws {
        let hostile = "\u{1B}]0;title\u{07}"
        let clear = "\u{1B}[2J"
        let article = "Emmanuel Macron met Olaf Scholz in Paris \(hostile) on Monday.\n"
            + "Scholz said Germany \(clear) supports Fra\u{200B}nce and the \u{202E}Sudan\u{202C} plan.\n"
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("news\(hostile).txt")
        try article.write(to: file, atomically: true, encoding: .utf8)
        try Data().write(to: folder.appendingPathComponent("empty\(clear).txt"))
        let forbidden: Set<UInt32> = [0x1B, 0x07, 0x9B, 0x202E, 0x202C, 0x200B]
        func expectClean(_ result: NexusBinary.Result, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let shown = result.stdout + result.stderr
            #expect(!shown.unicodeScalars.contains { forbidden.contains($0.value) }, "\(label): \(shown.debugDescription)", sourceLocation: sourceLocation)
        }
        let comentions = try NexusBinary.run(["comentions", folder.path])
        #expect(comentions.status == 0, "\(comentions.stderr)")
        #expect(comentions.stderr.contains("skipped: "), "the empty file is reported: \(comentions.stderr)")
        expectClean(comentions, "comentions")
        for command in [["entities"], ["commitments"], ["rank", "--by", "degree", "--format", "table"]] {
            expectClean(try NexusBinary.run(command + [folder.path]), "\(command)")
        }
        let missing = try NexusBinary.run(["entities", folder.appendingPathComponent("gone\(clear).txt").path])
        #expect(missing.status != 0 && missing.stderr.contains("gone\u{FFFD}[2J.txt"), "\(missing.stderr.debugDescription)")
        expectClean(missing, "missing file")
        let unknown = try NexusBinary.run(["ego", "Nobody\(hostile)", file.path])
        #expect(unknown.status != 0)
        expectClean(unknown, "unknown entity")
        // The JSON written to a file keeps the text as read.
        let json = folder.appendingPathComponent("out.json")
        let extracted = try NexusBinary.run(["extract", file.path, "--format", "json", "-o", json.path])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        let written = try String(contentsOf: json, encoding: .utf8)
        #expect(written.contains("Fra\u{200B}nce") && written.contains("\u{202E}Sudan"))
    }

    /// Before: `nexus commitments DIR DIR` read every document twice and listed every
    /// commitment twice. Now the second naming is skipped with a note.
    @Test func aFolderNamedTwiceIsReadOnce() throws {
        let article = "France pledged 50 million euros in aid to Sudan on Monday.\n"
        try withFile("aid.txt", article) { folder, _ in
            let once = try NexusBinary.run(["commitments", "--format", "tsv", folder.path])
            let twice = try NexusBinary.run(["commitments", "--format", "tsv", folder.path, folder.path])
            #expect(once.status == 0 && twice.status == 0, "\(twice.stderr)")
            #expect(once.stdout.split(separator: "\n").count == 2, "\(once.stdout)")
            #expect(twice.stdout == once.stdout)
            #expect(twice.stderr.contains("aid.txt' is the file '\(folder.path)/aid.txt' given again; it is read once"), "\(twice.stderr)")
        }
    }
}
