import Foundation
import NexusCore
import NexusText
import Testing
@testable import NexusSyntax

/// ``SyntaxAnnotator`` on documents and ``SyntaxCoNLLU``, the CoNLL-U of Nexus's own sentences.
@Suite struct SyntaxAnnotatorTests {
    static func annotated(_ text: String, id: String = "doc") throws -> Document {
        let document = SentenceSplitter().split(Document(id: id, path: "\(id).txt", text: text))
        return try SyntaxAnnotator.bundled().annotate(document)
    }

    @Test func everySentenceGetsOneTreeOverItsTokens() throws {
        let document = try Self.annotated("""
            The Kurdish-led forces cannot hold 10,000 fighters. “We will not leave,” the commander said on 2021-06-29.

            Blinken's visit to Rome ended.
            """)
        #expect(document.sentences.count == 3)
        for sentence in document.sentences {
            let syntax = try #require(sentence.syntax)
            #expect(syntax.words.map(\.text) == ParserWords.words(sentence.tokens).map(\.text))
            #expect(syntax.words.filter { $0.head == nil }.count == 1)
            #expect(syntax.words.filter { $0.head == nil }.allSatisfy { $0.relation == "root" })
            #expect(syntax.root != nil)
            #expect(syntax.words.allSatisfy { word in word.head.map { $0 >= 0 && $0 < syntax.words.count } ?? true })
            #expect(Set(syntax.words.map(\.token)) == Set(sentence.tokens.indices))
            #expect(syntax.words.allSatisfy { !$0.upos.isEmpty && !$0.xpos.isEmpty && !$0.relation.isEmpty })
        }
        #expect(document.sentences[0].syntax!.words.map(\.text).contains("-"))
    }

    @Test func particlesInsideANameAreProperNouns() throws {
        // A sentence written for this test; the name's range is given as a recognizer would.
        let tokens = SentenceSplitter().sentences(in: "Ursula von der Leyen met Osama bin Salman in Brussels.")[0].tokens
        let text = "Ursula von der Leyen met Osama bin Salman in Brussels."
        func range(_ name: String) -> TextRange {
            let r = text.range(of: name)!
            return TextRange(start: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound),
                             end: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.upperBound))
        }
        let syntax = try SyntaxAnnotator.bundled().syntax(of: tokens, names: [range("Ursula von der Leyen"), range("Osama bin Salman")])
        let tags = Dictionary(uniqueKeysWithValues: syntax.words.map { ($0.text, $0.upos) })
        // Parts of the proper noun (a foreign word, X, is one too), never a noun or an adposition.
        #expect(["von", "der", "bin"].allSatisfy { ["PROPN", "X"].contains(tags[$0] ?? "") }, "\(tags)")
        #expect(tags["met"] == "VERB")
    }

    @Test func annotationIsDeterministicAndThreadSafe() async throws {
        let annotator = try SyntaxAnnotator.bundled()
        let tokens = SentenceSplitter().sentences(in: "Officials in Tokyo said Toyota would expand its plant.")[0].tokens
        let expected = annotator.syntax(of: tokens)
        let results = await withTaskGroup(of: SentenceSyntax.self) { group in
            for _ in 0..<8 { group.addTask { annotator.syntax(of: tokens) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
        #expect(annotator.syntax(of: []) == SentenceSyntax(words: []))
    }

    @Test func conlluOfOwnSentencesReadsBackAsCoNLLU() throws {
        let document = try Self.annotated("Italy will send 800 soldiers to Iraq. Germany pledged new aid.", id: "pledges")
        let text = SyntaxCoNLLU.document(document)
        #expect(text.hasPrefix("# newdoc id = pledges\n# sent_id = pledges-1\n# text = Italy will send 800 soldiers to Iraq.\n"))
        #expect(text.contains("\n\n# sent_id = pledges-2\n# text = Germany pledged new aid.\n"))
        let read = try CoNLLUDocument(text: text)
        #expect(read.text == text)
        #expect(read.sentences.count == 2)
        for (sentence, block) in zip(document.sentences, read.sentences) {
            let words = sentence.syntax!.words
            #expect(block.words.map(\.form) == words.map(\.text))
            #expect(block.words.filter { $0.head == 0 }.count == 1)
            #expect(block.words.map { $0.columns[9] } == words.map { "Offsets=\($0.range.start):\($0.range.end)" })
        }
    }

    @Test func controlCharactersNeverReachTheOutput() throws {
        let document = try Self.annotated("Rome\u{1B}[31m met\u{202E} Paris.\u{0007}", id: "bad\tid")
        let text = SyntaxCoNLLU.document(document)
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x202E })
        #expect(text.hasPrefix("# newdoc id = bad\u{FFFD}id\n"))
        _ = try CoNLLUDocument(text: text)
    }

    /// A full sentence has a predicate: where the greedy tagger left none (a present-tense verb
    /// after a noun read as a plural noun), the likeliest lower-case word is tagged a finite
    /// verb and parsed as the root. Sentences written for this test.
    @Test func aFullSentenceGetsAPredicate() throws {
        let annotator = try SyntaxAnnotator.bundled()
        for (text, verb, subject) in [("The new Baltic accord pledges Latvia grain and fertilizer.", "pledges", "accord"),
                                      ("The draft text calls on Peru to free the prisoners.", "calls", "text"),
                                      ("The larger mines account for half of the output.", "account", "mines")] {
            let syntax = annotator.syntax(of: SentenceSplitter().sentences(in: text)[0].tokens)
            let words = syntax.words
            let v = try #require(words.firstIndex { $0.text == verb })
            #expect(words[v].upos == "VERB" && words[v].relation == "root", "\(text)")
            #expect(words.contains { $0.text == subject && $0.head == v && $0.relation == "nsubj" }, "\(text)")
            let model = try SyntaxModel.bundled.get()
            let plain = model.analyze(words.map(\.text))
            #expect(plain.tags != words.map { w in model.tagger.upos.indices.first { model.tagger.upos[$0] == w.upos && model.tagger.xpos[$0] == w.xpos }! },
                    "the evaluation path (no constraint) tags \(text) as before")
        }
        let fragment = annotator.syntax(of: SentenceSplitter().sentences(in: "Grain and fertilizer pledges")[0].tokens)
        #expect(!fragment.words.contains { $0.upos == "VERB" }, "a headline without a full stop keeps its tags")
    }
}
