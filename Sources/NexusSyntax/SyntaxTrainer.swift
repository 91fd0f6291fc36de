import NexusCore
import NexusLearning

/// Trains a ``SyntaxModel``: the part-of-speech tagger on the training treebank, then the
/// parser on tags that the tagger could have predicted for the training sentences, obtained
/// by jackknifing (each of `folds` parts tagged by a tagger trained on the other parts;
/// Collins & Koo 2005 and Zhang & Nivre 2011 train parsers this way), so that the parser
/// learns how far to trust predicted tags. Dev is used only to choose epochs.
public struct SyntaxTrainer: Sendable {
    public var tagger = TaggerTrainer()
    public var parser = ParserTrainer()
    public var folds = 10

    public init() {}

    public enum Stage: Sendable {
        case tagger(TaggerTrainer.EpochReport)
        case jackknife(fold: Int, of: Int)
        case parser(ParserTrainer.EpochReport)
    }

    public func train(_ training: [TreebankSentence], dev: [TreebankSentence],
                      progress: (Stage) -> Void = { _ in }) -> SyntaxModel {
        let tagger = self.tagger.train(training, dev: dev) { progress(.tagger($0)) }
        let classOf = Dictionary(uniqueKeysWithValues: tagger.upos.indices.map { (TagPair(upos: tagger.upos[$0], xpos: tagger.xpos[$0]), $0) })
        var trainingTags = [[Int]](repeating: [], count: training.count)
        let folds = max(2, min(self.folds, training.count))
        var foldTrainer = self.tagger
        foldTrainer.epochs = self.tagger.epochs
        for k in 0..<folds {
            progress(.jackknife(fold: k + 1, of: folds))
            let rest = training.enumerated().filter { $0.offset % folds != k }.map(\.element)
            let foldTagger = foldTrainer.train(rest, dev: [])
            for i in stride(from: k, to: training.count, by: folds) {
                trainingTags[i] = foldTagger.tag(training[i].forms.map(WordAtoms.init)).map {
                    classOf[TagPair(upos: foldTagger.upos[$0], xpos: foldTagger.xpos[$0])] ?? 0
                }
            }
        }
        let devTags = dev.map { tagger.tag($0.forms.map(WordAtoms.init)) }
        var parserTrainer = self.parser
        parserTrainer.coarse = SyntaxModel.coarseIndex(tagger.upos)
        let parser: DependencyParser = parserTrainer.train(training, tags: trainingTags, dev: dev, devTags: devTags) { progress(.parser($0)) }
        return SyntaxModel(tagger: tagger, parser: parser)
    }
}
