import Foundation
import NexusCore
import Testing
@testable import NexusGraphviz

/// Issue 14: text that XML forbids, invisible formatting and sentences of any length, drawn.
@Suite struct HostileTextTests {
    static func graph(label: String, evidence text: String) -> EntityGraph {
        let evidence = Evidence(document: "doc", sentence: 0, range: TextRange(start: 0, end: 1), text: text)
        return EntityGraph(
            nodes: [GraphNode(id: "person:a", label: label, kind: .person, scores: ["pagerank": 0.5], evidence: [evidence]),
                    GraphNode(id: "country:b", label: "Bland", kind: .country, scores: ["pagerank": 0.5], evidence: [evidence])],
            edges: [GraphEdge(source: "person:a", target: "country:b", kind: .comention, weight: 1, evidence: [evidence])])
    }

    /// Before: U+FFFE in a label or sentence made an SVG no XML parser reads.
    @Test func svgWithNoncharactersAndControlsIsXML() throws {
        let graph = Self.graph(label: "Ann\u{FFFE} Lee\u{01}\u{202E}\u{200B}", evidence: "Ann\u{FFFF} Lee \u{1B}[2J met\u{FFFE} Bland.")
        let data = try GraphvizRenderer().render(graph, as: .svg).data
        let svg = try SVGDocument(data)
        #expect(svg.texts.contains("Ann\u{FFFD} Lee "), "\(svg.texts)")
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { [0xFFFE, 0xFFFF, 0x01, 0x1B, 0x202E, 0x200B].contains($0.value) })
    }

    /// Before: a 100 KB sentence was copied whole into every tooltip (node and edge).
    @Test func longEvidenceIsCutInTooltips() throws {
        let sentence = String(repeating: "France and Germany and ", count: 5_000)
        let data = try GraphvizRenderer().render(Self.graph(label: "Ann Lee", evidence: sentence), as: .svg).data
        #expect(data.count < 20_000, "SVG of \(data.count) bytes")
        let svg = try SVGDocument(data)
        let cut = DisplayText.truncated(sentence)
        #expect(svg.tooltips.contains { $0.contains(cut) }, "the first \(DisplayText.evidenceLimit) characters and …")
    }
}
