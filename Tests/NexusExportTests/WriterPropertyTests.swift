import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NexusCore
import PropertyBased
import Testing
@testable import NexusExport

/// A generated graph whose ids, labels and evidence are made of hostile pieces: markup
/// characters, quotes, line breaks, C0 controls, U+FFFE/U+FFFF, bidirectional overrides,
/// zero-width characters, combining accents and emoji; weights from 1e-300 to 1e300.
struct GeneratedEntityGraph: CustomStringConvertible {
    static let pieces = [
        "Türkiye", "<b>", "&amp;", "\"q\"", "'s", "\n", "\r\n", "\t", "\u{0}", "\u{1B}[2J", "\u{FFFE}", "\u{FFFF}",
        "\u{202E}", "\u{200B}", "e\u{0301}", "🇹🇷", " ", "=SUM(A1)", "]]>", "a", "Bo", "\\", "\u{7F}", "\u{85}",
    ]
    static let kinds: [NodeKind] = [.person, .country, .organization, .location, .other, .commitment]
    static let relations: [RelationKind] = [.affiliation, .comention, .commits, .benefits, .event]
    static let weights: [Double] = [1, 2, 0.5, 1e-300, 1e300, 3.25, 7]

    var graph: EntityGraph

    static func text(_ codes: ArraySlice<Int>) -> String {
        codes.map { pieces[$0 % pieces.count] }.joined()
    }

    /// Node `i` has id "n<i>:" plus hostile text (unique by its prefix), a label and evidence
    /// of hostile text; each edge code picks two nodes, a relation, a weight and a label.
    init(nodeCodes: [[Int]], edgeCodes: [Int]) {
        let nodes = nodeCodes.enumerated().map { i, codes in
            let text = Self.text(codes[...])
            let evidence = codes.count > 3 ? [Evidence(document: "d\(Self.text(codes.prefix(1)))", sentence: codes[0] % 4,
                                                         range: TextRange(start: codes[1], end: codes[1] + codes[2]), text: text)] : []
            return GraphNode(id: "n\(i):\(Self.text(codes.prefix(2)))", label: text, kind: Self.kinds[(codes.first ?? 0) % Self.kinds.count],
                             scores: ["pagerank": Double(codes.count) / 7, "betweenness": 0], evidence: evidence)
        }
        var edges: [GraphEdge] = []
        if !nodes.isEmpty {
            for code in edgeCodes {
                let source = nodes[code % nodes.count].id, target = nodes[(code / 7) % nodes.count].id
                let kind = Self.relations[(code / 3) % Self.relations.count]
                guard !edges.contains(where: { $0.source == source && $0.target == target && $0.kind == kind }) else { continue }
                edges.append(GraphEdge(source: source, target: target, kind: kind, weight: Self.weights[code % Self.weights.count],
                                       label: code % 2 == 0 ? nil : Self.text([code % 24, (code / 24) % 24][...])))
            }
        }
        graph = EntityGraph(nodes: nodes, edges: edges, title: nodeCodes.first.map { Self.text($0[...]) })
    }

    var description: String { "\(graph.nodes.map(\.id.debugDescription)) \(graph.edges.count) edges" }

    static let generator = zip(Gen.int(in: 0...600).array(of: 0...6).array(of: 0...6), Gen.int(in: 0...600).array(of: 0...10))
        .map { GeneratedEntityGraph(nodeCodes: $0, edgeCodes: $1) }
}

extension XMLElement {
    /// The value of the attribute named `name` (looked up among all attributes: Foundation's
    /// `attribute(forName:)` misses unprefixed attributes in a default namespace on Linux).
    func attributeValue(_ name: String) -> String? {
        attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }
}

/// Every writer's output read back by a reader: the saved graph JSON by ours (to an equal
/// graph), GraphML and GEXF by libxml2 through Foundation's XMLDocument (well-formed, with
/// every id and label as written after the one change XML forces: characters XML 1.0 cannot
/// hold become U+FFFD).
@Suite struct WriterPropertyTests {
    /// What an XML reader must give back for `text`: XML 1.0's `Char` production
    /// (https://www.w3.org/TR/xml/#charsets) keeps tab, line feed, carriage return, U+0020 up
    /// and excludes U+FFFE/U+FFFF; everything else becomes U+FFFD.
    static func xmlVisible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let legal = scalar == "\t" || scalar == "\n" || scalar == "\r" || (scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF)
            out.append(legal ? scalar : "\u{FFFD}")
        }
        return String(out)
    }

    @Test func graphJSONReadsBackToTheSameGraph() async {
        await propertyCheck(count: 150, input: GeneratedEntityGraph.generator) { generated in
            let data = try GraphJSON.encode(generated.graph)
            #expect(try GraphJSON.decode(data) == generated.graph.sorted())
        }
    }

    @Test func graphMLIsWellFormedAndKeepsEveryIdAndLabel() async {
        await propertyCheck(count: 150, input: GeneratedEntityGraph.generator) { generated in
            let document = try XMLDocument(data: GraphMLWriter().data(generated.graph))
            let root = try #require(document.rootElement())
            let nodes = root.elements(forName: "graph").first?.elements(forName: "node") ?? []
            let read = Dictionary(nodes.map { node in
                (node.attributeValue("id") ?? "",
                 node.elements(forName: "data").first { $0.attributeValue("key") == "n_label" }?.stringValue ?? "")
            }, uniquingKeysWith: { first, _ in first })
            let expected = Dictionary(uniqueKeysWithValues: generated.graph.nodes.map { (Self.xmlVisible($0.id), Self.xmlVisible($0.label)) })
            #expect(read == expected)
            let edges = root.elements(forName: "graph").first?.elements(forName: "edge") ?? []
            #expect(edges.count == generated.graph.edges.count)
        }
    }

    @Test func gexfIsWellFormedAndKeepsEveryIdLabelAndWeight() async {
        await propertyCheck(count: 150, input: GeneratedEntityGraph.generator) { generated in
            let document = try XMLDocument(data: GEXFWriter().data(generated.graph))
            let graph = try #require(document.rootElement()?.elements(forName: "graph").first)
            let nodes = graph.elements(forName: "nodes").first?.elements(forName: "node") ?? []
            let read = Dictionary(nodes.map {
                ($0.attributeValue("id") ?? "", $0.attributeValue("label") ?? "")
            }, uniquingKeysWith: { first, _ in first })
            let expected = Dictionary(uniqueKeysWithValues: generated.graph.nodes.map { (Self.xmlVisible($0.id), Self.xmlVisible($0.label)) })
            #expect(read == expected)
            let edges = graph.elements(forName: "edges").first?.elements(forName: "edge") ?? []
            let weights = edges.compactMap { $0.attributeValue("weight").flatMap(Double.init) }.sorted()
            #expect(weights == generated.graph.edges.map(\.weight).sorted())
        }
    }
}
