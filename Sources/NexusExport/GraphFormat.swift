import Foundation
import NexusCore

/// The graph file formats NexusExport writes. (DOT comes from NexusGraphviz; graph JSON
/// from `GraphJSON`.)
public enum GraphFormat: String, Sendable, CaseIterable {
    case graphml
    case gexf
    /// Two files for Neo4j's bulk importer, written into a folder.
    case csv

    /// The format named `name` (case-insensitive), or an error listing the known ones.
    public init(named name: String) throws(ExportError) {
        guard let format = GraphFormat(rawValue: name.lowercased()) else { throw .unknownFormat(name) }
        self = format
    }

    /// Whether the output path names a folder (CSV) rather than a file.
    public var writesFolder: Bool { self == .csv }

    /// Writes `graph` to `url`: a file for GraphML and GEXF, a folder holding `nodes.csv` and
    /// `relationships.csv` for CSV. Every file is written atomically. `spans` makes GEXF
    /// dynamic (``GEXFWriter/spans``); the other formats do not use it.
    public func write(_ graph: EntityGraph, to url: URL, spans: GraphTimeSpans? = nil) throws {
        switch self {
        case .graphml: try AtomicFile.write(GraphMLWriter().data(graph), to: url)
        case .gexf: try AtomicFile.write(GEXFWriter(spans: spans).data(graph), to: url)
        case .csv: try Neo4jCSVWriter().write(graph, toFolder: url)
        }
    }
}
