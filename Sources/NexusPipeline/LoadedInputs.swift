import NexusCore

/// What ``CorpusLoader`` made of a command's inputs: the corpus, its graph, and what could
/// not be read.
public struct LoadedInputs: Sendable {
    /// The extraction, or `nil` when the inputs were a saved graph (which holds no corpus).
    public let corpus: CorpusExtraction?
    /// The entity graph, sorted; scored when the loader was asked for scores.
    public let graph: EntityGraph
    /// Documents that could not be read, with the reason, sorted by path.
    public let skipped: [SkippedDocument]
    /// Documents that were read but were not UTF-8: (path, encoding used), sorted by path.
    public let redecoded: [(path: String, encoding: String)]

    public init(
        corpus: CorpusExtraction?, graph: EntityGraph, skipped: [SkippedDocument] = [],
        redecoded: [(path: String, encoding: String)] = [], notes: [String] = []
    ) {
        self.corpus = corpus
        self.graph = graph
        self.skipped = skipped
        self.redecoded = redecoded
        self.notes = notes
        self.labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
    }

    /// The merged entities of the corpus; empty for a saved graph.
    public var entities: [CorpusEntity] { corpus?.entities ?? [] }

    /// The matcher for entity names typed by the user: every non-commitment node of the graph,
    /// with the aliases the corpus merged into it.
    public var names: EntityNameMatcher { EntityNameMatcher(graph: graph, entities: entities) }

    /// The display name of a node id: its label, or the id itself when the graph lacks it.
    public func label(of id: String) -> String {
        labels[id] ?? id
    }

    private let labels: [String: String]

    /// The corpus, or a failure saying the command needs articles rather than a saved graph.
    public func requireCorpus(for command: String) throws(CorpusLoader.Failure) -> CorpusExtraction {
        guard let corpus else { throw .needsDocuments(command: command) }
        return corpus
    }

    /// Corrections that could not be applied (``Corrections/apply(to:)``), one line each, then
    /// how many documents the time slice left out (``TimeSlice/Outcome/note``), if any.
    public let notes: [String]

    /// One line per problem a user should know about, sorted: skipped documents with the
    /// reason, documents read with a problem (a bad JSON Lines date), documents decoded from a
    /// legacy encoding, and corrections that could not be applied.
    public var warnings: [String] {
        skipped.map { "skipped: \($0.reason)" }
            + (corpus?.warnings ?? [])
            + redecoded.map { "note: '\($0.path)' is not UTF-8; read as \($0.encoding)" }
            + notes
    }
}
