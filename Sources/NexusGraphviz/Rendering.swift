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
    /// Things the caller should tell the user, one sentence each: what was decided before the
    /// layout (pruning, slow layouts; also handed to `announce` before the layout started),
    /// then what Graphviz reported while drawing (a bitmap scaled down to cairo's limit, a
    /// layout warning), in Nexus's words.
    public var warnings: [String]
    /// How many of `warnings`, from the first, were announced before the layout.
    public var announcedCount: Int

    public init(data: Data, format: OutputFormat, engine: LayoutEngine?, nodeCount: Int, edgeCount: Int, warnings: [String],
                announcedCount: Int = 0) {
        self.data = data
        self.format = format
        self.engine = engine
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
        self.warnings = warnings
        self.announcedCount = announcedCount
    }

    /// The warnings that came after the layout started (Graphviz's own).
    public var laterWarnings: ArraySlice<String> { warnings.dropFirst(announcedCount) }

    /// The output as text, for the text formats (SVG, DOT).
    public var text: String? {
        format.isText ? String(decoding: data, as: UTF8.self) : nil
    }
}
