import ArgumentParser
import Foundation
import NexusCore
import NexusExport
import NexusGraphviz

/// `nexus export`: writes the graph for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as DOT, JSON, GraphML, GEXF or CSV for Neo4j.",
        discussion: """
            dot is the plain graph (no layout positions; byte-reproducible); json is the saved \
            graph (format "nexus-graph"), an input of every other command; graphml and gexf \
            open in NetworkX, Gephi and yEd; csv writes nodes.csv and relationships.csv into \
            the folder -o names, for `neo4j-admin database import`.
            """
    )

    @OptionGroup var selection: GraphSelection

    @Option(name: .shortAndLong, help: "Format, required: dot, json, graphml, gexf or csv. Each serves another tool (Graphviz, nexus, NetworkX/yEd, Gephi, Neo4j), so none is the default.")
    var format: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically; a folder for csv) instead of standard output; - is standard output.", valueName: "path"))
    var output: String?

    enum Format: String, CaseIterable {
        case dot, json, graphml, gexf, csv
    }

    func run() throws {
        let format: Format = try Choice.parse(format, option: "--format")
        let output = self.output == "-" ? nil : self.output
        if format == .csv && output == nil { throw CommandFailure("csv writes two files; name a folder with -o") }
        let (graph, spans) = try selection.selected(forDrawing: false, withSpans: format == .gexf)
        switch format {
        case .dot:
            let dot: String
            do { dot = try GraphvizRenderer().plainDOT(of: graph) } catch { throw CommandFailure(error) }
            try Console.output(dot, to: output)
        case .json:
            let data: Data
            do { data = try GraphJSON.encode(graph) } catch { throw CommandFailure(error) }
            try Console.output(String(decoding: data, as: UTF8.self), to: output)
        case .graphml, .gexf, .csv:
            let writer = GraphFormat(rawValue: format.rawValue)!
            guard let output else {
                let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-export-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: temporary) }
                do { try writer.write(graph, to: temporary, spans: spans) } catch { throw CommandFailure(error) }
                return Console.data(try String(contentsOf: temporary, encoding: .utf8))
            }
            do { try writer.write(graph, to: URL(fileURLWithPath: output), spans: spans) } catch { throw CommandFailure(error) }
        }
    }
}
