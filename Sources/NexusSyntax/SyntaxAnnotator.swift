import Foundation
import NexusCore
import NexusLearning

/// Gives every sentence of a document its grammar (``SentenceSyntax``): Nexus's tokens are
/// mapped to the treebank's words (``ParserWords``), tagged and parsed by a ``SyntaxModel``.
///
/// The annotator is an immutable value: one instance can serve many threads at once.
/// - Complexity: O(words) per sentence.
public struct SyntaxAnnotator: Sendable {
    public let model: SyntaxModel
    /// The parser's search (``ParserBeam``).
    public let beam: ParserBeam

    public init(model: SyntaxModel, beam: ParserBeam = .greedy) {
        self.model = model
        self.beam = beam
    }

    /// The annotator over the shipped model, read once per process on first use.
    public static func bundled() throws -> SyntaxAnnotator {
        SyntaxAnnotator(model: try SyntaxModel.bundled.get())
    }

    /// The document with `syntax` set on every sentence that `include` accepts (all by default).
    /// The document's mentions, when it has them, mark the words inside names
    /// (``syntax(of:names:)``).
    public func annotate(_ document: Document, where include: (Sentence) -> Bool = { _ in true }) -> Document {
        var document = document
        let names = Dictionary(grouping: document.mentions, by: \.sentence)
        for k in document.sentences.indices where include(document.sentences[k]) {
            let sentence = document.sentences[k]
            document.sentences[k].syntax = syntax(of: sentence.tokens, names: names[sentence.index]?.map(\.range) ?? [])
        }
        return document
    }

    /// The grammar of one sentence's tokens. `names` are the text ranges of the names an
    /// entity recognizer found in it: their capitalized content words are proper nouns to the
    /// tagger (``PartOfSpeechTagger/tagWithAlternatives(_:names:)``), so that a name the
    /// treebank never saw ("Hamas") is not read as a verb.
    public func syntax(of tokens: [Token], names: [TextRange] = []) -> SentenceSyntax {
        let words = ParserWords.words(tokens, boundaries: Set(names.map(\.end)))
        let inNames = names.isEmpty ? nil : words.indices.map { i in
            names.contains { name in
                guard name.start <= words[i].range.start && words[i].range.end <= name.end else { return false }
                if Self.isNameWord(words[i].text) { return true }
                // "Ursula von der Leyen", "Osama bin Laden": a particle between two words of the name.
                return Self.nameParticles.contains(words[i].text) && name.start < words[i].range.start
                    && i + 1 < words.count && words[i + 1].range.end <= name.end
            }
        }
        let dashes = Dateline.freeDashes(words.map { ($0.text, $0.range.start, $0.range.end) })
        let analysis = model.analyze(words.map { ParserWords.normalized($0.text) }, names: inNames, parsingAroundBareWeekdays: true,
                                     datelineDashes: dashes, requiringPredicate: true, beam: beam)
        let tagger = model.tagger, relations = model.parser.relations
        return SentenceSyntax(words: words.indices.map { i in
            SyntacticWord(text: words[i].text, token: words[i].token, range: words[i].range,
                          upos: tagger.upos[analysis.tags[i]], xpos: tagger.xpos[analysis.tags[i]],
                          head: analysis.heads[i] < 0 ? nil : analysis.heads[i],
                          relation: relations[analysis.relations[i]])
        })
    }
}

extension SyntaxAnnotator {
    /// Lower-case forms of the function words that names are written with ("Reporters Without
    /// Borders", "The Hague", "Bank of England"): they keep the tagger's tag.
    static let nameFunctionWords: Set<String> = ["the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with",
                                                 "without", "de", "du", "des", "la", "le", "del", "della", "van", "von", "der", "den"]

    /// Lower-case particles of personal names ("Ursula von der Leyen", "Osama bin Laden",
    /// "Charles de Gaulle"): inside a name, between two of its words, they are parts of the
    /// proper noun, which the tagger trained on few such names reads as nouns or adpositions.
    static let nameParticles: Set<String> = ["von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das",
                                             "bin", "ibn", "al", "el", "la", "le"]

    /// Whether a word inside a name is one of its capitalized content words.
    static func isNameWord(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !nameFunctionWords.contains(text.lowercased())
    }
}

extension SyntaxModel {
    /// The shipped model (`Resources/model/syntax.model`), read on first use; Swift initialises
    /// a static constant once, thread-safely.
    public static let bundled: Result<SyntaxModel, SyntaxModelFile.Failure> = {
        guard let url = Bundle.module.url(forResource: "syntax", withExtension: "model", subdirectory: "Resources/model")
            ?? Bundle.module.url(forResource: "syntax", withExtension: "model", subdirectory: "model") else {
            return .failure(.unreadable(path: "Resources/model/syntax.model", reason: "not in the NexusSyntax bundle"))
        }
        do { return .success(try SyntaxModelFile.read(contentsOf: url)) }
        catch let failure as SyntaxModelFile.Failure { return .failure(failure) }
        catch { return .failure(.unreadable(path: url.path, reason: "\(error)")) }
    }()
}
