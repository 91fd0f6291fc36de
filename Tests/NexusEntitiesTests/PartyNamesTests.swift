import NexusCore
import Testing
@testable import NexusText
@testable import NexusEntities

/// A party named by its name and the noun "party" (``EntityRecognizer/withPartyNames(_:tokens:)``);
/// hand-written sentences, not from the Samples.
@Suite struct PartyNamesTests {
    func names(_ text: String) throws -> [String] {
        let recognizer = try EntityRecognizer.bundled(aliases: try AliasTable.shipped())
        return recognizer.recognize(Document(id: "a", path: "a", text: text)).mentions.map { "\($0.text):\($0.type.rawValue)" }
    }

    @Test func aNameBeforePartyIsAParty() throws {
        let found = try names("He relies on the sole Alba party MSP. Alba said it would decide. The ruling Zanu-PF party said it won.")
        #expect(found.contains("Alba party:organization") && found.contains("Alba:organization"), "\(found)")
        #expect(found.contains("Zanu-PF party:organization"), "\(found)")
    }

    @Test func aDoctrineAPeopleOrACountryBeforePartyNamesNoParty() throws {
        let found = try names("The Iraqi party, the Kurdish party and the Communist party met in Baghdad.")
        #expect(!found.contains { $0.hasSuffix("party:organization") }, "\(found)")
    }
}
