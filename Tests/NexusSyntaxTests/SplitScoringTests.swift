import Foundation
import NexusLearning
import Testing
@testable import NexusSyntax

/// The fast paths of prediction score a feature vector in parts (the one-position features
/// once per word and sentence, the rest per configuration or per word) and several items per
/// call. These tests hold them to the plain definition: the sum of the rows of every feature,
/// computed by hand on a small table and, on the shipped model, by scoring the whole vector
/// of ``ParserFeatures/extract(_:_:into:)`` and ``TaggerFeatures/extract(_:_:previous1:previous2:into:)``.
@Suite struct SplitScoringTests {
    @Test func templateGroupsPartitionTheTemplates() {
        let parser = ParserFeatures.bufferTemplates + ParserFeatures.stackTopTemplates
            + ParserFeatures.secondTemplates + ParserFeatures.configurationTemplates
        #expect(parser.sorted() == Array(101...210))
        #expect(parser.count == ParserFeatures.count)
        let tagger = TaggerFeatures.wordTemplates + TaggerFeatures.historyTemplates
        #expect(tagger.sorted() == Array(1...43))
        #expect(tagger.count == TaggerFeatures.count)
    }

    /// Each group function writes exactly its own templates.
    @Test func groupFunctionsWriteTheirTemplates() {
        let atoms = ["Rome", "sent", "two", "ships", "."].map { WordAtoms($0) }
        let sentence = ParserFeatures.Sentence(atoms: atoms, tags: PredictedTags(tags: [3, 4, 5, 6, 7]), coarse: [1, 2, 3, 4, 5])
        var state = ArcEagerState(count: atoms.count)
        state.apply(.shift)
        state.apply(.right(2))
        var templates: [Int] = []
        ParserFeatures.extractBuffer(front: state.front, sentence) { t, _ in templates.append(t) }
        #expect(templates == ParserFeatures.bufferTemplates)
        templates = []
        ParserFeatures.extractStackTop(1, sentence) { t, _ in templates.append(t) }
        #expect(templates == ParserFeatures.stackTopTemplates)
        templates = []
        ParserFeatures.extractSecond(0, sentence) { t, _ in templates.append(t) }
        #expect(templates == ParserFeatures.secondTemplates)
        templates = []
        ParserFeatures.extractConfiguration(state, sentence) { t, _ in templates.append(t) }
        #expect(templates == ParserFeatures.configurationTemplates)
        templates = []
        atoms.withUnsafeBufferPointer { a in
            TaggerFeatures.extractWords(a, 2) { t, _ in templates.append(t) }
            #expect(templates == TaggerFeatures.wordTemplates)
            templates = []
            TaggerFeatures.extractHistory(a, 2, previous1: 4, previous2: 3) { t, _ in templates.append(t) }
            #expect(templates == TaggerFeatures.historyTemplates)
        }
    }

    /// A 20-class table with one dense row (10 entries ≥ max(8, 20 / 8)), one sparse row and
    /// an unknown feature; the sums worked out by hand.
    @Test func batchedScoresAreTheRowSums() {
        let dense: [Float] = [1, 0, -2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, -8, 0, 9, 0, 10, 0]  // feature a
        var sparse = [Float](repeating: 0, count: 20)                                          // feature b
        sparse[2] = 5; sparse[19] = -3
        let (a, b, unknown) = (FeaturesHasher.feature(1, 11), FeaturesHasher.feature(1, 22), FeaturesHasher.feature(1, 33))
        let table = SparseWeightTable(classCount: 20, keys: [a, b], dense: dense + sparse, threshold: 0)
        let features = [a, b, unknown,   b, b, unknown,   a, a, a]
        var scores = [Float](repeating: 100, count: 60)
        features.withUnsafeBufferPointer { f in
            scores.withUnsafeMutableBufferPointer { table.score(items: f, featuresPerItem: 3, into: $0.baseAddress!) }
        }
        let units = scores.map { (($0 - 100) * table.scale).rounded() }
        var expected = [Float](repeating: 0, count: 60)
        for y in 0..<20 {
            expected[y] = dense[y] + sparse[y]
            expected[20 + y] = 2 * sparse[y]
            expected[40 + y] = 3 * dense[y]
        }
        #expect(units == expected)
        // One item alone gives the same sums as in the batch.
        var single = [Float](repeating: 0, count: 20)
        features[3..<6].withUnsafeBufferPointer { f in single.withUnsafeMutableBufferPointer { table.score(f, into: $0.baseAddress!) } }
        #expect(single == scores[20..<40].map { $0 - 100 })
    }

    /// The greedy parse of the plain definition: every feature of ``ParserFeatures/extract``
    /// scored at every configuration, the forced ones too, and the parser's tree constraint.
    static func referenceParse(_ parser: DependencyParser, _ sentence: ParserFeatures.Sentence) -> (heads: [Int], labels: [Int]) {
        var state = ArcEagerState(count: sentence.words.count - 1)
        var features = [UInt64](repeating: 0, count: ParserFeatures.count)
        var scores = [Float](repeating: 0, count: parser.weights.classCount)
        while !state.isTerminal {
            if parser.treeConstraint && state.canUnshift {
                state.unshift()
                continue
            }
            features.withUnsafeMutableBufferPointer { ParserFeatures.extract(state, sentence, into: $0.baseAddress!) }
            for y in scores.indices { scores[y] = 0 }
            features.withUnsafeBufferPointer { f in scores.withUnsafeMutableBufferPointer { parser.weights.score(f, into: $0.baseAddress!) } }
            let best = scores.withUnsafeBufferPointer {
                DependencyParser.bestValid(state, scores: $0, labels: parser.relations.count, rootLabel: parser.rootLabel)
            }
            state.apply(ArcEagerTransition(classIndex: best))
        }
        return DependencyParser.singleRoot(state, rootLabel: parser.rootLabel, parataxis: parser.parataxisLabel)
    }

    /// The tags of the plain definition: every feature of ``TaggerFeatures/extract`` per word.
    static func referenceTags(_ tagger: PartOfSpeechTagger, _ atoms: [WordAtoms]) -> [Int] {
        var tags: [Int] = []
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        for i in atoms.indices {
            atoms.withUnsafeBufferPointer { a in
                features.withUnsafeMutableBufferPointer {
                    TaggerFeatures.extract(a, i, previous1: i >= 1 ? tags[i - 1] : -1, previous2: i >= 2 ? tags[i - 2] : -1, into: $0.baseAddress!)
                }
            }
            var scores = [Float](repeating: 0, count: tagger.weights.classCount)
            features.withUnsafeBufferPointer { f in scores.withUnsafeMutableBufferPointer { tagger.weights.score(f, into: $0.baseAddress!) } }
            var best = 0
            for y in scores.indices where scores[y] > scores[best] { best = y }
            tags.append(best)
        }
        return tags
    }

    @Test(.enabled(if: Treebank.isAvailable))
    func shippedModelParsesAsThePlainDefinition() throws {
        let model = try Treebank.model
        let sentences = try Treebank.document("dev").sentences.prefix(300).map { $0.words.map { ParserWords.normalized($0.form) } }
        for words in sentences where !words.isEmpty {
            let atoms = words.map { WordAtoms($0, clusters: model.clusters) }
            let tags = model.tagger.tagWithAlternatives(atoms)
            #expect(tags.tags == Self.referenceTags(model.tagger, atoms))
            let sentence = ParserFeatures.Sentence(atoms: atoms, tags: tags, coarse: tags.tags.map { model.coarse[$0] })
            let parse = model.parser.parse(sentence)
            let reference = Self.referenceParse(model.parser, sentence)
            #expect(parse.heads == reference.heads && parse.labels == reference.labels)
        }
    }
}
