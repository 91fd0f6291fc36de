import Foundation
import NexusCore
import NexusTestSupport
import Testing
@testable import NexusExport

@Suite struct ExtractionJSONTests {
    let corpus = ExtractionFixture.corpus()

    @Test func fullDetailRoundTripsExactly() throws {
        let text = ExtractionJSON(detail: .full).string(corpus)
        #expect(try ExtractionJSON.read(text) == corpus)
    }

    @Test func standardDetailRoundTripsWithoutTokensAndRawMentions() throws {
        let text = ExtractionJSON().string(corpus)
        #expect(!text.contains("\"tokens\""))
        #expect(try ExtractionJSON.read(text) == ExtractionFixture.withoutTokensAndRawMentions(corpus))
    }

    @Test func outputIsByteForByteStable() throws {
        let first = ExtractionJSON().data(corpus)
        let again = ExtractionJSON().data(try ExtractionJSON.read(String(decoding: first, as: UTF8.self)))
        #expect(first == again)
        #expect(first == ExtractionJSON().data(corpus))
    }

    /// Python's own pretty printer (sorted keys, two-space indent) reproduces our bytes, so the
    /// output is exactly "pretty, keys sorted" with integers written as integers.
    @Test func matchesPythonsSortedPrettyPrint() throws {
        let folder = try PythonRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("corpus.json")
        try ExtractionJSON().data(corpus).write(to: file)
        let script = """
        import json, sys
        raw = open(sys.argv[1], encoding="utf-8").read()
        again = json.dumps(json.loads(raw), indent=2, sort_keys=True, ensure_ascii=False) + "\\n"
        print(json.dumps({"same": raw == again}))
        """
        struct Result: Decodable { var same: Bool }
        #expect(try PythonRunner.json(Result.self, script, arguments: [file.path]).same)
    }

    /// Offsets are Unicode scalars: Python's `text[start:end]` gives back every span's text.
    @Test func offsetsAreUnicodeScalarsAsPythonIndexesThem() throws {
        let folder = try PythonRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("corpus.json")
        try ExtractionJSON(detail: .full).data(corpus).write(to: file)
        let script = """
        import json, sys
        d = json.load(open(sys.argv[1], encoding="utf-8"))
        checked, wrong = 0, []
        def check(text, item, expected):
            global checked
            checked += 1
            if text[item["start"]:item["end"]] != expected:
                wrong.append(expected)
        for doc in d["documents"]:
            t = doc["text"]
            for s in doc["sentences"]:
                check(t, s, s["text"])
                for tok in s["tokens"]:
                    check(t, tok, tok["text"])
            for e in doc["entities"]:
                for m in e["mentions"]:
                    check(t, m, m["text"])
            for m in doc["mentions"]:
                check(t, m, m["text"])
            for c in doc["commitments"]:
                check(t, c, c["text"])
        flag = next(m for doc in d["documents"] for e in doc["entities"] for m in e["mentions"] if m["text"] == "Italy")
        print(json.dumps({"checked": checked, "wrong": wrong, "italyStart": flag["start"]}))
        """
        struct Result: Decodable { var checked: Int; var wrong: [String]; var italyStart: Int }
        let result = try PythonRunner.json(Result.self, script, arguments: [file.path])
        #expect(result.wrong == [])
        #expect(result.checked > 40)
        // "Italy" in sentence 2 of the Rome text, counted by hand: sentence 0 is 72 scalars,
        // sentence 1 is 118, plus two separating spaces = 192; "Türkiye's Mevlüt Çavuşoğlu 🇹🇷
        // also attended, with " is 50 scalars (the flag is 2) → 242.
        #expect(result.italyStart == 242)
    }

    /// The fields of the contract (README.md, "The extraction JSON contract"), read by Python's json module.
    @Test func commitmentsFollowTheContract() throws {
        let folder = try PythonRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("corpus.json")
        try ExtractionJSON().data(corpus).write(to: file)
        let script = """
        import json, sys
        d = json.load(open(sys.argv[1], encoding="utf-8"))
        doc = next(x for x in d["documents"] if x["id"] == "rome-ministerial")
        c1, c2 = doc["commitments"]
        blinken = next(e for e in d["entities"] if e["id"] == "person:antony-blinken")
        print(json.dumps({
            "documentKeys": sorted(doc.keys()),
            "c1": {k: c1[k] for k in ["id", "actor", "kind", "sentence", "amount", "beneficiary", "time"]},
            "valueIsInt": type(c1["amount"]["value"]) is int,
            "c2Nulls": [k for k in ["amount", "beneficiary", "time"] if k in c2 and c2[k] is None],
            "blinken": {"aliases": [a["name"] + "/" + a["rule"] for a in blinken["aliases"]], "documents": blinken["documents"], "type": blinken["type"]},
            "mentionKeys": sorted(doc["entities"][0]["mentions"][0].keys()),
        }))
        """
        struct Amount: Decodable, Equatable { var value: Double; var unit: String; var text: String }
        struct C1: Decodable, Equatable { var id, actor, kind: String; var sentence: Int; var amount: Amount; var beneficiary, time: String }
        struct Blinken: Decodable { var aliases: [String]; var documents: [String]; var type: String }
        struct Result: Decodable { var documentKeys: [String]; var c1: C1; var valueIsInt: Bool; var c2Nulls: [String]; var blinken: Blinken; var mentionKeys: [String] }
        let result = try PythonRunner.json(Result.self, script, arguments: [file.path])
        #expect(result.documentKeys == ["commitments", "date", "dateSource", "encoding", "entities", "events", "id", "path", "relations", "sentences", "text"])
        #expect(result.c1 == C1(
            id: "rome-ministerial:c1", actor: "country:united-states", kind: "aid", sentence: 1,
            amount: Amount(value: 436_000_000, unit: "USD", text: "436 million dollars"), beneficiary: "country:syria", time: "by June 2022"
        ))
        #expect(result.valueIsInt)
        #expect(result.c2Nulls == ["amount", "beneficiary", "time"])
        #expect(result.blinken.aliases == ["Anthony Blinken/spelling-variant", "Blinken/partial-name"])
        #expect(result.blinken.documents == ["coalition-statement", "rome-ministerial"])
        #expect(result.blinken.type == "person")
        #expect(result.mentionKeys == ["canonical", "end", "sentence", "start", "text", "type"])
    }

    @Test func readsTheMinimalContractOfTheDesign() throws {
        let text = """
        { "documents": [ { "id": "a", "path": "a.txt",
            "entities": [ { "id": "person:antony-blinken", "name": "Antony Blinken", "type": "person",
                            "mentions": [ { "text": "Anthony Blinken", "sentence": 0, "start": 27, "end": 42 } ] } ],
            "commitments": [ { "id": "a:c1", "actor": "person:antony-blinken", "kind": "pledge", "text": "He pledged.",
                               "sentence": 12, "amount": { "value": 436000000, "unit": "USD" },
                               "beneficiary": null, "time": "by June 2022" } ] } ],
          "entities": [ { "id": "person:antony-blinken", "name": "Antony Blinken", "type": "person",
                          "aliases": ["Anthony Blinken"], "documents": ["a"] } ] }
        """
        let read = try ExtractionJSON.read(text)
        let entity = try #require(read.documents.first?.entities.first)
        #expect(entity.mentions.first?.range == TextRange(start: 27, end: 42))
        #expect(entity.mentions.first?.type == .person)
        let commitment = try #require(read.documents.first?.commitments.first)
        #expect(commitment.amount == Amount(value: 436_000_000, unit: "USD", text: ""))
        #expect(commitment.beneficiary == nil)
        #expect(commitment.time == "by June 2022")
        #expect(read.entities.first?.aliases == [Alias(name: "Anthony Blinken", rule: .exact)])
    }

    @Test func namesTheFieldThatIsWrong() {
        // The first `"start": 4,` is the mention "Global Coalition" in "The Global Coalition met...",
        // of the second entity (by id) of the first document.
        var text = ExtractionJSON().string(corpus)
        text = text.replacingOccurrences(of: "\"start\": 4,", with: "\"begin\": 4,")
        #expect {
            _ = try ExtractionJSON.read(text, file: "corpus.json")
        } throws: { error in
            "\(error)".hasPrefix("'corpus.json': not nexus extraction JSON: documents[0].entities[1].mentions[0].start: missing field")
        }
    }

    @Test func rejectsAnUnknownTypeListingTheKnownOnes() {
        let text = ExtractionJSON().string(corpus).replacingOccurrences(of: "\"type\": \"location\"", with: "\"type\": \"planet\"")
        #expect {
            _ = try ExtractionJSON.read(text)
        } throws: { error in
            "\(error)".contains("unknown value 'planet'; expected one of person, country, organization, location")
        }
    }

    /// Issue 14: a corpus entity list repeating an id made `build` crash in its report
    /// ("Duplicate values for key") after writing its files; the reader now refuses it.
    @Test func rejectsARepeatedCorpusEntityID() {
        let text = """
        {"documents": [{"id": "a", "path": "a", "entities": [], "commitments": []}], "entities": [
          {"id": "person:x", "name": "X", "type": "person", "aliases": [], "documents": ["a"]},
          {"id": "person:x", "name": "X Y", "type": "person", "aliases": [], "documents": ["a"]}]}
        """
        #expect(throws: ExtractionJSON.ReadError.shape(file: "c.json", JSONShapeError(
            path: "entities[1]", problem: "repeats the entity id 'person:x' of entities[0]; give each corpus entity a unique id"))) {
            try ExtractionJSON.read(text, file: "c.json")
        }
    }

    @Test func rejectsReversedSpans() {
        let text = """
        {"documents": [{"id": "a", "path": "a", "entities": [{"id": "x", "name": "X", "type": "person",
          "mentions": [{"text": "X", "sentence": 0, "start": 5, "end": 2}]}], "commitments": []}], "entities": []}
        """
        #expect(throws: ExtractionJSON.ReadError.shape(file: nil, JSONShapeError(path: "documents[0].entities[0].mentions[0]", problem: "start 5 is past end 2"))) {
            try ExtractionJSON.read(text)
        }
    }

    @Test func rejectsOtherNexusFormats() {
        #expect(throws: ExtractionJSON.ReadError.otherFormat(file: nil, found: "nexus-graph")) {
            try ExtractionJSON.read(#"{"format": "nexus-graph", "nodes": []}"#)
        }
    }

    @Test func reportsAMissingFileByName() {
        let url = URL(fileURLWithPath: "/nonexistent/nexus/corpus.json")
        #expect {
            _ = try ExtractionJSON.read(contentsOf: url)
        } throws: { error in
            "\(error)".hasPrefix("cannot read '/nonexistent/nexus/corpus.json'")
        }
    }
}

extension ExtractionJSONTests {
    /// The contract writes `amount`, `beneficiary` and `time` as explicit nulls; a reader
    /// must not take their absence for null.
    @Test func contractNullsMustBePresent() {
        let text = """
        {"documents": [{"id": "a", "path": "a", "entities": [], "commitments": [
          {"id": "c", "actor": "x", "kind": "aid", "text": "t", "sentence": 0, "amount": null, "beneficiary": null}]}],
         "entities": []}
        """
        #expect(throws: ExtractionJSON.ReadError.shape(file: nil, JSONShapeError(path: "documents[0].commitments[0].time", problem: "missing field"))) {
            try ExtractionJSON.read(text)
        }
    }
}
