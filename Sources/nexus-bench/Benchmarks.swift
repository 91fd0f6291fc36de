/// A benchmark run as `nexus-bench <name> [options]`.
struct Benchmark: Sendable {
    var name: String
    var summary: String
    var run: @Sendable (BenchOptions) throws -> Void
}

/// The registered benchmarks. Add a new one in its own file and list it here.
enum Benchmarks {
    static let all: [Benchmark] = [
        BetweennessBenchmark.benchmark,
        PageRankBenchmark.benchmark,
        GraphvizBench.memoryBenchmark,
        GraphvizBench.enginesBenchmark,
        SyntaxBenchmark.benchmark,
        SyntaxBenchmark.pipelineBenchmark,
        ModelAverageBenchmark.benchmark,
    ]
}
