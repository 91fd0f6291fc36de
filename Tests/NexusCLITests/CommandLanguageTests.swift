import Foundation
import Testing

/// One command language (issue 14): the same option, input or message means the same thing
/// on every command.
@Suite struct CommandLanguageTests {
    // MARK: - `-` is standard input

    /// Plain text on standard input is one document named `stdin`.
    @Test func dashReadsPlainTextFromStandardInput() throws {
        let result = try NexusBinary.run(["entities", "-", "--format", "tsv", "--no-syntax"],
                                         input: "Antony Blinken met Luigi Di Maio in Rome on Monday.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("person:antony-blinken\tAntony Blinken\tperson\tAntony Blinken\texact\tstdin\n"))
        #expect(result.stdout.contains("location:rome\tRome\tlocation\tRome\texact\tstdin\n"))
    }

    /// JSON Lines on standard input (first non-blank line starts with `{`) are one document per line.
    @Test func dashReadsJSONLinesFromStandardInput() throws {
        let lines = "\n{\"id\": \"first\", \"text\": \"Antony Blinken flew to Rome.\"}\n{\"id\": \"second\", \"text\": \"Antony Blinken met Luigi Di Maio.\"}\n"
        let result = try NexusBinary.run(["entities", "-", "--format", "tsv", "--no-syntax"], input: lines)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("person:antony-blinken\tAntony Blinken\tperson\tAntony Blinken\texact\tfirst,second\n"))
    }

    /// Standard input can be read once: `- -` is a usage error.
    @Test func dashIsGivenAtMostOnce() throws {
        let result = try NexusBinary.run(["entities", "-", "-"], input: "Antony Blinken met Luigi Di Maio.")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: '-' (standard input) is given 2 times; give it once\n"))
    }
}
