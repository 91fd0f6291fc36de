import Foundation
import NexusCore
import Testing
@testable import NexusGraphviz

/// DOT written by cgraph goes back through Graphviz's own parser (`agmemread`).
@Suite struct DOTRoundTripTests {
    /// Node and edge attributes with the declared defaults filled in; edges in a canonical
    /// order (agwrite declares a head node before its first edge, so parse order may differ
    /// from creation order).
    static func effective(_ graph: StyledGraph) -> (nodes: [String: [String: StyledGraph.AttributeValue]], edges: [[String: StyledGraph.AttributeValue]]) {
        var nodes: [String: [String: StyledGraph.AttributeValue]] = [:]
        for node in graph.nodes { nodes[node.name] = graph.nodeDefaults.merging(node.attributes) { _, own in own } }
        let edges = graph.edges.map { edge in
            var attributes = graph.edgeDefaults.merging(edge.attributes) { _, own in own }
            attributes["_ends"] = .text("\(edge.tail)->\(edge.head)")
            return attributes
        }
        func key(_ attributes: [String: StyledGraph.AttributeValue]) -> String {
            attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "|")
        }
        return (nodes, edges.sorted { key($0) < key($1) })
    }

    func expectRoundTrip(_ graph: EntityGraph, style: StyleOptions = StyleOptions()) throws {
        let styled = try GraphStyler(options: style).style(graph)
        let dot = try GraphvizRenderer(style: style).plainDOT(of: graph)
        let parsed = try Graphviz.parseDOT(dot)
        #expect(parsed.name == styled.name)
        #expect(parsed.isDirected)
        #expect(parsed.nodes.map(\.name).sorted() == styled.nodes.map(\.name).sorted())
        #expect(parsed.attributes == styled.attributes)
        let (expected, actual) = (Self.effective(styled), Self.effective(parsed))
        #expect(actual.nodes == expected.nodes)
        #expect(actual.edges == expected.edges)
    }

    @Test func fixtureRoundTrips() throws {
        try expectRoundTrip(Fixtures.graph(), style: StyleOptions(sizeBy: "pagerank"))
    }

    @Test func hostileNamesRoundTrip() throws {
        try expectRoundTrip(Fixtures.hostileGraph())
    }

    @Test func plainDOTHasNoPositions() throws {
        let dot = try GraphvizRenderer().plainDOT(of: Fixtures.graph())
        #expect(dot.hasPrefix("digraph nexus {"))
        #expect(!dot.contains("pos="))
        #expect(!dot.contains("bb="))
    }

    @Test func positionedDOTHasPositionsForEveryNodeAndEdge() throws {
        let rendering = try GraphvizRenderer().render(Fixtures.graph(), as: .positionedDot, engine: "neato")
        let parsed = try Graphviz.parseDOT(try #require(rendering.text))
        #expect(parsed.nodes.count == 5)
        #expect(parsed.edges.count == 5)
        #expect(parsed.attributes["bb"] != nil)
        for node in parsed.nodes { #expect(node.attributes["pos"] != nil) }
        for edge in parsed.edges { #expect(edge.attributes["pos"] != nil) }
        let styled = try GraphStyler().style(Fixtures.graph())
        let expected = Self.effective(styled).nodes
        for (name, attributes) in Self.effective(parsed).nodes {
            #expect(attributes["label"] == expected[name]?["label"])
            #expect(attributes["tooltip"] == expected[name]?["tooltip"])
        }
    }

    @Test func malformedDOTIsATypedError() {
        #expect(throws: GraphvizError.self) { try Graphviz.parseDOT("digraph { a -> ") }
        do {
            _ = try Graphviz.parseDOT("digraph { a -> ")
        } catch {
            guard case .dotSyntax(let message) = error else { Issue.record("wrong error \(error)"); return }
            #expect(message.contains("syntax error"))
        }
    }
}
