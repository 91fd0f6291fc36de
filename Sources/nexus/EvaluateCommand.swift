import ArgumentParser
import Foundation
import NexusEntities

/// `nexus evaluate`: entity-level precision, recall and F1 of the tagger on a gold CoNLL file.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the named-entity tagger on a gold CoNLL file (conlleval rules).",
        discussion: "Prints precision, recall and F1 per type and overall, as conlleval does."
    )

    @OptionGroup var options: NERCorpusOptions

    @Option(name: .long, help: "Comma-separated types to keep, e.g. PER,ORG,LOC, or all (the default); others are dropped from gold and predictions.")
    var types: String?

    @Option(name: .long, help: "Comma-separated renames applied before scoring, e.g. geo=LOC,per=PER.")
    var map: String?

    func run() throws {
        let typeMap = try NERTypeMap.parse(map)
        let kept = NERTypeList.kept(types)
        let corpus = try options.readCorpus()
        let tagger = try options.loadTagger()
        let report = tagger.evaluate(corpus: corpus, evaluator: NEREvaluator(keptTypes: kept, typeMap: typeMap))
        Console.print(report.conllevalText)
    }
}
