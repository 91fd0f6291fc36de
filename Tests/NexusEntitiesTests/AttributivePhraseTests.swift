import Testing
@testable import NexusEntities

/// `EntityRecognizer.isAttributivePhrase`: capitalised words ending in an adjective of origin
/// before a common noun modify it; they name no organization.
@Suite struct AttributivePhraseTests {
    func attributive(_ sentence: String, _ range: Range<Int>) -> Bool {
        EntityRecognizer.isAttributivePhrase(range, tokens: sentence.split(separator: " ").map(String.init))
    }

    @Test func anAdjectiveOfOriginBeforeACommonNounIsAModifier() {
        #expect(attributive("one of the few Western European countries to act", 4..<6))
        #expect(attributive("welcomed Central Asian states", 1..<3))
    }

    @Test func namesEndingOtherwiseOrStandingAloneAreNot() {
        #expect(!attributive("the European Union said", 1..<3))
        #expect(!attributive("the Islamic Jihad said", 1..<3))
        #expect(!attributive("a Western European , he said", 1..<3))
        #expect(!attributive("joined the Western European Union", 2..<5))
    }
}
