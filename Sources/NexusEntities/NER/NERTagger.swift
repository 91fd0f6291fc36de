import Foundation
import NexusLearning

/// The statistical named-entity tagger: an averaged-perceptron sequence model over BILOU tags
/// (see ``PerceptronTrainer``) with constrained Viterbi decoding.
///
/// ```swift
/// let tagger = try NERTagger()                         // the model shipped in the module
/// tagger.tag(["Angela", "Merkel", "visited", "Paris", "."])
/// // ["B-PER", "I-PER", "O", "B-LOC", "O"]
/// ```
/// The tagger is a value holding an immutable model and gazetteer; it is `Sendable` and safe to
/// use from many threads at once.
public struct NERTagger: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case modelResourceMissing
        case gazetteerMismatch(model: String, gazetteer: String)

        public var description: String {
            switch self {
            case .modelResourceMissing:
                return "the tagger model ner.model is missing from the NexusEntities bundle; train one with `nexus train` and rebuild"
            case .gazetteerMismatch(let model, let gazetteer):
                return "the model was trained with gazetteer '\(model)' but is used with '\(gazetteer)'; retrain it with `nexus train` or pass the matching gazetteer"
            }
        }
    }

    public let model: TaggerModel
    public let gazetteer: any TokenGazetteer
    private let extractor: FeaturesExtractor
    private let viterbi: PerceptronViterbi

    /// A tagger over a loaded model. The gazetteer must be the one the model was trained with
    /// (``TaggerModel/gazetteerName``); features from another one would not match the weights.
    public init(model: TaggerModel, gazetteer: any TokenGazetteer) {
        self.model = model
        self.gazetteer = gazetteer
        self.extractor = FeaturesExtractor(lexicon: model.lexicon, gazetteer: gazetteer)
        self.viterbi = PerceptronViterbi(tagSet: model.tagSet, weights: model.transitions)
    }

    /// Loads a model file trained with the shipped iso-codes gazetteer (as `nexus train` does).
    /// - Throws: ``ModelFile/Failure`` for an unreadable model; ``Failure/gazetteerMismatch(model:gazetteer:)``
    ///   when the model was trained with another gazetteer.
    public init(contentsOf url: URL) throws {
        let model = try ModelFile.read(contentsOf: url)
        let gazetteer = try TaggerPhraseGazetteer.shipped()
        guard model.gazetteerName == gazetteer.name else {
            throw Failure.gazetteerMismatch(model: model.gazetteerName, gazetteer: gazetteer.name)
        }
        self.init(model: model, gazetteer: gazetteer)
    }

    /// Loads the model shipped in the module's resources (`Resources/model/ner.model`).
    public init() throws {
        try self.init(contentsOf: Self.shippedModelURL())
    }

    /// The URL of the shipped model.
    public static func shippedModelURL() throws -> URL {
        guard let url = Bundle.module.url(forResource: "ner", withExtension: "model", subdirectory: "Resources/model")
            ?? Bundle.module.url(forResource: "ner", withExtension: "model", subdirectory: "model")
        else { throw Failure.modelResourceMissing }
        return url
    }

    /// IOB2 (BIO) labels for one sentence's tokens, such as `B-PER`, `I-PER`, `O`.
    /// - Complexity: O(n · (templates · T + T²)).
    public func tag(_ tokens: [String]) -> [String] {
        tagDocument([tokens])[0]
    }

    /// IOB2 labels for every sentence of a document. Sentences of one document share
    /// evidence about how each word is capitalised elsewhere (``FeaturesDocumentContext``),
    /// so tagging a whole document is more accurate than tagging its sentences one by one.
    public func tagDocument(_ sentences: [[String]]) -> [[String]] {
        bilouIndices(sentences).map { indices in
            NERTagScheme.iob2.tags(for: spans(fromIndices: indices), count: indices.count)
        }
    }

    /// Entity spans for one sentence: token ranges with labels PER, ORG, LOC or MISC.
    public func spans(_ tokens: [String]) -> [NERSpan] {
        spans(fromIndices: bilouIndices([tokens])[0])
    }

    /// Entity spans for each sentence of a document.
    public func spansDocument(_ sentences: [[String]]) -> [[NERSpan]] {
        bilouIndices(sentences).map(spans(fromIndices:))
    }

    /// Tags the sentences in order; each sentence's history features see the labels given
    /// to the earlier ones (``FeaturesPredictionHistory``).
    private func bilouIndices(_ sentences: [[String]]) -> [[Int]] {
        let t = model.tagSet.count
        let perToken = FeaturesExtractor.totalTemplateCount
        let document = extractor.prepare(document: sentences)
        var history = FeaturesPredictionHistory(capacityFor: document.tokenCount, labels: model.tagSet.types.count + 1)
        var paths: [[Int]] = []
        paths.reserveCapacity(sentences.count)
        for k in sentences.indices {
            let n = sentences[k].count
            guard n > 0 else { paths.append([]); continue }
            let features = document.mergedFeatures(sentence: k, history: history)
            var scores = [Float](repeating: 0, count: n * t)
            scores.withUnsafeMutableBufferPointer { model.features.accumulate(features, perToken: perToken, into: $0) }
            let path = scores.withUnsafeBufferPointer { viterbi.decode($0, count: n) }
            document.record(sentence: k, predicted: path, tagSet: model.tagSet, into: &history)
            paths.append(path)
        }
        return paths
    }

    /// Spans of a BILOU index path. Constrained Viterbi only outputs well-formed paths, so a span
    /// opens at B or U and closes at L or U.
    private func spans(fromIndices indices: [Int]) -> [NERSpan] {
        let tagSet = model.tagSet
        var spans: [NERSpan] = []
        var start = 0
        for (i, tag) in indices.enumerated() {
            switch tagSet.position(tag) {
            case 1: start = i
            case 3: spans.append(NERSpan(range: start..<(i + 1), label: tagSet.types[tagSet.type(tag)]))
            case 4: spans.append(NERSpan(range: i..<(i + 1), label: tagSet.types[tagSet.type(tag)]))
            default: break
            }
        }
        return spans
    }
}
