import ArgumentParser
import Foundation
import NexusSyntax

/// The `--model` and `--beam` options of `parse` and `evaluate-parser`: a model file, or the
/// shipped one, and the width of the parser's beam.
struct ParserModelOption: ParsableArguments {
    @Option(name: .long, help: "Parser model file (default: the model shipped with nexus).")
    var model: String?

    @Option(name: .long, help: ArgumentHelp("Beam width of the parser's search, from 1 (greedy, the default) to 64; 8 parses most accurately, about a quarter as fast.", valueName: "width"))
    var beam: Int = ParserBeam.greedy.width

    /// The search `--beam` asks for, with the default pruning threshold.
    func search() throws -> ParserBeam {
        guard (1...64).contains(beam) else { throw CommandFailure("--beam must be from 1 to 64, got \(beam)") }
        return ParserBeam(width: beam)
    }

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
