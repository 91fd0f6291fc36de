import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusPipeline

/// `nexus build`: the main job. Articles in; a graph, its drawing and a report out.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract, resolve, analyse and draw: the main job.",
        discussion: """
            Reads the INPUTS (files, folders walked recursively, JSON Lines; default: Samples/), \
            finds and resolves the entities, links them with evidence, ranks them, and writes \
            DIR/NAME.json (the extraction, DESIGN.md's contract) and DIR/NAME.graph.json (the \
            scored graph, input to the other commands), then prints a short report.
            """
    )

    @Argument(help: "Files, folders or .jsonl files to read (default: Samples).")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "The folder to write into; created if missing.")
    var output: String = "Graphs"

    @Option(name: .long, help: "The base name of the files written.")
    var name: String = "nexus"

    @Option(name: .long, help: "JSON Lines: the field holding a document's text.")
    var textField: String = "text"

    @Option(name: .long, help: "JSON Lines: the field holding a document's id.")
    var idField: String = "id"

    @Option(name: .long, help: "An extra alias table (TSV, see README); repeatable.")
    var aliases: [String] = []

    @Option(name: .long, help: "How many entities each ranking of the report lists.")
    var top: Int = 5

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1, got \(top)") }
        if name.isEmpty || name.contains("/") { throw ValidationError("--name must be a plain file name, got '\(name)'") }
    }

    func run() throws {
        let options = Pipeline.Options(
            source: .init(textField: textField, idField: idField),
            aliasFiles: aliases.map { URL(fileURLWithPath: $0) })
        let pipeline = try Pipeline.standard(options: options)
        let corpus = pipeline.extract(inputs.isEmpty ? ["Samples"] : inputs)
        for skipped in corpus.skipped { FileHandle.standardError.write(Data("nexus: skipped \(skipped.reason)\n".utf8)) }
        guard !corpus.documents.isEmpty else {
            throw CLIError.noDocuments(inputs.isEmpty ? ["Samples"] : inputs)
        }
        let graph = try GraphScorer().score(GraphBuilder().build(corpus))
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written: [String] = []
        let extractionURL = folder.appendingPathComponent("\(name).json")
        try AtomicFile.write(ExtractionJSON().data(corpus), to: extractionURL)
        written.append(extractionURL.path)
        print(BuildReport(corpus: corpus, graph: graph, top: top, written: written).text, terminator: "")
    }
}
