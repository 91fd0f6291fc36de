import ArgumentParser
import Foundation
import NexusEntities
import NexusLearning
import NexusSyntax

/// `nexus train`: learns a tagger model from CoNLL data.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the named-entity tagger (averaged perceptron) on CoNLL data.",
        discussion: """
        Each --train and --dev file is read in its own layout: CoNLL-2003 (token first, tag last) \
        or UNER .iob2 (# comments, then index, token, tag), detected from its first lines. \
        Prints each dev set's F1 after every epoch and keeps the epoch with the best mean F1. \
        With --runs N the training is repeated with seeds SEED, SEED+1, ... and the runs' weights \
        are averaged; the mixture's dev F1 is printed last.
        """
    )

    @Option(name: .long, help: "Training file (CoNLL or UNER .iob2); repeat for several. Default: CoNLL-2003 eng.train.")
    var train: [String] = []

    @Option(name: .long, help: "Dev file for choosing the epoch; repeat for several (scored separately, mean F1). Default: eng.testa; '' for none.")
    var dev: [String] = []

    @Option(name: .long, help: "Comma-separated type renames applied to training and dev tags, e.g. OTH=MISC.")
    var map: String?

    @Option(name: .long, help: "Comma-separated types scored on the dev sets, e.g. PER,ORG,LOC, or all (the default); others are dropped from gold and predictions there.")
    var types: String?

    @Option(name: .long, help: "Tagged CoNLL file used only for word statistics and label profiles (e.g. GMB from Scripts/gmb-to-conll.py).")
    var lexiconConll: String?

    @Option(name: .long, help: "Word-clusters file (word<TAB>c64<TAB>c256<TAB>c1024); default: the clusters shipped with nexus; '' for none.")
    var clusters: String?

    @Option(name: .long, help: "Web lexicon (word<TAB>class<TAB>path, Scripts/make-web-lexicon.py); default: the one shipped with nexus; '' for none.")
    var webLexicon: String?

    @Option(name: .long, help: "Training epochs.")
    var epochs: Int = 15

    @Option(name: .long, help: "Seed of the per-epoch shuffles.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Training runs (seeds SEED, SEED+1, ...) whose weights are averaged.")
    var runs: Int = 1

    @Option(name: .long, help: "Drop weights whose magnitude is below this.")
    var prune: Float = 0.005

    @Option(name: [.short, .customLong("output")], help: "Model file to write.")
    var output: String

    func validate() throws {
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if prune < 0 { throw ValidationError("--prune must be 0 or more") }
        if runs < 1 || runs > 20 { throw ValidationError("--runs must be from 1 to 20, got \(runs)") }
    }

    func run() throws {
        let start = Date()
        let typeMap = try NERTypeMap.parse(map)
        func documents(_ path: String) throws -> [PerceptronTrainer.Document] {
            try CoNLLReader.readDetectingLayout(contentsOf: URL(fileURLWithPath: path)).trainingDocuments(typeMap: typeMap)
        }
        let trainFiles = train.isEmpty ? ["../shared/data/ner/conll2003/eng.train"] : train
        let training = try trainFiles.flatMap(documents)
        let devSets = try devFiles.map(documents)
        let clusterLines = try loadClusters()
        let webLines = webLexicon == "" ? [] : try WebLexiconFile.read(contentsOf: webLexicon.map { URL(fileURLWithPath: $0) } ?? WebLexiconFile.bundledURL())
        let trainer = PerceptronTrainer(
            configuration: .init(epochs: epochs, seed: seed, pruneBelow: prune, runs: runs),
            gazetteer: try TaggerPhraseGazetteer.shipped(),
            devEvaluator: NEREvaluator(keptTypes: NERTypeList.kept(types))
        )
        let auxiliary = try lexiconConll.map { try CoNLLReader().read(contentsOf: URL(fileURLWithPath: $0)).trainingDocuments.flatMap { $0 } } ?? []
        let model = try trainer.train(training: training, devSets: devSets, auxiliary: auxiliary, clusters: clusterLines, web: webLines) { report in
            let run = runs > 1 ? "run \(report.run) " : ""
            Console.print("\(run)epoch \(report.epoch): \(report.trainingErrors) training sentences wrong"
                          + devSummary(report.devReports) + "\n")
        }
        if runs > 1, !devSets.isEmpty {
            let tagger = NERTagger(model: model, gazetteer: trainer.gazetteer)
            Console.print("mixture of \(runs) runs" + devSummary(devSets.map { tagger.evaluate(documents: $0, evaluator: trainer.devEvaluator) }) + "\n")
        }
        try ModelFile.write(model, to: URL(fileURLWithPath: output))
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        Console.print(String(format: "wrote %@: %d features, %.1f MB, %.0f s\n", output, model.features.count,
                     Double(size) / 1_048_576, Date().timeIntervalSince(start)))
    }

    /// The dev files: `--dev`, or CoNLL-2003 eng.testa; '' stands for none.
    private var devFiles: [String] {
        (dev.isEmpty ? ["../shared/data/ner/conll2003/eng.testa"] : dev).filter { !$0.isEmpty }
    }

    /// "; FILE P .. R .. F1 .." per dev set, and the mean F1 over several.
    private func devSummary(_ reports: [NEREvaluator.Report]) -> String {
        var line = ""
        for (file, dev) in zip(devFiles, reports) {
            line += String(format: "; %@ P %.2f R %.2f F1 %.2f", (file as NSString).lastPathComponent,
                           dev.overall.precision * 100, dev.overall.recall * 100, dev.overall.f1 * 100)
        }
        if reports.count > 1 {
            line += String(format: "; mean F1 %.2f", reports.map(\.overall.f1).reduce(0, +) / Double(reports.count) * 100)
        }
        return line
    }

    /// The clusters the features read: the shipped file unless `--clusters` names another or ''.
    private func loadClusters() throws -> [WordClusterFile.Line] {
        if clusters == "" { return [] }
        return try WordClusterFile.read(contentsOf: clusters.map { URL(fileURLWithPath: $0) } ?? WordClusters.bundledURL())
    }
}
