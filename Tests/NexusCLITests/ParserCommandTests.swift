import Foundation
import Testing

/// `nexus parse`, `nexus evaluate-parser`, `nexus train-parser` and `--with-syntax` through the
/// built binary.
@Suite struct ParserCommandTests {
    /// A hand-written CoNLL-U file with comments, a multiword token, an empty node, gold
    /// columns that the parser must keep (LEMMA, XPOS, FEATS, DEPS, MISC) and wrong gold
    /// UPOS/HEAD/DEPREL (X, 0, dep) that it must replace.
    static let conllu = """
        # sent_id = fixture-1
        # text = Italy won't send troops.
        1\tItaly\tItaly\tX\tNNP\tNumber=Sing\t0\tdep\t4:nsubj\tLemmaCheck=1
        2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\two\twill\tX\tMD\tVerbForm=Fin\t0\tdep\t4:aux\t_
        3\tn't\tnot\tX\tRB\t_\t0\tdep\t4:advmod\t_
        4\tsend\tsend\tX\tVB\tVerbForm=Inf\t0\tdep\t0:root\t_
        4.1\tsend\tsend\tVERB\tVB\t_\t_\t_\t4:conj\tCopyOf=4
        5\ttroops\ttroop\tX\tNNS\tNumber=Plur\t0\tdep\t4:obj\tSpaceAfter=No
        6\t.\t.\tX\t.\t_\t0\tdep\t4:punct\t_


        """

    static func lines(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func parseConlluReplacesOnlyUposHeadAndDeprel() throws {
        let (stdout, written) = try withFile("gold.conllu", Self.conllu) { folder, file in
            let result = try NexusBinary.run(["parse", "--conllu", file.path])
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
            let out = folder.appendingPathComponent("parsed.conllu")
            let again = try NexusBinary.run(["parse", "--conllu", file.path, "-o", out.path])
            #expect(again.status == 0)
            #expect(again.stdout.isEmpty)
            return (result.stdout, try String(contentsOf: out, encoding: .utf8))
        }
        #expect(written == stdout)
        let before = Self.lines(Self.conllu), after = Self.lines(stdout)
        #expect(after.count == before.count)
        var words = 0, roots = 0
        for (a, b) in zip(after, before) {
            guard b.count == 10, Int(b[0]) != nil else {
                #expect(a == b)
                continue
            }
            words += 1
            for column in [0, 1, 2, 4, 5, 8, 9] { #expect(a[column] == b[column]) }
            #expect(a[3] != "X")
            #expect(a[7] != "dep")
            if a[6] == "0" { roots += 1; #expect(a[7] == "root") }
        }
        #expect(words == 6)
        #expect(roots == 1)
        #expect(stdout.hasSuffix("\t_\n\n"))
    }

    @Test func badConlluIsOneLineAndWritesNothing() throws {
        try withFile("bad.conllu", "# fine\n1\tRome\tPROPN\n") { folder, file in
            let out = folder.appendingPathComponent("out.conllu")
            let result = try NexusBinary.run(["parse", "--conllu", file.path, "-o", out.path])
            #expect(result.status != 0)
            #expect(result.stderr == "Error: \(file.path):2: a CoNLL-U word line needs 10 tab-separated columns, found 3\n")
            #expect(result.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: out.path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.conllu"])
        }
        let missing = try NexusBinary.run(["parse", "--conllu", "/nonexistent/x.conllu"])
        #expect(missing.status != 0)
        #expect(missing.stderr.hasPrefix("Error: cannot read CoNLL-U file '/nonexistent/x.conllu'"))
        #expect(missing.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func conlluAndInputsTogetherAreRefused() throws {
        let result = try NexusBinary.run(["parse", "--conllu", "x.conllu", "Samples"])
        #expect(result.status != 0)
        #expect(result.stderr == "Error: give either --conllu FILE or INPUTS, not both\n")
    }

    @Test func badModelIsNamed() throws {
        try withFile("junk.model", "not a model") { _, model in
            let result = try NexusBinary.run(["evaluate-parser", "--conllu", "x.conllu", "--model", model.path])
            #expect(result.status != 0)
            #expect(result.stderr.hasPrefix("Error: cannot read CoNLL-U file"))
            try withFile("gold.conllu", Self.conllu) { _, gold in
                let bad = try NexusBinary.run(["parse", "--conllu", gold.path, "--model", model.path])
                #expect(bad.status != 0)
                #expect(bad.stderr == "Error: '\(model.path)' is not a Nexus parser model (bad magic header); train one with `nexus train-parser`\n")
            }
        }
    }

    @Test func beamOutsideItsRangeIsRefused() throws {
        for width in ["0", "65"] {
            for arguments in [["evaluate-parser", "--conllu", "x.conllu", "--beam", width], ["parse", "--beam", width, "Samples"]] {
                let result = try NexusBinary.run(arguments)
                #expect(result.status != 0)
                #expect(result.stderr == "Error: --beam must be from 1 to 64, got \(width)\n")
            }
        }
    }

    @Test func parseArticlesPrintsCoNLLUBlocks() throws {
        let result = try NexusBinary.run(["parse", "Samples/global-coalition-joint-communique-rome.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("# newdoc id = global-coalition-joint-communique-rome\n# sent_id = global-coalition-joint-communique-rome-1\n# text = "))
        let blocks = result.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(blocks.count > 10)
        for block in blocks {
            let lines = block.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasPrefix("# text = ") })
            let words = lines.filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            #expect(!words.isEmpty)
            #expect(words.allSatisfy { $0.count == 10 && $0[9].hasPrefix("Offsets=") })
            #expect(words.filter { $0[6] == "0" }.count == 1)
        }
        #expect(result.stdout.contains("\treaffirmed\t_\tVERB\tVBD\t_\t0\troot\t"))
    }

    @Test func parseArticlesFailsWhenNothingCanBeRead() throws {
        let result = try NexusBinary.run(["parse", "/nonexistent/article.txt"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: no document could be read"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func parseArticlesReportsWhatItSkipsAndGoesOn() throws {
        let result = try NexusBinary.run(["parse", "/nonexistent/article.txt", "Samples/global-coalition-joint-communique-rome.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("skipped: "))
        #expect(result.stderr.contains("/nonexistent/article.txt"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(result.stdout.hasPrefix("# newdoc id = global-coalition-joint-communique-rome\n"))
    }

    @Test func buildWithSyntaxWritesTheParseIntoItsJSON() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try NexusBinary.run(["build", "Samples/global-coalition-joint-communique-rome.txt", "-o", folder.path, "--with-syntax"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try String(contentsOf: folder.appendingPathComponent("nexus.json"), encoding: .utf8)
        #expect(json.contains("\"heads\": ["))
        #expect(json.contains("\"deps\": ["))
        #expect(json.contains("\"tags\": ["))
    }

    @Test func extractWithSyntaxHasTreesAndTheDefaultHasNone() throws {
        let file = "Samples/blinken-detained-isis-fighters-rome.txt"
        let plain = try NexusBinary.run(["extract", file, "--format", "json"])
        let parsed = try NexusBinary.run(["extract", file, "--format", "json", "--with-syntax"])
        #expect(plain.status == 0 && parsed.status == 0)
        #expect(!plain.stdout.contains("\"heads\""))
        #expect(!plain.stdout.contains("\"deps\""))
        struct Sentence: Decodable {
            var text: String
            var words: [Word]
            var tags, xpos, deps: [String]
            var heads: [Int]
        }
        struct Word: Decodable { var text: String; var start, end, token: Int }
        struct Document: Decodable { var text: String; var sentences: [Sentence] }
        struct Output: Decodable { var documents: [Document] }
        let output = try JSONDecoder().decode(Output.self, from: Data(parsed.stdout.utf8))
        let document = try #require(output.documents.first)
        let scalars = Array(document.text.unicodeScalars)
        #expect(document.sentences.count > 10)
        for sentence in document.sentences {
            let n = sentence.words.count
            #expect(n > 0)
            #expect(sentence.tags.count == n && sentence.xpos.count == n && sentence.heads.count == n && sentence.deps.count == n)
            #expect(sentence.heads.filter { $0 == 0 }.count == 1)
            #expect(sentence.heads.allSatisfy { $0 >= 0 && $0 <= n })
            #expect(sentence.words.allSatisfy { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) == $0.text })
        }
        // Apart from the added fields, the same output.
        let stripped = try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as! [String: Any]
        let original = try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as! [String: Any]
        var documents = stripped["documents"] as! [[String: Any]]
        for d in documents.indices {
            documents[d]["sentences"] = (documents[d]["sentences"] as! [[String: Any]]).map { s in
                s.filter { !["words", "tags", "xpos", "heads", "deps"].contains($0.key) }
            }
        }
        var again = stripped
        again["documents"] = documents
        #expect(NSDictionary(dictionary: again).isEqual(to: original))
    }

    @Test func withSyntaxNeedsJSON() throws {
        let result = try NexusBinary.run(["extract", "Samples", "--format", "table", "--with-syntax"])
        #expect(result.status != 0)
        #expect(result.stderr == "Error: --with-syntax applies only to --format json\n")
    }

    @Test func evaluateParserPrintsTheScores() throws {
        let result = try withFile("gold.conllu", Self.conllu) { _, file in try NexusBinary.run(["evaluate-parser", "--conllu", file.path]) }
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(lines.map { $0.first ?? "" } == ["words", "UPOS", "XPOS", "UAS", "LAS"])
        #expect(lines[0].last == "6")
        // The gold UPOS are all X and every gold head is 0: no tag right, at most the root's head right.
        #expect(lines[1].last == "0.00")
        #expect(lines.dropFirst().allSatisfy { $0.last!.range(of: #"^\d+\.\d\d$"#, options: .regularExpression) != nil })
    }

    @Test func trainParserWritesAModelThatParses() throws {
        var treebank = ""
        for (person, verb, place) in [("Blinken", "visited", "Rome"), ("Borrell", "left", "Brussels"), ("Maio", "welcomed", "Blinken"), ("Italy", "hosted", "talks")] {
            treebank += "1\t\(person)\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\t\(verb)\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
            treebank += "3\t\(place)\t_\tPROPN\tNNP\t_\t2\tobj\t_\t_\n4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
        }
        try withFile("train.conllu", treebank) { folder, file in
            let model = folder.appendingPathComponent("tiny.model")
            let train = try NexusBinary.run(["train-parser", "--train", file.path, "--dev", file.path, "--epochs", "3",
                                             "--tagger-epochs", "2", "--folds", "2", "--runs", "2", "--seed", "3", "-o", model.path])
            #expect(train.status == 0, "\(train.stderr)")
            let progress = train.stderr.split(separator: "\n").map(String.init)
            #expect(progress.filter { $0.hasPrefix("tagger epoch ") }.count == 2)
            #expect(progress.filter { $0.hasPrefix("jackknife fold ") }.count == 2)
            #expect(progress.filter { $0.hasPrefix("parser run ") }.count == 6)
            #expect(progress.filter { $0.hasPrefix("parser run 1/2, epoch ") }.count == 3)
            #expect(progress.last?.hasPrefix("parser run 2/2, epoch 3/3: ") == true)
            #expect(train.stdout.contains("wrote \(model.path): "))
            #expect(train.stdout.contains("dev: UPOS 100.00  UAS "))
            #expect(FileManager.default.fileExists(atPath: model.path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["tiny.model", "train.conllu"])
            let evaluate = try NexusBinary.run(["evaluate-parser", "--conllu", file.path, "--model", model.path])
            #expect(evaluate.status == 0)
            #expect(evaluate.stdout.hasPrefix("words 16\nUPOS  100.00\n"))
            // The same data, options and seed give the same bytes.
            let second = folder.appendingPathComponent("second.model")
            _ = try NexusBinary.run(["train-parser", "--train", file.path, "--dev", file.path, "--epochs", "3",
                                     "--tagger-epochs", "2", "--folds", "2", "--runs", "2", "--seed", "3", "-o", second.path])
            #expect(try Data(contentsOf: second) == Data(contentsOf: model))
        }
    }

    @Test func trainParserChecksItsOptionsBeforeTraining() throws {
        let missingFolder = try NexusBinary.run(["train-parser", "-o", "/nonexistent/folder/m.model"])
        #expect(missingFolder.status != 0)
        #expect(missingFolder.stderr == "Error: cannot write '/nonexistent/folder/m.model': its folder does not exist; create it or choose another output path\n")
        let folds = try NexusBinary.run(["train-parser", "--folds", "1", "-o", "m.model"])
        #expect(folds.stderr == "Error: --folds must be at least 2, got 1\n")
        let missingData = try NexusBinary.run(["train-parser", "--train", "/nonexistent/train.conllu", "-o", "/tmp/nexus-never.model"])
        #expect(missingData.status != 0)
        #expect(missingData.stderr.hasPrefix("Error: cannot read CoNLL-U file '/nonexistent/train.conllu'"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/nexus-never.model"))
    }
}
