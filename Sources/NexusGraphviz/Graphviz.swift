/// What the Graphviz installation offers, and DOT parsing with Graphviz's own parser.
public enum Graphviz {
    /// Installed layout engines that compute positions, sorted (`circo`, `dot`, `fdp`,
    /// `neato`, ...). The `nop` engines, which only reuse positions already in the input,
    /// are left out. Read once per process.
    public static let availableEngines: [String] = CGraph.pluginNames(kind: "layout").filter { !$0.hasPrefix("nop") }

    /// Installed output devices (`svg`, `png`, `pdf`, `dot`, ...), read once per process.
    static let availableDevices: [String] = CGraph.pluginNames(kind: "device")

    /// The output formats this installation can produce, in declaration order.
    public static var availableFormats: [OutputFormat] {
        OutputFormat.allCases.filter { format in
            guard let device = format.device else { return true }
            let type = device.split(separator: ":").first.map(String.init) ?? device
            return availableDevices.contains(type)
        }
    }

    /// The installed engine called `name`.
    /// - Throws: `.unknownEngine` listing the installed engines.
    public static func engine(named name: String) throws(GraphvizError) -> LayoutEngine {
        guard availableEngines.contains(name) else { throw .unknownEngine(name, available: availableEngines) }
        return LayoutEngine(name)
    }

    /// The available output format called `name` (`svg`, `png`, `pdf`, `dot`, `dot-positions`).
    /// - Throws: `.unknownFormat` listing the available formats.
    public static func format(named name: String) throws(GraphvizError) -> OutputFormat {
        guard let format = OutputFormat(rawValue: name.lowercased()), availableFormats.contains(format) else {
            throw .unknownFormat(name, available: availableFormats.map(\.rawValue))
        }
        return format
    }

    /// Parses DOT text with Graphviz's parser (`agmemread`).
    /// - Throws: `.dotSyntax` with Graphviz's message.
    public static func parseDOT(_ text: String) throws(GraphvizError) -> StyledGraph {
        try CGraph.parse(dot: text)
    }
}
