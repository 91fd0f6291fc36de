import NexusCore

/// A small graph whose names try to break every format: commas, quotes, apostrophes,
/// `<&>`, a line break, a control character, non-ASCII letters and a flag emoji; parallel
/// edges (two affiliations with different roles) between the same pair; a score whose name is a reserved attribute.
enum GraphFixture {
    static let hostileID = "organization:\"quoted\", co & <sons>"
    static let hostileLabel = "Jane \"JJ\" O'Brien,\nJr. <&> Ltd; x"
    static let unicodeLabel = "Mevlüt Çavuşoğlu 🇹🇷"

    static func evidence(_ sentence: Int, _ text: String) -> Evidence {
        Evidence(document: "doc-1", sentence: sentence, range: TextRange(start: 0, end: text.unicodeScalars.count), text: text)
    }

    static func graph() -> EntityGraph {
        let nodes = [
            GraphNode(id: "person:jane-o-brien", label: hostileLabel, kind: .person, scores: ["pagerank": 0.25, "mentions": 3],
                      evidence: [evidence(0, "Jane said, \"we\nwill\" <help>."), evidence(4, "Jane left.")]),
            GraphNode(id: "person:mevlut-cavusoglu", label: unicodeLabel, kind: .person, scores: ["pagerank": 0.5, "label": 7]),
            GraphNode(id: "country:turkiye", label: "Türkiye", kind: .country),
            GraphNode(id: hostileID, label: "Bell\u{07}char\ttab", kind: .organization, scores: ["mentions": 1]),
            GraphNode(id: "doc-1:c1", label: "aid: 436,000,000 USD, by June 2022", kind: .commitment),
        ]
        let edges = [
            GraphEdge(source: "person:jane-o-brien", target: "person:mevlut-cavusoglu", kind: .comention, weight: 2,
                      evidence: [evidence(0, "Jane met Mevlüt."), evidence(3, "Again, \"Jane\" & Mevlüt.")]),
            GraphEdge(source: "person:mevlut-cavusoglu", target: "country:turkiye", kind: .affiliation, weight: 1,
                      label: "Foreign Minister", evidence: [evidence(1, "Türkiye's Foreign Minister Mevlüt.")]),
            GraphEdge(source: "country:turkiye", target: "person:mevlut-cavusoglu", kind: .comention, weight: 3),
            GraphEdge(source: "person:mevlut-cavusoglu", target: "country:turkiye", kind: .affiliation, weight: 1,
                      label: "Deputy Prime Minister"),
            GraphEdge(source: "country:turkiye", target: "doc-1:c1", kind: .commits, weight: 1),
            GraphEdge(source: "doc-1:c1", target: hostileID, kind: .benefits, weight: 1.5, label: "to \"them\", now"),
        ]
        return EntityGraph(nodes: nodes, edges: edges)
    }

    /// The same graph with nodes and edges in another order.
    static func shuffled() -> EntityGraph {
        let g = graph()
        return EntityGraph(nodes: g.nodes.reversed(), edges: [g.edges[3], g.edges[0], g.edges[5], g.edges[4], g.edges[2], g.edges[1]])
    }
}
