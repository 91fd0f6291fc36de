import NexusAnalysis

/// Exact betweenness (Brandes) on a G(n, m) graph, timed for each thread count.
///
///     nexus-bench betweenness [--nodes 10000] [--edges 50000] [--seed 1] [--threads 1,2]
///                             [--edge-list FILE | --input FILE] [--repeat 1]
///
/// Prints `RESULT betweenness_seconds_threads_<t> <s>` (wall) and `..._cpu_seconds_...` per run, and the sum and maximum of the
/// unnormalized scores (each pair counted once, as igraph reports) to check that peers computed
/// the same thing.
enum BetweennessBenchmark {
    static let benchmark = Benchmark(
        name: "betweenness", summary: "exact Brandes betweenness on G(n,m), per thread count", run: run)

    static func run(_ options: BenchOptions) throws {
        let (graph, buildSeconds) = try measure { try RandomGraph.graph(options, nodes: 10_000, edges: 50_000) }
        report("nodes", "\(graph.nodeCount)")
        report("edges", "\(graph.edgeCount)")
        report("build_seconds", fixed(buildSeconds))
        let repeats = try options.int("repeat", default: 1)
        for threads in try options.ints("threads", default: [1, 2]) {
            for _ in 0..<repeats {
                let cpuBefore = processCPUSeconds()
                let (scores, seconds) = measure { graph.betweennessCentrality(normalized: false, threads: threads) }
                report("betweenness_seconds_threads_\(threads)", fixed(seconds))
                report("betweenness_cpu_seconds_threads_\(threads)", fixed(processCPUSeconds() - cpuBefore))
                report("betweenness_sum", String(format: "%.6f", scores.reduce(0, +)))
                report("betweenness_max", String(format: "%.6f", scores.max() ?? 0))
            }
        }
        report("peak_rss_mib", fixed(peakResidentMiB(), 1))
    }
}
