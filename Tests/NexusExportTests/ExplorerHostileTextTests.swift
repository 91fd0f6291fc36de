import Foundation
import NexusCore
import Testing
@testable import NexusExport

/// Issue 14: the explorer page's embedded data holds no XML/HTML noncharacter or C1 control
/// raw, and cuts long sentences.
@Suite struct ExplorerHostileTextTests {
    @Test func dataEscapesNoncharactersAndCutsLongSentences() {
        let long = "Ann met " + String(repeating: "France and ", count: 10_000) + "\u{FFFE}\u{85}."
        let evidence = Evidence(document: "doc", sentence: 0, range: TextRange(start: 0, end: 1), text: long)
        let graph = EntityGraph(nodes: [GraphNode(id: "person:a", label: "Ann\u{FFFF}", kind: .person, evidence: [evidence])])
        let json = ExplorerPage.dataJSON(drawn: graph, graph: graph, corpus: nil, title: "t", summary: "s", evidenceLimit: 3)
        #expect(!json.unicodeScalars.contains { [0xFFFE, 0xFFFF, 0x85].contains($0.value) })
        #expect(json.contains(#"Ann\uffff"#), "escaped, not lost")
        #expect(json.utf8.count < 2_000, "\(json.utf8.count) bytes")
        #expect(json.contains("…"))
    }
}
