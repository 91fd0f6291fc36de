import Foundation
import NexusCore

/// Writes an ``EntityGraph`` as GEXF 1.3 (https://gexf.net), Gephi's format, also read by
/// NetworkX (`nx.read_gexf`).
///
/// The graph is static and directed (`defaultedgetype="directed"`); co-mention edges are
/// stored once with `source < target` and marked by their `kind` attribute, since readers
/// such as NetworkX refuse `type="undirected"` edges in a directed graph.
///
/// - Nodes: `id`, `label`, and attribute values `kind` (string), `evidence` (string, one
///   sentence per line, `doc#sentence: text`) and one `double` per score name present on
///   any node (a score called `label`, `kind` or `evidence` is titled `score_<name>`).
/// - Edges: `id` (`e0`, `e1`, ... in sorted order), `source`, `target`, `weight`, `label`
///   (when the edge has one), and attribute values `kind`, `evidence`, and for event edges
///   `code` (the CAMEO root, "07") and `quad` (its quad class).
///
/// Without ``spans`` the graph is static (`mode="static"`) and no dates are written. With
/// them it is dynamic (`mode="dynamic" timeformat="date"`): each node and edge that has a span
/// gets `start` and `end`, the first and last publication dates of its evidence documents
/// (``GraphTimeSpans``), so Gephi's timeline plays the graph; one without a span has neither
/// and is present throughout. Either way the same graph always gives the same bytes.
public struct GEXFWriter: Sendable {
    /// When each node and edge was seen; `nil` writes a static graph.
    public var spans: GraphTimeSpans?

    public init(spans: GraphTimeSpans? = nil) {
        self.spans = spans
    }

    /// The GEXF document, UTF-8, with a final newline.
    ///
    /// - Complexity: O(V + E) plus the evidence text.
    public func string(_ graph: EntityGraph) -> String {
        let graph = graph.sorted()
        let scores = ScoreAttributes(graph, reserved: ["label", "kind", "evidence"])
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>Nexus</creator>
            <description>Entity relationship graph extracted from news text</description>
          </meta>
          <graph defaultedgetype="directed" \(spans == nil ? "mode=\"static\"" : "mode=\"dynamic\" timeformat=\"date\"")>
            <attributes class="node">

        """
        out += attribute("kind", title: "kind", type: "string")
        out += attribute("evidence", title: "evidence", type: "string")
        for (index, name) in scores.attributeNames.enumerated() {
            out += attribute("s\(index)", title: name, type: "double")
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        out += attribute("kind", title: "kind", type: "string")
        out += attribute("evidence", title: "evidence", type: "string")
        out += attribute("code", title: "code", type: "string")
        out += attribute("quad", title: "quad", type: "string")
        out += "    </attributes>\n    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(XMLText.escape(node.id))\" label=\"\(XMLText.escape(node.label))\"\(interval(spans?.nodes[node.id]))>\n"
            out += "        <attvalues>\n"
            out += value("kind", node.kind.rawValue)
            if !node.evidence.isEmpty { out += value("evidence", EvidenceText.lines(node.evidence)) }
            for (index, name) in scores.names.enumerated() {
                if let score = node.scores[name], ExportNumber.isWritable(score) {
                    out += value("s\(index)", ExportNumber.format(score))
                }
            }
            out += "        </attvalues>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, edge) in graph.edges.enumerated() {
            var attributes = "id=\"e\(index)\" source=\"\(XMLText.escape(edge.source))\" target=\"\(XMLText.escape(edge.target))\""
            if ExportNumber.isWritable(edge.weight) { attributes += " weight=\"\(ExportNumber.format(edge.weight))\"" }
            if let label = edge.label { attributes += " label=\"\(XMLText.escape(label))\"" }
            attributes += interval(spans?.span(of: edge))
            out += "      <edge \(attributes)>\n        <attvalues>\n"
            out += value("kind", edge.kind.rawValue)
            if !edge.evidence.isEmpty { out += value("evidence", EvidenceText.lines(edge.evidence)) }
            if let code = edge.code {
                out += value("code", code.description)
                out += value("quad", code.quad.rawValue)
            }
            out += "        </attvalues>\n      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The GEXF document as UTF-8 bytes.
    public func data(_ graph: EntityGraph) -> Data {
        Data(string(graph).utf8)
    }

    /// ` start="..." end="..."`, or nothing without a span.
    private func interval(_ span: GraphTimeSpans.Span?) -> String {
        guard let span else { return "" }
        return " start=\"\(span.first.iso)\" end=\"\(span.last.iso)\""
    }

    private func attribute(_ id: String, title: String, type: String) -> String {
        "      <attribute id=\"\(id)\" title=\"\(XMLText.escape(title))\" type=\"\(type)\"/>\n"
    }

    private func value(_ key: String, _ value: String) -> String {
        "          <attvalue for=\"\(key)\" value=\"\(XMLText.escape(value))\"/>\n"
    }
}
