import NexusLearning

/// Trains a ``PartOfSpeechTagger`` with the averaged perceptron (Collins 2002): each epoch
/// visits the sentences in a seeded random order and tags them greedily with the current
/// weights, each word seeing the tags predicted for the words before it (as when tagging); a
/// wrong tag moves the weights of its features towards the gold tag. The epoch with
/// the best dev accuracy (UPOS, then XPOS) is kept.
public struct TaggerTrainer: Sendable {
    public var epochs: Int
    public var seed: UInt64
    public var pruneBelow: Float
    /// Word clusters for the cluster features (empty: none).
    public var clusters: WordClusters = .empty

    public init(epochs: Int = 10, seed: UInt64 = 1, pruneBelow: Float = 0.01) {
        self.epochs = epochs; self.seed = seed; self.pruneBelow = pruneBelow
    }

    public struct EpochReport: Sendable {
        public var epoch: Int
        public var trainingAccuracy: Double
        public var devUPOS: Double
        public var devXPOS: Double
    }

    public func train(_ training: [TreebankSentence], dev: [TreebankSentence],
                      progress: (EpochReport) -> Void = { _ in }) -> PartOfSpeechTagger {
        let pairs = Set(training.flatMap { s in s.upos.indices.map { TagPair(upos: s.upos[$0], xpos: s.xpos[$0]) } }).sorted()
        let classOf = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($0.element, $0.offset) })
        let upos = pairs.map(\.upos), xpos = pairs.map(\.xpos)
        let sentences = training.map { s in
            (atoms: s.forms.map { WordAtoms($0, clusters: clusters) }, gold: s.upos.indices.map { classOf[TagPair(upos: s.upos[$0], xpos: s.xpos[$0])]! })
        }
        let devAtoms = dev.map { $0.forms.map { WordAtoms($0, clusters: clusters) } }
        var perceptron = AveragedPerceptron(classCount: pairs.count)
        let frequency = Self.featureFrequency(sentences)
        var random = PerceptronRandom(seed: seed)
        var order = Array(sentences.indices)
        var best: (score: Double, tagger: PartOfSpeechTagger)? = nil
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: pairs.count)
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &random)
            var correct = 0, total = 0
            for index in order {
                let (atoms, gold) = sentences[index]
                var predicted = [Int](repeating: 0, count: atoms.count)
                for i in atoms.indices {
                    atoms.withUnsafeBufferPointer { a in
                        features.withUnsafeMutableBufferPointer { f in
                            TaggerFeatures.extract(a, i, previous1: i >= 1 ? predicted[i - 1] : -1,
                                                   previous2: i >= 2 ? predicted[i - 2] : -1, into: f.baseAddress!)
                        }
                    }
                    for y in scores.indices { scores[y] = 0 }
                    perceptron.score(features, into: &scores)
                    var guess = 0
                    for y in 1..<scores.count where scores[y] > scores[guess] { guess = y }
                    perceptron.update(features, gold: gold[i], predicted: guess)
                    perceptron.advance()
                    if guess == gold[i] { correct += 1 }
                    total += 1
                    // The next words see this prediction as their history, as when tagging.
                    predicted[i] = guess
                }
            }
            let averaged = perceptron.averaged(orderedBy: frequency)
            let tagger = PartOfSpeechTagger(upos: upos, xpos: xpos,
                                            weights: SparseWeightTable(classCount: pairs.count, keys: averaged.keys,
                                                                       dense: averaged.weights, threshold: pruneBelow))
            var uposRight = 0, xposRight = 0, devTotal = 0
            for (k, sentence) in dev.enumerated() {
                let tags = tagger.tag(devAtoms[k])
                for i in tags.indices {
                    if upos[tags[i]] == sentence.upos[i] { uposRight += 1 }
                    if xpos[tags[i]] == sentence.xpos[i] { xposRight += 1 }
                    devTotal += 1
                }
            }
            let report = EpochReport(epoch: epoch, trainingAccuracy: Double(correct) / Double(max(total, 1)),
                                     devUPOS: Double(uposRight) / Double(max(devTotal, 1)),
                                     devXPOS: Double(xposRight) / Double(max(devTotal, 1)))
            progress(report)
            let score = dev.isEmpty ? Double(epoch) : report.devUPOS + report.devXPOS / 1000
            if best == nil || score > best!.score { best = (score, tagger) }
        }
        return best!.tagger
    }
}

extension TaggerTrainer {
    /// How often each feature occurs in the training sentences, with the gold tags as history.
    static func featureFrequency(_ sentences: [(atoms: [WordAtoms], gold: [Int])]) -> [UInt64: Int32] {
        var counts: [UInt64: Int32] = [:]
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        for (atoms, gold) in sentences {
            atoms.withUnsafeBufferPointer { a in
                for i in a.indices {
                    features.withUnsafeMutableBufferPointer { f in
                        TaggerFeatures.extract(a, i, previous1: i >= 1 ? gold[i - 1] : -1,
                                               previous2: i >= 2 ? gold[i - 2] : -1, into: f.baseAddress!)
                    }
                    for f in features { counts[f, default: 0] += 1 }
                }
            }
        }
        return counts
    }
}

/// A (UPOS, XPOS) pair, ordered by UPOS then XPOS.
struct TagPair: Hashable, Comparable {
    var upos: String
    var xpos: String
    static func < (a: TagPair, b: TagPair) -> Bool { (a.upos, a.xpos) < (b.upos, b.xpos) }
}
