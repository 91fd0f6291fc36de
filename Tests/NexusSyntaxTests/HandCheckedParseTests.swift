import Foundation
import NexusCore
import NexusText
import Testing
@testable import NexusSyntax

/// Parses of news sentences checked against expectations written by hand from the Universal
/// Dependencies guidelines (https://universaldependencies.org/u/dep/), through the whole path
/// the pipeline takes: sentence splitter and tokenizer, ``ParserWords``, the shipped model.
/// Only arcs that the guidelines leave no choice about are asserted, so that a better model
/// cannot fail them.
@Suite struct HandCheckedParseTests {
    /// A parsed sentence, with lookups by word text.
    struct Parse: CustomStringConvertible {
        let syntax: SentenceSyntax

        init(_ sentence: Sentence) throws {
            syntax = SyntaxAnnotator(model: try Treebank.model).syntax(of: sentence.tokens)
        }

        init(_ text: String) throws {
            let sentences = SentenceSplitter().sentences(in: text)
            try #require(sentences.count == 1)
            try self.init(sentences[0])
        }

        /// The index of the only word spelled `text`.
        func word(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
            let found = syntax.words.indices.filter { syntax.words[$0].text == text }
            try #require(found.count == 1, "'\(text)' occurs \(found.count) times in: \(self)", sourceLocation: sourceLocation)
            return found[0]
        }

        /// Whether `dependent` hangs from `head` (nil: the root) with `relation`, a bare
        /// relation also accepting its subtypes.
        func arc(_ head: String?, _ relation: String, _ dependent: String) throws -> Bool {
            let d = syntax.words[try word(dependent)]
            let relationMatches = d.relation == relation || d.relation.hasPrefix(relation + ":")
            guard let head else { return d.head == nil && relationMatches }
            return try d.head == word(head) && relationMatches
        }

        /// The texts of the dependents of `head` with `relation`.
        func dependents(of head: String, _ relation: String) throws -> [String] {
            syntax.dependents(of: try word(head), relation: relation).map { syntax.words[$0].text }
        }

        var description: String {
            syntax.words.enumerated().map { i, w in "\(i + 1):\(w.text)/\(w.upos)→\(w.head.map { String($0 + 1) } ?? "0"):\(w.relation)" }
                .joined(separator: " ")
        }
    }

    @Test func coordinatedSubjectObjectAndRecipient() throws {
        let p = try Parse("France and Germany pledged new aid to Syria.")
        #expect(try p.arc(nil, "root", "pledged"), "\(p)")
        #expect(try p.arc("pledged", "nsubj", "France"), "\(p)")
        #expect(try p.arc("France", "conj", "Germany"), "\(p)")
        #expect(try p.arc("Germany", "cc", "and"), "\(p)")
        #expect(try p.arc("pledged", "obj", "aid"), "\(p)")
        #expect(try p.arc("aid", "amod", "new"), "\(p)")
        #expect(try p.arc("Syria", "case", "to"), "\(p)")
        #expect(try p.arc("pledged", "punct", "."), "\(p)")
    }

    /// A recipient with "to" after a pronoun object can only be an oblique of the verb (UD:
    /// obl, as in "give money to charity"); so can a time expression with "on". ("pledged aid
    /// to Syria" is left out: "to Syria" may modify "aid", and the parser attaches it there.)
    @Test func recipientAfterAPronounIsObliqueOfTheVerb() throws {
        let p = try Parse("Germany gave it to Syria on Monday.")
        #expect(try p.arc(nil, "root", "gave"), "\(p)")
        #expect(try p.arc("gave", "nsubj", "Germany"), "\(p)")
        #expect(try p.arc("gave", "obj", "it"), "\(p)")
        #expect(try p.arc("gave", "obl", "Syria"), "\(p)")
        #expect(try p.arc("Syria", "case", "to"), "\(p)")
        #expect(try p.arc("gave", "obl", "Monday"), "\(p)")
    }

    @Test func passiveWithAnAgent() throws {
        let p = try Parse("The agreement was signed by the foreign ministers in Rome.")
        #expect(try p.arc(nil, "root", "signed"), "\(p)")
        #expect(try p.arc("signed", "nsubj:pass", "agreement"), "\(p)")
        #expect(try p.arc("signed", "aux:pass", "was"), "\(p)")
        // obl:agent in UD English since v2.x; plain obl in older annotation.
        #expect(try p.arc("signed", "obl", "ministers"), "\(p)")
        #expect(try p.arc("ministers", "case", "by"), "\(p)")
        #expect(try p.arc("ministers", "amod", "foreign"), "\(p)")
    }

    @Test func relativeClause() throws {
        let p = try Parse("The minister who visited Baghdad announced new sanctions.")
        #expect(try p.arc(nil, "root", "announced"), "\(p)")
        #expect(try p.arc("announced", "nsubj", "minister"), "\(p)")
        #expect(try p.arc("minister", "acl:relcl", "visited"), "\(p)")
        #expect(try p.arc("visited", "nsubj", "who"), "\(p)")
        #expect(try p.arc("visited", "obj", "Baghdad"), "\(p)")
        #expect(try p.arc("announced", "obj", "sanctions"), "\(p)")
    }

    @Test func subjectAndObject() throws {
        let p = try Parse("The European Union condemned the attack.")
        #expect(try p.arc(nil, "root", "condemned"), "\(p)")
        #expect(try p.arc("condemned", "nsubj", "Union"), "\(p)")
        #expect(try p.arc("condemned", "obj", "attack"), "\(p)")
        #expect(try p.arc("attack", "det", "the"), "\(p)")
        #expect(try p.arc("Union", "det", "The"), "\(p)")
    }

    @Test func auxiliaryNumberAndDestination() throws {
        let p = try Parse("Italy will send 800 soldiers to Iraq.")
        #expect(try p.arc(nil, "root", "send"), "\(p)")
        #expect(try p.arc("send", "nsubj", "Italy"), "\(p)")
        #expect(try p.arc("send", "aux", "will"), "\(p)")
        #expect(try p.arc("send", "obj", "soldiers"), "\(p)")
        #expect(try p.arc("soldiers", "nummod", "800"), "\(p)")
        #expect(try p.arc("Iraq", "case", "to"), "\(p)")
    }

    // MARK: The Samples' key sentences: who provides, urges, reaffirms.

    /// The sentence of a sample article that contains `fragment`.
    static func sampleSentence(_ file: String, containing fragment: String) throws -> Sentence {
        let path = Treebank.packageRoot.appendingPathComponent("Samples/\(file).txt").path
        let document = SentenceSplitter().split(try DocumentReader().read(path: path))
        let found = document.sentences.filter { $0.text.contains(fragment) }
        try #require(found.count == 1, "\(found.count) sentences of \(file) contain '\(fragment)'")
        return found[0]
    }

    @Test func washingtonProvidesTheAid() throws {
        let p = try Parse(try Self.sampleSentence("blinken-detained-isis-fighters-rome", containing: "Washington will provide"))
        #expect(try p.dependents(of: "provide", "nsubj") == ["Washington"], "\(p)")
        #expect(try p.dependents(of: "announced", "nsubj") == ["Blinken"], "\(p)")
        #expect(try p.arc("announced", "ccomp", "provide"), "\(p)")
        #expect(try p.arc("provide", "obj", "dollars"), "\(p)")
    }

    /// "The United States continues to urge countries ...": "urge" is the open complement
    /// (xcomp) of "continues", whose subject, the United States, is its controller.
    @Test func theUnitedStatesUrgesCountriesOfOrigin() throws {
        let p = try Parse(try Self.sampleSentence("coalition-against-islamic-state-rome-africa", containing: "continues to urge"))
        #expect(try p.arc("continues", "xcomp", "urge"), "\(p)")
        #expect(try p.dependents(of: "continues", "nsubj") == ["States"], "\(p)")
        #expect(try p.dependents(of: "urge", "obj") == ["countries"], "\(p)")
    }

    @Test func theMinistersReaffirmTheirIntent() throws {
        let p = try Parse(try Self.sampleSentence("global-coalition-joint-communique-rome", containing: "reaffirmed"))
        #expect(try p.dependents(of: "reaffirmed", "nsubj") == ["Ministers"], "\(p)")
        #expect(try p.arc("reaffirmed", "obj", "intent"), "\(p)")
    }

    /// "The Coalition acknowledged that it also needed “to address ..., as well as to provide
    /// support ...”": the Coalition acknowledges; "it" needs (and would provide).
    @Test func theCoalitionAcknowledgesItsNeeds() throws {
        let p = try Parse(try Self.sampleSentence("global-coalition-joint-communique-rome", containing: "to provide support"))
        #expect(try p.dependents(of: "acknowledged", "nsubj") == ["Coalition"], "\(p)")
        #expect(try p.dependents(of: "needed", "nsubj") == ["it"], "\(p)")
        #expect(try p.arc("acknowledged", "ccomp", "needed"), "\(p)")
        #expect(try p.arc("provide", "obj", "support"), "\(p)")
    }
}
