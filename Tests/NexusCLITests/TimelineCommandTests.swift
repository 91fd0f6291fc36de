import Foundation
import Testing

/// `nexus timeline` on the dated JSON Lines documents of ``TimeSliceCommandTests`` read
/// without syntax (no events; commitments from word order). The counts for France, by hand:
///
/// - a, 2021-05-20 (Thursday, week 2021-W20): named once; ties: France–Germany (1 sentence).
/// - b, 2021-06-10 (Thursday, 2021-W23): named once; France–Sudan (1); its pledge (1).
/// - c, 2021-06-29 (Tuesday, 2021-W26): named twice; France–Italy (sentence 0) and
///   France–Sudan (sentence 1): 2 ties; its pledge (1).
/// - e, undated: named once; France–Spain (1).
///
/// The `commits` and `benefits` edges go to commitment nodes, not entities: no ties.
@Suite struct TimelineCommandTests {
    func run(_ arguments: [String], file: URL) throws -> String {
        let result = try NexusBinary.run(["timeline"] + arguments.prefix(1) + [file.path, "--no-syntax"] + arguments.dropFirst())
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func byMonthAndByWeek() throws {
        try withFile("news.jsonl", TimeSliceCommandTests.corpus) { _, file in
            let month = try run(["France", "--format", "tsv"], file: file)
            #expect(month == """
                period\tmentions\tdocuments\tties\tevents_as_actor\tevents_as_target\tcommitments
                2021-05\t1\t1\t1\t0\t0\t0
                2021-06\t3\t2\t3\t0\t0\t2
                undated\t1\t1\t1\t0\t0\t0

                """)
            let week = try run(["france", "--per", "week", "--format", "tsv"], file: file)
            #expect(week == """
                period\tmentions\tdocuments\tties\tevents_as_actor\tevents_as_target\tcommitments
                2021-W20\t1\t1\t1\t0\t0\t0
                2021-W23\t1\t1\t1\t0\t0\t1
                2021-W26\t2\t1\t2\t0\t0\t1
                undated\t1\t1\t1\t0\t0\t0

                """)
            // Sudan is named in b and c only, once each, tied to France each time.
            let day = try run(["Sudan", "--per", "day", "--format", "tsv"], file: file)
            #expect(day == """
                period\tmentions\tdocuments\tties\tevents_as_actor\tevents_as_target\tcommitments
                2021-06-10\t1\t1\t1\t0\t0\t0
                2021-06-29\t1\t1\t1\t0\t0\t0

                """)
        }
    }

    @Test func textJSONAndTheTimeSlice() throws {
        try withFile("news.jsonl", TimeSliceCommandTests.corpus) { _, file in
            let text = try run(["France"], file: file)
            #expect(text == """
                France (country:france) per month
                PERIOD   MENTIONS  DOCUMENTS  TIES  EVENTS AS ACTOR  EVENTS AS TARGET  COMMITMENTS
                2021-05  1         1          1     0                0                 0
                2021-06  3         2          3     0                0                 2
                undated  1         1          1     0                0                 0

                """)
            let json = try run(["France", "--format", "json", "--since", "2021-06"], file: file)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["entity"] as? String == "country:france")
            let periods = object["periods"] as? [[String: Any]] ?? []
            #expect(periods.map { $0["period"] as? String } == ["2021-06"])
            #expect(periods.first?["ties"] as? Int == 3 && periods.first?["commitments"] as? Int == 2)
        }
    }

    @Test func badPeriodLengthAndUnknownName() throws {
        try withFile("news.jsonl", TimeSliceCommandTests.corpus) { _, file in
            let bad = try NexusBinary.run(["timeline", "France", file.path, "--no-syntax", "--per", "year"])
            #expect(bad.status != 0 && bad.stderr.contains("unknown --per 'year'; use one of: day, week, month"), "\(bad.stderr)")
            let unknown = try NexusBinary.run(["timeline", "Atlantis", file.path, "--no-syntax"])
            #expect(unknown.status != 0 && unknown.stderr.hasPrefix("Error: "), "\(unknown.stderr)")
        }
    }
}
