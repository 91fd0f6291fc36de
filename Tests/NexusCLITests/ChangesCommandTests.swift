import Foundation
import Testing

/// `nexus changes` and `nexus commitments --grouped` on hand-made dated documents, read
/// without syntax (commitments from word order).
@Suite struct ChangesCommandTests {
    /// May: France–Italy, France–Sudan, Germany–Chad (one sentence each); France pledges to
    /// Sudan, Germany to Chad. June: Italy–Sudan, Italy–Germany, Italy–Spain, France–Sudan;
    /// France pledges to Sudan again.
    static let corpus = [
        #"{"id": "may", "date": "2021-05-03", "text": "France and Italy discussed migration. France pledged 50 million euros in aid to Sudan. Germany pledged 20 million euros in aid to Chad."}"#,
        #"{"id": "june", "date": "2021-06-20", "text": "Italy and Sudan discussed aid. Italy and Germany discussed trade. Italy and Spain discussed fishing. France pledged 50 million euros in aid to Sudan."}"#,
    ].joined(separator: "\n") + "\n"

    func changes(_ arguments: [String], file: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try NexusBinary.run(["changes", file.path, "--no-syntax"] + arguments)
        return (result.status, result.stdout, result.stderr)
    }

    @Test func comparesMayWithJune() throws {
        try withFile("news.jsonl", Self.corpus) { _, file in
            let result = try changes(["--from", "2021-05", "--to", "2021-06", "--format", "json"], file: file)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect((object["from"] as? [String: Any])?["documents"] as? Int == 1)
            #expect((object["to"] as? [String: Any])?["documents"] as? Int == 1)
            // PageRank (NetworkX gives the same order): May, France 0.2919; Chad = Germany 0.2;
            // Italy = Sudan 0.1541 (equal scores ranked by id): France 1, Chad 2, Germany 3,
            // Italy 4, Sudan 5. June, Italy 0.3576, Sudan 0.2455, France 0.1343, Germany =
            // Spain 0.1313: Italy 1, Sudan 2, France 3, Germany 4, Spain 5.
            func ranks(_ key: String) -> [String] {
                ((object[key] as? [[String: Any]]) ?? []).map { "\($0["id"] as? String ?? "") \($0["fromRank"] as? Int ?? 0)>\($0["toRank"] as? Int ?? 0)" }
            }
            #expect(ranks("rose") == ["country:italy 4>1", "country:sudan 5>2"])
            #expect(ranks("fell") == ["country:france 1>3", "country:germany 3>4"])
            // Ties: co-mentions are stored with source < target.
            func pairs(_ key: String) -> [String] {
                ((object[key] as? [[String: Any]]) ?? []).map { "\($0["source"] as? String ?? "")-\($0["target"] as? String ?? "")" }
            }
            #expect(pairs("newTies") == ["country:germany-country:italy", "country:italy-country:spain", "country:italy-country:sudan"])
            #expect(pairs("vanishedTies") == ["country:chad-country:germany", "country:france-country:italy"])
            let made = (object["made"] as? [[String: Any]]) ?? []
            #expect(made.count == 1)
            #expect(made.first?["actor"] as? String == "country:france" && made.first?["beneficiary"] as? String == "country:sudan")
            #expect(made.first?["repeated"] as? Bool == true)
            let dropped = (object["notRepeated"] as? [[String: Any]]) ?? []
            #expect(dropped.map { $0["actor"] as? String } == ["country:germany"])
            #expect((dropped.first?["amount"] as? [String: Any])?["value"] as? Double == 20_000_000)
        }
    }

    @Test func textFormatAndBadPeriods() throws {
        try withFile("news.jsonl", Self.corpus) { _, file in
            let text = try changes(["--from", "2021-05", "--to", "2021-06"], file: file)
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.hasPrefix("Changes from 2021-05 (1 document) to 2021-06 (1 document)\n"))
            #expect(text.stdout.contains("Commitments made in 2021-06:\n"))
            #expect(text.stdout.contains("repeated"))
            #expect(text.stdout.contains("Commitments of 2021-05 not mentioned again in 2021-06:\n"))
            let bad = try changes(["--from", "May", "--to", "2021-06"], file: file)
            #expect(bad.status != 0 && bad.stdout.isEmpty)
            #expect(bad.stderr == "Error: --from 'May' is not a period; write YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD (2021, 2021-06, 2021-W26, 2021-06-29)\n")
        }
    }

    @Test func commitmentsGroupedAcrossDocuments() throws {
        // France's pledge to Sudan ("pledged 50 million euros in aid": kind aid) is in b
        // (2021-06-10) and c (2021-06-29).
        try withFile("news.jsonl", TimeSliceCommandTests.corpus) { _, file in
            let plain = try NexusBinary.run(["commitments", file.path, "--no-syntax", "--format", "tsv"])
            #expect(plain.status == 0, "\(plain.stderr)")
            #expect(plain.stdout.split(separator: "\n").count == 3)
            let grouped = try NexusBinary.run(["commitments", file.path, "--no-syntax", "--format", "tsv", "--grouped"])
            #expect(grouped.status == 0, "\(grouped.stderr)")
            #expect(grouped.stdout == """
                actor\tkind\tamount\tunit\tamount_text\tbeneficiary\tfirst_seen\tlast_seen\tdocuments\tmentions
                France\taid\t50000000\tEUR\t50 million euros\tSudan\t2021-06-10\t2021-06-29\t2\t2

                """)
            let july = try NexusBinary.run(["commitments", file.path, "--no-syntax", "--grouped", "--since", "2021-06-11"])
            #expect(july.stdout.contains("seen: 2021-06-29; 1 document (c)"), "\(july.stdout)")
        }
    }
}
