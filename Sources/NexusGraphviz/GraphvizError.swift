/// What can go wrong when drawing a graph with Graphviz. Cases carry the offending value
/// and, where Graphviz produced one, its own message; `description` says what to do.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The graph has no nodes.
    case emptyGraph
    /// The graph breaks its invariants (duplicate node ids, edges to unknown nodes).
    case invalidGraph(problems: [String])
    /// The layout engine is not installed; `available` lists those that are.
    case unknownEngine(String, available: [String])
    /// The output format is not supported or its plugin is not installed.
    case unknownFormat(String, available: [String])
    /// No node carries the score chosen for node size; `available` lists the score keys present.
    case unknownScore(String, available: [String])
    /// The layout engine failed.
    case layoutFailed(engine: String, message: String)
    /// The output plugin failed.
    case renderFailed(format: String, message: String)
    /// DOT text could not be parsed.
    case dotSyntax(message: String)
    /// Any other Graphviz call failed.
    case graphviz(operation: String, message: String)
    /// The output file could not be written.
    case outputNotWritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .emptyGraph:
            return "the graph has no nodes; check the input or loosen the filters"
        case .invalidGraph(let problems):
            return "the graph is inconsistent: \(problems.prefix(3).joined(separator: "; "))"
                + (problems.count > 3 ? " (and \(problems.count - 3) more)" : "")
        case .unknownEngine(let name, let available):
            return "unknown layout engine '\(name)'; use one of: \(available.joined(separator: ", "))"
        case .unknownFormat(let name, let available):
            return "unknown output format '\(name)'; use one of: \(available.joined(separator: ", "))"
        case .unknownScore(let key, let available):
            let choices = available.isEmpty ? "the graph has no scores; run an analysis first" : "use one of: \(available.joined(separator: ", "))"
            return "no node has the score '\(key)'; \(choices)"
        case .layoutFailed(let engine, let message):
            return "Graphviz layout '\(engine)' failed: \(message); try another engine with --layout"
        case .renderFailed(let format, let message):
            return "Graphviz could not render \(format): \(message)"
        case .dotSyntax(let message):
            return "Graphviz could not parse the DOT text: \(message)"
        case .graphviz(let operation, let message):
            return "Graphviz could not \(operation): \(message)"
        case .outputNotWritable(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        }
    }
}
