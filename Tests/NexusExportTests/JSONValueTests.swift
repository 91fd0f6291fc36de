import Foundation
import NexusTestSupport
import Testing
@testable import NexusExport

@Suite struct JSONValueTests {
    @Test func prettyPrintsWithSortedKeysAndExplicitNulls() {
        let value = JSONValue.object([
            "zeta": .array([.int(1), .number(0.5), .null]),
            "alpha": .object([:]),
            "Beta": .array([]),
            "amount": .object(["value": .number(436_000_000), "unit": .string("USD")]),
            "flag": .bool(true),
        ])
        // Keys sort by UTF-8 bytes, so upper case comes before lower case.
        let expected = """
        {
          "Beta": [],
          "alpha": {},
          "amount": {
            "unit": "USD",
            "value": 436000000
          },
          "flag": true,
          "zeta": [
            1,
            0.5,
            null
          ]
        }

        """
        #expect(value.prettyPrinted() == expected)
    }

    @Test func escapesStrings() {
        let value = JSONValue.string("say \"hi\"\\ \n\t\r\u{01}\u{2028} é 🇹🇷")
        #expect(value.prettyPrinted() == "\"say \\\"hi\\\"\\\\ \\n\\t\\r\\u0001\\u2028 é 🇹🇷\"\n")
    }

    @Test func pythonReadsWhatWeWrite() throws {
        let hostile = "Smith, \"Jr.\" <&> O'Brien\nline\t2 \u{01}\u{7F} Çavuşoğlu 🇹🇷 \u{2028}"
        let value = JSONValue.object(["name": .string(hostile), "count": .int(436_000_000), "half": .number(0.5)])
        let folder = try PythonRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("value.json")
        try Data(value.prettyPrinted().utf8).write(to: file)
        let script = """
        import json, sys
        d = json.load(open(sys.argv[1], encoding="utf-8"))
        print(json.dumps({"name": d["name"], "count_is_int": isinstance(d["count"], int), "count": d["count"], "half": d["half"]}))
        """
        struct Read: Decodable { var name: String; var count_is_int: Bool; var count: Double; var half: Double }
        let read = try PythonRunner.json(Read.self, script, arguments: [file.path])
        #expect(read.name == hostile)
        #expect(read.count_is_int)
        #expect(read.count == 436_000_000)
        #expect(read.half == 0.5)
    }

    @Test func parsesWhatItWrites() throws {
        let value = JSONValue.object([
            "text": .string("a \"quoted\" \\ line\nnext \u{0}\u{1F} 𝄞 🇹🇷"),
            "numbers": .array([.int(0), .int(-12), .number(0.125), .number(6.02e23)]),
            "nested": .object(["empty": .array([]), "none": .null, "yes": .bool(true), "no": .bool(false)]),
        ])
        #expect(try JSONParser.parse(value.prettyPrinted()) == value)
    }

    @Test func parsesEscapesAndSurrogatePairs() throws {
        #expect(try JSONParser.parse(#""\u00e9\ud834\udd1e\/\b\f""#) == .string("é𝄞/\u{08}\u{0C}"))
        #expect(try JSONParser.parse(" [1e2, -0.5E-1] ") == .array([.number(100), .number(-0.05)]))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9),
        ("[1, 2", 1, 6),
        ("{\n  \"a\": tru\n}", 2, 11),
        ("\"\\ud800\"", 1, 8),
        ("01", 1, 2),
        ("\"tab\tinside\"", 1, 5),
        ("[] []", 1, 4),
    ])
    func rejectsInvalidJSONWithItsPosition(text: String, line: Int, column: Int) {
        #expect {
            _ = try JSONParser.parse(text)
        } throws: { error in
            guard let failure = error as? JSONParser.Failure else { return false }
            return failure.line == line && failure.column == column
        }
    }

    @Test func rejectsDeepNesting() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(deep) }
    }
}
