import ArgumentParser
import Foundation
import NexusSyntax

/// `nexus evaluate-parser`: tagging and attachment scores against a gold CoNLL-U file.
struct EvaluateParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-parser",
        abstract: "Score the part-of-speech tagger and the parser on a gold CoNLL-U file.",
        discussion: """
            Tags and parses every sentence from its word forms alone and prints the number of \
            words and, as percentages with two decimals, UPOS and XPOS accuracy and the \
            unlabelled and labelled attachment scores (UAS, LAS), the CoNLL 2018 way: gold \
            words, punctuation included, relations compared without their subtypes. \
            --beam 1 scores the greedy parser.
            """
    )

    @Option(name: .long, help: "Gold CoNLL-U file.")
    var conllu: String

    @OptionGroup var parser: ParserModelOption

    func run() throws {
        let beam = try parser.search()
        let gold = try CoNLLUDocument.read(option: conllu)
        let score = ParserEvaluation.score(try parser.load(), on: gold, beam: beam)
        guard score.words > 0 else { throw CommandFailure("'\(conllu)' has no word lines to score") }
        Console.print(Self.report(score))
    }

    static func report(_ score: ParserEvaluation) -> String {
        let rows = [("words", String(score.words)), ("UPOS", percent(score.upos)), ("XPOS", percent(score.xpos)),
                    ("UAS", percent(score.uas)), ("LAS", percent(score.las))]
        return rows.map { $0.0.padding(toLength: 6, withPad: " ", startingAt: 0) + $0.1 + "\n" }.joined()
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.2f", value * 100)
    }
}
