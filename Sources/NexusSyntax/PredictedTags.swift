import NexusLearning

/// A tagger's output for one sentence: each word's class, the runner-up class, and a
/// confidence bucket of the margin between them (see ``PartOfSpeechTagger/tagWithAlternatives(_:)``).
public struct PredictedTags: Sendable, Equatable, Codable {
    public var tags: [Int]
    public var alternatives: [Int]
    public var confidence: [UInt8]

    public init(tags: [Int], alternatives: [Int], confidence: [UInt8]) {
        self.tags = tags; self.alternatives = alternatives; self.confidence = confidence
    }

    /// Tags without alternatives (gold tags): every runner-up is the tag itself, fully confident.
    public init(tags: [Int]) {
        self.init(tags: tags, alternatives: tags, confidence: [UInt8](repeating: 3, count: tags.count))
    }
}
