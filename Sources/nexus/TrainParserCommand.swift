import ArgumentParser
import Foundation
import NexusCore
import NexusSyntax

/// `nexus train-parser`: learns the part-of-speech tagger and the dependency parser from a
/// Universal Dependencies treebank.
struct TrainParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-parser",
        abstract: "Train the part-of-speech tagger and the dependency parser on a CoNLL-U treebank.",
        discussion: """
            Trains the tagger, tags the training sentences by jackknifing (--folds parts, each \
            tagged by a tagger trained on the others), then trains the arc-eager parser on \
            those predicted tags with a dynamic oracle. Dev chooses the best epoch of each. \
            One progress line per stage and epoch goes to stderr; the model is written \
            atomically, then the dev UPOS, UAS and LAS are printed. The same data, options \
            and seed give the same model, byte for byte.
            """
    )

    @Option(name: .long, help: "Training treebank (CoNLL-U).")
    var train: String = "../shared/data/ud/english-ewt/en_ewt-ud-train.conllu"

    @Option(name: .long, help: "Dev treebank (CoNLL-U), for choosing the epochs.")
    var dev: String = "../shared/data/ud/english-ewt/en_ewt-ud-dev.conllu"

    @Option(name: .long, help: "Parser training epochs.")
    var epochs: Int = ParserTrainer().epochs

    @Option(name: .long, help: "Tagger training epochs (also for each jackknife fold).")
    var taggerEpochs: Int = TaggerTrainer().epochs

    @Option(name: .long, help: "Jackknife folds for the parser's training tags.")
    var folds: Int = SyntaxTrainer().folds

    @Option(name: .long, help: "Word clusters (word<TAB>c64<TAB>c256<TAB>c1024); default: the shipped ones.")
    var clusters: String?

    @Option(name: .long, help: "Parser training runs (seeds SEED, SEED+1, ...) whose weights are averaged.")
    var runs: Int = ParserTrainer().runs

    @Option(name: .long, help: "Parser features seen fewer times than this in training get no weight.")
    var minCount: Int = ParserTrainer().minCount

    @Option(name: .long, help: "Parser weights smaller than this fraction of the largest are dropped from the model (0 keeps all).")
    var prune: Float = ParserTrainer().pruneRelative

    @Option(name: .long, help: "Seed of the per-epoch shuffles and of the parser's exploration.")
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("output")], help: "Model file to write.")
    var output: String

    /// Checked in `run()` rather than `validate()`, so that a bad value is one line on stderr.
    func checkOptions() throws {
        if epochs < 1 { throw CommandFailure("--epochs must be at least 1, got \(epochs)") }
        if taggerEpochs < 1 { throw CommandFailure("--tagger-epochs must be at least 1, got \(taggerEpochs)") }
        if folds < 2 { throw CommandFailure("--folds must be at least 2, got \(folds)") }
        if minCount < 1 { throw CommandFailure("--min-count must be at least 1, got \(minCount)") }
        if runs < 1 || runs > 20 { throw CommandFailure("--runs must be from 1 to 20, got \(runs)") }
        if !(prune >= 0 && prune < 1) { throw CommandFailure("--prune must be a fraction from 0 up to 1, got \(prune)") }
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure(AtomicFile.Failure.folderMissing(output))
        }
    }

    func run() throws {
        try checkOptions()
        let start = Date()
        let training = try Self.sentences(try CoNLLUDocument.read(option: train), path: train, role: "training")
        let devDocument = try CoNLLUDocument.read(option: dev)
        let development = try Self.sentences(devDocument, path: dev, role: "dev")
        guard training.contains(where: { $0.relations.contains("root") }) else {
            throw CommandFailure("'\(train)' has no word with DEPREL root; give a treebank with dependency trees")
        }
        var trainer = SyntaxTrainer()
        trainer.tagger.epochs = taggerEpochs
        trainer.tagger.seed = seed
        trainer.parser.epochs = epochs
        trainer.parser.seed = seed
        trainer.folds = folds
        trainer.parser.minCount = minCount
        trainer.parser.runs = runs
        trainer.parser.pruneRelative = prune
        do {
            trainer.clusters = try clusters.map { try WordClusters.read(contentsOf: URL(fileURLWithPath: $0)) } ?? WordClusters.bundled()
        } catch {
            throw CommandFailure(error)
        }
        let model: SyntaxModel
        do {
            model = try trainer.train(training, dev: development) { stage in
                Console.error([Self.progressLine(stage, taggerEpochs: taggerEpochs, parserEpochs: epochs, parserRuns: runs)])
            }
        } catch {
            throw CommandFailure(error)
        }
        let data = SyntaxModelFile.data(for: model)
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
        } catch {
            throw CommandFailure(error)
        }
        let score = ParserEvaluation.score(model, on: devDocument)
        Console.print(String(format: "wrote %@: %.1f MB, %.0f s\n", output, Double(data.count) / 1_048_576, Date().timeIntervalSince(start)))
        Console.print("dev: UPOS \(EvaluateParserCommand.percent(score.upos))  UAS \(EvaluateParserCommand.percent(score.uas))  LAS \(EvaluateParserCommand.percent(score.las))  (\(score.words) words)\n")
    }

    /// The non-empty sentences of a treebank file.
    static func sentences(_ document: CoNLLUDocument, path: String, role: String) throws -> [TreebankSentence] {
        let sentences = document.sentences.map(TreebankSentence.init).filter { $0.count > 0 }
        guard !sentences.isEmpty else { throw CommandFailure("the \(role) treebank '\(path)' has no word lines") }
        return sentences
    }

    static func progressLine(_ stage: SyntaxTrainer.Stage, taggerEpochs: Int, parserEpochs: Int, parserRuns: Int) -> String {
        func percent(_ value: Double) -> String { EvaluateParserCommand.percent(value) }
        switch stage {
        case .tagger(let report):
            return "tagger epoch \(report.epoch)/\(taggerEpochs): training \(percent(report.trainingAccuracy))%, dev UPOS \(percent(report.devUPOS))% XPOS \(percent(report.devXPOS))%"
        case .jackknife(let fold, let folds):
            return "jackknife fold \(fold)/\(folds): training a tagger on the other folds"
        case .parser(let report):
            return "parser run \(report.run)/\(parserRuns), epoch \(report.epoch)/\(parserEpochs): \(report.updates) updates in \(report.decisions) decisions, dev UAS \(percent(report.uas))% LAS \(percent(report.las))% (\(String(format: "%.0f", report.seconds)) s)"
        }
    }
}
