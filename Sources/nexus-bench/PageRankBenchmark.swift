import NexusAnalysis

/// PageRank on a large graph: loading (reading and parsing the file, or generating the graph,
/// and building the CSR arrays), then the power iteration at NetworkX's tolerance (1e-6 per
/// node) and at ours (1e-10 per node).
///
///     nexus-bench pagerank [--nodes 200000] [--edges 1000000] [--seed 1]
///                          [--edge-list FILE | --input FILE]
///
/// With `--input`, the edge list is read and parsed as `nexus rank` does, so that the peak
/// memory (`/usr/bin/time -v`) compares with peers that read the same file.
enum PageRankBenchmark {
    static let benchmark = Benchmark(name: "pagerank", summary: "PageRank (damping 0.85) on a large edge list", run: run)

    static func run(_ options: BenchOptions) throws {
        let (graph, loadSeconds) = try measure { try RandomGraph.graph(options, nodes: 200_000, edges: 1_000_000) }
        report("nodes", "\(graph.nodeCount)")
        report("edges", "\(graph.edgeCount)")
        report("load_seconds", fixed(loadSeconds))
        for (label, tolerance) in [("tol_1e-6", 1e-6), ("tol_1e-10", 1e-10)] {
            let cpuBefore = processCPUSeconds()
            let (scores, seconds) = try measure { try graph.pageRank(tolerance: tolerance) }
            report("pagerank_seconds_\(label)", fixed(seconds))
            report("pagerank_cpu_seconds_\(label)", fixed(processCPUSeconds() - cpuBefore))
            report("pagerank_max_\(label)", String(format: "%.10g", scores.max() ?? 0))
        }
        report("peak_rss_mib", fixed(peakResidentMiB(), 1))
    }
}
