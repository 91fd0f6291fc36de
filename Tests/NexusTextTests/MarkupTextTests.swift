import Testing
@testable import NexusText

@Suite("MarkdownText")
struct MarkdownTextTests {
    @Test func inlineMarkup() {
        #expect(MarkdownText.plainText("**Bold** and *it*alic, __under__ _score_ ~~gone~~") == "Bold and italic, under score gone")
        #expect(MarkdownText.plainText("snake_case and 5 * 3 stay; \\*escaped\\*") == "snake_case and 5 * 3 stay; *escaped*")
        #expect(MarkdownText.plainText("See [the page](https://en.wikipedia.org/wiki/Rome_(city)) now") == "See the page now")
        #expect(MarkdownText.plainText("A [reference][r1] and [empty][] link, ![alt text](x.png)") == "A reference and empty link, alt text")
        #expect(MarkdownText.plainText("Mail <press@example.org> or <https://example.org>") == "Mail press@example.org or https://example.org")
        #expect(MarkdownText.plainText("Use `let x = 1` or ``a ` b``") == "Use let x = 1 or a ` b")
        #expect(MarkdownText.plainText("[1] a footnote mark") == "[1] a footnote mark")
    }

    @Test func blocks() {
        let markdown = "Title\n=====\nText one\ncontinues.\n\n## Sub ##\n1. First\n2) Second\n\n***\n\n> > Nested quote\n~~~swift\ncode()\n~~~\n"
        #expect(MarkdownText.plainText(markdown) == "Title\n\nText one\ncontinues.\n\nSub\n\nFirst\n\nSecond\n\nNested quote\n\ncode()")
    }

    @Test func frontMatterAndTables() {
        let markdown = "---\ntitle: Meeting\n---\nIntro.\n\n| Country | Pledge |\n|:--|--:|\n| **US** | $436 million |\n"
        #expect(MarkdownText.plainText(markdown) == "Intro.\n\nCountry Pledge\n\nUS $436 million")
    }

    @Test func hashWithoutSpaceIsNotAHeading() {
        #expect(MarkdownText.plainText("#DefeatISIS trends") == "#DefeatISIS trends")
    }
}

@Suite("HTMLText")
struct HTMLTextTests {
    @Test func entities() {
        #expect(HTMLText.plainText("&amp;&lt;&gt;&quot;&apos;&#39;&#x27;&#8217;&#150;&eacute;&hellip;&bogus;&amp") == "&<>\"'''\u{2019}\u{2013}é\u{2026}&bogus;&amp")
    }

    /// A reference to a carriage return is a line break: no carriage return reaches the text
    /// (found by the documents fuzz target: `<td>&#xD;800</td>`).
    @Test func aCarriageReturnReferenceIsALineBreak() {
        #expect(!HTMLText.plainText("<pre>a&#xD;b&#13;c</pre>").unicodeScalars.contains("\r"))
        #expect(HTMLText.plainText("<pre>a&#xD;b&#13;c</pre>") == "a\nb\nc")
        #expect(!HTMLText.plainText("<table><tr><td>&#xD;800</td></tr></table>").unicodeScalars.contains("\r"))
    }

    @Test func tagsAndWhitespace() {
        let html = "<DIV class=\"a>b\">One\n   two</DIV><SCRIPT type='x'>if (a < b) {}</SCRIPT><p>Three<br/>four <b>bold</b>, a < b</p><table><tr><td>x</td><td>y</td></tr></table>"
        #expect(HTMLText.plainText(html) == "One two\n\nThree\nfour bold, a < b\n\nx y")
    }

    @Test func preformattedKeepsLines() {
        #expect(HTMLText.plainText("<pre>a  b\nc</pre>") == "a  b\nc")
    }

    @Test func commentsAndUnclosedDroppedElements() {
        #expect(HTMLText.plainText("Keep<!-- <p>gone</p> -->this<style>p{}") == "Keepthis")
    }
}
