import NexusLearning

/// The part-of-speech tagger and the dependency parser, trained together (the parser on the
/// tagger's jackknifed tags) and shipped as one file (``SyntaxModelFile``).
public struct SyntaxModel: Sendable, Equatable {
    public let tagger: PartOfSpeechTagger
    public let parser: DependencyParser
    /// The UPOS of each tagger class as an index into the sorted UPOS names (the parser's
    /// coarse tag atom).
    let coarse: [Int]
    public let clusters: WordClusters

    public init(tagger: PartOfSpeechTagger, parser: DependencyParser, clusters: WordClusters) {
        self.tagger = tagger
        self.parser = parser
        self.clusters = clusters
        coarse = Self.coarseIndex(tagger.upos)
    }

    /// Each class's UPOS as an index into the sorted distinct UPOS names.
    static func coarseIndex(_ upos: [String]) -> [Int] {
        let names = Array(Set(upos)).sorted()
        return upos.map { names.firstIndex(of: $0)! }
    }

    /// Tags and parses one sentence of words; `names` marks capitalized words inside names
    /// (``PartOfSpeechTagger/tagWithAlternatives(_:names:)``).
    /// - Returns: per word the tagger class, the head (word index, −1 for the root) and the
    ///   relation index into `parser.relations`.
    public func analyze(_ words: [String], names: [Bool]? = nil) -> (tags: [Int], heads: [Int], relations: [Int]) {
        guard !words.isEmpty else { return ([], [], []) }
        let atoms = words.map { WordAtoms($0, clusters: clusters) }
        let tags = tagger.tagWithAlternatives(atoms, names: names)
        let parse = parser.parse(ParserFeatures.Sentence(atoms: atoms, tags: tags, coarse: tags.tags.map { coarse[$0] }))
        return (tags.tags, parse.heads, parse.labels)
    }

    public static func == (a: SyntaxModel, b: SyntaxModel) -> Bool {
        a.tagger == b.tagger && a.parser == b.parser && a.clusters == b.clusters
    }
}
