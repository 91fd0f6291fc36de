import NexusCore

/// Builds the ``EntityGraph`` of a corpus from its ``CorpusExtraction``.
///
/// - Nodes: one per corpus entity (kind from its type, label = its name, evidence = the
///   sentences that mention it, score `mentions` = how many times it is named in the corpus),
///   and one per commitment (kind `commitment`, label from ``CommitmentLabel``, evidence = the
///   commitment's sentence). A commitment node's id is the commitment's id, or
///   `<document>/<id>` when that id is not unique in the corpus.
/// - Edges, aggregated over the whole corpus:
///   - `comention` between two entities named in the same sentence, stored with
///     `source < target`; weight = the number of distinct sentences they share, evidence =
///     those sentences. Co-mention relations the extraction already lists are merged in.
///   - `affiliation` from the extraction's relations (person → country or organization),
///     label = the role; weight = the number of distinct supporting sentences.
///   - `commits` from a commitment's actor to the commitment node, and `benefits` from the
///     commitment node to its beneficiary, each weighted by its evidence sentences.
///
/// Evidence lists are sorted by (document, sentence, offset), hold one item per sentence,
/// and are cut to ``Options/evidenceLimit``; weights and the `mentions` score always count
/// everything. References to entities that are not in the corpus are dropped and listed in
/// ``Build/droppedReferences``. The graph is returned ``EntityGraph/sorted()``.
///
/// - Complexity: O(M + Σ k²) for M mentions and k entities per sentence, plus sorting.
public struct GraphBuilder: Sendable {
    public struct Options: Sendable, Equatable {
        /// How many evidence sentences each node and edge keeps (the first ones, in
        /// document and sentence order). At least 1.
        public var evidenceLimit: Int
        /// Whether commitments become nodes with `commits` and `benefits` edges (and whether
        /// the extraction's own `commits` and `benefits` relations are kept).
        public var includesCommitments: Bool
        /// Whether co-mention edges are built (and the extraction's co-mention relations kept).
        public var includesComentions: Bool
        /// Whether asserted events become `event` edges.
        public var includesEvents: Bool
        /// Whether names of type `other` (agreements, laws, events, projects, products) become
        /// nodes; without it they and their ties are left out of the graph (they stay in the
        /// extraction).
        public var includesOther: Bool

        public init(evidenceLimit: Int = 5, includesCommitments: Bool = true, includesComentions: Bool = true, includesEvents: Bool = true,
                    includesOther: Bool = false) {
            self.evidenceLimit = max(1, evidenceLimit)
            self.includesCommitments = includesCommitments
            self.includesComentions = includesComentions
            self.includesEvents = includesEvents
            self.includesOther = includesOther
        }
    }

    /// A built graph and what had to be left out of it.
    public struct Build: Sendable, Equatable {
        public var graph: EntityGraph
        /// One line per edge dropped because an end names no entity of the corpus.
        public var droppedReferences: [String]
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The graph of `corpus`.
    public func build(_ corpus: CorpusExtraction) -> EntityGraph {
        buildWithReport(corpus).graph
    }

    /// The graph of `corpus`, with the references that could not be resolved.
    public func buildWithReport(_ extracted: CorpusExtraction) -> Build {
        var corpus = extracted
        if !options.includesOther {
            var state = CorpusEditor(corpus: corpus)
            for entity in corpus.entities where entity.type == .other { state.drop(entity.id) }
            corpus = state.corpus
        }
        var nodes = entityNodes(corpus)
        let scoped = Self.ambiguousCommitmentIDs(corpus, entityIDs: Set(nodes.keys))
        var edges = EdgeAccumulator()
        var commitmentNodes: [String: String] = [:]
        var dropped: [String] = []
        for extraction in corpus.documents {
            let sentences = SentenceIndex(extraction.document)
            if options.includesComentions {
                addComentions(extraction, sentences, into: &edges)
            }
            for relation in extraction.relations where includes(relation.kind) {
                edges.add(relation.kind, relation.source, relation.target, label: relation.label, evidence: relation.evidence)
            }
            if options.includesCommitments {
                addCommitments(extraction, scoped: scoped, into: &nodes, merging: &commitmentNodes, edges: &edges)
            }
            if options.includesEvents {
                for event in extraction.events where event.isAsserted {
                    let evidence = Evidence(document: extraction.document.id, sentence: event.sentence,
                                            range: TextRange(start: event.trigger.start, end: event.trigger.end), text: event.text)
                    edges.add(.event, event.actor, event.target, label: event.label, code: event.code, evidence: [evidence])
                }
            }
        }
        var graphEdges: [GraphEdge] = []
        for edge in edges.edges(evidenceLimit: options.evidenceLimit) {
            if nodes[edge.source] == nil || nodes[edge.target] == nil {
                let missing = nodes[edge.source] == nil ? edge.source : edge.target
                dropped.append("\(edge.kind.rawValue) edge \(edge.source) -> \(edge.target): no node '\(missing)'")
            } else {
                graphEdges.append(edge)
            }
        }
        return Build(graph: EntityGraph(nodes: Array(nodes.values), edges: graphEdges).sorted(), droppedReferences: dropped.sorted())
    }

    /// Whether the options keep edges of `kind`.
    private func includes(_ kind: RelationKind) -> Bool {
        switch kind {
        case .comention: return options.includesComentions
        case .commits, .benefits: return options.includesCommitments
        case .event: return options.includesEvents
        case .affiliation: return true
        }
    }

    // MARK: - Nodes

    private func entityNodes(_ corpus: CorpusExtraction) -> [String: GraphNode] {
        var nodes: [String: GraphNode] = [:]
        for entity in corpus.entities {
            nodes[entity.id] = GraphNode(id: entity.id, label: entity.name, kind: NodeKind(entity.type))
        }
        var evidence: [String: [Evidence]] = [:]
        var mentionCounts: [String: Int] = [:]
        for extraction in corpus.documents {
            let sentences = SentenceIndex(extraction.document)
            for entity in extraction.entities {
                if nodes[entity.id] == nil {
                    nodes[entity.id] = GraphNode(id: entity.id, label: entity.name, kind: NodeKind(entity.type))
                }
                mentionCounts[entity.id, default: 0] += entity.mentions.count
                for mention in entity.mentions {
                    evidence[entity.id, default: []].append(sentences.evidence(sentence: mention.sentence, span: mention.range))
                }
            }
        }
        for (id, count) in mentionCounts {
            nodes[id]?.scores["mentions"] = Double(count)
            nodes[id]?.evidence = Self.onePerSentence(evidence[id] ?? [], limit: options.evidenceLimit)
        }
        return nodes
    }

    private func addCommitments(
        _ extraction: DocumentExtraction, scoped: Set<String>, into nodes: inout [String: GraphNode], merging: inout [String: String],
        edges: inout EdgeAccumulator
    ) {
        let documentID = extraction.document.id
        for commitment in extraction.commitments {
            let evidence = Evidence(document: documentID, sentence: commitment.sentence, range: commitment.range, text: commitment.text)
            let key = Self.sameCommitmentKey(commitment)
            let id: String
            if let key, let existing = merging[key], var node = nodes[existing] {
                id = existing
                node.evidence = Self.onePerSentence(node.evidence + [evidence], limit: options.evidenceLimit)
                nodes[id] = node
            } else {
                id = Self.nodeID(commitment.id, documentID: documentID, scoped: scoped.contains(commitment.id), taken: nodes)
                let beneficiary = commitment.beneficiary.map { nodes[$0]?.label ?? $0 }
                nodes[id] = GraphNode(id: id, label: CommitmentLabel.node(commitment, beneficiary: beneficiary), kind: .commitment, evidence: [evidence])
                if let key { merging[key] = id }
            }
            edges.add(.commits, commitment.actor, id, label: nil, evidence: [evidence])
            if let beneficiary = commitment.beneficiary {
                edges.add(.benefits, id, beneficiary, label: nil, evidence: [evidence])
            }
        }
    }

    /// What makes two statements the same commitment: actor, kind, amount, beneficiary and
    /// time; nil (never merged) when none of amount, beneficiary and time is given.
    static func sameCommitmentKey(_ c: Commitment) -> String? {
        guard c.amount != nil || c.beneficiary != nil || c.time != nil else { return nil }
        let amount = c.amount.map { "\($0.value) \($0.unit)" } ?? ""
        return [c.actor, c.kind.rawValue, amount, c.beneficiary ?? "", c.normalizedTime ?? c.time ?? ""].joined(separator: "\u{0}")
    }

    /// Commitment ids that are not unique in the corpus: used by two commitments, or also
    /// an entity id. Their nodes are named `<document>/<id>`, whatever the document order.
    static func ambiguousCommitmentIDs(_ corpus: CorpusExtraction, entityIDs: Set<String>) -> Set<String> {
        var counts: [String: Int] = [:]
        for extraction in corpus.documents {
            for commitment in extraction.commitments { counts[commitment.id, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value > 1 || entityIDs.contains($0.key) }.keys)
    }

    /// The node id of a commitment: its own id when unique in the corpus, else
    /// `<document>/<id>`, with `-2`, `-3`, ... when one document repeats an id.
    static func nodeID(_ id: String, documentID: String, scoped: Bool, taken: [String: GraphNode]) -> String {
        let base = scoped ? "\(documentID)/\(id)" : id
        if taken[base] == nil { return base }
        var counter = 2
        while taken["\(base)-\(counter)"] != nil { counter += 1 }
        return "\(base)-\(counter)"
    }

    // MARK: - Co-mentions

    private func addComentions(_ extraction: DocumentExtraction, _ sentences: SentenceIndex, into edges: inout EdgeAccumulator) {
        // sentence index → entity id → span of its first mention in that sentence
        var bySentence: [Int: [String: TextRange]] = [:]
        for entity in extraction.entities {
            for mention in entity.mentions where bySentence[mention.sentence]?[entity.id] == nil {
                bySentence[mention.sentence, default: [:]][entity.id] = mention.range
            }
        }
        for (sentence, present) in bySentence where present.count > 1 {
            let ids = present.keys.sorted()
            for (i, first) in ids.enumerated() {
                for second in ids[(i + 1)...] {
                    let a = present[first]!, b = present[second]!
                    let span = TextRange(start: min(a.start, b.start), end: max(a.end, b.end))
                    edges.add(.comention, first, second, label: nil, evidence: [sentences.evidence(sentence: sentence, span: span)])
                }
            }
        }
    }

    /// Evidence sorted, one item per (document, sentence), at most `limit` items.
    static func onePerSentence(_ evidence: [Evidence], limit: Int) -> [Evidence] {
        var seen = Set<SentenceKey>()
        var out: [Evidence] = []
        for item in evidence.sorted() where seen.insert(SentenceKey(item)).inserted {
            out.append(item)
            if out.count == limit { break }
        }
        return out
    }
}

/// A (document, sentence) pair: the unit edges are weighted by.
struct SentenceKey: Hashable {
    var document: String
    var sentence: Int

    init(_ evidence: Evidence) {
        document = evidence.document
        sentence = evidence.sentence
    }
}
