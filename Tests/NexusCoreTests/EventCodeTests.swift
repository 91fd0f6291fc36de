import Foundation
import NexusCore
import Testing

/// CAMEO root codes and their quad classes, checked against the codebook's list (Schrodt 2012)
/// and the quad ranges of the specification (01–04, 05–08, 09–13, 14–20).
@Suite struct EventCodeTests {
    @Test func readsRootsAndFinerCodes() {
        #expect(EventCode("07")?.root == 7)
        #expect(EventCode("7")?.root == 7)
        #expect(EventCode("073")?.root == 7)
        #expect(EventCode("1831")?.root == 18)
        #expect(EventCode("20")?.description == "20")
        #expect(EventCode("00") == nil)
        #expect(EventCode("21") == nil)
        #expect(EventCode("7a") == nil)
        #expect(EventCode("") == nil)
        #expect(EventCode("٠٧") == nil)
    }

    @Test func labelsFollowTheCodebook() {
        #expect(EventCode.all.count == 20)
        #expect(EventCode(root: 1)?.label == "make public statement")
        #expect(EventCode(root: 7)?.label == "provide aid")
        #expect(EventCode(root: 14)?.label == "protest")
        #expect(EventCode(root: 20)?.label == "use unconventional mass violence")
    }

    @Test func quadClassesCoverTheRootsInFourRanges() {
        let quads = EventCode.all.map(\.quad)
        #expect(quads[0..<4].allSatisfy { $0 == .verbalCooperation })
        #expect(quads[4..<8].allSatisfy { $0 == .materialCooperation })
        #expect(quads[8..<13].allSatisfy { $0 == .verbalConflict })
        #expect(quads[13..<20].allSatisfy { $0 == .materialConflict })
        #expect(QuadClass(root: 0) == nil && QuadClass(root: 21) == nil)
        #expect(QuadClass.verbalCooperation.isCooperation && !QuadClass.materialConflict.isCooperation)
    }

    @Test func codesRoundTripAsTwoDigitStrings() throws {
        let data = try JSONEncoder().encode([EventCode(root: 4)!])
        #expect(String(decoding: data, as: UTF8.self) == "[\"04\"]")
        #expect(try JSONDecoder().decode([EventCode].self, from: data) == [EventCode(root: 4)!])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([EventCode].self, from: Data("[\"42\"]".utf8)) }
    }
}
