import Foundation
import NexusCore

/// The explorer page: one self-contained HTML file (no network, works from `file://`) holding
/// the Graphviz SVG of the drawing and the data of the whole graph, with search, a side panel
/// of evidence, filters, paths between two entities and sortable tables
/// (`Resources/explorer/`: `explorer.html`, `explorer.css`, `explorer.js`).
///
/// The data is embedded as JSON in a `<script type="application/json">` element; `<`, `>`,
/// `&` and the line separators U+2028/U+2029 are written as `\u` escapes, so no text of an
/// input can close the element or become markup. The page's script inserts every text with
/// `textContent`, and its Content-Security-Policy forbids any network access.
public enum ExplorerPage {
    /// Why the page cannot be written.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case resourceMissing(String)

        public var description: String {
            switch self {
            case .resourceMissing(let name): return "the explorer resource '\(name)' is missing from the NexusExport bundle; rebuild the package"
            }
        }
    }

    /// The page.
    /// - Parameters:
    ///   - svg: the drawing (Graphviz SVG of `drawn`).
    ///   - drawn: the graph the SVG draws (its sorted node order names the SVG's `nK` nodes).
    ///   - graph: the whole scored graph (search, panel, paths and tables read it).
    ///   - corpus: the extraction, for aliases with their rules, roles, documents and commitments.
    ///   - evidenceLimit: sentences kept per node and per edge.
    public static func html(svg: String, drawn: EntityGraph, graph: EntityGraph, corpus: CorpusExtraction?, title: String,
                            summary: String, evidenceLimit: Int = 3) throws(Failure) -> String {
        let template = try resource("explorer", "html")
        let data = dataJSON(drawn: drawn, graph: graph, corpus: corpus, title: title, summary: summary, evidenceLimit: evidenceLimit)
        let body = svg.range(of: "<svg").map { String(svg[$0.lowerBound...]) } ?? svg
        return template
            .replacingOccurrences(of: "{{TITLE}}", with: XMLText.escape(title))
            .replacingOccurrences(of: "{{CSS}}", with: try resource("explorer", "css"))
            .replacingOccurrences(of: "{{JS}}", with: try resource("explorer", "js"))
            .replacingOccurrences(of: "{{DATA}}", with: data)
            .replacingOccurrences(of: "{{SVG}}", with: body)
    }

    static func resource(_ name: String, _ ext: String) throws(Failure) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/explorer")
            ?? Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "explorer"),
            let text = try? String(contentsOf: url, encoding: .utf8) else { throw .resourceMissing("\(name).\(ext)") }
        return text
    }

    /// The embedded data, as JSON safe inside a script element.
    static func dataJSON(drawn: EntityGraph, graph: EntityGraph, corpus: CorpusExtraction?, title: String, summary: String, evidenceLimit: Int) -> String {
        let entities = Dictionary((corpus?.entities ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func evidence(_ items: [Evidence]) -> [Any] {
            items.prefix(evidenceLimit).map { ["document": $0.document, "sentence": $0.sentence, "text": $0.text] }
        }
        var communityOf: [String: Int] = [:]
        for node in drawn.nodes { if let c = node.scores["community"], c.isFinite { communityOf[node.id] = Int(c) } }
        let nodes: [Any] = graph.sorted().nodes.map { node in
            var out: [String: Any] = ["id": node.id, "label": node.label, "kind": node.kind.rawValue,
                                      "scores": node.scores.filter { $0.value.isFinite && $0.key != "community" }, "evidence": evidence(node.evidence)]
            if let c = communityOf[node.id] { out["community"] = c }
            if let entity = entities[node.id] {
                out["aliases"] = entity.aliases.map { ["name": $0.name, "rule": $0.rule.rawValue] }
                out["roles"] = entity.roles
                out["documents"] = entity.documents
            }
            return out
        }
        let edges: [Any] = graph.sorted().edges.map { edge in
            var out: [String: Any] = ["source": edge.source, "target": edge.target, "kind": edge.kind.rawValue,
                                      "weight": edge.weight.isFinite ? edge.weight : 0, "evidence": evidence(edge.evidence)]
            if let label = edge.label { out["label"] = label }
            if let code = edge.code { out["code"] = code.description }
            return out
        }
        var commitments: [Any] = []
        for document in corpus?.documents ?? [] {
            for c in document.commitments {
                var out: [String: Any] = ["actor": c.actor, "actorName": entities[c.actor]?.name ?? c.actor, "kind": c.kind.rawValue,
                                          "document": document.document.id, "sentence": c.sentence, "text": c.text]
                if let amount = c.amount { out["amount"] = amount.text.isEmpty ? "\(amount.value) \(amount.unit)" : amount.text }
                if let b = c.beneficiary { out["beneficiary"] = b; out["beneficiaryName"] = entities[b]?.name ?? b }
                if let time = c.time { out["time"] = time }
                commitments.append(out)
            }
        }
        let root: [String: Any] = ["title": title, "summary": summary, "drawn": drawn.sorted().nodes.map(\.id),
                                   "nodes": nodes, "edges": edges, "commitments": commitments]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        var text = String(decoding: data, as: UTF8.self)
        for (raw, escaped) in [("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029")] {
            text = text.replacingOccurrences(of: raw, with: escaped)
        }
        return text
    }
}
