import Foundation
import NexusLearning
import NexusSyntax

/// `nexus-bench average-models --models A,B,... [--conllu FILE]`: an experiment, not a
/// benchmark of speed: averages the parser weights of several models trained with different
/// seeds (keeping the first model's tagger and clusters; features missing from a model count
/// as 0) and scores the first model and the average on a treebank.
enum ModelAverageBenchmark {
    static let benchmark = Benchmark(
        name: "average-models",
        summary: "score the average of several parsers' weights (--models A,B,... --conllu FILE)",
        run: run)

    static func run(_ options: BenchOptions) throws {
        guard let list = options.string("models") else { throw BenchOptions.Failure(description: "--models A,B,... is required") }
        let models = try list.split(separator: ",").map { try SyntaxModelFile.read(contentsOf: URL(fileURLWithPath: String($0))) }
        let path = options.string("conllu") ?? "../shared/data/ud/english-ewt/en_ewt-ud-dev.conllu"
        let gold = try CoNLLUDocument(text: String(contentsOfFile: path, encoding: .utf8), path: path)
        let first = models[0]
        let classes = first.parser.weights.classCount
        var rows: [UInt64: [Float]] = [:]
        var order: [UInt64] = []
        for model in models {
            let table = model.parser.weights
            precondition(table.classCount == classes && model.parser.relations == first.parser.relations)
            for row in 0..<table.count {
                let key = table.keys[row]
                if rows[key] == nil { rows[key] = [Float](repeating: 0, count: classes); order.append(key) }
                for e in Int(table.starts[row])..<Int(table.starts[row + 1]) {
                    let (y, w) = table.unpack(table.entries[e])
                    rows[key]![y] += w / Float(models.count)
                }
            }
        }
        var dense = [Float]()
        dense.reserveCapacity(order.count * classes)
        for key in order { dense += rows[key]! }
        let averaged = SyntaxModel(tagger: first.tagger,
                                   parser: DependencyParser(relations: first.parser.relations,
                                                            weights: SparseWeightTable(classCount: classes, keys: order, dense: dense, threshold: Float(options.string("threshold") ?? "0.01") ?? 0.01)),
                                   clusters: first.clusters)
        if let output = options.string("output") { try SyntaxModelFile.data(for: averaged).write(to: URL(fileURLWithPath: output)) }
        for (name, model) in [("first", first), ("average", averaged)] {
            let score = ParserEvaluation.score(model, on: gold)
            print(String(format: "%@: UPOS %.2f UAS %.2f LAS %.2f, %d parser rows", name, 100 * score.upos, 100 * score.uas, 100 * score.las, model.parser.weights.count))
        }
    }
}
