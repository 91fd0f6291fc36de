// Benchmarks for Nexus, run as `nexus-bench <name> [options]` from a release build:
//
//     swift build -c release --product nexus-bench
//     .build/release/nexus-bench betweenness --nodes 10000 --edges 50000 --seed 1 --threads 1,2
//
// Each benchmark lives in its own file and is registered in `Benchmarks.all`.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = Benchmarks.all.first(where: { $0.name == name }) else {
    var usage = "usage: nexus-bench <name> [options]\n\nbenchmarks:\n"
    for benchmark in Benchmarks.all { usage += "  \(benchmark.name)\t\(benchmark.summary)\n" }
    FileHandle.standardError.write(Data(usage.utf8))
    exit(arguments.isEmpty || arguments.first == "--help" ? 0 : 64)
}
do {
    try benchmark.run(BenchOptions(Array(arguments.dropFirst())))
} catch {
    FileHandle.standardError.write(Data("nexus-bench \(name): \(error)\n".utf8))
    exit(1)
}
