import NexusCore
import Testing
@testable import NexusText
@testable import NexusEntities

/// A surname written alone joins the person named in full (``EntityRecognizer/untaggedSurnames(_:mentions:)``),
/// and names written in capitals take the case of their words (``NameNormalizer/fromCapitals(_:)``).
/// Hand-written sentences, not from the Samples.
@Suite struct UntaggedSurnameTests {
    /// The mentions `untaggedSurnames` adds to `text` whose tagged persons are `persons` (each
    /// at its first occurrence).
    func added(_ text: String, persons: [String], others: [(String, EntityType)] = []) -> [String] {
        var document = SentenceSplitter().split(Document(id: "d", path: "d.txt", text: text))
        func mention(_ name: String, _ type: EntityType) -> Mention {
            let start = text.distance(from: text.startIndex, to: text.range(of: name)!.lowerBound)
            let sentence = document.sentences.first { $0.range.start <= start && start < $0.range.end }!.index
            return Mention(text: name, type: type, sentence: sentence, range: TextRange(start: start, end: start + name.count))
        }
        document.mentions = persons.map { mention($0, .person) } + others.map { mention($0.0, $0.1) }
        return EntityRecognizer.untaggedSurnames(document, mentions: document.mentions).map { "\($0.sentence):\($0.text)" }
    }

    @Test func aSurnameAloneIsAMentionOfThePersonNamedInFull() {
        #expect(added("Rafik Hariri was killed in 2005. Syria denies a role in the Hariri assassination.", persons: ["Rafik Hariri"]) == ["1:Hariri"])
        #expect(added("Modi invited Macron to visit. Emmanuel Macron accepted.", persons: ["Emmanuel Macron"]) == ["0:Macron"])
    }

    @Test func aSurnameThatIsAWordOrPartOfAnotherNameStaysOut() {
        // Written in lower case elsewhere in the text: a common word.
        #expect(added("Condoleezza Rice visited Manila. Rice exports fell as rice prices rose.", persons: ["Condoleezza Rice"]).isEmpty)
        // Next to another capitalised word: part of another name.
        #expect(added("Nelson Mandela spoke. The Mandela Foundation paid. Mandela left.", persons: ["Nelson Mandela"]) == ["2:Mandela"])
        // Also the name of a place the text names.
        #expect(added("Michael Jordan visited. Jordan welcomed him.", persons: ["Michael Jordan"]) == ["1:Jordan"])
        #expect(added("Michael Jordan visited. Jordan welcomed him.", persons: ["Michael Jordan"], others: [("Jordan", .country)]).isEmpty)
        // One-word persons name no surname to spread.
        #expect(added("Hariri spoke. Hariri left.", persons: ["Hariri"]).isEmpty)
    }

    @Test func namesInCapitalsTakeTheCaseOfTheirWords() {
        #expect(NameNormalizer.fromCapitals("GENEVA") == "Geneva")
        #expect(NameNormalizer.fromCapitals("ADDIS ABABA") == "Addis Ababa")
        #expect(NameNormalizer.fromCapitals("MSWATI III") == "Mswati III")
        #expect(NameNormalizer.fromCapitals("AL-BASHIR") == "Al-Bashir")
        // Possible acronyms and names already in their case stay.
        #expect(NameNormalizer.fromCapitals("USSR") == nil)
        #expect(NameNormalizer.fromCapitals("N.V. DSM") == nil)
        #expect(NameNormalizer.fromCapitals("Geneva") == nil)
    }

    @Test func aNameTypedAsABodyOrPlaceBeforeAdministrationIsItsLeader() throws {
        let recognizer = try EntityRecognizer.bundled()
        var document = SentenceSplitter().split(Document(id: "d", path: "d.txt", text: "The Tinubu administration and the Gaza administration met. The Kenyatta presidency ended."))
        func mention(_ name: String, _ type: EntityType, canonical: String? = nil) -> Mention {
            let start = document.text.distance(from: document.text.startIndex, to: document.text.range(of: name)!.lowerBound)
            let sentence = document.sentences.first { $0.range.start <= start && start < $0.range.end }!.index
            return Mention(text: name, type: type, sentence: sentence, range: TextRange(start: start, end: start + name.count), canonical: canonical)
        }
        document.mentions = [mention("Tinubu", .organization), mention("Gaza", .location, canonical: "Gaza"), mention("Kenyatta", .location)]
        let retyped = recognizer.administrationLeadersRetyped(document, mentions: document.mentions)
        #expect(retyped.map { "\($0.text):\($0.type.rawValue)" } == ["Tinubu:person", "Gaza:location", "Kenyatta:person"])
    }
}
