import Foundation
import NexusCore
import NexusExport
import NexusText
import PropertyBased
import Testing
@testable import NexusPipeline

/// A generated news-like passage: sentences assembled from actors, acts and objects that the
/// real tagger, resolver and event coder react to, mixed with text that strains offsets
/// (combining accents, emoji, CRLF, tabs, zero-width and bidirectional characters,
/// abbreviations, quotes), in plain text, Markdown or HTML.
struct GeneratedPassage: CustomStringConvertible {
    static let actors = [
        "Recep Tayyip Erdog\u{0306}an", "Mr Straw", "Germany", "the United Nations", "NATO", "President Joe Biden",
        "Emmanuel Macron", "the European Union", "Kenya", "Dr. Tedros", "the Tories", "Ethiopian and Eritrean troops",
        "Ruto", "U.S. officials", "\u{200B}France", "Ankara", "the World Bank", "Shinzo Abe", "Brazil\u{202E}",
    ]
    static let acts = [
        "pledged 5 million dollars to", "met", "said it will send 300 troops to", "criticized", "will provide $1.2bn to",
        "promised talks with", "did not pledge aid to", "might consider sanctions against", "visited", "thanked",
        "signed an agreement with", "on Monday condemned", "accused", "called on", "urged",
    ]
    static let noise = [
        "", " 🤝", " (AP) —", " \"quoted\"", "\t", " e\u{0301}te\u{0301}", " ¿qué?", " 1,000", " http://x.org/a?b=c",
        " ‘single’", " Ü.S.", " \u{FEFF}", " #tag", " …",
    ]
    static let separators = [" ", "\n\n", "\r\n", "  ", "\n"]

    var codes: [Int]
    var format: DocumentFormat

    init(codes: [Int], format: Int) {
        self.codes = codes
        self.format = [DocumentFormat.text, .markdown, .html][format % 3]
    }

    /// Three codes per sentence: actor and act, object and noise, separator.
    var text: String {
        var out = ""
        var i = 0
        while i + 2 < codes.count {
            let (a, b, c) = (codes[i], codes[i + 1], codes[i + 2])
            let actor = Self.actors[a % Self.actors.count]
            let act = Self.acts[(a / 32) % Self.acts.count]
            let object = Self.actors[b % Self.actors.count]
            let noise = Self.noise[(b / 32) % Self.noise.count]
            out += "\(actor) \(act) \(object)\(noise)." + Self.separators[c % Self.separators.count]
            i += 3
        }
        switch format {
        case .html: return "<html><body><p>\(out.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</p></body></html>"
        case .markdown: return "# News\n\n*\(out)*"
        case .text, .jsonLines: return out
        }
    }

    var description: String { "\(format): \(text.debugDescription)" }

    static let generator = zip(Gen.int(in: 0...1023).array(of: 3...24), Gen.int(in: 0...2))
        .map { GeneratedPassage(codes: $0, format: $1) }
}

/// Invariants of an extraction that hold on any input, checked with the real pipeline on
/// generated passages: every offset points at its text, and every writer's output is read
/// back by its reader to an equal value (extraction JSON with full detail and syntax, the
/// analysis lines of `nexus extract --format jsonl`, the saved graph JSON).
@Suite struct ExtractionPropertyTests {
    static let pipeline = Result { try Pipeline.standard() }

    static func extract(_ passage: GeneratedPassage) throws -> CorpusExtraction {
        let pipeline = try Self.pipeline.get()
        let bytes = Array(passage.text.utf8)
        let document = try DocumentReader().document(bytes: bytes, id: "generated", path: "generated.\(passage.format)", format: passage.format)
        return pipeline.resolver.resolve(pipeline.analyze([document]))
    }

    @Test func everyOffsetPointsAtItsText() async {
        await propertyCheck(count: 60, input: GeneratedPassage.generator) { passage in
            let corpus = try Self.extract(passage)
            let extraction = try #require(corpus.documents.first)
            let document = extraction.document
            let scalarCount = document.text.unicodeScalars.count
            func check(_ range: TextRange, sentence index: Int, is text: String, _ what: String) {
                #expect(range.start >= 0 && range.end <= scalarCount, "\(what) \(range) outside the text")
                guard range.end <= scalarCount else { return }
                #expect(document.substring(range) == text, "\(what) \(range): \(document.substring(range).debugDescription) ≠ \(text.debugDescription)")
                guard document.sentences.indices.contains(index) else {
                    Issue.record("\(what) names sentence \(index) of \(document.sentences.count)")
                    return
                }
                #expect(document.sentences[index].range.contains(range), "\(what) \(range) outside sentence \(index)")
            }
            var previousEnd = 0
            for sentence in document.sentences {
                check(sentence.range, sentence: sentence.index, is: sentence.text, "sentence \(sentence.index)")
                #expect(sentence.range.start >= previousEnd, "sentences overlap at \(sentence.range)")
                previousEnd = sentence.range.end
                var tokenEnd = sentence.range.start
                for token in sentence.tokens {
                    check(token.range, sentence: sentence.index, is: token.text, "token")
                    #expect(token.range.start >= tokenEnd && token.range.length > 0, "token \(token.range) overlaps or is empty")
                    tokenEnd = token.range.end
                }
            }
            for mention in document.mentions {
                check(mention.range, sentence: mention.sentence, is: mention.text, "mention")
            }
            for entity in extraction.entities {
                for mention in entity.mentions {
                    check(mention.range, sentence: mention.sentence, is: mention.text, "\(entity.id) mention")
                }
            }
            for relation in extraction.relations {
                for evidence in relation.evidence {
                    let sentence = try #require(document.sentences.first { $0.index == evidence.sentence })
                    #expect(evidence.text == sentence.text, "relation evidence is not its sentence")
                    #expect(sentence.range.contains(evidence.range), "relation evidence \(evidence.range) outside its sentence")
                }
            }
            for commitment in extraction.commitments {
                let sentence = try #require(document.sentences.first { $0.index == commitment.sentence })
                #expect(commitment.text == sentence.text, "commitment text is not its sentence")
                #expect(sentence.range.contains(commitment.range), "commitment \(commitment.range) outside its sentence")
            }
            for event in extraction.events {
                let trigger = TextRange(start: event.trigger.start, end: event.trigger.end)
                check(trigger, sentence: event.sentence, is: event.trigger.text, "event trigger")
                #expect(event.text == document.sentences.first { $0.index == event.sentence }?.text, "event text is not its sentence")
            }
        }
    }

    @Test func writersAreReadBackToEqualValues() async {
        await propertyCheck(count: 40, input: GeneratedPassage.generator) { passage in
            let corpus = try Self.extract(passage)
            let json = ExtractionJSON(detail: .full, syntax: true).string(corpus)
            let read = try ExtractionJSON.read(json)
            #expect(read.documents == corpus.documents, "extraction JSON documents differ after reading back")
            #expect(read.entities == corpus.entities, "extraction JSON entities differ after reading back")

            for extraction in corpus.documents {
                let line = AnalysisLine(document: extraction.document, syntax: .events)
                #expect(try AnalysisLine(decoding: Array(line.encoded().utf8)) == line, "analysis line differs after reading back")
            }

            let graph = GraphBuilder().build(corpus)
            #expect(try GraphJSON.decode(GraphJSON.encode(graph)) == graph.sorted(), "graph JSON differs after reading back")
        }
    }
}
