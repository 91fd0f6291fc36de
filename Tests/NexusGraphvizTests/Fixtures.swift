import NexusCore

/// Hand-built graphs for the Graphviz tests.
enum Fixtures {
    static func evidence(_ document: String, _ sentence: Int, _ text: String) -> Evidence {
        Evidence(document: document, sentence: sentence, range: TextRange(start: 0, end: text.unicodeScalars.count), text: text)
    }

    static let meetingSentence = "Josep Borrell met Türkiye's foreign minister in Rome."
    static let pledgeSentence = "The EU pledged 10 million euros to the coalition."

    /// Five kinds, four relation kinds, scores, evidence with quotes and non-ASCII text.
    static func graph() -> EntityGraph {
        let meeting = evidence("rome-meeting", 0, meetingSentence)
        let pledge = evidence("rome-meeting", 2, pledgeSentence)
        let caption = evidence("caption", 1, #"He said: "we stand together" 🤝"#)
        return EntityGraph(
            nodes: [
                GraphNode(id: "person:josep-borrell", label: "Josep Borrell", kind: .person,
                          scores: ["pagerank": 0.4], evidence: [meeting, caption]),
                GraphNode(id: "country:turkiye", label: "Türkiye", kind: .country, scores: ["pagerank": 0.2], evidence: [meeting]),
                GraphNode(id: "organization:eu", label: "European Union", kind: .organization,
                          scores: ["pagerank": 0.3], evidence: [pledge]),
                GraphNode(id: "location:rome", label: "Rome", kind: .location, scores: ["pagerank": 0.05], evidence: [meeting]),
                GraphNode(id: "commitment:eu-1", label: "pledge: 10 million euros", kind: .commitment,
                          scores: ["pagerank": 0.05], evidence: [pledge]),
            ],
            edges: [
                GraphEdge(source: "country:turkiye", target: "person:josep-borrell", kind: .comention, weight: 1, evidence: [meeting]),
                GraphEdge(source: "person:josep-borrell", target: "organization:eu", kind: .affiliation, weight: 2,
                          label: "High Representative", evidence: [caption]),
                GraphEdge(source: "location:rome", target: "person:josep-borrell", kind: .comention, weight: 3, evidence: [meeting]),
                GraphEdge(source: "organization:eu", target: "commitment:eu-1", kind: .commits, weight: 1, evidence: [pledge]),
                GraphEdge(source: "commitment:eu-1", target: "organization:eu", kind: .benefits, weight: 1, evidence: [pledge]),
            ]
        )
    }

    /// Display texts that break naive DOT or SVG writers.
    static let hostileLabels: [String] = [
        #"say "hi""#, #"back\slash"#, #"ends with backslash\"#, #"two\\"#, "a < b & c > d", "&lt;not an entity&gt;",
        "line one\nline two", "Josep Borrell", "Türkiye", "emoji 🇪🇺🤝", "%percent start", #"\N \G \E \L"#,
        "tab\there", "carriage\r\nreturn", "]]> <!-- -->", "'single' \"double\"",
    ]

    /// One node per hostile label, chained by edges whose labels and evidence are hostile too.
    static func hostileGraph() -> EntityGraph {
        let kinds = NodeKind.allCases
        let nodes = hostileLabels.enumerated().map { index, label in
            GraphNode(
                id: "id:\(index):\(label)", label: label, kind: kinds[index % kinds.count], scores: ["score": Double(index)],
                evidence: [evidence("doc \"\(index)\" <&>", index, "Evidence about \(label) \\ end")]
            )
        }
        let edges = (1..<nodes.count).map { index in
            GraphEdge(
                source: nodes[index - 1].id, target: nodes[index].id, kind: RelationKind.allCases[index % 4],
                weight: Double(index), label: hostileLabels[index], evidence: [evidence("d", index, hostileLabels[index - 1])]
            )
        }
        return EntityGraph(nodes: nodes, edges: edges)
    }
}
