import Foundation
import NexusGraphviz

// Benchmarks for Nexus. Run with: swift run -c release nexus-bench SUBCOMMAND [ARGS]
//   graphviz-memory [RENDERS=1000] [NODES=60] [ENGINE=neato] [FORMAT...]   RSS before/after repeated renders
//   graphviz-engines [NODES=500] [ENGINE...]                   one layout per engine, timed

let arguments = Array(CommandLine.arguments.dropFirst())
func argument(_ index: Int, _ fallback: Int) -> Int { index < arguments.count ? Int(arguments[index]) ?? fallback : fallback }

do {
    switch arguments.first {
    case "graphviz-memory":
        try GraphvizBench.memory(renders: argument(1, 1000), nodes: argument(2, 60),
                                 engine: arguments.count > 3 ? arguments[3] : "neato",
                                 formats: arguments.dropFirst(4).compactMap { OutputFormat(rawValue: $0) })
    case "graphviz-engines":
        try GraphvizBench.engines(nodes: argument(1, 500), names: Array(arguments.dropFirst(2)))
    default:
        say("usage: nexus-bench graphviz-memory [RENDERS] [NODES] [ENGINE] | graphviz-engines [NODES] [ENGINE...]")
    }
} catch {
    FileHandle.standardError.write(Data("nexus-bench: \(error)\n".utf8))
    exit(1)
}
