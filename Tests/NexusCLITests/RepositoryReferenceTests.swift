import Foundation
import Testing

/// The README, docs/ and the sources (help texts included) cite only files of the repository.
///
/// Caught: the design notes the project started from (`DESIGN.md`, or "DESIGN" alone, and
/// `STYLE.md`) and the seed
/// articles beside the repository (`../shared/seeds`), none of which a reader of the
/// repository has. External data sets (the CoNLL and Universal Dependencies files under
/// `../shared/data`) are not files of the project: the docs name them as data to obtain.
@Suite struct RepositoryReferenceTests {
    static let forbidden = ["DESIGN", "STYLE.md", "../shared/seeds", "/work/"]

    /// Markdown and Swift files of README.md, docs/, Sources/ and Tests/ (but this file, which
    /// names what it looks for).
    static func files() throws -> [String] {
        var files = ["README.md"]
        for folder in ["docs", "Sources", "Tests"] {
            let root = NexusBinary.packageRoot.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".md") || path.hasSuffix(".swift") {
                files.append(folder + "/" + path)
            }
        }
        return files.filter { !$0.hasSuffix("/RepositoryReferenceTests.swift") }.sorted()
    }

    @Test func noFileCitesDocumentsOutsideTheRepository() throws {
        let files = try Self.files()
        #expect(files.count > 20, "found only \(files)")
        for file in files {
            let text = try String(contentsOf: NexusBinary.packageRoot.appendingPathComponent(file), encoding: .utf8)
            for (index, line) in text.components(separatedBy: "\n").enumerated() {
                for reference in Self.forbidden where line.contains(reference) {
                    Issue.record("\(file):\(index + 1) cites '\(reference)', which is not in the repository: cite the repository's own page (docs/export.md for the extraction JSON contract)")
                }
            }
        }
    }

    /// What `nexus help` prints for every command names no such file either.
    @Test func helpCitesNoDocumentOutsideTheRepository() throws {
        let commands = try NexusBinary.run(["--help"])
        #expect(commands.status == 0, "\(commands.stderr)")
        let names = commands.stdout.components(separatedBy: "\n")
            .drop { !$0.hasPrefix("SUBCOMMANDS:") }.dropFirst()
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.count > 10, "\(commands.stdout)")
        for name in names {
            let help = try NexusBinary.run(["help", name])
            for reference in Self.forbidden where help.stdout.contains(reference) {
                Issue.record("`nexus help \(name)` cites '\(reference)', which is not in the repository")
            }
        }
    }
}
