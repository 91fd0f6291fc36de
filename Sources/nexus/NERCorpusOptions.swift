import ArgumentParser
import Foundation
import NexusEntities

/// Options shared by `tag` and `evaluate`: the CoNLL input, its layout, and the model.
struct NERCorpusOptions: ParsableArguments {
    @Option(name: .long, help: "CoNLL file: one token per line, token in the first column, gold tag in the last.")
    var conll: String

    @Option(name: .long, help: "Tagger model file (default: the model shipped with nexus).")
    var model: String?

    @Option(name: .long, help: "Zero-based column of the token (UNER .iob2 files: 1).")
    var tokenColumn: Int = 0

    @Option(name: .long, help: "Zero-based column of the gold tag (default: the last; UNER .iob2 files: 2).")
    var tagColumn: Int?

    @Option(name: .long, help: "Lines starting with this prefix are comments (UNER .iob2 files: '#').")
    var commentPrefix: String?

    func validate() throws {
        if tokenColumn < 0 { throw ValidationError("--token-column must be 0 or more") }
        if let tagColumn, tagColumn < 0 { throw ValidationError("--tag-column must be 0 or more") }
    }

    func readCorpus() throws -> CoNLLCorpus {
        try CoNLLReader(tokenColumn: tokenColumn, tagColumn: tagColumn, commentPrefix: commentPrefix)
            .read(contentsOf: URL(fileURLWithPath: conll))
    }

    func loadTagger() throws -> NERTagger {
        if let model { return try NERTagger(contentsOf: URL(fileURLWithPath: model)) }
        return try NERTagger()
    }
}
