import ArgumentParser
import Foundation
import NexusCore
import NexusPipeline
import NexusSyntax
import NexusText

/// `nexus parse`: part-of-speech tags and dependency trees, as CoNLL-U.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse sentences (Universal Dependencies) and print them as CoNLL-U.",
        discussion: """
            With --conllu FILE, every word line of the file gets the predicted UPOS, HEAD and \
            DEPREL; ID, FORM and every other column stay as they were, and comments, \
            multiword-token ranges (3-4) and empty nodes (8.1) pass through unchanged: this is \
            how the parser is scored against any treebank. With INPUTS (articles, read as \
            `nexus extract` reads them; default: Samples/), prints Nexus's own sentences, one \
            CoNLL-U block each (# sent_id = DOCUMENT-N, # text = ...), with the words the \
            parser reads (docs/parser.md) and their Unicode-scalar offsets in MISC \
            (Offsets=START:END).
            """
    )

    @Argument(help: ArgumentHelp(
        "Text, Markdown or HTML files, folders (walked recursively), .jsonl files, or one extraction .json (default: Samples).",
        valueName: "inputs"))
    var inputs: [String] = []

    @OptionGroup var fields: JSONLinesFieldOptions

    @Option(name: .long, help: "A CoNLL-U file to tag and parse instead of articles.")
    var conllu: String?

    @OptionGroup var parser: ParserModelOption

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output; - is standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        if let conllu {
            guard inputs.isEmpty else { throw CommandFailure("give either --conllu FILE or INPUTS, not both") }
            let beam = try parser.search()
            let document = try CoNLLUDocument.read(option: conllu)
            try Console.output(try parser.load().annotate(document, beam: beam).text, to: output)
        } else {
            try parseArticles()
        }
    }

    /// Reads the articles as `nexus extract` does (``DocumentParser``), reports skipped and
    /// re-decoded documents on stderr, and streams the blocks to stdout batch by batch, or
    /// collects them for an atomic file.
    private func parseArticles() throws {
        let beam = try self.parser.search()
        let parser = DocumentParser(annotator: SyntaxAnnotator(model: try self.parser.load(), beam: beam),
                                    source: try fields.source())
        let toFile = output != nil && output != "-"
        var collected = ""
        var redecoded: [(path: String, encoding: String)] = []
        let skipped: [SkippedDocument]
        do {
            skipped = try parser.parse(inputs) { documents in
                let text = documents.map(SyntaxCoNLLU.document).joined()
                if toFile { collected += text } else { Console.print(text) }
                redecoded += documents.filter { $0.encoding != "utf-8" }.map { ($0.path, $0.encoding) }
            }
        } catch let error as CorpusLoader.Failure {
            if case .nothingRead(let skipped) = error {
                Console.error(skipped.dropFirst().map { "skipped: \($0.reason)" })
            }
            throw CommandFailure(error)
        }
        Console.error(skipped.map { "skipped: \($0.reason)" }
            + redecoded.sorted { $0.path < $1.path }.map { "note: '\($0.path)' is not UTF-8; read as \($0.encoding)" })
        if toFile { try Console.output(collected, to: output) }
    }
}
