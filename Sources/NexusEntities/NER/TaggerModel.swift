import NexusLearning

/// A trained tagger: tag set, transition weights, feature weights, lexicon, and the name of the
/// gazetteer its features were computed with. Immutable and `Sendable`; share one instance
/// across threads.
public struct TaggerModel: Sendable, Equatable {
    public let tagSet: PerceptronTagSet
    /// (T + 1) × T transition weights; row T is the sentence start.
    public let transitions: [Float]
    public let features: ModelFeatureTable
    public let lexicon: FeaturesLexicon
    /// ``TokenGazetteer/name`` of the gazetteer used in training.
    public let gazetteerName: String
    /// ``FeaturesExtractor/version`` at training time.
    public let featureVersion: UInt32

    public init(tagSet: PerceptronTagSet, transitions: [Float], features: ModelFeatureTable,
                lexicon: FeaturesLexicon, gazetteerName: String, featureVersion: UInt32 = FeaturesExtractor.version) {
        precondition(transitions.count == (tagSet.count + 1) * tagSet.count)
        precondition(features.tagCount == tagSet.count)
        self.tagSet = tagSet
        self.transitions = transitions
        self.features = features
        self.lexicon = lexicon
        self.gazetteerName = gazetteerName
        self.featureVersion = featureVersion
    }
}
