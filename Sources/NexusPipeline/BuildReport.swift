import Foundation
import NexusCore

/// The short report `nexus build` prints: documents read and skipped (with reasons),
/// entities by type, the top entities by betweenness and by PageRank, the events (asserted
/// acts between entities) and the commitments.
///
/// Deterministic: rankings break ties by entity id, scores print with four decimals.
public struct BuildReport: Sendable {
    public var corpus: CorpusExtraction
    /// The scored graph (see ``GraphScorer``).
    public var graph: EntityGraph
    /// How many entities each ranking lists.
    public var top: Int
    /// Files written, in the order they were written.
    public var written: [String]

    public init(corpus: CorpusExtraction, graph: EntityGraph, top: Int = 5, written: [String] = []) {
        self.corpus = corpus
        self.graph = graph
        self.top = top
        self.written = written
    }

    public var text: String {
        var lines = documentLines() + [""] + entityLines() + [""]
        lines += ranking("betweenness", title: "Top by betweenness") + [""]
        lines += ranking("pagerank", title: "Top by PageRank") + [""]
        lines += eventLines() + [""]
        lines += commitmentLines()
        if !written.isEmpty { lines += ["", "Wrote: " + written.joined(separator: ", ")] }
        return lines.joined(separator: "\n") + "\n"
    }

    func documentLines() -> [String] {
        var lines = ["Documents: \(corpus.documents.count) read, \(corpus.skipped.count) skipped"]
        lines += corpus.skipped.map { "  skipped \($0.reason)" }
        return lines
    }

    func entityLines() -> [String] {
        let counts = Dictionary(grouping: corpus.entities, by: \.type).mapValues(\.count)
        let named = EntityType.allCases.filter { $0 != .other }
        let parts = named.map { "\(counts[$0, default: 0]) \(Self.plural($0))" }
        let total = named.reduce(0) { $0 + counts[$1, default: 0] }
        let comentions = graph.edges.filter { $0.kind == .comention }.count
        let affiliations = graph.edges.filter { $0.kind == .affiliation }.count
        let events = graph.edges.filter { $0.kind == .event }.count
        var lines = ["Entities: \(total) (" + parts.joined(separator: ", ") + ")"]
        if let others = counts[.other] {
            lines.append("Other names: \(others) (agreements, laws, events, projects, products; drawn with --with-other)")
        }
        lines.append("Relations: \(comentions) co-mention pairs, \(affiliations) affiliations, \(events) event ties")
        return lines
    }

    func ranking(_ score: String, title: String) -> [String] {
        let ranked = graph.nodes
            .compactMap { node in node.scores[score].map { (node, $0) } }
            .sorted { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
            .prefix(top)
        guard !ranked.isEmpty else { return ["\(title): (no entities)"] }
        let width = ranked.map { $0.0.label.count }.max() ?? 0
        return ["\(title):"] + ranked.enumerated().map { rank, entry in
            let name = entry.0.label.padding(toLength: width, withPad: " ", startingAt: 0)
            let position = String(rank + 1).leftPadded(to: 2)
            return "  \(position). \(name)  \(String(format: "%.4f", entry.1))  \(entry.0.kind.rawValue)"
        }
    }

    /// The asserted events in reading order (at most ``eventLimit``), and how many were set
    /// apart as negated or hypothetical.
    func eventLines() -> [String] {
        let all = corpus.listedEvents()
        let asserted = all.filter(\.event.isAsserted)
        let apart = all.count - asserted.count
        guard !all.isEmpty else { return ["Events: none found"] }
        let shown = asserted.prefix(Self.eventLimit)
        let more = asserted.count > shown.count ? ["  … and \(asserted.count - shown.count) more (nexus events lists them all)"] : []
        return ["Events: \(asserted.count) asserted, \(apart) negated or hypothetical"] + shown.map { item in
            "  \(item.actorName) → \(item.targetName) — \(item.event.code) \(item.event.label)  [\(item.document):\(item.event.sentence)]"
        } + more
    }

    /// How many events the report lists before summarizing the rest.
    static let eventLimit = 20

    func commitmentLines() -> [String] {
        let names = Dictionary(uniqueKeysWithValues: corpus.entities.map { ($0.id, $0.name) })
        let all = corpus.documents.flatMap { extraction in
            extraction.commitments.map { (extraction.document.id, $0) }
        }
        guard !all.isEmpty else { return ["Commitments: none found"] }
        let shown = all.prefix(Self.commitmentLimit)
        let more = all.count > shown.count ? ["  … and \(all.count - shown.count) more (nexus commitments lists them all)"] : []
        return ["Commitments: \(all.count)"] + shown.map { document, commitment in
            var line = "  \(names[commitment.actor] ?? commitment.actor) — \(CommitmentLabel.make(commitment))"
            if let beneficiary = commitment.beneficiary { line += " → \(names[beneficiary] ?? beneficiary)" }
            return line + "  [\(document):\(commitment.sentence)]"
        } + more
    }

    /// How many commitments the report lists before summarizing the rest.
    static let commitmentLimit = 20

    static func plural(_ type: EntityType) -> String {
        switch type {
        case .person: return "people"
        case .country: return "countries"
        case .organization: return "organizations"
        case .location: return "locations"
        case .other: return "other names"
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
