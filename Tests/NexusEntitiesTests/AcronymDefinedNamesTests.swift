import NexusCore
import Testing
import NexusText
@testable import NexusEntities

/// A "Name (ABC)" definition as evidence of a name's extent and of which acronyms fit it;
/// hand-written sentences, not from the Samples.
@Suite struct AcronymDefinedNamesTests {
    typealias Span = GazetteerSpanFinder.Span

    func words(_ text: String) -> [String] { Tokenizer().tokenize(text).map(\.text) }

    @Test func aSpanStoppedShortOfItsDefinedAcronymIsWidened() {
        let tokens = words("The UN Mission in South Sudan ( UNMISS ) and LG Energy Solution ( LGES ) said .")
        let spans = [Span(range: 1..<3, type: .organization), Span(range: 4..<6, type: .country, canonical: "South Sudan"),
                     Span(range: 10..<12, type: .organization)]
        let out = EntityRecognizer.extendedToDefinedAcronyms(spans, tokens: tokens)
        #expect(out.map { tokens[$0.range].joined(separator: " ") } == ["UN Mission in South Sudan", "LG Energy Solution"])
    }

    @Test func aCoordinationOrAWordOutsideTheAcronymIsNotTaken() {
        // "and" joins two names; "of Ukraine" has an initial the acronym lacks; a lower-case verb ends the name.
        let cases: [(String, Range<Int>)] = [("NATO and the European Economic Community ( EEC ) met .", 0..<1),
                                             ("the Ministry of Defence of Ukraine ( MoD ) said .", 1..<4),
                                             ("the Rapid Support Forces said on Monday ( RSF ) .", 1..<4)]
        for (text, span) in cases {
            let tokens = words(text)
            let out = EntityRecognizer.extendedToDefinedAcronyms([Span(range: span, type: .organization)], tokens: tokens)
            #expect(out.map(\.range) == [span], "\(text)")
        }
    }

    @Test func acronymsFitNamesWithAnOpeningAcronymOrInAnotherLanguagesOrder() {
        #expect(DocumentResolver.plausibleAcronym("CENTCOM", for: "US Central Command"))
        #expect(DocumentResolver.plausibleAcronym("PDGE", for: "Democratic Party of Equatorial Guinea"))
        #expect(DocumentResolver.plausibleAcronym("FARC", for: "Revolutionary Armed Forces of Colombia"))
        #expect(!DocumentResolver.plausibleAcronym("RSF", for: "Reporters Without Borders"))
        #expect(!DocumentResolver.plausibleAcronym("EU", for: "United States"))
    }

    @Test func aParentBodysAcronymBeforeAListedNameKeepsItAnOrganization() throws {
        let recognizer = try EntityRecognizer.bundled()
        let document = recognizer.recognize(Document(id: "a", path: "a", text: "The UN World Food Programme said it would feed a million people."))
        let programme = document.mentions.first { $0.text.hasSuffix("World Food Programme") }
        #expect(programme?.type == .organization, "\(document.mentions)")
        #expect(programme?.canonical == "World Food Programme")
    }

    @Test func namesListedTogetherAreOfOneKind() {
        let text = "Matches will be held in Riyadh, Jeddah, Al Khobar and Abha. The envoy to Pakistan and Afghanistan, Richard Holbrooke, spoke."
        func mention(_ name: String, _ type: EntityType, canonical: String? = nil) -> Mention {
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: name)!.lowerBound.samePosition(in: text.unicodeScalars)!)
            return Mention(text: name, type: type, sentence: start < 60 ? 0 : 1, range: TextRange(start: start, end: start + name.unicodeScalars.count), canonical: canonical)
        }
        let mentions = [mention("Riyadh", .location, canonical: "Riyadh"), mention("Jeddah", .location), mention("Al Khobar", .person),
                        mention("Abha", .location), mention("Pakistan", .country, canonical: "Pakistan"),
                        mention("Afghanistan", .country, canonical: "Afghanistan"), mention("Richard Holbrooke", .person)]
        let typed = EntityRecognizer.coordinatedNamesRetyped(mentions, text: text).map { "\($0.text):\($0.type.rawValue)" }
        #expect(typed.contains("Al Khobar:location"), "\(typed)")
        // An apposition after "A and B," is no list.
        #expect(typed.contains("Richard Holbrooke:person"), "\(typed)")
    }
}
