import Foundation
import NexusCore

/// Writes an ``EntityGraph`` as GraphML (http://graphml.graphdrawing.org), the XML format
/// read by NetworkX (`nx.read_graphml`), Gephi, yEd, Cytoscape and igraph.
///
/// The graph is written directed (`edgedefault="directed"`): affiliation, commits and benefits
/// edges have a direction; co-mention edges are symmetric in meaning and stored once, with
/// `source < target` (GraphML readers such as NetworkX refuse per-edge `directed="false"` in a
/// directed graph, so the edge's `kind` says which edges are symmetric).
///
/// Attributes (`<key>`):
/// - nodes: `label` (string), `kind` (string: person, country, organization, location,
///   commitment), `evidence` (string: one evidence sentence per line, `doc#sentence: text`),
///   and one `double` per score name present on any node (`pagerank`, `mentions`, ...);
///   a node without a score has no value for it; a score called `label`, `kind` or
///   `evidence` is named `score_<name>`.
/// - edges: `kind` (string: affiliation, comention, commits, benefits, event), `weight`
///   (double), `label` (string, only on edges that have one), `code` and `quad` (strings, only
///   on event edges: the CAMEO root "07" and its quad class "material-cooperation"),
///   `evidence` (string, as for nodes).
///
/// Nodes and edges are written in ``EntityGraph/sorted()`` order, edge ids are `e0`, `e1`, ...
/// in that order, so the same graph always gives the same bytes.
public struct GraphMLWriter: Sendable {
    public init() {}

    /// The GraphML document, UTF-8, with a final newline.
    ///
    /// - Complexity: O(V + E) plus the evidence text.
    public func string(_ graph: EntityGraph) -> String {
        let graph = graph.sorted()
        let scores = ScoreAttributes(graph, reserved: ["label", "kind", "evidence"])
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        out += key("n_label", for: "node", name: "label", type: "string")
        out += key("n_kind", for: "node", name: "kind", type: "string")
        out += key("n_evidence", for: "node", name: "evidence", type: "string")
        for (index, name) in scores.attributeNames.enumerated() {
            out += key("n_score\(index)", for: "node", name: name, type: "double")
        }
        out += key("e_kind", for: "edge", name: "kind", type: "string")
        out += key("e_weight", for: "edge", name: "weight", type: "double")
        out += key("e_label", for: "edge", name: "label", type: "string")
        out += key("e_code", for: "edge", name: "code", type: "string")
        out += key("e_quad", for: "edge", name: "quad", type: "string")
        out += key("e_evidence", for: "edge", name: "evidence", type: "string")
        out += "  <graph id=\"nexus\" edgedefault=\"directed\">\n"
        for node in graph.nodes {
            out += "    <node id=\"\(XMLText.escape(node.id))\">\n"
            out += data("n_label", node.label)
            out += data("n_kind", node.kind.rawValue)
            if !node.evidence.isEmpty { out += data("n_evidence", EvidenceText.lines(node.evidence)) }
            for (index, name) in scores.names.enumerated() {
                if let value = node.scores[name], ExportNumber.isWritable(value) {
                    out += data("n_score\(index)", ExportNumber.format(value))
                }
            }
            out += "    </node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(XMLText.escape(edge.source))\" target=\"\(XMLText.escape(edge.target))\">\n"
            out += data("e_kind", edge.kind.rawValue)
            if ExportNumber.isWritable(edge.weight) { out += data("e_weight", ExportNumber.format(edge.weight)) }
            if let label = edge.label { out += data("e_label", label) }
            if let code = edge.code {
                out += data("e_code", code.description)
                out += data("e_quad", code.quad.rawValue)
            }
            if !edge.evidence.isEmpty { out += data("e_evidence", EvidenceText.lines(edge.evidence)) }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// The GraphML document as UTF-8 bytes.
    public func data(_ graph: EntityGraph) -> Data {
        Data(string(graph).utf8)
    }

    private func key(_ id: String, for domain: String, name: String, type: String) -> String {
        "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escape(name))\" attr.type=\"\(type)\"/>\n"
    }

    private func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLText.escape(value))</data>\n"
    }
}
