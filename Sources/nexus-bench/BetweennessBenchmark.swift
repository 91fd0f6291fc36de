import NexusAnalysis

/// Exact betweenness (Brandes) on a G(n, m) graph, timed for each thread count.
///
///     nexus-bench betweenness [--nodes 10000] [--edges 50000] [--seed 1] [--threads 1,2]
///                             [--edge-list FILE | --input FILE] [--repeat 1] [--epsilon E]
///                             [--exact false]
///
/// With `--epsilon`, also runs sampled betweenness (δ = 0.1) and reports its error against the
/// exact scores of the last run; `--exact false` skips the exact runs (for graphs where they
/// would take too long).
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
        var exact: [Double] = []
        let threadCounts = options.string("exact") == "false" ? [] : try options.ints("threads", default: [1, 2])
        for threads in threadCounts {
            for _ in 0..<repeats {
                let cpuBefore = processCPUSeconds()
                let (scores, seconds) = measure { graph.betweennessCentrality(normalized: false, threads: threads) }
                exact = scores
                report("betweenness_seconds_threads_\(threads)", fixed(seconds))
                report("betweenness_cpu_seconds_threads_\(threads)", fixed(processCPUSeconds() - cpuBefore))
                report("betweenness_sum", String(format: "%.6f", scores.reduce(0, +)))
                report("betweenness_max", String(format: "%.6f", scores.max() ?? 0))
            }
        }
        if let epsilon = options.string("epsilon").flatMap(Double.init) {
            try sampled(graph, epsilon: epsilon, seed: UInt64(options.int("seed", default: 1)), exact: exact)
        }
        report("peak_rss_mib", fixed(peakResidentMiB(), 1))
    }

    /// Riondato–Kornaropoulos sampling on the same graph: time, sample size, and the largest
    /// error against the exact run (NetworkX normalization) beside the stated bound.
    static func sampled(_ graph: AnalysisGraph, epsilon: Double, seed: UInt64, exact: [Double]) throws {
        let (estimate, seconds) = try measure { try graph.approximateBetweenness(epsilon: epsilon, delta: 0.1, seed: seed, exactWhenCheaper: false) }
        report("sampled_epsilon", "\(epsilon)")
        report("sampled_seconds", fixed(seconds))
        report("sampled_sample_size", "\(estimate.sampleSize)")
        report("sampled_vertex_diameter_bound", "\(estimate.vertexDiameterBound)")
        report("sampled_error_bound", String(format: "%.6f", estimate.errorBound))
        guard exact.count == graph.nodeCount, graph.nodeCount > 2 else { return }
        let n = Double(graph.nodeCount)
        let scale = 2 / ((n - 1) * (n - 2))
        let worst = zip(estimate.scores, exact).map { abs($0 - $1 * scale) }.max() ?? 0
        report("sampled_max_abs_error", String(format: "%.6f", worst))
    }
}
