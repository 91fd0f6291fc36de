import Foundation
import NexusCore

/// Translates an `EntityGraph` into a `StyledGraph`: synthetic node names, escaped labels
/// and tooltips, and the visual encoding of meaning.
///
/// Encoding:
/// - node shape and colours by `NodeKind` (`NodeKindStyle`), SVG class = the kind;
/// - node size by the score `StyleOptions.sizeBy`: with the score min–max normalised to
///   s ∈ [0, 1] over the nodes that carry it (0 for nodes without it, 1 when all are equal),
///   width = 0.8 + 1.2·√s in, height = 0.45 + 0.55·√s in, font = 10 + 8·√s pt, so a node's
///   area grows about linearly with its score;
/// - edge line style, colour and arrowhead by `RelationKind` (`RelationKindStyle`);
/// - edge width by weight: penwidth = min(6, 1 + log₂ max(weight, 1));
/// - every node and edge has a `tooltip` quoting its evidence (document, sentence index,
///   sentence text), which SVG keeps as `xlink:title`.
///
/// Node names are `n0`, `n1`, ... in node-id order, so the output does not depend on the
/// order of the input arrays. Numbers are written with two decimals.
public struct GraphStyler: Sendable {
    public var options: StyleOptions

    public init(options: StyleOptions = StyleOptions()) {
        self.options = options
    }

    /// The styled form of `graph`.
    /// - Throws: `.emptyGraph`, `.invalidGraph`, `.unknownScore` when no node has the
    ///   `sizeBy` score.
    /// - Complexity: O((n + m) log(n + m)) for n nodes and m edges (sorting).
    public func style(_ graph: EntityGraph) throws(GraphvizError) -> StyledGraph {
        guard !graph.isEmpty else { throw .emptyGraph }
        let problems = graph.validationProblems()
        guard problems.isEmpty else { throw .invalidGraph(problems: problems) }
        let canonical = graph.sorted()
        let sizes = try nodeScales(canonical)
        var names: [String: String] = [:]
        var labels: [String: String] = [:]
        for (index, node) in canonical.nodes.enumerated() {
            names[node.id] = "n\(index)"
            labels[node.id] = node.label
        }
        var styled = StyledGraph(
            name: "nexus",
            attributes: graphAttributes(canonical),
            nodeDefaults: [
                "label": .text("\\N"), "fontname": .text(options.fontName), "fontsize": .text("10"),
                "style": .text("filled"), "penwidth": .text("1.4"),
            ],
            edgeDefaults: ["fontname": .text(options.fontName), "fontsize": .text("8"), "arrowsize": .text("0.7")]
        )
        styled.nodes = canonical.nodes.map { node in
            StyledGraph.Node(name: names[node.id]!, attributes: attributes(of: node, scale: sizes[node.id]))
        }
        styled.edges = canonical.edges.map { edge in
            StyledGraph.Edge(
                tail: names[edge.source]!, head: names[edge.target]!,
                attributes: attributes(of: edge, sourceLabel: labels[edge.source]!, targetLabel: labels[edge.target]!)
            )
        }
        return styled
    }

    // MARK: - Graph

    private func graphAttributes(_ graph: EntityGraph) -> [String: StyledGraph.AttributeValue] {
        var attributes: [String: StyledGraph.AttributeValue] = [
            "fontname": .text(options.fontName), "outputorder": .text("edgesfirst"), "pad": .text("0.3"),
        ]
        if options.showLegend {
            let legend = Legend(
                title: options.title ?? graph.title,
                nodeKinds: Set(graph.nodes.map(\.kind)).sorted(), relationKinds: Set(graph.edges.map(\.kind)).sorted(),
                sizeBy: options.sizeBy, communities: Set(graph.nodes.compactMap { $0.scores["community"] }).count,
                nodeCount: graph.nodes.count, edgeCount: graph.edges.count
            )
            attributes["label"] = .html(legend.label)
            attributes["fontsize"] = .text("10")
            attributes["labelloc"] = .text("t")
            attributes["labeljust"] = .text("l")
        }
        return attributes
    }

    // MARK: - Nodes

    /// √s of each node's normalised `sizeBy` score; empty when no size score is chosen.
    private func nodeScales(_ graph: EntityGraph) throws(GraphvizError) -> [String: Double] {
        guard let key = options.sizeBy else { return [:] }
        let values = graph.nodes.compactMap { $0.scores[key] }.filter { $0.isFinite }
        guard let low = values.min(), let high = values.max() else {
            throw .unknownScore(key, available: Set(graph.nodes.flatMap(\.scores.keys)).sorted())
        }
        var scales: [String: Double] = [:]
        for node in graph.nodes {
            guard let value = node.scores[key], value.isFinite else { scales[node.id] = 0; continue }
            let normalised = high > low ? (value - low) / (high - low) : 1
            scales[node.id] = normalised.squareRoot()
        }
        return scales
    }

    private func attributes(of node: GraphNode, scale: Double?) -> [String: StyledGraph.AttributeValue] {
        let style = NodeKindStyle.of(node.kind)
        var attributes: [String: StyledGraph.AttributeValue] = [
            "label": .text(GraphvizEscaping.label(Self.wrapped(node.label))),
            "tooltip": .text(GraphvizEscaping.tooltip(tooltip(title: "\(node.label) (\(node.kind.rawValue))", evidence: node.evidence))),
            "shape": .text(style.shape),
            "fillcolor": .text(style.fillColor),
            "color": .text(style.borderColor),
            "class": .text(node.kind.rawValue),
        ]
        if let community = node.scores["community"], community.isFinite, community >= 0 {
            attributes["color"] = .text(Self.communityColours[Int(community) % Self.communityColours.count])
            attributes["penwidth"] = .text("3")
        }
        if let scale {
            attributes["width"] = .text(Self.number(0.8 + 1.2 * scale))
            attributes["height"] = .text(Self.number(0.45 + 0.55 * scale))
            attributes["fontsize"] = .text(Self.number(10 + 8 * scale))
        }
        return attributes
    }

    /// Border colours of communities (dark, distinct from the kinds' fills; repeated after eight).
    static let communityColours = ["#1f4e79", "#b71c1c", "#1b5e20", "#4a148c", "#e65100", "#006064", "#880e4f", "#3e2723"]

    // MARK: - Edges

    private func attributes(of edge: GraphEdge, sourceLabel: String, targetLabel: String) -> [String: StyledGraph.AttributeValue] {
        let style = edge.kind == .event ? RelationKindStyle.ofEvent(edge.code?.quad) : RelationKindStyle.of(edge.kind)
        let arrow = style.isDirected ? "→" : "—"
        var title = "\(sourceLabel) \(arrow) \(targetLabel) (\(edge.kind.rawValue)"
        if let label = edge.label { title += ": \(label)" }
        if let code = edge.code { title += ", CAMEO \(code), \(code.quad.rawValue)" }
        title += ", weight \(Self.number(edge.weight)))"
        var attributes: [String: StyledGraph.AttributeValue] = [
            "style": .text(style.lineStyle),
            "color": .text(style.color),
            "penwidth": .text(Self.number(min(6, 1 + log2(max(edge.weight, 1))))),
            "tooltip": .text(GraphvizEscaping.tooltip(tooltip(title: title, evidence: edge.evidence))),
            "class": .text(edge.kind.rawValue),
        ]
        if !style.isDirected { attributes["dir"] = .text("none") }
        if let label = edge.label, !label.isEmpty {
            attributes["label"] = .text(GraphvizEscaping.label(Self.wrapped(label)))
            attributes["fontcolor"] = .text(style.color)
        }
        return attributes
    }

    // MARK: - Text

    /// A title line, then one line per evidence sentence ("document, sentence 3: text"),
    /// sorted and without duplicates, at most `maxEvidencePerTooltip` of them, each cut at
    /// ``DisplayText/evidenceLimit`` characters.
    func tooltip(title: String, evidence: [Evidence]) -> String {
        let sentences = Array(Set(evidence)).sorted()
        var lines = [title]
        if sentences.isEmpty { lines.append("(no evidence recorded)") }
        for item in sentences.prefix(max(0, options.maxEvidencePerTooltip)) {
            lines.append("\(item.document), sentence \(item.sentence): \(DisplayText.truncated(item.text))")
        }
        let hidden = sentences.count - max(0, options.maxEvidencePerTooltip)
        if hidden > 0 { lines.append("… and \(hidden) more sentence\(hidden == 1 ? "" : "s")") }
        return lines.joined(separator: "\n")
    }

    /// Breaks `text` into lines of at most `width` characters at spaces (a longer word
    /// stays whole up to twice `width`, and is cut there with "…") and keeps at most
    /// `maxLines` lines, ending the last with "…" when cut. A label therefore stays within
    /// about 2 · `width` characters across (a 10,000-character name was drawn 122,000 pt wide).
    static func wrapped(_ text: String, width: Int = 24, maxLines: Int = 3) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for whole in paragraph.split(separator: " ") {
                let word = whole.count > 2 * width ? String(whole.prefix(2 * width - 1)) + "…" : String(whole)
                if !line.isEmpty && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = String(word)
                } else {
                    line += line.isEmpty ? String(word) : " " + word
                }
            }
            lines.append(line)
        }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] += " …"
        }
        return lines.joined(separator: "\n")
    }

    /// Fixed two-decimal formatting, independent of locale.
    static func number(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
