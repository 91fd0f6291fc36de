import Foundation
import NexusCore
import NexusText
import Testing
@testable import NexusSyntax

/// Nexus's tokens as the treebank's words (``ParserWords``).
@Suite struct ParserWordsTests {
    /// Tokens of whitespace-separated `text`, with Unicode-scalar offsets starting at `base`.
    static func tokens(_ text: String, base: Int = 0) -> [Token] {
        var tokens: [Token] = []
        var offset = base
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            let length = piece.unicodeScalars.count
            if length > 0 { tokens.append(Token(text: String(piece), range: TextRange(start: offset, end: offset + length))) }
            offset += length + 1
        }
        return tokens
    }

    static func texts(_ text: String) -> [String] {
        ParserWords.words(tokens(text)).map(\.text)
    }

    @Test func hyphenatedWordsAreSplitWithTheHyphenAWordOfItsOwn() {
        // "the " is 4 scalars and "🇸🇾 " 3 (a flag is two scalars), so "Kurdish-led" starts at 7.
        let words = ParserWords.words(Self.tokens("the 🇸🇾 Kurdish-led forces", base: 100))
        #expect(words.map(\.text) == ["the", "🇸🇾", "Kurdish", "-", "led", "forces"])
        #expect(words[2].range == TextRange(start: 107, end: 114))
        #expect(words[3].range == TextRange(start: 114, end: 115))
        #expect(words[4].range == TextRange(start: 115, end: 118))
        #expect(words.map(\.token) == [0, 1, 2, 2, 2, 3])
        #expect(Self.texts("al-Qaeda") == ["al", "-", "Qaeda"])
        #expect(Self.texts("Syrian-Turkish-Iraqi") == ["Syrian", "-", "Turkish", "-", "Iraqi"])
    }

    @Test func keptPrefixesAndNumbersStayWhole() {
        #expect(Self.texts("co-operation e-mail non-state post-war") == ["co-operation", "e-mail", "non-state", "post-war"])
        #expect(Self.texts("2021-06-29 1990-91 COVID-19") == ["2021-06-29", "1990-91", "COVID-19"])
        #expect(Self.texts("- -- well- -known") == ["-", "--", "well-", "-known"])
    }

    @Test func twoCapitalisedWordsJoinedByAHyphenAreOneName() {
        #expect(Self.texts("a Stand-By Arrangement with Guinea-Bissau") == ["a", "Stand-By", "Arrangement", "with", "Guinea-Bissau"])
        #expect(Self.texts("Kurdish-led Anti-terror al-Qaeda") == ["Kurdish", "-", "led", "Anti-terror", "al", "-", "Qaeda"])
        #expect(Self.texts("Secretary-General Lieutenant-Colonel") == ["Secretary", "-", "General", "Lieutenant", "-", "Colonel"])
    }

    @Test func aNameEndingInsideACapitalisedCompoundSplitsIt() {
        // "US-China talks": a name ends after "US" (offset 2), so the compound is two names.
        let tokens = Self.tokens("US-China talks")
        #expect(ParserWords.words(tokens, boundaries: [2]).map(\.text) == ["US", "-", "China", "talks"])
        #expect(ParserWords.words(tokens).map(\.text) == ["US-China", "talks"])
        // A name ending with its token splits nothing.
        #expect(ParserWords.words(Self.tokens("Guinea-Bissau"), boundaries: [13]).map(\.text) == ["Guinea-Bissau"])
    }

    @Test func contractionsAreSplitAsTheTreebankDoes() {
        let words = ParserWords.words(Self.tokens("They cannot Cannot gonna"))
        #expect(words.map(\.text) == ["They", "can", "not", "Can", "not", "gon", "na"])
        #expect(words[1].range == TextRange(start: 5, end: 8))
        #expect(words[2].range == TextRange(start: 8, end: 11))
    }

    @Test func curlyQuotesReadAsStraightOnesButKeepTheirText() {
        #expect(ParserWords.normalized("“Daesh”") == "\"Daesh\"")
        #expect(ParserWords.normalized("‘") == "'")
        #expect(ParserWords.normalized("’s") == "'s")
        #expect(ParserWords.normalized("Rome") == "Rome")
        #expect(Self.texts("“ it ’s ”") == ["“", "it", "’s", "”"])
    }

    @Test func aCourtesyTitleWithoutItsFullStopReadsAsTheTreebankWritesIt() throws {
        #expect(ParserWords.normalized("Mr") == "Mr.")
        #expect(ParserWords.normalized("Dr") == "Dr.")
        #expect(ParserWords.normalized("MR") == "MR")
        // Read as "Mr", the title headed the name and the name was a loose apposition.
        let p = try HandCheckedParseTests.Parse("Mr Lammy, speaking in Nairobi after talks with the Kenyan president, said Britain would fund a new partnership.")
        #expect(try p.arc("Lammy", "nmod", "Mr"), "\(p)")
        #expect(try p.arc("said", "nsubj", "Lammy"), "\(p)")
    }

    @Test func aTokenThatIsNotItsSliceOfTheTextStaysWhole() {
        // A token whose text differs in length from its range (a normalised token).
        let token = Token(text: "Kurdish-led", range: TextRange(start: 0, end: 12))
        let words = ParserWords.words([token])
        #expect(words.map(\.text) == ["Kurdish-led"])
        #expect(words[0].range == token.range)
    }

    /// On real text, through the tokenizer: each word lies within its token, the words of a
    /// token spell it exactly, and the document text at a word's range is the word.
    @Test func wordsOfTheSamplesPartitionTheirTokens() throws {
        let folder = Treebank.packageRoot.appendingPathComponent("Samples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 3)
        var checked = 0
        for file in files {
            let document = SentenceSplitter().split(try DocumentReader().read(path: folder.appendingPathComponent(file).path))
            let scalars = Array(document.text.unicodeScalars)
            for sentence in document.sentences {
                let words = ParserWords.words(sentence.tokens)
                for (k, token) in sentence.tokens.enumerated() {
                    let own = words.filter { $0.token == k }
                    #expect(!own.isEmpty)
                    #expect(own.allSatisfy { $0.range.start >= token.range.start && $0.range.end <= token.range.end && $0.range.start < $0.range.end })
                    #expect(own.map(\.text).joined() == token.text)
                }
                for word in words {
                    #expect(String(String.UnicodeScalarView(scalars[word.range.start..<word.range.end])) == word.text)
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000)
    }
}
