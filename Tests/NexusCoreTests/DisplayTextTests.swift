import Testing
import NexusCore

/// Issue 14: what the drawings and the terminal show of an input's text.
@Suite struct DisplayTextTests {
    @Test func longTextIsCutAtTheLimitWithAnEllipsis() {
        let long = String(repeating: "ab", count: 50_000)
        let cut = DisplayText.truncated(long)
        #expect(cut.count == DisplayText.evidenceLimit + 1)
        #expect(cut.hasSuffix("…") && long.hasPrefix(String(cut.dropLast())))
        let exact = String(repeating: "x", count: DisplayText.evidenceLimit)
        #expect(DisplayText.truncated(exact) == exact)
        #expect(DisplayText.truncated("🇪🇺🇹🇷é", limit: 2) == "🇪🇺🇹🇷…", "cuts between characters, never inside one")
    }

    @Test func bidirectionalControlsAndZeroWidthCharactersAreRemoved() {
        let hidden: [Unicode.Scalar] = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}",
                                        "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{200B}", "\u{200C}",
                                        "\u{200D}", "\u{2060}", "\u{FEFF}"]
        for scalar in hidden {
            #expect(DisplayText.visible("Ro\(Character(scalar))me") == "Rome", "U+\(String(scalar.value, radix: 16))")
        }
        #expect(DisplayText.visible("Türkiye 🇹🇷 مصر") == "Türkiye 🇹🇷 مصر")
    }
}
