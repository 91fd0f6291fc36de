import ArgumentParser
import Foundation
import NexusSyntax

/// The `--model` option of `parse` and `evaluate-parser`: a model file, or the shipped one.
struct ParserModelOption: ParsableArguments {
    @Option(name: .long, help: "Parser model file (default: the model shipped with nexus).")
    var model: String?

    func load() throws -> SyntaxModel {
        do {
            if let model { return try SyntaxModelFile.read(contentsOf: URL(fileURLWithPath: model)) }
            return try SyntaxModel.bundled.get()
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension CoNLLUDocument {
    /// Reads the CoNLL-U file a command was given; a failure is one line naming the file.
    static func read(option path: String) throws -> CoNLLUDocument {
        do {
            return try CoNLLUDocument(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(error)
        }
    }
}
