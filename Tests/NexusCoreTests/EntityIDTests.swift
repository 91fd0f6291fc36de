import Testing
@testable import NexusCore

@Suite struct EntityIDTests {
    @Test func slugFoldsCaseDiacriticsAndPunctuation() {
        #expect(EntityID.make(type: .person, name: "Antony Blinken") == "person:antony-blinken")
        #expect(EntityID.make(type: .country, name: "Türkiye") == "country:turkiye")
        #expect(EntityID.make(type: .organization, name: "Syrian Democratic Forces (SDF)") == "organization:syrian-democratic-forces-sdf")
        #expect(EntityID.make(type: .organization, name: "al-Qaeda") == "organization:al-qaeda")
        #expect(EntityID.make(type: .country, name: "U.S.") == "country:us")
        #expect(EntityID.slug("Côte d’Ivoire") == "cote-divoire")
        #expect(EntityID.slug("!!!") == "unnamed")
    }

    @Test func graphValidationFindsDanglingEdgesAndDuplicateIds() {
        let graph = EntityGraph(
            nodes: [GraphNode(id: "a", label: "A", kind: .person), GraphNode(id: "a", label: "A2", kind: .person)],
            edges: [GraphEdge(source: "a", target: "b", kind: .comention)]
        )
        let problems = graph.validationProblems()
        #expect(problems.count == 2)
        #expect(problems.contains { $0.contains("'b'") })
    }

    @Test func documentSubstringUsesUnicodeScalarOffsets() {
        let doc = Document(id: "d", path: "d.txt", text: "Türkiye 🇹🇷 and Italy")
        // "Türkiye" = 7 scalars, space, flag = 2 scalars, space, "and", space → Italy at 15.
        #expect(doc.substring(TextRange(start: 15, end: 20)) == "Italy")
        #expect(doc.substring(TextRange(start: 0, end: 7)) == "Türkiye")
    }
}
