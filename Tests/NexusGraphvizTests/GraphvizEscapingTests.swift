import Testing
@testable import NexusGraphviz

/// Expected strings are written by hand from Graphviz 2.43's escape rules (checked with
/// `dot -Tsvg` on hand-written DOT).
@Suite struct GraphvizEscapingTests {
    @Test func labelDoublesBackslashesAndEscapesAmpersands() {
        #expect(GraphvizEscaping.label(#"a\b"#) == #"a\\b"#)
        #expect(GraphvizEscaping.label(#"ends\"#) == #"ends\\"#)
        #expect(GraphvizEscaping.label("AT&T") == "AT&amp;T")
        #expect(GraphvizEscaping.label("&lt;") == "&amp;lt;")
        #expect(GraphvizEscaping.label(#"\N"#) == #"\\N"#)
    }

    @Test func tooltipQuadruplesBackslashes() {
        #expect(GraphvizEscaping.tooltip(#"a\b"#) == #"a\\\\b"#)
        #expect(GraphvizEscaping.tooltip("x & y") == "x &amp; y")
    }

    @Test func lineBreaksAndControlCharactersAreNormalised() {
        #expect(GraphvizEscaping.label("a\r\nb\rc\nd") == "a\nb\nc\nd")
        #expect(GraphvizEscaping.label("bell\u{07}tab\t") == "bell tab ")
    }

    /// Issue 14: U+FFFE and U+FFFF passed through into the SVG, which no XML parser accepts;
    /// bidirectional controls and zero-width characters reached the drawn labels.
    @Test func nonCharactersAndInvisibleFormattingAreCleaned() {
        for escape in [GraphvizEscaping.label, GraphvizEscaping.tooltip, GraphvizEscaping.html] {
            #expect(escape("a\u{FFFE}b\u{FFFF}c\u{01}d") == "a\u{FFFD}b\u{FFFD}c d")
            #expect(escape("Ro\u{202E}me\u{200B}\u{2066}\u{FEFF}") == "Rome")
        }
    }

    @Test func htmlEscapesMarkup() {
        #expect(GraphvizEscaping.html(#"<b> & "q""#) == "&lt;b&gt; &amp; &quot;q&quot;")
        #expect(GraphvizEscaping.html("a\nb") == "a<BR/>b")
    }

    @Test func nonASCIITextIsKept() {
        #expect(GraphvizEscaping.label("Türkiye 🇪🇺") == "Türkiye 🇪🇺")
    }
}
