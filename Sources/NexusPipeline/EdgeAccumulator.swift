import NexusCore

/// Collects evidence for edges keyed by (source, target, kind, label) across documents,
/// then turns each key into one ``GraphEdge`` weighted by its distinct sentences.
struct EdgeAccumulator {
    private struct Key: Hashable {
        var source: String
        var target: String
        var kind: RelationKind
        var label: String?
    }

    private var evidence: [Key: [Evidence]] = [:]
    private var codes: [Key: EventCode] = [:]

    /// Adds evidence for an edge. Co-mentions are undirected: their ends are put in
    /// `source < target` order, and a co-mention of a node with itself is ignored.
    mutating func add(_ kind: RelationKind, _ source: String, _ target: String, label: String?, code: EventCode? = nil, evidence items: [Evidence]) {
        var key = Key(source: source, target: target, kind: kind, label: label)
        if kind == .comention {
            guard source != target else { return }
            if target < source { (key.source, key.target) = (target, source) }
        }
        evidence[key, default: []].append(contentsOf: items)
        if let code { codes[key] = code }
    }

    /// One edge per key: weight = distinct (document, sentence) pairs among its evidence
    /// (at least 1), evidence = the first `evidenceLimit` of them in sorted order.
    func edges(evidenceLimit: Int) -> [GraphEdge] {
        evidence.map { key, items in
            let distinct = Set(items.map(SentenceKey.init)).count
            return GraphEdge(
                source: key.source, target: key.target, kind: key.kind, weight: Double(max(1, distinct)), label: key.label,
                code: codes[key], evidence: GraphBuilder.onePerSentence(items, limit: evidenceLimit)
            )
        }
    }
}
