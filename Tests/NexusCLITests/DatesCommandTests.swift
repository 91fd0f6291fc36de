import Foundation
import Testing

/// Document dates through the binary. The article is dated Tuesday 2021-06-29 by a seed-style
/// "date" line, so "on Monday" in its past-tense pledge is 2021-06-28 (worked out by hand).
@Suite struct DatesCommandTests {
    static let dated = "date 2021-06-29 Donors meet in Rome\n\nFrance and Germany pledged 50 million euros in aid to Sudan on Monday.\n"
    static let undated = "France and Germany pledged 50 million euros in aid to Sudan on Monday.\n"

    func extraction(_ arguments: [String]) throws -> (documents: [[String: Any]], stderr: String) {
        let result = try NexusBinary.run(["extract", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return ((object?["documents"] as? [[String: Any]]) ?? [], result.stderr)
    }

    @Test func extractionJSONCarriesTheDocumentDate() throws {
        try withFile("pledges.txt", Self.dated) { _, file in
            let document = try #require(try extraction([file.path]).documents.first)
            #expect(document["date"] as? String == "2021-06-29")
            #expect(document["dateSource"] as? String == "date-line")
            let commitments = document["commitments"] as? [[String: Any]] ?? []
            #expect(!commitments.isEmpty)
            for commitment in commitments {
                #expect(commitment["time"] as? String == "on Monday")
                #expect(commitment["normalizedTime"] as? String == "2021-06-28")
                #expect(commitment["date"] as? String == "2021-06-29")
            }
            let events = document["events"] as? [[String: Any]] ?? []
            #expect(!events.isEmpty)
            #expect(events.allSatisfy { $0["date"] as? String == "2021-06-29" })
        }
    }

    @Test func undatedDocumentsSaySo() throws {
        try withFile("pledges.txt", Self.undated) { _, file in
            let document = try #require(try extraction([file.path]).documents.first)
            #expect(document["date"] is NSNull)
            let commitments = document["commitments"] as? [[String: Any]] ?? []
            #expect(!commitments.isEmpty)
            #expect(commitments.allSatisfy { $0["normalizedTime"] is NSNull && $0["date"] is NSNull })
        }
    }

    @Test func commitmentsTableUsesTheAnchoredTime() throws {
        try withFile("pledges.txt", Self.dated) { _, file in
            let result = try NexusBinary.run(["commitments", "--format", "tsv", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            let column = try #require(lines.first?.firstIndex(of: "normalized_time"))
            #expect(lines.count > 1)
            #expect(lines.dropFirst().allSatisfy { $0[column] == "2021-06-28" })
        }
    }

    @Test func jsonLinesDateFieldAndABadValue() throws {
        let lines = #"{"id": "x", "text": "France pledged 50 million euros in aid to Sudan on Monday.", "published": "Tue, 29 Jun 2021 10:00:00 GMT"}"#
            + "\n" + #"{"id": "y", "text": "Germany pledged 20 million euros in aid to Chad.", "published": "soon"}"# + "\n"
        try withFile("news.jsonl", lines) { _, file in
            let (documents, stderr) = try extraction(["--date-field", "published", file.path])
            #expect(documents.map { $0["id"] as? String } == ["x", "y"])
            #expect(documents.first?["date"] as? String == "2021-06-29")
            #expect(documents.first?["dateSource"] as? String == "jsonl-field")
            #expect(documents.last?["date"] is NSNull)
            #expect(stderr.contains("line 2: field 'published' holds 'soon', which is not a date; the document is read undated"))
            // The default field is "date", which these records lack: no dates, no warnings.
            let (plain, quiet) = try extraction([file.path])
            #expect(plain.allSatisfy { $0["date"] is NSNull })
            #expect(!quiet.contains("not a date"))
        }
    }
}
