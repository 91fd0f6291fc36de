import Foundation
import NexusLearning

/// Trains a ``DependencyParser`` with the averaged perceptron and the arc-eager dynamic oracle
/// (Goldberg & Nivre 2012, Algorithm 3, "online training with exploration"): at each
/// configuration the model's best valid transition is compared with the best zero-cost one;
/// when it is not zero-cost the weights move towards the zero-cost transition, and from epoch
/// `exploreFrom` on the parser follows its own (wrong) transition with probability
/// `explore`, so it learns to act well after its own mistakes.
///
/// The parser is trained `runs` times with seeds `seed`, `seed + 1`, ... (other shuffles and
/// other explorations), the epoch of each run chosen on dev, and the runs' averaged weights
/// are averaged (a feature missing from a run counts 0 there): a mixture of independently
/// trained perceptrons (McDonald, Hall & Mann 2010 mix them while training; here once, at the
/// end), worth about 0.4 UAS and 0.5 LAS on EWT test over the best single run; the union of
/// the runs' features makes the model about 15 % larger and slower. Last, the temperature of
/// the parser's transition probabilities is fitted on dev (``ParserCalibration``), for beam
/// search (``ParserBeam``).
public struct ParserTrainer: Sendable {
    public var epochs: Int = 12
    public var seed: UInt64 = 1
    public var exploreFrom: Int = 2
    public var explore: Double = 0.9
    public var pruneBelow: Float = 0.01
    /// Weights smaller than this fraction of the largest are dropped from the model (see
    /// ``SparseWeightTable/init(classCount:keys:dense:threshold:relativeThreshold:)``).
    public var pruneRelative: Float = 0.01
    public var coarse: [Int] = []
    public var clusters: WordClusters = .empty
    /// A feature gets a weight only if it occurs at least this often in the configurations
    /// of the static oracle on the training sentences (a count cutoff, as in most perceptron
    /// parsers: rare features mostly memorise the training data and make the model large).
    public var minCount = 2
    /// Independent training runs whose weights are averaged.
    public var runs = 3

    /// The most relations a model can have (label sets are 64-bit masks).
    public static let maximumRelations = 63

    public init() {}

    public struct Example {
        var sentence: ParserFeatures.Sentence
        var oracle: ArcEagerOracle
    }

    public struct EpochReport: Sendable {
        public var run: Int
        public var epoch: Int
        public var updates: Int
        public var decisions: Int
        public var uas: Double
        public var las: Double
        public var seconds: Double
    }

    /// - Parameters:
    ///   - training: sentences with the tags the parser will see (predicted, ideally jackknifed).
    ///   - tags: class index of each word's tag, per training sentence.
    public func train(_ training: [TreebankSentence], tags: [PredictedTags],
                      dev: [TreebankSentence], devTags: [PredictedTags],
                      progress: (EpochReport) -> Void = { _ in }) throws -> DependencyParser {
        guard !training.isEmpty else { throw SyntaxTrainingError.noSentences }
        var relations = Array(Set(training.flatMap(\.relations)))
        relations.sort()
        let labelOf = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($0.element, $0.offset) })
        guard let rootLabel = labelOf["root"] else { throw SyntaxTrainingError.noRootRelation }
        // Relation sets are 64-bit masks in the features; classes must fit the weight table.
        guard relations.count <= Self.maximumRelations else { throw SyntaxTrainingError.tooManyRelations(relations.count) }
        let examples: [Example] = training.enumerated().map { k, s in
            let n = s.count
            let heads = Projectivizer.lift(s.heads.map { $0 == 0 ? n : $0 - 1 })
            return Example(sentence: ParserFeatures.Sentence(atoms: s.forms.map { WordAtoms($0, clusters: clusters) }, tags: tags[k], coarse: tags[k].tags.map { coarse[$0] }),
                           oracle: ArcEagerOracle(goldHeads: heads, goldLabels: s.relations.map { labelOf[$0]! }, rootLabel: rootLabel))
        }
        let devSentences = dev.enumerated().map { k, s in ParserFeatures.Sentence(atoms: s.forms.map { WordAtoms($0, clusters: clusters) }, tags: devTags[k], coarse: devTags[k].tags.map { coarse[$0] }) }
        let labels = relations.count
        let classes = ArcEagerTransition.classCount(labels: labels)
        let frequency = Self.featureFrequency(examples, labels: labels)
        let allowed = minCount > 1 ? Set(frequency.compactMap { $0.value >= minCount ? $0.key : nil }) : nil
        var sums: [UInt64: [Float]] = [:]
        let runs = max(1, self.runs)
        for run in 0..<runs {
            let weights = self.run(run, examples: examples, allowed: allowed, frequency: frequency, relations: relations,
                                   rootLabel: rootLabel, dev: dev, devSentences: devSentences, progress: progress)
            for (row, key) in weights.keys.enumerated() {
                let values = weights.weights[(row * classes)..<((row + 1) * classes)]
                if sums[key] == nil { sums[key] = Array(values) } else { for (y, w) in values.enumerated() { sums[key]![y] += w } }
            }
        }
        // Rows most frequent first (ties by hash), weights the mean over the runs.
        let keys = sums.keys.sorted { (frequency[$0] ?? 0, $1) > (frequency[$1] ?? 0, $0) }
        var dense = [Float]()
        dense.reserveCapacity(keys.count * classes)
        for key in keys { dense += sums[key]!.map { $0 / Float(runs) } }
        let parser = DependencyParser(relations: relations,
                                      weights: SparseWeightTable(classCount: classes, keys: keys, dense: dense, threshold: pruneBelow, relativeThreshold: pruneRelative))
        // The temperature is fitted on the dev sentences whose relations the parser knows.
        let calibration = dev.indices.filter { dev[$0].relations.allSatisfy { labelOf[$0] != nil } }
        let temperature = ParserCalibration.temperature(
            parser, sentences: calibration.map { devSentences[$0] },
            oracles: calibration.map { k in
                let n = dev[k].count
                return ArcEagerOracle(goldHeads: Projectivizer.lift(dev[k].heads.map { $0 == 0 ? n : $0 - 1 }),
                                      goldLabels: dev[k].relations.map { labelOf[$0]! }, rootLabel: rootLabel)
            })
        return DependencyParser(relations: relations, weights: parser.weights, temperature: temperature)
    }

    /// One training run; the averaged weights of its best epoch on dev (the last without dev).
    private func run(_ run: Int, examples: [Example], allowed: Set<UInt64>?, frequency: [UInt64: Int32],
                     relations: [String], rootLabel: Int, dev: [TreebankSentence], devSentences: [ParserFeatures.Sentence],
                     progress: (EpochReport) -> Void) -> (keys: [UInt64], weights: [Float]) {
        let labels = relations.count
        let classes = ArcEagerTransition.classCount(labels: labels)
        var perceptron = AveragedPerceptron(classCount: classes)
        perceptron.allowed = allowed
        var random = PerceptronRandom(seed: seed &+ UInt64(run))
        var order = Array(examples.indices)
        var best: (las: Double, keys: [UInt64], weights: [Float])? = nil
        var features = [UInt64](repeating: 0, count: ParserFeatures.count)
        var scores = [Float](repeating: 0, count: classes)
        for epoch in 1...max(1, epochs) {
            let start = Date()
            order.shuffle(using: &random)
            var updates = 0, decisions = 0
            for index in order {
                let example = examples[index]
                var state = ArcEagerState(count: example.sentence.words.count - 1)
                while !state.isTerminal {
                    features.withUnsafeMutableBufferPointer { f in ParserFeatures.extract(state, example.sentence, into: f.baseAddress!) }
                    for y in 0..<classes { scores[y] = 0 }
                    perceptron.score(features, into: &scores)
                    let predicted = scores.withUnsafeBufferPointer {
                        DependencyParser.bestValid(state, scores: $0, labels: labels, rootLabel: rootLabel)
                    }
                    let zero = example.oracle.zeroCost(state, labels: labels)
                    decisions += 1
                    var next = predicted
                    if !zero[predicted] {
                        var gold = -1
                        for k in 0..<classes where zero[k] && (gold < 0 || scores[k] > scores[gold]) { gold = k }
                        precondition(gold >= 0, "no zero-cost transition")
                        perceptron.update(features, gold: gold, predicted: predicted)
                        updates += 1
                        if epoch < exploreFrom || Double(random.next() >> 11) / Double(1 << 53) >= explore { next = gold }
                    }
                    perceptron.advance()
                    state.apply(ArcEagerTransition(classIndex: next))
                }
            }
            let averaged = perceptron.averaged(orderedBy: frequency)
            let parser = DependencyParser(relations: relations,
                                          weights: SparseWeightTable(classCount: classes, keys: averaged.keys,
                                                                     dense: averaged.weights, threshold: pruneBelow, relativeThreshold: pruneRelative))
            let score = AttachmentScore.evaluate(parser: parser, sentences: dev, inputs: devSentences)
            let report = EpochReport(run: run + 1, epoch: epoch, updates: updates, decisions: decisions, uas: score.uas, las: score.las,
                                     seconds: Date().timeIntervalSince(start))
            progress(report)
            if best == nil || score.las > best!.las || dev.isEmpty { best = (score.las, averaged.keys, averaged.weights) }
        }
        return (best!.keys, best!.weights)
    }
}

extension ParserTrainer {
    /// How often each feature occurs in the configurations the static oracle passes through
    /// (at each step the zero-cost transition of lowest class index).
    static func featureFrequency(_ examples: [Example], labels: Int) -> [UInt64: Int32] {
        var counts: [UInt64: Int32] = [:]
        var features = [UInt64](repeating: 0, count: ParserFeatures.count)
        for example in examples {
            var state = ArcEagerState(count: example.sentence.words.count - 1)
            while !state.isTerminal {
                features.withUnsafeMutableBufferPointer { f in ParserFeatures.extract(state, example.sentence, into: f.baseAddress!) }
                for f in features { counts[f, default: 0] += 1 }
                let zero = example.oracle.zeroCost(state, labels: labels)
                state.apply(ArcEagerTransition(classIndex: zero.firstIndex(of: true)!))
            }
        }
        return counts
    }
}
