import ArgumentParser
import Foundation
import NexusCore
import NexusPipeline
import NexusText

/// The inputs every query command takes: articles (files, folders, JSON Lines) or a saved
/// `.json` result, plus the JSON Lines fields and extra alias tables.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Text, Markdown or HTML files, folders (walked recursively), .jsonl files, - for standard input (text, or JSON Lines when its first line starts with {), or saved .json results, merged (default: Samples).",
        valueName: "inputs"))
    var inputs: [String] = []

    @OptionGroup var fields: JSONLinesFieldOptions

    @Flag(name: .long, help: "Do not tag and parse the sentences: no events, commitments read from word order (faster).")
    var noSyntax = false

    @Option(name: .long, help: ArgumentHelp("An extra alias table (canonical<TAB>type<TAB>alias|alias...<TAB>source per line); repeatable.", valueName: "file"))
    var aliases: [String] = []

    @Flag(name: .long, help: "Draw names that are not people, countries, organizations or places (agreements, laws, events, projects, products) as nodes.")
    var withOther = false

    @Option(name: .long, help: ArgumentHelp("A corrections file (merge, split, retype, drop, rename; see docs/resolution.md#corrections), applied after resolution.", valueName: "file"))
    var corrections: String?

    @Option(name: .long, help: ArgumentHelp("A store written by `nexus ingest` (see docs/store.md): its documents are read with the INPUTS, which then default to none.", valueName: "file"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Only documents dated on or after the first day of DATE (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD); undated documents are left out (see docs/time.md).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only documents dated on or before the last day of DATE (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD); undated documents are left out.", valueName: "date"))
    var until: String?

    /// Standard input can be read once: `-` may be given at most once (a usage error, exit 64).
    func validate() throws {
        let dashes = inputs.filter { $0 == DocumentSource.standardInput }.count
        guard dashes <= 1 else {
            throw ValidationError("'-' (standard input) is given \(dashes) times; give it once")
        }
    }

    /// The `--since`/`--until` slice, or nil without them; a one-line failure for a bad value.
    func timeSlice() throws -> TimeSlice? {
        do { return try TimeSlice(since: since, until: until) } catch { throw CommandFailure(error) }
    }

    /// Loads the inputs, reports skipped and re-decoded documents on stderr (one line each),
    /// and fails with one line when nothing could be read.
    ///
    /// - Parameter everySentence: parse every sentence (for `--with-syntax`), not only those
    ///   the event passes read.
    func load(scores: GraphScorer.Options? = nil, everySentence: Bool = false, progress: ((Int) -> Void)? = nil) throws -> LoadedInputs {
        let loader = CorpusLoader(options: CorpusLoader.Options(pipeline: try pipelineOptions(everySentence: everySentence),
                                                             builder: GraphBuilder.Options(includesOther: withOther),
                                                             scores: scores, corrections: try parsedCorrections(), store: store,
                                                             slice: try timeSlice()))
        let loaded: LoadedInputs
        do {
            loaded = try loader.load(inputs, progress: progress)
        } catch {
            if case .nothingRead(let skipped) = error {
                Console.error(skipped.dropFirst().map { "skipped: \($0.reason)" })
            }
            throw CommandFailure(error)
        }
        Console.error(loaded.warnings)
        return loaded
    }

    /// The pipeline's options: JSON Lines fields, alias tables and which sentences are parsed.
    func pipelineOptions(everySentence: Bool = false, batchSize: Int = 64) throws -> Pipeline.Options {
        Pipeline.Options(
            source: try fields.source(),
            aliasFiles: aliases.map { URL(fileURLWithPath: $0) },
            batchSize: batchSize,
            syntax: noSyntax ? .none : (everySentence ? .all : .events))
    }

    /// The `--corrections` file, parsed; nil without the option.
    func parsedCorrections() throws -> Corrections? {
        do { return try corrections.map { try Corrections(contentsOf: URL(fileURLWithPath: $0)) } }
        catch { throw CommandFailure(error) }
    }
}

/// Writing to the standard streams.
enum Console {
    /// Writes `text` to stdout with terminal control characters made harmless (``TerminalText``).
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.safe(text).utf8))
    }

    /// Writes a data format (JSON, DOT, XML, CoNLL-U) to stdout, harmless but with its
    /// offsets intact (``TerminalText/safeData(_:)``).
    static func data(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.safeData(text).utf8))
    }

    static func error(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data(TerminalText.safe(lines.map { $0 + "\n" }.joined()).utf8))
    }

    /// Writes `text` to `path` atomically, or to stdout when `path` is nil or "-".
    static func output(_ text: String, to path: String?) throws {
        guard let path, path != "-" else { return data(text) }
        do {
            try AtomicFile.write(text, to: URL(fileURLWithPath: path))
        } catch let error as AtomicFile.Failure {
            throw CommandFailure(error)
        } catch {
            throw CommandFailure("cannot write '\(path)': \(error); choose another output path")
        }
    }
}

/// Parses a choice option in `run()`, so that a bad value is a one-line error.
enum Choice {
    ///
    /// - Parameter synonyms: older spellings still accepted, mapped to a value's raw value
    ///   (`["table": "text"]`).
    static func parse<T: RawRepresentable & CaseIterable>(_ value: String, option: String, synonyms: [String: String] = [:]) throws -> T
    where T.RawValue == String {
        let value = synonyms[value.lowercased()] ?? value
        if let choice = T(rawValue: value.lowercased()) { return choice }
        let names = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw CommandFailure("unknown \(option) '\(value)'; use one of: \(names)")
    }
}
