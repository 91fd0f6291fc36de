import Foundation
import Testing

/// The query commands (extract, entities, rank, comentions, commitments, path, ego,
/// communities) run as a binary on `Samples/` and on a small hand-written article.
///
/// The hand-written article, "bowtie.txt":
/// - 0: "Emmanuel Macron met Olaf Scholz in Paris on Monday." (Macron, Scholz, Paris)
/// - 1: "Scholz said Germany supports France." (Scholz, Germany, France)
///
/// Its co-mention graph is two triangles sharing Olaf Scholz (a bowtie): 5 entities, 6 edges,
/// each pair in one sentence. By hand: Scholz's degree centrality is 4/4 = 1, the others'
/// 2/4 = 0.5; Scholz lies on the shortest path of the 2 × 2 pairs across the triangles, so his
/// normalized betweenness is 4 / ((5 − 1)(5 − 2)/2) = 4/6, the others' 0.
@Suite struct QueryCommandTests {
    static let bowtie = "Emmanuel Macron met Olaf Scholz in Paris on Monday. Scholz said Germany supports France.\n"

    func withBowtie(_ body: (URL) throws -> Void) throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bowtie.txt")
        try Self.bowtie.write(to: file, atomically: true, encoding: .utf8)
        try body(file)
    }

    func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    // MARK: - Samples

    @Test func pathFromKazakhstanToTheSDFQuotesASentenceForEveryHop() throws {
        let result = try NexusBinary.run(["path", "--from", "kazakhstan", "--to", "Syrian Democratic Forces", "--k", "2", "Samples"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = lines(result.stdout)
        let headers = output.filter { $0.hasPrefix("path ") }
        #expect(headers.count == 2)
        for header in headers {
            #expect(header.contains(": Kazakhstan → "))
            #expect(header.hasSuffix(" → Syrian Democratic Forces"))
        }
        // Every hop line ("  A — B  [...]") is followed by at least one evidence line ("    doc:n  \"...\"").
        var hops = 0
        for (i, line) in output.enumerated() where line.hasPrefix("  ") && !line.hasPrefix("    ") {
            hops += 1
            let next = i + 1 < output.count ? output[i + 1] : ""
            #expect(next.hasPrefix("    ") && next.contains(":") && next.hasSuffix("\""), "hop without a sentence: \(line)")
        }
        #expect(hops >= 4, "two paths of at least two hops each")
        // The first hop leaves Kazakhstan: its sentence names Kazakhstan; the path's last hop's
        // sentence names the SDF.
        let firstEvidence = try #require(output.firstIndex { $0.hasPrefix("  Kazakhstan — ") }).advanced(by: 1)
        #expect(output[firstEvidence].contains("Kazakhstan"))
        let lastHop = try #require(output.firstIndex { $0.contains(" — Syrian Democratic Forces  [") })
        #expect(output[lastHop + 1].contains("Syrian Democratic Forces"))
    }

    @Test func entitiesShowISISWithItsAliasDaesh() throws {
        let result = try NexusBinary.run(["entities", "Samples"])
        #expect(result.status == 0, "\(result.stderr)")
        let blocks = result.stdout.components(separatedBy: "\n\n")
        let isis = try #require(blocks.first { $0.hasPrefix("ISIS  [organization]  organization:isis") })
        #expect(isis.contains("\n    Daesh  ("), "Daesh is listed as an alias of ISIS with its merge rule")
        #expect(isis.contains("documents: blinken-detained-isis-fighters-rome"))

        let tsv = try NexusBinary.run(["entities", "--format", "tsv", "Samples"])
        #expect(tsv.stdout.hasPrefix("id\tname\ttype\talias\trule\tdocuments\n"))
        #expect(lines(tsv.stdout).contains { $0.hasPrefix("organization:isis\tISIS\torganization\tDaesh\t") })
    }

    @Test func entitiesJSONIsTheContractEntityList() throws {
        let result = try NexusBinary.run(["entities", "--format", "json", "Samples"])
        #expect(result.status == 0, "\(result.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let isis = try #require(list.first { $0["id"] as? String == "organization:isis" })
        let aliases = try #require(isis["aliases"] as? [[String: Any]])
        #expect(aliases.contains { $0["name"] as? String == "Daesh" && $0["rule"] is String })
    }

    @Test func commitmentsIncludeTheAidAmountNormalized() throws {
        let result = try NexusBinary.run(["commitments", "Samples"])
        #expect(result.status == 0, "\(result.stderr)")
        // "436 million dollars in humanitarian aid" (two of the articles).
        #expect(result.stdout.contains("  amount: 436000000 USD (\"436 million dollars\")"))
        let blocks = result.stdout.components(separatedBy: "\n\n")
        let aid = try #require(blocks.first { $0.contains("436000000 USD") })
        #expect(aid.contains(" — aid\n"))
        #expect(aid.contains("  beneficiary: Syria"))
        #expect(aid.contains("humanitarian aid"), "the sentence is quoted")

        let tsv = try NexusBinary.run(["commitments", "--format", "tsv", "Samples"])
        let rows = lines(tsv.stdout).dropFirst().map { $0.components(separatedBy: "\t") }
        #expect(rows.allSatisfy { $0.count == 11 })
        #expect(rows.contains { $0[3] == "aid" && $0[4] == "436000000" && $0[5] == "USD" && $0[7] == "Syria" })
    }

    @Test func extractWritesTheJSONContractToStdoutOrAFile() throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("corpus.json")
        let result = try NexusBinary.run(["extract", "Samples", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        #expect(json["format"] as? String == "nexus-extraction")
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == [
            "blinken-detained-isis-fighters-rome", "coalition-against-islamic-state-rome-africa",
            "global-coalition-joint-communique-rome",
        ])
        // The saved extraction reads back as an input.
        let again = try NexusBinary.run(["commitments", out.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("436000000 USD"))
    }

    @Test func extractTableListsPeopleMostMentionedFirst() throws {
        let result = try NexusBinary.run(["extract", "--format", "table", "Samples"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = lines(result.stdout)
        #expect(rows.first?.hasPrefix("NAME") == true && rows.first?.contains("ROLES / AFFILIATIONS") == true)
        // Blinken is named in all three articles, more than anyone else.
        let blinken = try #require(rows.dropFirst().first)
        #expect(blinken.hasPrefix("Antony Blinken  "))
        #expect(blinken.contains(" person "))
        #expect(blinken.contains("Secretary of State"))
        #expect(rows.count >= 3, "several people listed: \(rows)")
        #expect(rows.dropFirst().allSatisfy { $0.contains(" person ") }, "people only by default")
        let all = try NexusBinary.run(["extract", "--format", "table", "--types", "country,organization", "Samples"])
        #expect(lines(all.stdout).contains { $0.hasPrefix("Kazakhstan ") && $0.contains(" country ") })
        #expect(!all.stdout.contains(" person "))
    }

    @Test func comentionsOfSamplesPrintEvidence() throws {
        let result = try NexusBinary.run(["comentions", "--entity", "Di Maio", "--top", "1", "Samples"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = lines(result.stdout)
        #expect(output.first?.contains("Luigi Di Maio") == true)
        #expect(output.count >= 2, "a co-mention line and at least one evidence sentence: \(output)")
        #expect(output.dropFirst().allSatisfy { $0.hasPrefix("  ") && $0.contains("Di Maio") }, "every sentence names him")
    }

    // MARK: - The hand-written bowtie

    @Test func rankOnArticlesMatchesHandComputedCentralities() throws {
        try withBowtie { file in
            let degree = try NexusBinary.run(["rank", "--by", "degree", "-f", "tsv", file.path])
            #expect(degree.status == 0, "\(degree.stderr)")
            #expect(lines(degree.stdout) == [
                "Olaf Scholz\tperson:olaf-scholz\t1",
                "France\tcountry:france\t0.5",
                "Germany\tcountry:germany\t0.5",
                "Paris\tlocation:paris\t0.5",
                "Emmanuel Macron\tperson:emmanuel-macron\t0.5",
            ])
            let betweenness = try NexusBinary.run(["rank", "--by", "betweenness", "--top", "2", "--format", "table", file.path])
            #expect(lines(betweenness.stdout) == [
                "RANK  NAME         TYPE     BETWEENNESS",
                "1     Olaf Scholz  person   0.666667",
                "2     France       country  0",
            ])
        }
    }

    @Test func comentionsOfOneEntity() throws {
        try withBowtie { file in
            let result = try NexusBinary.run(["comentions", "--entity", "scholz", "--format", "tsv", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            // Four partners, one sentence and one document each; ties ordered by ids.
            #expect(lines(result.stdout) == [
                "first\tsecond\tsentences\tdocuments",
                "France\tOlaf Scholz\t1\t1",
                "Germany\tOlaf Scholz\t1\t1",
                "Paris\tOlaf Scholz\t1\t1",
                "Emmanuel Macron\tOlaf Scholz\t1\t1",
            ])
            let text = try NexusBinary.run(["comentions", "--entity", "Macron", file.path])
            #expect(text.stdout.contains("Emmanuel Macron — Olaf Scholz: 1 sentence, 1 document\n  bowtie:0  \"Emmanuel Macron met Olaf Scholz in Paris on Monday.\""))
        }
    }

    @Test func egoNetworkByDepth() throws {
        try withBowtie { file in
            // The hand-computed co-mention graph: only co-mention and affiliation ties.
            let one = try NexusBinary.run(["ego", "macron", "--depth", "1", "--relations", "comention,affiliation", file.path])
            #expect(one.status == 0, "\(one.stderr)")
            #expect(one.stdout.hasPrefix("ego network of Emmanuel Macron (person:emmanuel-macron), depth 1: 3 entities, 3 edges\n"))
            #expect(one.stdout.contains("members:\n  0  Emmanuel Macron  person:emmanuel-macron\n  1  Olaf Scholz  person:olaf-scholz\n  1  Paris  location:paris\n"))
            #expect(one.stdout.contains("  Emmanuel Macron — Olaf Scholz  [comention ×1]\n    bowtie:0  \"Emmanuel Macron met Olaf Scholz in Paris on Monday.\"\n"))
            let two = try NexusBinary.run(["ego", "Macron", "--depth", "2", "--relations", "comention,affiliation", file.path])
            #expect(two.stdout.hasPrefix("ego network of Emmanuel Macron (person:emmanuel-macron), depth 2: 5 entities, 6 edges\n"))
            #expect(two.stdout.contains("  2  France  country:france\n  2  Germany  country:germany\n"))
        }
    }

    /// By default events count as ties: "Macron met Scholz" adds a consult (04) event to their
    /// co-mention, quoted once.
    @Test func egoNetworkShowsEventTiesByDefault() throws {
        try withBowtie { file in
            let result = try NexusBinary.run(["ego", "macron", "--depth", "1", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("  Emmanuel Macron — Olaf Scholz  [comention ×1, event \"consult\" ×1]\n    bowtie:0  \"Emmanuel Macron met Olaf Scholz in Paris on Monday.\"\n"))
            #expect(!result.stdout.contains("Monday.\"\n    bowtie:0"), "one line per sentence")
        }
    }

    @Test func communitiesSplitTheBowtie() throws {
        try withBowtie { file in
            let result = try NexusBinary.run(["communities", "--seed", "7", "--relations", "comention,affiliation", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            let output = lines(result.stdout)
            // Best splits by hand: {Macron, Paris, Scholz} + {Germany, France} or the mirror;
            // Q = (3/6 − (8/12)²) + (1/6 − (4/12)²) = 1/9 either way.
            #expect(output.last == "communities: 2, modularity: 0.111111")
            #expect(output.filter { $0.hasPrefix("community ") } == ["community 1 (3 members)", "community 2 (2 members)"])
            let second = try #require(output.firstIndex(of: "community 2 (2 members)"))
            let pair = Set(output[(second + 1)...(second + 2)].map { $0.trimmingCharacters(in: .whitespaces) })
            #expect(pair == ["Emmanuel Macron  person:emmanuel-macron", "Paris  location:paris"]
                || pair == ["France  country:france", "Germany  country:germany"])
            let again = try NexusBinary.run(["communities", "--seed", "7", "--relations", "comention,affiliation", file.path])
            #expect(again.stdout == result.stdout)
        }
    }

    @Test func pathOnTheBowtieGoesThroughScholz() throws {
        try withBowtie { file in
            let result = try NexusBinary.run(["path", "--from", "PARIS", "--to", "france", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(lines(result.stdout) == [
                "path 1 of 1 (2 hops): Paris → Olaf Scholz → France",
                "  Paris — Olaf Scholz  [comention ×1]",
                "    bowtie:0  \"Emmanuel Macron met Olaf Scholz in Paris on Monday.\"",
                "  Olaf Scholz — France  [comention ×1]",
                "    bowtie:1  \"Scholz said Germany supports France.\"",
            ])
        }
    }

    @Test func jsonLinesWithOwnFieldsAndABadLine() throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("news.jsonl")
        try """
            {"key": "n1", "body": "Emmanuel Macron met Olaf Scholz in Paris on Monday."}
            not json
            {"key": "n2", "body": "Germany and France signed the treaty."}

            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try NexusBinary.run(["comentions", "--format", "tsv", "--text-field", "body", "--id-field", "key", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "skipped: '\(file.path)' line 2: not valid JSON; fix or remove that line\n")
        // Line 1: the three pairs of Macron, Scholz and Paris; line 3: France and Germany.
        #expect(lines(result.stdout) == [
            "first\tsecond\tsentences\tdocuments",
            "France\tGermany\t1\t1",
            "Paris\tEmmanuel Macron\t1\t1",
            "Paris\tOlaf Scholz\t1\t1",
            "Emmanuel Macron\tOlaf Scholz\t1\t1",
        ])
    }

    @Test func anExtraAliasTableMergesANameAndSaysSo() throws {
        let directory = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = directory.appendingPathComponent("plant.txt")
        try "Acme Widget Corporation opened a plant in Lyon on Monday. Officials at WidgetCo said the company will hire 500 workers in France.\n"
            .write(to: article, atomically: true, encoding: .utf8)
        let table = directory.appendingPathComponent("aliases.tsv")
        try "Acme Widget Corporation\torganization\tWidgetCo\thand-written test\n".write(to: table, atomically: true, encoding: .utf8)
        let without = try NexusBinary.run(["entities", "--format", "tsv", article.path])
        #expect(!without.stdout.contains("\tWidgetCo\talias-table\t"))
        let with = try NexusBinary.run(["entities", "--format", "tsv", "--aliases", table.path, article.path])
        #expect(with.status == 0, "\(with.stderr)")
        #expect(lines(with.stdout).contains("organization:acme-widget-corporation\tAcme Widget Corporation\torganization\tWidgetCo\talias-table\tplant"))
    }
}
