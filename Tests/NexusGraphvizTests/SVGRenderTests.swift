import Foundation
import NexusCore
import Testing
@testable import NexusGraphviz

@Suite struct SVGRenderTests {
    let graph = Fixtures.graph()

    @Test func svgIsXMLWithEveryLabelAndTooltip() throws {
        let rendering = try GraphvizRenderer().render(graph, as: .svg)
        let svg = try SVGDocument(rendering.data)
        // Labels are wrapped at 24 characters; each line is one <text> element.
        for node in graph.nodes {
            #expect(svg.texts.contains(node.label), "label \(node.label) missing")
        }
        #expect(svg.texts.contains("High Representative"))
        // One tooltip per node and per edge, each quoting its evidence sentences.
        #expect(svg.tooltips.count == graph.nodes.count + graph.edges.count)
        for node in graph.nodes {
            let matching = svg.tooltips.filter { $0.hasPrefix("\(node.label) (\(node.kind.rawValue))") }
            #expect(matching.count == 1, "no tooltip for \(node.label)")
            for item in node.evidence {
                #expect(matching.first?.contains("\(item.document), sentence \(item.sentence): \(item.text)") == true)
            }
        }
        let edgeTooltips = svg.tooltips.filter { $0.contains(Fixtures.meetingSentence) && $0.contains("comention") }
        #expect(edgeTooltips.count == 2)
        #expect(svg.tooltips.contains { $0.hasPrefix("Josep Borrell → European Union (affiliation: High Representative, weight 2.00)") })
    }

    @Test func svgCarriesKindClassesAndLegend() throws {
        let svg = try SVGDocument(try GraphvizRenderer().render(graph, as: .svg).data)
        let kinds = Set(graph.nodes.map(\.kind))
        #expect(kinds.count >= 5)
        for kind in kinds {
            #expect(svg.classes.contains("node \(kind.rawValue)"))
        }
        #expect(svg.classes.contains("edge comention"))
        #expect(svg.texts.contains("Legend"))
        #expect(svg.texts.contains("\(graph.nodes.count) nodes · \(graph.edges.count) edges drawn"))
        // A key, not a text block: a swatch in each kind's fill colour beside its name, a
        // sample line in each relation kind's colour.
        for kind in kinds {
            #expect(svg.texts.contains("\(kind.rawValue) (\(NodeKindStyle.of(kind).shape))"))
            let nodesOfKind = graph.nodes.filter { $0.kind == kind }.count
            #expect(svg.fills.filter { $0 == NodeKindStyle.of(kind).fillColor }.count > nodesOfKind, "no \(kind) swatch")
        }
        #expect(svg.texts.contains("benefits"))
        #expect(svg.texts.contains("·······▶"))
        #expect(svg.texts.contains("– – –"))
        #expect(!svg.texts.contains("– – –▶"), "co-mentions are undirected")
    }

    @Test func legendTitleIsTheGraphsAndEscaped() throws {
        var titled = graph
        titled.title = "news <b>& more</b>: 2 documents"
        let svg = try SVGDocument(try GraphvizRenderer().render(titled, as: .svg).data)
        #expect(svg.texts.contains("news <b>& more</b>: 2 documents"))
        #expect(!svg.texts.contains("Legend"))
        let chosen = try SVGDocument(try GraphvizRenderer(style: StyleOptions(title: "Chosen")).render(titled, as: .svg).data)
        #expect(chosen.texts.contains("Chosen"))
    }

    @Test func legendCanBeTurnedOff() throws {
        let renderer = GraphvizRenderer(style: StyleOptions(showLegend: false))
        let svg = try SVGDocument(try renderer.render(graph, as: .svg).data)
        #expect(!svg.texts.contains("Legend"))
    }

    @Test func sizeByScoreScalesNodes() throws {
        let styled = try GraphStyler(options: StyleOptions(sizeBy: "pagerank")).style(graph)
        // pagerank 0.05 ... 0.4: Borrell (0.4) gets s = 1 → width 2.00; Rome (0.05) s = 0 → 0.80;
        // Türkiye (0.2): s = 0.15 / 0.35, √s = 0.6547 → width 0.8 + 1.2 · 0.6547 = 1.59.
        let byLabel = Dictionary(uniqueKeysWithValues: styled.nodes.map { ($0.attributes["label"]!.string, $0) })
        #expect(byLabel["Josep Borrell"]?.attributes["width"] == .text("2.00"))
        #expect(byLabel["Rome"]?.attributes["width"] == .text("0.80"))
        #expect(byLabel["Türkiye"]?.attributes["width"] == .text("1.59"))
        #expect(byLabel["Josep Borrell"]?.attributes["fontsize"] == .text("18.00"))
    }

    @Test func edgeWidthFollowsWeightAndStyleFollowsKind() throws {
        let styled = try GraphStyler().style(graph)
        // Node names follow sorted ids: commitment:eu-1 n0, country:turkiye n1, location:rome n2,
        // organization:eu n3, person:josep-borrell n4.
        let rome = styled.edges.first { $0.tail == "n2" && $0.head == "n4" }
        #expect(rome?.attributes["penwidth"] == .text("2.58"))  // 1 + log2(3)
        #expect(rome?.attributes["style"] == .text("dashed"))
        #expect(rome?.attributes["dir"] == .text("none"))
        let affiliation = styled.edges.first { $0.tail == "n4" && $0.head == "n3" }
        #expect(affiliation?.attributes["penwidth"] == .text("2.00"))
        #expect(affiliation?.attributes["dir"] == nil)
        #expect(styled.nodes.map(\.name) == ["n0", "n1", "n2", "n3", "n4"])
        #expect(styled.nodes[0].attributes["shape"] == .text("note"))
        #expect(styled.nodes[1].attributes["shape"] == .text("box"))
    }

    @Test func longLabelsAreWrapped() {
        #expect(GraphStyler.wrapped("short") == "short")
        #expect(GraphStyler.wrapped("an additional pledge of humanitarian aid for the region", width: 24)
            == "an additional pledge of\nhumanitarian aid for the\nregion")
        #expect(GraphStyler.wrapped("one two three four", width: 3, maxLines: 2) == "one\ntwo …")
    }

    @Test func tooltipsCountEvidenceBeyondTheLimit() {
        let styler = GraphStyler(options: StyleOptions(maxEvidencePerTooltip: 1))
        let items = [Fixtures.evidence("b", 1, "second"), Fixtures.evidence("a", 0, "first"), Fixtures.evidence("a", 0, "first")]
        #expect(styler.tooltip(title: "T", evidence: items) == "T\na, sentence 0: first\n… and 1 more sentence")
    }
}
