import ArgumentParser
import Foundation
import NexusEntities

/// `nexus train`: learns a tagger model from CoNLL data.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the named-entity tagger (averaged perceptron) on CoNLL data.",
        discussion: "Prints the dev F1 after each epoch and keeps the best epoch's weights."
    )

    @Option(name: .long, help: "Training file (CoNLL; token first column, gold tag last).")
    var train: String = "../shared/data/ner/conll2003/eng.train"

    @Option(name: .long, help: "Dev file for choosing the epoch; '' for none.")
    var dev: String = "../shared/data/ner/conll2003/eng.testa"

    @Option(name: .long, help: "Tagged CoNLL file used only for word statistics and label profiles (e.g. GMB from Scripts/gmb-to-conll.py).")
    var lexiconConll: String?

    @Option(name: .long, help: "Training epochs.")
    var epochs: Int = 15

    @Option(name: .long, help: "Seed of the per-epoch shuffles.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Drop weights whose magnitude is below this.")
    var prune: Float = 0.005

    @Option(name: [.short, .customLong("output")], help: "Model file to write.")
    var output: String

    func validate() throws {
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if prune < 0 { throw ValidationError("--prune must be 0 or more") }
    }

    func run() throws {
        let start = Date()
        let reader = CoNLLReader()
        let training = try reader.read(contentsOf: URL(fileURLWithPath: train)).trainingDocuments
        let development = dev.isEmpty ? [] : try reader.read(contentsOf: URL(fileURLWithPath: dev)).trainingDocuments
        let trainer = PerceptronTrainer(
            configuration: .init(epochs: epochs, seed: seed, pruneBelow: prune),
            gazetteer: try TaggerPhraseGazetteer.isoCodes()
        )
        let auxiliary = try lexiconConll.map { try reader.read(contentsOf: URL(fileURLWithPath: $0)).trainingDocuments.flatMap { $0 } } ?? []
        let model = try trainer.train(training: training, dev: development, auxiliary: auxiliary) { report in
            var line = "epoch \(report.epoch): \(report.trainingErrors) training sentences wrong"
            if let dev = report.devReport {
                line += String(format: "; dev P %.2f R %.2f F1 %.2f", dev.overall.precision * 100,
                               dev.overall.recall * 100, dev.overall.f1 * 100)
            }
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        try ModelFile.write(model, to: URL(fileURLWithPath: output))
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        print(String(format: "wrote %@: %d features, %.1f MB, %.0f s", output, model.features.count,
                     Double(size) / 1_048_576, Date().timeIntervalSince(start)))
    }
}
