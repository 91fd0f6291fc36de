import Testing
import NexusCore
@testable import NexusText
import NexusTestSupport

/// Checks that every token's text is the document text at its range, using Python-style
/// scalar indexing computed independently of the tokenizer.
func expectTokenOffsetsMatchText(_ text: String, _ tokens: [Token], sourceLocation: SourceLocation = #_sourceLocation) {
    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for token in tokens {
        #expect(token.range.start >= previousEnd, "tokens overlap at \(token.text)", sourceLocation: sourceLocation)
        var expected = ""
        expected.unicodeScalars.append(contentsOf: scalars[token.range.start..<token.range.end])
        #expect(expected == token.text, sourceLocation: sourceLocation)
        previousEnd = token.range.end
    }
}

func tokenizedTexts(_ text: String) -> [String] {
    Tokenizer().tokenize(text).map(\.text)
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test func splitsPunctuationAndKeepsAbbreviations() {
        #expect(tokenizedTexts("Mr. Smith met U.S. officials, e.g. in Rome.") ==
            ["Mr.", "Smith", "met", "U.S.", "officials", ",", "e.g.", "in", "Rome", "."])
        #expect(tokenizedTexts("the U.S.A. and the U.K.") == ["the", "U.S.A.", "and", "the", "U.K."])
    }

    @Test func keepsNumbersAndAmounts() {
        #expect(tokenizedTexts("$436 million, 1.5bn and 10,000 fighters (3.5%) on 2021-06-29 at 10:30")
            == ["$", "436", "million", ",", "1.5bn", "and", "10,000", "fighters", "(", "3.5", "%", ")",
                "on", "2021-06-29", "at", "10:30"])
        #expect(tokenizedTexts("In 2014.") == ["In", "2014", "."])
        #expect(tokenizedTexts("batting .500 now") == ["batting", ".500", "now"])
    }

    @Test func splitsPossessivesAndContractions() {
        #expect(tokenizedTexts("the group's IS’s don't hasn’t O'Brien Côte d'Ivoire we're")
            == ["the", "group", "'s", "IS", "’s", "do", "n't", "has", "n’t", "O'Brien", "Côte", "d'Ivoire", "we", "'re"])
        #expect(tokenizedTexts("the countries’ leaders") == ["the", "countries", "’", "leaders"])
        // Pre-tokenized input (CoNLL): a standalone clitic stays one token.
        #expect(tokenizedTexts("Clinton 's aide 'S") == ["Clinton", "'s", "aide", "'S"])
        #expect(tokenizedTexts("'sup 'stan") == ["'", "sup", "'", "stan"])
    }

    @Test func keepsHyphenatedWords() {
        #expect(tokenizedTexts("Kurdish-led forces of al-Qaeda on the Iraq-Syria border, face-to-face")
            == ["Kurdish-led", "forces", "of", "al-Qaeda", "on", "the", "Iraq-Syria", "border", ",", "face-to-face"])
        #expect(tokenizedTexts("pre- and post-war -- fine") == ["pre", "-", "and", "post-war", "--", "fine"])
    }

    @Test func keepsHandlesHashtagsURLsAndEmails() {
        #expect(tokenizedTexts("pic.twitter.com/KetBbGnhBG – Secretary (@SecBlinken) #DefeatISIS")
            == ["pic.twitter.com/KetBbGnhBG", "–", "Secretary", "(", "@SecBlinken", ")", "#DefeatISIS"])
        #expect(tokenizedTexts("See https://example.org/a?b=1. Write to press@state.gov, or www.reuters.com.")
            == ["See", "https://example.org/a?b=1", ".", "Write", "to", "press@state.gov", ",", "or", "www.reuters.com", "."])
        #expect(tokenizedTexts("Visit reuters.com today") == ["Visit", "reuters.com", "today"])
    }

    @Test func doesNotMistakeSentenceEndsForURLs() {
        #expect(tokenizedTexts("crisis.The end") == ["crisis", ".", "The", "end"])
        #expect(tokenizedTexts("years….reports") == ["years", "…", ".", "reports"])
    }

    @Test func initialsAndEllipses() {
        #expect(tokenizedTexts("J. R. R. Tolkien wrote...") == ["J.", "R.", "R.", "Tolkien", "wrote", "..."])
        #expect(tokenizedTexts("No. 10 said no. Really?!") == ["No.", "10", "said", "no", ".", "Really", "?!"])
    }

    @Test func offsetsCountUnicodeScalarsThroughEmojiAndAccents() {
        let text = "👍🏽 Zürich’s café 🇮🇹 said “yes” — 👨‍👩‍👧 Łódź."
        let tokens = Tokenizer().tokenize(text)
        expectTokenOffsetsMatchText(text, tokens)
        #expect(tokens.map(\.text) == ["👍🏽", "Zürich", "’s", "café", "🇮🇹", "said", "“", "yes", "”", "—", "👨‍👩‍👧", "Łódź", "."])
        // "👍🏽" is two scalars, the space one more: "Zürich" starts at scalar 3.
        #expect(tokens[1].range == TextRange(start: 3, end: 9))
        // Python: len("👍🏽 Zürich’s café 🇮🇹 said “yes” — 👨‍👩‍👧 ") == 39
        #expect(tokens[11].range == TextRange(start: 39, end: 43))
    }

    @Test func combiningMarksStayInTheirWord() {
        let text = "Cafe\u{301} au lait"
        #expect(tokenizedTexts(text) == ["Cafe\u{301}", "au", "lait"])
        expectTokenOffsetsMatchText(text, Tokenizer().tokenize(text))
    }

    @Test func emptyAndWhitespaceOnlyTextHaveNoTokens() {
        #expect(Tokenizer().tokenize("").isEmpty)
        #expect(Tokenizer().tokenize(" \n\t\u{A0}").isEmpty)
    }
}


@Suite("Tokenizer on generated text")
struct TokenizerGeneratedTextTests {
    /// Pieces that exercise every rule, glued together at random, with and without spaces.
    static let pieces = [
        "U.S.", "Mr.", "e.g.", "J.", "No.", "10,000", "1.5bn", "$", "’s", "'s", "n't", "Kurdish-led", "@SecBlinken",
        "#tag", "pic.twitter.com/Ab1", "a@b.org", "https://x.org/a?b=1", "...", "…", "—", "-", "“", "”", "\"", "(",
        ")", ".", ",", "?!", "👍🏽", "🇮🇹", "👨‍👩‍👧", "Zürich", "Cafe\u{301}", "Łódź", "日本", "مرحبا", "\u{A0}", "\n", "\n\n",
        "\r\n", "\t", " ", "  ", "word", "Word", "2021-06-29", ".500", "O'Brien", "\u{200B}", "x",
    ]

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func offsetsAndCoverage(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        var text = ""
        for _ in 0..<400 {
            text += Self.pieces.randomElement(using: &generator)!
            if Bool.random(using: &generator) { text += " " }
        }
        let tokens = Tokenizer().tokenize(text)
        expectTokenOffsetsMatchText(text, tokens)
        let scalars = Array(text.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        for token in tokens {
            #expect(!token.text.isEmpty)
            for k in token.range.start..<token.range.end { covered[k] = true }
        }
        for (k, scalar) in scalars.enumerated() where !covered[k] {
            #expect(ScalarClass.isSpace(scalar.value), "scalar \(k) (U+\(String(scalar.value, radix: 16))) is in no token")
        }
        let sentences = SentenceSplitter().sentences(in: text)
        #expect(sentences.flatMap(\.tokens) == tokens)
        for sentence in sentences {
            var expected = ""
            expected.unicodeScalars.append(contentsOf: scalars[sentence.range.start..<sentence.range.end])
            #expect(sentence.text == expected)
        }
    }
}
