import Foundation
import Testing

/// `--since` and `--until` through the binary, on JSON Lines documents dated by their `date`
/// field: the slice keeps documents by date, both ends included, on every command.
@Suite struct TimeSliceCommandTests {
    /// Four dated documents and one undated, in no date order.
    static let corpus = [
        #"{"id": "c", "date": "2021-06-29", "text": "France and Italy discussed migration. France pledged 50 million euros in aid to Sudan."}"#,
        #"{"id": "a", "date": "2021-05-20", "text": "France and Germany discussed trade."}"#,
        #"{"id": "d", "date": "2021-07-02", "text": "Spain and Italy discussed fishing."}"#,
        #"{"id": "b", "date": "2021-06-10", "text": "France pledged 50 million euros in aid to Sudan."}"#,
        #"{"id": "e", "text": "France and Spain discussed energy."}"#,
    ].joined(separator: "\n") + "\n"

    func documentIDs(_ arguments: [String], file: URL) throws -> (ids: [String], stderr: String) {
        let result = try NexusBinary.run(["extract", "--format", "json", "--no-syntax", file.path] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let documents = (object?["documents"] as? [[String: Any]]) ?? []
        return (documents.compactMap { $0["id"] as? String }, result.stderr)
    }

    @Test func sliceKeepsDocumentsByDate() throws {
        try withFile("news.jsonl", Self.corpus) { _, file in
            let all = try documentIDs([], file: file)
            #expect(all.ids == ["a", "b", "c", "d", "e"])
            #expect(!all.stderr.contains("time slice"))
            let june = try documentIDs(["--since", "2021-06", "--until", "2021-06"], file: file)
            #expect(june.ids == ["b", "c"])
            #expect(june.stderr == "note: the time slice kept 2 documents and left out 1 undated and 2 dated outside it\n")
            // A day is inclusive at both ends.
            #expect(try documentIDs(["--since", "2021-06-29"], file: file).ids == ["c", "d"])
            #expect(try documentIDs(["--until", "2021-06-10"], file: file).ids == ["a", "b"])
            // ISO week 2021-W26 is Monday 28 June to Sunday 4 July.
            #expect(try documentIDs(["--since", "2021-W26", "--until", "2021-W26"], file: file).ids == ["c", "d"])
            let year = try documentIDs(["--until", "2021"], file: file)
            #expect(year.ids == ["a", "b", "c", "d"])
            #expect(year.stderr == "note: the time slice kept 4 documents and left out 1 undated\n")
        }
    }

    @Test func sameOptionsOnOtherCommands() throws {
        try withFile("news.jsonl", Self.corpus) { _, file in
            // July holds only d: Spain and Italy named in one sentence.
            let pairs = try NexusBinary.run(["comentions", "--format", "tsv", "--no-syntax", "--since", "2021-07", file.path])
            #expect(pairs.status == 0, "\(pairs.stderr)")
            #expect(pairs.stdout == "first\tsecond\tsentences\tdocuments\nItaly\tSpain\t1\t1\n")
            let entities = try NexusBinary.run(["entities", "--format", "tsv", "--no-syntax", "--since", "2021-07", file.path])
            #expect(entities.status == 0, "\(entities.stderr)")
            #expect(!entities.stdout.contains("France"))
            #expect(entities.stdout.contains("Spain") && entities.stdout.contains("Italy"))
        }
    }

    @Test func badValuesFailInOneLine() throws {
        try withFile("news.jsonl", Self.corpus) { _, file in
            let cases: [([String], String)] = [
                (["--since", "2021-13"], "--since '2021-13' is not a date; write YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD"),
                (["--until", "29/06/2021"], "--until '29/06/2021' is not a date"),
                (["--since", "2021-07", "--until", "2021-06"], "--since 2021-07 is after --until 2021-06"),
            ]
            for (arguments, message) in cases {
                let result = try NexusBinary.run(["rank", "--by", "pagerank", "--no-syntax", file.path] + arguments)
                #expect(result.status != 0)
                #expect(result.stdout.isEmpty)
                #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
                #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains(message), "\(result.stderr)")
            }
        }
    }

    /// GEXF export is dynamic for dated input: France is named on 2021-05-20 (a), 2021-06-10
    /// (b), 2021-06-29 (c) and in the undated e; France–Spain is only in e, so it has no span.
    @Test func gexfExportIsDynamicForDatedInputOnly() throws {
        try withFile("news.jsonl", Self.corpus) { _, file in
            let dated = try NexusBinary.run(["export", "-f", "gexf", "--no-syntax", file.path])
            #expect(dated.status == 0, "\(dated.stderr)")
            #expect(dated.stdout.contains("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">"))
            #expect(dated.stdout.contains("<node id=\"country:france\" label=\"France\" start=\"2021-05-20\" end=\"2021-06-29\">"))
            #expect(dated.stdout.contains("source=\"country:france\" target=\"country:italy\" weight=\"1\" start=\"2021-06-29\" end=\"2021-06-29\">"))
            #expect(dated.stdout.contains("source=\"country:france\" target=\"country:spain\" weight=\"1\">"))
        }
        try withFile("news.txt", "France and Spain discussed energy.\n") { _, file in
            let undated = try NexusBinary.run(["export", "-f", "gexf", "--no-syntax", file.path])
            #expect(undated.status == 0, "\(undated.stderr)")
            #expect(undated.stdout.contains("mode=\"static\">") && !undated.stdout.contains("start="))
        }
    }
}
