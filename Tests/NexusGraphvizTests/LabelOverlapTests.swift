import Foundation
import NexusCore
import Testing
@testable import NexusGraphviz

/// A drawing of the size `nexus build` draws (150 nodes, about 3.5 edges per node after the
/// backbone) has no overlapping node labels: the layout's overlap removal (`overlap=false`,
/// `sep=+6`) keeps every label inside its own node. Label boxes are estimated from the SVG text
/// elements: width 0.6 × font size per character (DejaVu Sans averages about 0.55), height one
/// font size, from 0.8 of it above the baseline to 0.2 below.
@Suite struct LabelOverlapTests {
    struct Box { let x0, x1, y0, y1: Double; let node: String }

    static func graph(nodes count: Int, edges: Int, seed: UInt64) -> EntityGraph {
        var state = seed
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let words = ["United", "Nations", "Security", "Council", "Ministry", "Foreign", "Affairs", "Kazakhstan", "Syrian",
                     "Democratic", "Forces", "Coalition", "Antony", "Blinken", "Luigi", "Di", "Maio", "Rome", "Iraq", "Sahel"]
        let kinds: [NodeKind] = [.person, .country, .organization, .location]
        let nodes = (0..<count).map { k -> GraphNode in
            let label = (0..<(1 + Int(next() % 3))).map { _ in words[Int(next() % UInt64(words.count))] }.joined(separator: " ")
            return GraphNode(id: "n:\(k)", label: label, kind: kinds[k % kinds.count],
                             scores: ["pagerank": Double(next() % 1000) / 1000 + 0.001])
        }
        var seen = Set<String>()
        var out: [GraphEdge] = []
        while out.count < edges {
            let a = Int(next() % UInt64(count)), b = Int(next() % UInt64(count))
            guard a != b, seen.insert("\(min(a, b))-\(max(a, b))").inserted else { continue }
            out.append(GraphEdge(source: "n:\(a)", target: "n:\(b)", kind: .comention, weight: Double(1 + next() % 5)))
        }
        return EntityGraph(nodes: nodes, edges: out)
    }

    /// The text boxes of the node labels in an SVG.
    static func labelBoxes(_ svg: String) -> [Box] {
        var boxes: [Box] = []
        let blocks = svg.components(separatedBy: "<g id=\"node").dropFirst()
        let pattern = try! NSRegularExpression(pattern: #"<text text-anchor="middle" x="([-0-9.]+)" y="([-0-9.]+)"[^>]*font-size="([0-9.]+)">([^<]*)</text>"#)
        for (k, block) in blocks.enumerated() {
            let body = block.components(separatedBy: "</g>\n</g>").first ?? block
            for match in pattern.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                func group(_ i: Int) -> String { String(body[Range(match.range(at: i), in: body)!]) }
                let x = Double(group(1))!, y = Double(group(2))!, size = Double(group(3))!
                let width = 0.6 * size * Double(group(4).count)
                boxes.append(Box(x0: x - width / 2, x1: x + width / 2, y0: y - 0.8 * size, y1: y + 0.2 * size, node: "\(k)"))
            }
        }
        return boxes
    }

    @Test func aBuildSizedDrawingHasNoOverlappingNodeLabels() throws {
        let graph = Self.graph(nodes: 150, edges: 525, seed: 7)
        let svg = String(decoding: try GraphvizRenderer().render(graph, as: .svg).data, as: UTF8.self)
        let boxes = Self.labelBoxes(svg)
        #expect(boxes.count >= 150)
        var overlaps: [String] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i && boxes[i].node != boxes[j].node {
                let a = boxes[i], b = boxes[j]
                if a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1 { overlaps.append("\(a.node)/\(b.node)") }
            }
        }
        #expect(overlaps.isEmpty, "overlapping labels: \(overlaps.prefix(10))")
    }

    @Test func theBoxEstimateSeesAnOverlapWhenThereIsOne() {
        let svg = """
        <g id="node1" class="node person">
        <text text-anchor="middle" x="100" y="100" font-family="DejaVu Sans" font-size="10">Antony Blinken</text>
        </g>
        </g>
        <g id="node2" class="node person">
        <text text-anchor="middle" x="120" y="104" font-family="DejaVu Sans" font-size="10">Luigi Di Maio</text>
        </g>
        </g>
        """
        let boxes = Self.labelBoxes(svg)
        #expect(boxes.count == 2)
        #expect(boxes[0].x1 > boxes[1].x0 && boxes[0].y1 > boxes[1].y0)
    }
}
