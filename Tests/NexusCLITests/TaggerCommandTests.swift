import Foundation
import Testing

/// `nexus tag`, `nexus evaluate`, `nexus train` through the built binary.
@Suite struct TaggerCommandTests {
    /// Hand-annotated IOB1 text (not from Samples/ or CoNLL).
    static let conll = """
        -DOCSTART- -X- -X- O

        Angela NNP I-NP I-PER
        Merkel NNP I-NP I-PER
        visited VBD I-VP O
        Paris NNP I-NP I-LOC
        . . O O

        """

    @Test func evaluatePrintsConllevalSummary() throws {
        let result = try withFile("a.conll", Self.conll) { _, file in try NexusBinary.run(["evaluate", "--conll", file.path]) }
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("processed 5 tokens with 2 phrases; found: 2 phrases; correct: 2."))
        #expect(result.stdout.contains("PER: precision: 100.00%"))
    }

    @Test func tagAppendsPredictionsInTheInputScheme() throws {
        let result = try withFile("a.conll", Self.conll) { _, file in try NexusBinary.run(["tag", "--conll", file.path]) }
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "-DOCSTART- -X- -X- O O")
        #expect(lines[1] == "")
        #expect(lines[2] == "Angela NNP I-NP I-PER I-PER")
        #expect(lines[5] == "Paris NNP I-NP I-LOC I-LOC")
        #expect(lines[6] == ". . O O O")
    }

    @Test func missingFileFailsWithOneLine() throws {
        let result = try NexusBinary.run(["evaluate", "--conll", "/nonexistent/file.conll"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot read CoNLL file '/nonexistent/file.conll'"))
    }

    @Test func malformedLineNamesFileAndLine() throws {
        let result = try withFile("bad.conll", "Paris NNP I-LOC\nRome NNP X-LOC\n") { _, file in
            try NexusBinary.run(["tag", "--conll", file.path])
        }
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.conll:2: malformed CoNLL line"))
        #expect(result.stdout.isEmpty)
    }

    @Test func unreadableModelFails() throws {
        let result = try withFile("a.conll", Self.conll) { folder, file in
            let model = folder.appendingPathComponent("junk.model")
            try Data("not a model".utf8).write(to: model)
            return try NexusBinary.run(["evaluate", "--conll", file.path, "--model", model.path])
        }
        #expect(result.status != 0)
        #expect(result.stderr.contains("is not a Nexus tagger model"))
    }

    @Test func trainWritesAModelThatTags() throws {
        var training = ""
        for (name, place) in [("Abel", "Zarn"), ("Bora", "Yola"), ("Cato", "Xent"), ("Dina", "Wist")] {
            training += "Mr O\n\(name) I-PER\nlives O\nin O\n\(place) I-LOC\n. O\n\n"
        }
        try withFile("train.conll", training) { folder, file in
            let model = folder.appendingPathComponent("tiny.model")
            let train = try NexusBinary.run(["train", "--train", file.path, "--dev", "", "--epochs", "3", "-o", model.path])
            #expect(train.status == 0)
            #expect(train.stdout.contains("epoch 3:"))
            #expect(FileManager.default.fileExists(atPath: model.path))
            let tag = try NexusBinary.run(["evaluate", "--conll", file.path, "--model", model.path])
            #expect(tag.status == 0)
            #expect(tag.stdout.contains("correct: 8."))
        }
    }

    @Test func trainWithMissingDataWritesNothing() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("none.model")
        let result = try NexusBinary.run(["train", "--train", "/nonexistent/train", "--dev", "", "-o", model.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot read CoNLL file"))
        #expect(!FileManager.default.fileExists(atPath: model.path))
    }
}
