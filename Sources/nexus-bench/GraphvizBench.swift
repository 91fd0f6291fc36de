import Foundation
import NexusAnalysis
import NexusCore
import NexusGraphviz

/// Benchmarks of the Graphviz drawing stage:
///
///     nexus-bench graphviz-memory [--renders 1000] [--nodes 60] [--engine neato] [--formats svg,png,pdf,dot]
///     nexus-bench graphviz-engines [--nodes 500] [--engines neato,sfdp,...]
enum GraphvizBench {
    static let memoryBenchmark = Benchmark(
        name: "graphviz-memory", summary: "RSS before and after repeated renders of one graph, per format"
    ) { options in
        try memory(
            renders: options.int("renders", default: 1000), nodes: options.int("nodes", default: 60),
            engine: options.string("engine") ?? "neato",
            formats: (options.string("formats") ?? "").split(separator: ",").compactMap { OutputFormat(rawValue: String($0)) })
    }

    static let enginesBenchmark = Benchmark(
        name: "graphviz-engines", summary: "one SVG layout per engine on a synthetic graph, timed"
    ) { options in
        try engines(
            nodes: options.int("nodes", default: 500),
            names: (options.string("engines") ?? "").split(separator: ",").map(String.init))
    }

    /// A seeded random entity graph: node i links to two earlier nodes (average degree ≈ 4),
    /// kinds cycle through `NodeKind`, every node and edge has one evidence sentence.
    static func syntheticGraph(nodes count: Int, seed: UInt64 = 42) -> EntityGraph {
        var generator = SplitMix64(seed: seed)
        let kinds = NodeKind.allCases
        func evidence(_ index: Int) -> Evidence {
            let text = "Sentence \(index) names entity \(index) & friends \"quoted\"."
            return Evidence(document: "doc\(index % 7)", sentence: index, range: TextRange(start: 0, end: 8), text: text)
        }
        let nodes = (0..<count).map { index in
            GraphNode(id: String(format: "e%05d", index), label: "Entity \(index)", kind: kinds[index % kinds.count],
                      scores: ["pagerank": Double(generator.next() % 1000) / 1000], evidence: [evidence(index)])
        }
        var edges: [GraphEdge] = []
        var seen = Set<[Int]>()
        for index in 1..<max(1, count) {
            for _ in 0..<min(2, index) {
                let other = Int(generator.next() % UInt64(index))
                guard seen.insert([other, index]).inserted else { continue }
                edges.append(GraphEdge(source: nodes[other].id, target: nodes[index].id,
                                       kind: RelationKind.allCases[(index + other) % 4],
                                       weight: Double(1 + generator.next() % 5), evidence: [evidence(index)]))
            }
        }
        return EntityGraph(nodes: nodes, edges: edges)
    }

    /// Resident set size of this process in KiB (Linux `/proc/self/status`, VmRSS).
    static func residentKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
        }
        return -1
    }

    /// Renders the same graph `renders` times per format and reports RSS before and after.
    static func memory(renders: Int, nodes: Int, engine: String, formats requested: [OutputFormat]) throws {
        let graph = syntheticGraph(nodes: nodes)
        let renderer = GraphvizRenderer(style: StyleOptions(sizeBy: "pagerank"))
        let formats: [OutputFormat] = requested.isEmpty ? [.svg, .png, .pdf, .dot] : requested
        for format in formats { _ = try renderer.render(graph, as: format, engine: engine) }  // warm-up: plugins, fonts
        let start = residentKiB()
        say("graphviz memory: \(nodes) nodes, \(graph.edges.count) edges, engine \(engine), \(renders) renders per format")
        say("RSS after warm-up: \(start) KiB")
        for format in formats {
            let before = residentKiB()
            let clock = ContinuousClock.now
            for _ in 0..<renders { _ = try renderer.render(graph, as: format, engine: engine) }
            let seconds = Double((ContinuousClock.now - clock).components.attoseconds) / 1e18
                + Double((ContinuousClock.now - clock).components.seconds)
            let after = residentKiB()
            say(String(format: "%@: RSS %d → %d KiB (%+d KiB), %.2f ms per render", format.rawValue, before, after,
                         after - before, seconds * 1000 / Double(renders)))
        }
        say("RSS at end: \(residentKiB()) KiB (\(residentKiB() - start) KiB over \(renders * formats.count) renders)")
    }

    /// Times one SVG layout+render per engine on a synthetic graph of `nodes` nodes.
    static func engines(nodes: Int, names: [String]) throws {
        let graph = syntheticGraph(nodes: nodes)
        let renderer = GraphvizRenderer(policy: LayoutPolicy(slowLayoutAction: .proceed))
        say("graphviz engines: \(nodes) nodes, \(graph.edges.count) edges, SVG")
        for name in names.isEmpty ? Graphviz.availableEngines : names {
            let clock = ContinuousClock.now
            _ = try renderer.render(graph, as: .svg, engine: name)
            let elapsed = ContinuousClock.now - clock
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            say(String(format: "%@: %.3f s", name, seconds))
        }
    }
}

/// Writes one line to standard output unbuffered, so progress shows while a benchmark runs.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
