import Foundation
import NexusCore
import Testing
@testable import NexusGraphviz
import NexusTestSupport

@Suite struct DeterminismTests {
    @Test func plainDOTIsByteIdenticalAcrossBuildsAndInputOrder() throws {
        let renderer = GraphvizRenderer(style: StyleOptions(sizeBy: "pagerank"))
        let first = try renderer.plainDOT(of: Fixtures.graph())
        let second = try renderer.plainDOT(of: Fixtures.graph())
        var shuffled = Fixtures.graph()
        var generator = SplitMix64(seed: 7)
        shuffled.nodes.shuffle(using: &generator)
        shuffled.edges.shuffle(using: &generator)
        shuffled.nodes[0].evidence.reverse()
        #expect(shuffled.nodes.map(\.id) != Fixtures.graph().nodes.map(\.id))
        let third = try renderer.plainDOT(of: shuffled)
        #expect(first == second)
        #expect(first == third)
    }

    @Test func svgIsIdenticalAcrossRuns() throws {
        let a = try GraphvizRenderer().render(Fixtures.graph(), as: .svg, engine: "neato").data
        let b = try GraphvizRenderer().render(Fixtures.graph(), as: .svg, engine: "neato").data
        #expect(a == b)
    }

    @Test func concurrentRendersAreSerialised() async throws {
        // Graphviz crashes when two threads use it at once; the serial owner must prevent it.
        let graph = Fixtures.hostileGraph()
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let format: OutputFormat = [.svg, .png, .pdf, .dot][index % 4]
                    return try GraphvizRenderer().render(graph, as: format).data.count
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 8)
        #expect(sizes.allSatisfy { $0 > 0 })
    }
}

