import Foundation
@testable import NexusSyntax

/// The English Web Treebank in the shared data folder beside the repository
/// (`../shared/data/ud/english-ewt`), and the shipped model. Tests that need the treebank are
/// enabled only when it is there (`.enabled(if: Treebank.isAvailable)`), so they show as
/// skipped, not passed, without it.
enum Treebank {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/ud/english-ewt")

    /// `part` is train, dev or test.
    static func url(_ part: String) -> URL {
        folder.appendingPathComponent("en_ewt-ud-\(part).conllu")
    }

    static let isAvailable = ["train", "dev", "test"].allSatisfy { FileManager.default.fileExists(atPath: url($0).path) }

    static let train = Result { try CoNLLUDocument(contentsOf: url("train")) }
    static let dev = Result { try CoNLLUDocument(contentsOf: url("dev")) }
    static let test = Result { try CoNLLUDocument(contentsOf: url("test")) }

    static func document(_ part: String) throws -> CoNLLUDocument {
        switch part {
        case "train": return try train.get()
        case "dev": return try dev.get()
        default: return try test.get()
        }
    }

    /// The shipped model.
    static var model: SyntaxModel {
        get throws { try SyntaxModel.bundled.get() }
    }
}
