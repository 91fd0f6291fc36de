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
/// `textContent`, and its Content-Security-Policy forbids any network access. U+FFFE and
/// U+FFFF (not characters of XML or HTML text) are `\u` escapes too; evidence and commitment
/// sentences are cut at ``DisplayText/evidenceLimit`` characters (the JSON outputs keep them whole).
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
        // The small parts are replaced in the template; the large ones (drawing, data) are joined
        // around it, never scanned.
        let page = template
            .replacingOccurrences(of: "{{TITLE}}", with: XMLText.escape(title))
            .replacingOccurrences(of: "{{CSS}}", with: try resource("explorer", "css"))
            .replacingOccurrences(of: "{{JS}}", with: try resource("explorer", "js"))
        let aroundSVG = page.components(separatedBy: "{{SVG}}")
        let aroundData = aroundSVG.count == 2 ? aroundSVG[1].components(separatedBy: "{{DATA}}") : []
        guard aroundSVG.count == 2, aroundData.count == 2 else { throw .resourceMissing("explorer.html placeholders") }
        return aroundSVG[0] + body + aroundData[0] + data + aroundData[1]
    }

    static func resource(_ name: String, _ ext: String) throws(Failure) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/explorer")
            ?? Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "explorer"),
            let text = try? String(contentsOf: url, encoding: .utf8) else { throw .resourceMissing("\(name).\(ext)") }
        return text
    }

    /// The embedded data, as JSON safe inside a script element (``ScriptJSON``).
    static func dataJSON(drawn: EntityGraph, graph: EntityGraph, corpus: CorpusExtraction?, title: String, summary: String, evidenceLimit: Int) -> String {
        let entities = Dictionary((corpus?.entities ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var communityOf: [String: Int] = [:]
        for node in drawn.nodes { if let c = node.scores["community"], c.isFinite { communityOf[node.id] = Int(c) } }
        let sorted = graph.sorted()
        var json = ScriptJSON(capacity: 1 << 20)
        func evidence(_ json: inout ScriptJSON, _ items: [Evidence]) {
            json.array(items.prefix(evidenceLimit)) { json, e in
                json.raw("{"); json.key("document"); json.string(e.document)
                json.comma(); json.key("sentence"); json.number(e.sentence)
                json.comma(); json.key("text"); json.string(DisplayText.truncated(e.text)); json.raw("}")
            }
        }
        json.raw("{"); json.key("title"); json.string(title)
        json.comma(); json.key("summary"); json.string(summary)
        json.comma(); json.key("drawn"); json.strings(drawn.sorted().nodes.map(\.id))
        json.comma(); json.key("nodes")
        json.array(sorted.nodes) { json, node in
            json.raw("{"); json.key("id"); json.string(node.id)
            json.comma(); json.key("label"); json.string(node.label)
            json.comma(); json.key("kind"); json.string(node.kind.rawValue)
            json.comma(); json.key("scores"); json.raw("{")
            var first = true
            for (k, v) in node.scores.sorted(by: { $0.key < $1.key }) where v.isFinite && k != "community" {
                if !first { json.comma() }
                first = false
                json.string(k); json.raw(":"); json.number(v)
            }
            json.raw("}")
            json.comma(); json.key("evidence"); evidence(&json, node.evidence)
            if let c = communityOf[node.id] { json.comma(); json.key("community"); json.number(c) }
            if let entity = entities[node.id] {
                json.comma(); json.key("aliases")
                json.array(entity.aliases) { json, a in
                    json.raw("{"); json.key("name"); json.string(a.name); json.comma(); json.key("rule"); json.string(a.rule.rawValue); json.raw("}")
                }
                json.comma(); json.key("roles"); json.strings(entity.roles)
                json.comma(); json.key("documents"); json.strings(entity.documents)
            }
            json.raw("}")
        }
        json.comma(); json.key("edges")
        json.array(sorted.edges) { json, edge in
            json.raw("{"); json.key("source"); json.string(edge.source)
            json.comma(); json.key("target"); json.string(edge.target)
            json.comma(); json.key("kind"); json.string(edge.kind.rawValue)
            json.comma(); json.key("weight"); json.number(edge.weight)
            if let label = edge.label { json.comma(); json.key("label"); json.string(label) }
            if let code = edge.code { json.comma(); json.key("code"); json.string(code.description) }
            json.comma(); json.key("evidence"); evidence(&json, edge.evidence)
            json.raw("}")
        }
        json.comma(); json.key("commitments")
        let commitments = (corpus?.documents ?? []).flatMap { d in d.commitments.map { (d.document.id, $0) } }
        json.array(commitments) { json, item in
            let (document, c) = item
            json.raw("{"); json.key("actor"); json.string(c.actor)
            json.comma(); json.key("actorName"); json.string(entities[c.actor]?.name ?? c.actor)
            json.comma(); json.key("kind"); json.string(c.kind.rawValue)
            json.comma(); json.key("document"); json.string(document)
            json.comma(); json.key("sentence"); json.number(c.sentence)
            json.comma(); json.key("text"); json.string(DisplayText.truncated(c.text))
            if let amount = c.amount {
                json.comma(); json.key("amount"); json.string(amount.text.isEmpty ? "\(amount.value) \(amount.unit)" : amount.text)
            }
            if let b = c.beneficiary {
                json.comma(); json.key("beneficiary"); json.string(b)
                json.comma(); json.key("beneficiaryName"); json.string(entities[b]?.name ?? b)
            }
            if let time = c.time { json.comma(); json.key("time"); json.string(time) }
            json.raw("}")
        }
        json.raw("}")
        return json.text
    }
}
