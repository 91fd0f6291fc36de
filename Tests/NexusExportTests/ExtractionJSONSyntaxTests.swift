import Foundation
import NexusCore
import Testing
@testable import NexusExport

/// The parse in extraction JSON (`syntax: true`, `--with-syntax`): written per sentence only
/// when asked, read back into ``Sentence/syntax``.
@Suite struct ExtractionJSONSyntaxTests {
    /// A well-formed parse of a fixture sentence: one word per token, except that a final "."
    /// glued to the last token ("Rome.") is a word of its own on the same token; the first
    /// word is the root, the others depend on it.
    static func syntax(of sentence: Sentence) -> SentenceSyntax {
        var words: [SyntacticWord] = []
        for (k, token) in sentence.tokens.enumerated() {
            if token.text.count > 1, token.text.hasSuffix(".") {
                let cut = token.range.end - 1
                words.append(SyntacticWord(text: String(token.text.dropLast()), token: k, range: TextRange(start: token.range.start, end: cut),
                                           upos: "PROPN", xpos: "NNP", head: 0, relation: "obl"))
                words.append(SyntacticWord(text: ".", token: k, range: TextRange(start: cut, end: token.range.end),
                                           upos: "PUNCT", xpos: ".", head: 0, relation: "punct"))
            } else {
                words.append(SyntacticWord(text: token.text, token: k, range: token.range, upos: "NOUN", xpos: "NN",
                                           head: k == 0 ? nil : 0, relation: k == 0 ? "root" : "dep"))
            }
        }
        return SentenceSyntax(words: words)
    }

    static func parsed(_ corpus: CorpusExtraction) -> CorpusExtraction {
        var copy = corpus
        for d in copy.documents.indices {
            for s in copy.documents[d].document.sentences.indices {
                copy.documents[d].document.sentences[s].syntax = syntax(of: copy.documents[d].document.sentences[s])
            }
        }
        return copy
    }

    let plain = ExtractionFixture.corpus()
    var corpus: CorpusExtraction { Self.parsed(plain) }

    @Test func withoutTheOptionTheOutputDoesNotChange() {
        #expect(ExtractionJSON().string(corpus) == ExtractionJSON().string(plain))
        #expect(ExtractionJSON(detail: .full).string(corpus) == ExtractionJSON(detail: .full).string(plain))
        #expect(!ExtractionJSON().string(corpus).contains("\"heads\""))
        // Asked for, but nothing was parsed: nothing to add.
        #expect(ExtractionJSON(syntax: true).string(plain) == ExtractionJSON().string(plain))
    }

    @Test func fullDetailWithSyntaxRoundTripsExactly() throws {
        let text = ExtractionJSON(detail: .full, syntax: true).string(corpus)
        #expect(try ExtractionJSON.read(text) == corpus)
        #expect(ExtractionJSON(detail: .full, syntax: true).string(try ExtractionJSON.read(text)) == text)
    }

    @Test func standardDetailKeepsTheSyntax() throws {
        let read = try ExtractionJSON.read(ExtractionJSON(syntax: true).string(corpus))
        #expect(read == ExtractionFixture.withoutTokensAndRawMentions(corpus))
        #expect(read.documents[1].document.sentences[0].syntax?.words.last?.text == ".")
    }

    @Test func sentencesCarryWordsTagsHeadsAndRelations() throws {
        let value = ExtractionJSON(syntax: true).value(corpus)
        guard case .object(let root) = value, case .array(let documents) = root["documents"],
              case .object(let rome) = documents[1], case .array(let sentences) = rome["sentences"],
              case .object(let first) = sentences[0] else {
            Issue.record("unexpected layout")
            return
        }
        #expect(Set(first.keys) == ["index", "start", "end", "text", "words", "tags", "xpos", "heads", "deps"])
        // "Italian Foreign Minister Luigi Di Maio welcomed Anthony Blinken to Rome.": 11 tokens, 12 words.
        guard case .array(let words) = first["words"], case .array(let heads) = first["heads"],
              case .array(let deps) = first["deps"], case .array(let tags) = first["tags"] else {
            Issue.record("unexpected sentence layout")
            return
        }
        #expect(words.count == 12)
        #expect(heads.first == .number(0))
        #expect(heads.dropFirst().allSatisfy { $0 == .number(1) })
        #expect(deps.first == .string("root"))
        #expect(tags.last == .string("PUNCT"))
        #expect(words.last == .object(["text": .string("."), "start": .number(71), "end": .number(72), "token": .number(10)]))
        #expect(words[10] == .object(["text": .string("Rome"), "start": .number(67), "end": .number(71), "token": .number(10)]))
    }

    @Test func malformedSyntaxIsNamed() {
        let text = ExtractionJSON(syntax: true).string(corpus)
        let shortHeads = text.replacingOccurrences(of: "\"heads\": [\n            0,\n", with: "\"heads\": [\n")
        #expect(shortHeads != text)
        #expect {
            _ = try ExtractionJSON.read(shortHeads)
        } throws: { error in
            "\(error)".contains("documents[0].sentences[0].heads: has")
        }
        let farHead = text.replacingOccurrences(of: "\"heads\": [\n            0,\n", with: "\"heads\": [\n            99,\n")
        #expect {
            _ = try ExtractionJSON.read(farHead)
        } throws: { error in
            "\(error)".contains("documents[0].sentences[0].heads[0]: head 99 is past the last word")
        }
        let noDeps = text.replacingOccurrences(of: "\"deps\"", with: "\"relations\"")
        #expect {
            _ = try ExtractionJSON.read(noDeps)
        } throws: { error in
            "\(error)".contains("documents[0].sentences[0].deps: missing field")
        }
    }
}
