import Foundation
import NexusCore
import Testing
@testable import NexusGraphviz

@Suite struct RenderErrorTests {
    @Test func unknownEngineListsInstalledEngines() {
        #expect {
            try GraphvizRenderer().render(Fixtures.graph(), as: .svg, engine: "no-such-engine")
        } throws: { error in
            guard case GraphvizError.unknownEngine(let name, let available) = error else { return false }
            return name == "no-such-engine" && available.contains("neato") && available.contains("sfdp")
                && !available.contains("nop")
        }
    }

    @Test func unknownFormatListsAvailableFormats() {
        #expect {
            try Graphviz.format(named: "bmpx")
        } throws: { error in
            guard case GraphvizError.unknownFormat("bmpx", let available) = error else { return false }
            return available == ["svg", "png", "pdf", "dot", "dot-positions"]
        }
        #expect(throws: Never.self) { try Graphviz.format(named: "SVG") }
    }

    @Test func emptyGraphIsATypedError() {
        for format in OutputFormat.allCases {
            #expect(throws: GraphvizError.emptyGraph) { try GraphvizRenderer().render(EntityGraph(), as: format) }
        }
    }

    @Test func inconsistentGraphIsATypedError() {
        let graph = EntityGraph(
            nodes: [GraphNode(id: "a", label: "A", kind: .person)],
            edges: [GraphEdge(source: "a", target: "b", kind: .comention)]
        )
        #expect(throws: GraphvizError.invalidGraph(problems: ["edge a -> b names unknown node 'b'"])) {
            try GraphvizRenderer().render(graph, as: .svg)
        }
    }

    @Test func missingSizeScoreListsTheScoresPresent() {
        let renderer = GraphvizRenderer(style: StyleOptions(sizeBy: "betweenness"))
        #expect(throws: GraphvizError.unknownScore("betweenness", available: ["pagerank"])) {
            try renderer.render(Fixtures.graph(), as: .svg)
        }
    }

    @Test func messagesSayWhatToDo() {
        let error = GraphvizError.unknownEngine("x", available: ["dot", "neato"])
        #expect(error.description == "unknown layout engine 'x'; use one of: dot, neato")
    }

    @Test func unwritableOutputLeavesNoFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent-folder-\(UUID().uuidString)/graph.svg")
        #expect(throws: GraphvizError.self) { try GraphvizRenderer().render(Fixtures.graph(), as: .svg, to: url) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
