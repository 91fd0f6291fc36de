import Testing

/// The docs test's own rules (docs/examples.md): how examples are read from Markdown and how
/// their shown output is matched, on small pages written here.
@Suite struct DocExampleParsingTests {
    @Test func consoleBlocksGiveOneExamplePerCommand() {
        let page = """
            Text.

            ```console
            $ nexus rank --by degree \\
                --edge-list g.tsv
            b\t1

            $ nexus ego Nobody
            Error: no entity named 'Nobody'
            [exit 1]
            ```
            """
        let blocks = DocBlock.blocks(in: page, file: "page.md")
        #expect(blocks == [
            .example(DocExample(file: "page.md", line: 4, command: "nexus rank --by degree \\\n    --edge-list g.tsv", expected: ["b\t1"], status: 0)),
            .example(DocExample(file: "page.md", line: 8, command: "nexus ego Nobody", expected: ["Error: no entity named 'Nobody'"], status: 1)),
        ])
    }

    @Test func fileBlocksAndUnrunPromptsAreReportedOtherBlocksSkipped() {
        let page = """
            ```jsonl file=news.jsonl
            {"id": "a"}
            ```
            ```sh
            $ nexus build
            ```
            ```
            nexus render [INPUTS...]
            ```
            ````
            ```console
            ```
            ````
            """
        let blocks = DocBlock.blocks(in: page, file: "page.md")
        #expect(blocks == [
            .file(name: "news.jsonl", text: "{\"id\": \"a\"}\n", line: 1),
            .unrunPrompt(line: 4, info: "sh"),
        ])
    }

    @Test func anElisionLineStandsForAnyNumberOfLines() {
        let pattern = OutputPattern(lines: ["head", "  ...", "tail"])
        #expect(pattern.matches(["head", "tail"]))
        #expect(pattern.matches(["head", "a", "b", "tail"]))
        #expect(!pattern.matches(["head", "a"]))
        #expect(!pattern.matches(["a", "head", "tail"]))
    }

    @Test func variesStandsForAnyTextWithinOneLine() {
        let pattern = OutputPattern(lines: ["took [varies] s, [varies] MB"])
        #expect(pattern.matches(["took 1.2 s, 30 MB"]))
        #expect(!pattern.matches(["took 1.2 s"]))
        #expect(!pattern.matches(["took 1.2 s,", "30 MB"]))
        #expect(OutputPattern(lines: ["exact"]).matches(["exact"]))
        #expect(!OutputPattern(lines: ["exact"]).matches(["exact "]))
    }

    @Test func theDiffMarksShownAndPrintedLines() {
        let diff = OutputPattern(lines: ["a", "b", "c"]).diff(against: ["a", "x", "c"])
        #expect(diff == "  a\n+ x\n- b\n  c")
    }
}
