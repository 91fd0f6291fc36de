import Foundation

/// The result of drawing a graph: the bytes and what was done to produce them.
public struct Rendering: Hashable, Sendable {
    public var data: Data
    public var format: OutputFormat
    /// The engine that laid the graph out; `nil` for plain DOT (no layout).
    public var engine: LayoutEngine?
    /// Nodes drawn (fewer than the input's when the graph was pruned).
    public var nodeCount: Int
    /// Edges drawn.
    public var edgeCount: Int
    /// Things the caller should tell the user (pruning, slow layouts), one sentence each.
    public var warnings: [String]

    public init(data: Data, format: OutputFormat, engine: LayoutEngine?, nodeCount: Int, edgeCount: Int, warnings: [String]) {
        self.data = data
        self.format = format
        self.engine = engine
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
        self.warnings = warnings
    }

    /// The output as text, for the text formats (SVG, DOT).
    public var text: String? {
        format.isText ? String(decoding: data, as: UTF8.self) : nil
    }
}
