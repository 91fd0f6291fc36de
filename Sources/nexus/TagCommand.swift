import ArgumentParser
import Foundation
import NexusEntities

/// `nexus tag`: appends the tagger's prediction to every line of a CoNLL file.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag a CoNLL file with the named-entity tagger.",
        discussion: """
            Prints every input line with the predicted tag appended as a new last column, in the \
            input's own tag scheme (IOB1 or IOB2, detected from the gold column). Blank lines and \
            comments are kept; -DOCSTART- lines get an O column.
            """
    )

    @OptionGroup var options: NERCorpusOptions

    @Option(name: .long, help: "Output tag scheme: auto (as the gold column), iob1, iob2 or bilou.")
    var scheme: String = "auto"

    func validate() throws {
        guard scheme == "auto" || NERTagScheme(rawValue: scheme) != nil else {
            throw ValidationError("--scheme must be one of auto, iob1, iob2, bilou (got '\(scheme)')")
        }
    }

    func run() throws {
        let corpus = try options.readCorpus()
        let tagger = try options.loadTagger()
        let outputScheme = NERTagScheme(rawValue: scheme) ?? corpus.goldScheme
        FileHandle.standardOutput.write(CoNLLWriter().data(corpus, appending: tagger.tag(corpus: corpus, scheme: outputScheme)))
    }
}
