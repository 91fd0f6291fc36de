import NexusLearning

/// Trains a ``TaggerModel`` with the averaged structured perceptron (Collins 2002,
/// "Discriminative Training Methods for Hidden Markov Models").
///
/// Each epoch visits the training documents in a seeded random order. For each sentence the
/// current weights are decoded with constrained Viterbi (``PerceptronViterbi``); where the
/// prediction differs from gold, features of the gold tag get +1 and those of the predicted tag −1
/// (token by token), and transition weights likewise. The model keeps the average of the
/// weights over all steps, computed lazily: each weight remembers the step of its last change
/// and its running total is brought up to date only when it changes (Daumé 2006).
/// Documents are visited in a seeded random order and their sentences in order, so the
/// prediction-history features (``FeaturesPredictionHistory``) see the current weights'
/// predictions on the earlier sentences, as they will when tagging.
/// After each epoch the averaged weights are scored on each dev set (conlleval F1); the epoch
/// with the best mean F1 over the sets (so a small web-text dev set counts as much as a large
/// news one) is kept.
///
/// With `runs` above 1 the training is repeated with seeds `seed`, `seed + 1`, ... (other
/// document orders, so other weights), each run's epoch chosen on dev, and the runs' weights
/// are averaged: a one-shot mixture of independently trained perceptrons (McDonald, Hall &
/// Mann 2010), as the parser's trainer does. A single perceptron's scores on a small test set
/// move by a point or more with the seed or a small change in the features; the mixture moves
/// less. The kept weights are pruned of those with |w| < `pruneBelow`.
///
/// Complexity: O(runs × epochs × training tokens × active features × tags).
public struct PerceptronTrainer: Sendable {
    public struct Configuration: Sendable {
        public var epochs = 15
        public var seed: UInt64 = 1
        public var pruneBelow: Float = 0.005
        /// Independent training runs whose weights are averaged (1: a single perceptron).
        public var runs = 1
        public init(epochs: Int = 15, seed: UInt64 = 1, pruneBelow: Float = 0.005, runs: Int = 1) {
            self.epochs = epochs; self.seed = seed; self.pruneBelow = pruneBelow; self.runs = max(1, runs)
        }
    }

    /// What happened in one epoch.
    public struct EpochReport: Sendable {
        /// The training run (1-based), see ``Configuration/runs``.
        public var run: Int
        public var epoch: Int
        public var trainingErrors: Int
        /// One report per dev set, in the order given.
        public var devReports: [NEREvaluator.Report]
        /// The mean F1 over the dev sets; nil without dev data.
        public var devScore: Double? {
            devReports.isEmpty ? nil : devReports.map(\.overall.f1).reduce(0, +) / Double(devReports.count)
        }
    }

    /// A document: its sentences as (tokens, gold tags in any scheme).
    public typealias Document = [(tokens: [String], tags: [String])]

    public enum Failure: Error, CustomStringConvertible {
        case noTrainingData
        case unknownTag(String)

        public var description: String {
            switch self {
            case .noTrainingData: return "the training file has no tagged sentences"
            case .unknownTag(let tag): return "tag '\(tag)' in the dev data has a type the training data lacks"
            }
        }
    }

    /// Folds of the training-label-profile jackknife.
    public static let folds = 10

    public var configuration: Configuration
    public var gazetteer: any TokenGazetteer

    /// Scores the dev sets (conlleval rules; its kept types and renames apply).
    public var devEvaluator: NEREvaluator

    public init(configuration: Configuration = Configuration(), gazetteer: any TokenGazetteer,
                devEvaluator: NEREvaluator = NEREvaluator()) {
        self.configuration = configuration
        self.gazetteer = gazetteer
        self.devEvaluator = devEvaluator
    }

    /// Trains on `training`, choosing the epoch by F1 on `dev` (the last epoch when `dev` is empty).
    /// - Parameter progress: called after each epoch.
    /// - Parameter auxiliary: tagged sentences used only for the lexicon's word statistics and
    ///   label profiles (``FeaturesLexicon``), never as training sentences.
    /// - Parameter clusters: word clusters from unlabelled text (``WordClusterFile``), kept in the model.
    /// - Parameter web: the web lexicon (``WebLexiconFile``), kept in the model.
    public func train(training: [Document], dev: [Document], auxiliary: Document = [],
                      clusters: [WordClusterFile.Line] = [], web: [WebLexiconFile.Line] = [],
                      progress: (EpochReport) -> Void = { _ in }) throws -> TaggerModel {
        try train(training: training, devSets: dev.isEmpty ? [] : [dev], auxiliary: auxiliary, clusters: clusters, web: web,
                  progress: progress)
    }

    /// Trains on `training`, choosing the epoch by the mean F1 over `devSets` (the last epoch
    /// when there are none).
    public func train(training: [Document], devSets: [[Document]], auxiliary: Document = [],
                      clusters: [WordClusterFile.Line] = [], web: [WebLexiconFile.Line] = [],
                      progress: (EpochReport) -> Void = { _ in }) throws -> TaggerModel {
        let trainingSentences = training.flatMap { $0 }
        guard !trainingSentences.isEmpty else { throw Failure.noTrainingData }
        let types = Set(trainingSentences.flatMap { NERTagScheme.spans(from: $0.tags).map(\.label) }).sorted()
        let tagSet = PerceptronTagSet(types: types)
        var lexicon = FeaturesLexicon(sentences: trainingSentences.map(\.tokens), auxiliary: auxiliary).withClusters(clusters).withWebLexicon(web)
        lexicon.trainingLabels = FeaturesLexicon.labelProfiles(trainingSentences)
        let extractor = FeaturesExtractor(lexicon: lexicon, gazetteer: gazetteer)
        // Jackknife: fold k's documents see training-label profiles from the other folds only.
        let folds = min(Self.folds, training.count)
        let foldExtractors: [FeaturesExtractor] = (0..<folds).map { k in
            var foldLexicon = lexicon
            let others = training.enumerated().filter { $0.offset % folds != k }.flatMap { $0.element }
            foldLexicon.trainingLabels = FeaturesLexicon.labelProfiles(others)
            return FeaturesExtractor(lexicon: foldLexicon, gazetteer: gazetteer)
        }
        // Feature hashes → dense rows for every feature seen in training.
        var rowOf: [UInt64: Int32] = [:]
        var rowKeys: [UInt64] = []
        var occurrences: [Int] = []  // how often each feature occurs in the training data
        func row(_ hash: UInt64) -> Int32 {
            if let row = rowOf[hash] { occurrences[Int(row)] += 1; return row }
            let row = Int32(rowKeys.count)
            rowOf[hash] = row
            rowKeys.append(hash)
            occurrences.append(1)
            return row
        }
        var trainDocuments: [(document: FeaturesDocument, rows: [[Int32]], gold: [[Int]])] = []
        var shortShapes = Set<UInt64>()
        for (documentIndex, document) in training.enumerated() {
            let prepared = foldExtractors[documentIndex % folds].prepare(document: document.map(\.tokens))
            var gold: [[Int]] = []
            for sentence in document {
                guard let encoded = tagSet.encode(sentence.tags) else { throw Failure.unknownTag(sentence.tags.joined(separator: " ")) }
                gold.append(encoded)
            }
            for atoms in prepared.atoms { for atom in atoms { shortShapes.insert(atom.shortShape) } }
            trainDocuments.append((prepared, prepared.features.map { $0.map(row) }, gold))
        }
        // Every history feature a training token can produce gets a row up front.
        let historyClasses = UInt64(1 + (types.count + 1) * 3)
        for h in 0..<historyClasses {
            _ = row(FeaturesHasher.feature(47, h))
            for shape in shortShapes.sorted() { _ = row(FeaturesHasher.feature(48, h, shape)) }
        }
        let devSetDocuments = devSets.map { set in
            set.map { document in
                let prepared = extractor.prepare(document: document.map(\.tokens))
                return (document: prepared, rows: prepared.features.map { $0.map { rowOf[$0] ?? -1 } }, gold: document.map(\.tags))
            }
        }
        let labels = types.count + 1
        var features = [Float](repeating: 0, count: rowKeys.count * tagSet.count)
        var transitions: [Float] = []
        for run in 1...configuration.runs {
            let best = train(run: run, documents: trainDocuments, devSets: devSetDocuments, rowCount: rowKeys.count,
                             tagSet: tagSet, rowOf: rowOf, labels: labels, progress: progress)
            for i in features.indices { features[i] += best.features[i] / Float(configuration.runs) }
            if transitions.isEmpty { transitions = [Float](repeating: 0, count: best.transitions.count) }
            for i in transitions.indices { transitions[i] += best.transitions[i] / Float(configuration.runs) }
        }
        return prune(features: features, transitions: transitions, rowKeys: rowKeys,
                     occurrences: occurrences, tagSet: tagSet, lexicon: extractor.lexicon)
    }

    /// One training run (seed `seed + run - 1`): the averaged weights of its best epoch on dev
    /// (of the last epoch without dev).
    private func train(run: Int, documents trainDocuments: [(document: FeaturesDocument, rows: [[Int32]], gold: [[Int]])],
                       devSets devSetDocuments: [[(document: FeaturesDocument, rows: [[Int32]], gold: [[String]])]],
                       rowCount: Int, tagSet: PerceptronTagSet, rowOf: [UInt64: Int32], labels: Int,
                       progress: (EpochReport) -> Void) -> (features: [Float], transitions: [Float]) {
        var weights = PerceptronWeights(rows: rowCount, tagCount: tagSet.count)
        var random = PerceptronRandom(seed: configuration.seed &+ UInt64(run - 1))
        var order = Array(trainDocuments.indices)
        var best: (f1: Double, features: [Float], transitions: [Float])? = nil
        for epoch in 1...max(1, configuration.epochs) {
            order.shuffle(using: &random)
            var errors = 0
            for index in order {
                let (document, rows, gold) = trainDocuments[index]
                var history = FeaturesPredictionHistory(capacityFor: document.tokenCount, labels: labels)
                for k in rows.indices {
                    let historyRows = document.historyFeatures(sentence: k, history: history).map { rowOf[$0] ?? -1 }
                    let merged = FeaturesDocument.merge(rows[k], FeaturesExtractor.templateCount,
                                                        historyRows, FeaturesExtractor.historyTemplateCount)
                    let step = weights.learn(rows: merged, gold: gold[k], tagSet: tagSet)
                    if step.wrong { errors += 1 }
                    document.record(sentence: k, predicted: step.predicted, tagSet: tagSet, into: &history)
                }
            }
            let averaged = weights.averaged()
            let reports = devSetDocuments.map { score($0, features: averaged.features, transitions: averaged.transitions,
                                                      tagSet: tagSet, rowOf: rowOf, labels: labels) }
            let report = EpochReport(run: run, epoch: epoch, trainingErrors: errors, devReports: reports)
            progress(report)
            let f1 = report.devScore ?? Double(epoch)
            if best == nil || f1 > best!.f1 { best = (f1, averaged.features, averaged.transitions) }
        }
        return (best!.features, best!.transitions)
    }

    /// Tags prepared dev documents with the given weights and scores them (conlleval rules).
    private func score(_ documents: [(document: FeaturesDocument, rows: [[Int32]], gold: [[String]])],
                       features: [Float], transitions: [Float], tagSet: PerceptronTagSet,
                       rowOf: [UInt64: Int32], labels: Int) -> NEREvaluator.Report {
        var predicted: [[String]] = []
        for (document, rows, _) in documents {
            var history = FeaturesPredictionHistory(capacityFor: document.tokenCount, labels: labels)
            for k in rows.indices {
                let historyRows = document.historyFeatures(sentence: k, history: history).map { rowOf[$0] ?? -1 }
                let merged = FeaturesDocument.merge(rows[k], FeaturesExtractor.templateCount,
                                                    historyRows, FeaturesExtractor.historyTemplateCount)
                let path = PerceptronWeights.decode(rows: merged, perToken: FeaturesExtractor.totalTemplateCount,
                                                    features: features, transitions: transitions, tagSet: tagSet)
                document.record(sentence: k, predicted: path, tagSet: tagSet, into: &history)
                predicted.append(NERTagScheme.iob2.convert(tagSet.decode(path)))
            }
        }
        return devEvaluator.evaluate(gold: documents.flatMap(\.gold), predicted: predicted)
    }

    /// Drops small weights and orders the remaining features by how often they occur in the
    /// training data (most frequent first, ties by first occurrence): the rows a tagger reads
    /// most often then share cache lines and pages.
    private func prune(features: [Float], transitions: [Float], rowKeys: [UInt64], occurrences: [Int],
                       tagSet: PerceptronTagSet, lexicon: FeaturesLexicon) -> TaggerModel {
        let t = tagSet.count
        var keys: [UInt64] = []
        var kept: [Float] = []
        let order = rowKeys.indices.sorted { (occurrences[$0], -$0) > (occurrences[$1], -$1) }
        for row in order {
            let key = rowKeys[row]
            var any = false
            var values = [Float](repeating: 0, count: t)
            for y in 0..<t {
                let w = features[row * t + y]
                if abs(w) >= configuration.pruneBelow { values[y] = w; any = true }
            }
            if any { keys.append(key); kept += values }
        }
        return TaggerModel(tagSet: tagSet, transitions: transitions,
                           features: ModelFeatureTable(keys: keys, weights: kept, tagCount: t),
                           lexicon: lexicon, gazetteerName: gazetteer.name)
    }
}
