import Foundation
import Testing
@testable import NexusSyntax

/// Reading and writing CoNLL-U: byte-for-byte round trips, the kinds of lines, and errors
/// that name the line.
@Suite struct CoNLLUDocumentTests {
    /// A hand-written document (not from a treebank) with sentence comments, a multiword token
    /// (`2-3` "don't"), an empty node (`6.1`, as in enhanced UD ellipsis), filled LEMMA,
    /// FEATS, DEPS and MISC columns, and an extra blank line at the end.
    static let handWritten = """
        # newdoc id = hand-1
        # sent_id = hand-1-1
        # text = They don't agree, we do.
        1\tThey\tthey\tPRON\tPRP\tCase=Nom|Number=Plur\t4\tnsubj\t4:nsubj\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\tdo\tAUX\tVBP\tMood=Ind\t4\taux\t4:aux\t_
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
        4\tagree\tagree\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No
        5\t,\t,\tPUNCT\t,\t_\t7\tpunct\t7:punct\t_
        6\twe\twe\tPRON\tPRP\tCase=Nom\t7\tnsubj\t7:nsubj\t_
        6.1\tagree\tagree\tVERB\tVB\t_\t_\t_\t4:conj\tCopyOf=4
        7\tdo\tdo\tAUX\tVBP\t_\t4\tconj\t4:conj\tSpaceAfter=No
        8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

        # sent_id = hand-1-2
        # text = Rome.
        1\tRome\tRome\tPROPN\tNNP\tNumber=Sing\t0\troot\t0:root\tSpaceAfter=No
        2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_



        """

    @Test(.enabled(if: Treebank.isAvailable, "needs ../shared/data/ud/english-ewt"),
          arguments: [("train", 12_544, 204_577), ("dev", 2_001, 25_147), ("test", 2_077, 25_094)])
    func sharedTreebankRoundTripsByteForByte(part: String, sentences: Int, words: Int) throws {
        let data = try Data(contentsOf: Treebank.url(part))
        let text = try #require(String(data: data, encoding: .utf8))
        let document = try CoNLLUDocument(text: text, path: part)
        #expect(Data(document.text.utf8) == data)
        #expect(document.sentences.filter { !$0.words.isEmpty }.count == sentences)
        #expect(document.sentences.reduce(0) { $0 + $1.words.count } == words)
    }

    @Test func handWrittenDocumentRoundTripsAndKnowsItsLines() throws {
        let document = try CoNLLUDocument(text: Self.handWritten)
        #expect(document.text == Self.handWritten)
        // Two sentences, then an empty block for the extra blank line.
        #expect(document.sentences.count == 3)
        #expect(document.sentences[2].lines.isEmpty)
        let first = document.sentences[0]
        #expect(first.lines.map(\.kind) == [.comment, .comment, .comment, .word, .multiwordToken, .word, .word, .word,
                                            .word, .word, .emptyNode, .word, .word])
        #expect(first.words.map(\.form) == ["They", "do", "n't", "agree", ",", "we", "do", "."])
        #expect(first.words.map(\.id) == Array(1...8))
        #expect(first.words.map(\.head) == [4, 4, 4, 0, 7, 7, 4, 4])
        #expect(first.wordLineIndices == [3, 5, 6, 7, 8, 9, 11, 12])
        #expect(first.words[6].universalRelation == "conj")
        let tree = TreebankSentence(first)
        #expect(tree.forms.count == 8)
        #expect(tree.relations[3] == "root")
    }

    @Test(arguments: [
        // CRLF line ends throughout.
        "# text = Rome.\r\n1\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\r\n2\t.\t_\tPUNCT\t.\t_\t1\tpunct\t_\t_\r\n\r\n",
        // No blank line after the last block.
        "1\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\n",
        // No line break at all after the last line.
        "1\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_",
        // Two blocks, the second without its blank line, and no final line break.
        "1\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n# c\n1\tParis\t_\tPROPN\tNNP\t_\t0\troot\t_\t_",
        // Blank lines before, between and after blocks; a comment-only block.
        "\n\n# only a comment\n\n1\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n\n",
        // Heads and relations not given.
        "1\tRome\t_\t_\t_\t_\t_\t_\t_\t_\n\n",
        "",
    ])
    func unusualLayoutsRoundTrip(text: String) throws {
        let document = try CoNLLUDocument(text: text)
        #expect(document.text == text)
    }

    @Test func lastBlockWithoutBlankLineIsKept() throws {
        let document = try CoNLLUDocument(text: "1\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\n2\t.\t_\tPUNCT\t.\t_\t1\tpunct\t_\t_\n")
        #expect(document.sentences.count == 1)
        #expect(document.sentences[0].words.map(\.form) == ["Rome", "."])
    }

    @Test func crlfLinesReadTheirColumns() throws {
        let document = try CoNLLUDocument(text: "1\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\r\n\r\n")
        let word = try #require(document.sentences.first?.words.first)
        #expect(word.form == "Rome")
        #expect(word.head == 0)
        #expect(word.deprel == "root")
        #expect(document.sentences[0].terminator == "\r")
    }

    /// "\r\n" is one Character in Swift and a combining mark joins the tab before it into one;
    /// lines and columns are cut at bytes, so neither hides a line break or a column.
    @Test func lineBreaksAndTabsAreBytesNotCharacters() throws {
        let text = "1\t\u{301}x\t_\tX\t_\t_\t0\troot\t_\t_\r\n2\ty\t_\tX\t_\t_\t1\tdep\t_\t_\r\n\r\n"
        let document = try CoNLLUDocument(text: text)
        #expect(document.text == text)
        #expect(document.sentences.count == 1)
        #expect(document.sentences[0].words.map(\.form) == ["\u{301}x", "y"])
        #expect(document.sentences[0].words.map(\.head) == [0, 1])
        #expect(document.sentences[0].words[1].columns[9] == "_\r")
    }

    @Test func editedWordLinesAreRewrittenOthersKept() throws {
        var document = try CoNLLUDocument(text: Self.handWritten)
        document.sentences[1].lines[2].word!.set(upos: "NOUN", xpos: nil, head: 0, deprel: "root")
        let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[16] == "1\tRome\tRome\tNOUN\tNNP\tNumber=Sing\t0\troot\t0:root\tSpaceAfter=No")
        #expect(document.sentences[1].words[0].upos == "NOUN")
    }

    @Test(arguments: [
        ("# ok\n1\tRome\tPROPN\n", CoNLLUError.columns(path: "in.conllu", line: 2, found: 3)),
        ("1\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n# c\n1 Paris _ PROPN NNP _ 0 root _ _\n",
         .columns(path: "in.conllu", line: 4, found: 1)),
        ("1\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\t_\n", .columns(path: "in.conllu", line: 1, found: 11)),
        ("\n\nx\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\n", .id(path: "in.conllu", line: 3, id: "x")),
        ("0\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\n", .id(path: "in.conllu", line: 1, id: "0")),
        ("1-x\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n", .id(path: "in.conllu", line: 1, id: "1-x")),
        ("1\tRome\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\n2.\tRome\t_\t_\t_\t_\t_\t_\t_\t_\n", .id(path: "in.conllu", line: 2, id: "2.")),
        ("1\tRome\t_\tPROPN\tNNP\t_\t-1\troot\t_\t_\n", .head(path: "in.conllu", line: 1, head: "-1")),
        ("# a\n# b\n1\tRome\t_\tPROPN\tNNP\t_\tone\troot\t_\t_\n", .head(path: "in.conllu", line: 3, head: "one")),
    ])
    func malformedLinesAreNamed(text: String, error: CoNLLUError) throws {
        #expect(throws: error) { try CoNLLUDocument(text: text, path: "in.conllu") }
    }

    @Test func errorsReadAsOneLine() {
        let error = CoNLLUError.columns(path: "in.conllu", line: 4, found: 1)
        #expect(error.description == "in.conllu:4: a CoNLL-U word line needs 10 tab-separated columns, found 1")
        #expect(!CoNLLUError.unreadable(path: "x", reason: "gone").description.contains("\n"))
    }

    @Test func unreadableFilesAreNamed() throws {
        #expect(throws: CoNLLUError.self) { try CoNLLUDocument(contentsOf: URL(fileURLWithPath: "/nonexistent/x.conllu")) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-\(UUID().uuidString).conllu")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data([0x31, 0x09, 0xFF, 0xFE, 0x0A]).write(to: url)
        #expect(throws: CoNLLUError.unreadable(path: url.path, reason: "the bytes are not valid UTF-8")) {
            try CoNLLUDocument(contentsOf: url)
        }
    }
}
