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
    public var clusters: WordClusters = .empty

    public init() {}

    public enum Stage: Sendable {
        case tagger(TaggerTrainer.EpochReport)
        case jackknife(fold: Int, of: Int)
        case parser(ParserTrainer.EpochReport)
    }

    public func train(_ training: [TreebankSentence], dev: [TreebankSentence],
                      progress: (Stage) -> Void = { _ in }) throws -> SyntaxModel {
        guard !training.isEmpty else { throw SyntaxTrainingError.noSentences }
        let pairs = Set(training.flatMap { s in s.upos.indices.map { TagPair(upos: s.upos[$0], xpos: s.xpos[$0]) } })
        guard pairs.count <= SparseWeightTable.maximumClasses else { throw SyntaxTrainingError.tooManyTags(pairs.count) }
        var taggerTrainer = self.tagger
        taggerTrainer.clusters = clusters
        let tagger = taggerTrainer.train(training, dev: dev) { progress(.tagger($0)) }
        let classOf = Dictionary(uniqueKeysWithValues: tagger.upos.indices.map { (TagPair(upos: tagger.upos[$0], xpos: tagger.xpos[$0]), $0) })
        var trainingTags = [PredictedTags](repeating: PredictedTags(tags: []), count: training.count)
        let folds = max(2, min(self.folds, training.count))
        let foldTrainer = taggerTrainer
        for k in 0..<folds {
            progress(.jackknife(fold: k + 1, of: folds))
            let rest = training.enumerated().filter { $0.offset % folds != k }.map(\.element)
            let foldTagger = foldTrainer.train(rest, dev: [])
            for i in stride(from: k, to: training.count, by: folds) {
                var predicted = foldTagger.tagWithAlternatives(training[i].forms.map { WordAtoms($0, clusters: clusters) })
                func mapped(_ k: Int) -> Int { classOf[TagPair(upos: foldTagger.upos[k], xpos: foldTagger.xpos[k])] ?? 0 }
                predicted.tags = predicted.tags.map(mapped)
                predicted.alternatives = predicted.alternatives.map(mapped)
                trainingTags[i] = predicted
            }
        }
        let devTags = dev.map { tagger.tagWithAlternatives($0.forms.map { WordAtoms($0, clusters: clusters) }) }
        var parserTrainer = self.parser
        parserTrainer.coarse = SyntaxModel.coarseIndex(tagger.upos)
        parserTrainer.clusters = clusters
        let parser = try parserTrainer.train(training, tags: trainingTags, dev: dev, devTags: devTags) { progress(.parser($0)) }
        return SyntaxModel(tagger: tagger, parser: parser, clusters: clusters)
    }
}
