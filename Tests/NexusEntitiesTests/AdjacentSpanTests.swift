import NexusCore
import Testing
import NexusText
@testable import NexusEntities

/// `EntityRecognizer.joiningAdjacent`: two spans of one kind that touch are one name.
@Suite struct AdjacentSpanTests {
    @Test func touchingPersonsAndPlacesAreOneNameUnlessAPlaceIsACountry() throws {
        let recognizer = try EntityRecognizer.bundled()
        func joined(_ tokens: [String], _ spans: [(Range<Int>, String)]) -> [String] {
            recognizer.joiningAdjacent(spans.map { NERSpan(range: $0.0, label: $0.1) }, tokens: tokens)
                .map { "\($0.label) " + tokens[$0.range].joined(separator: " ") }
        }
        #expect(joined(["Vice", "President", "Dick", "Cheney", "spoke"], [(2..<3, "PER"), (3..<4, "PER")]) == ["PER Dick Cheney"])
        #expect(joined(["Aung", "San", "Suu", "Kyi", "spoke"], [(0..<1, "LOC"), (1..<4, "LOC")]) == ["LOC Aung San Suu Kyi"])
        #expect(joined(["the", "U.S.", "Gulf", "Coast"], [(1..<2, "LOC"), (2..<4, "LOC")]) == ["LOC U.S.", "LOC Gulf Coast"])
        #expect(joined(["Colombo", "Sri", "Lanka"], [(0..<1, "LOC"), (1..<3, "LOC")]) == ["LOC Colombo", "LOC Sri Lanka"])
        // Different kinds, or a word between, stay apart.
        #expect(joined(["Reuters", "London"], [(0..<1, "ORG"), (1..<2, "LOC")]) == ["ORG Reuters", "LOC London"])
        #expect(joined(["Bush", "and", "Cheney"], [(0..<1, "PER"), (2..<3, "PER")]) == ["PER Bush", "PER Cheney"])
    }

    @Test func aPartyOrMovementOfACountryIsOneName() throws {
        let recognizer = try EntityRecognizer.bundled()
        func joined(_ tokens: [String], _ spans: [(Range<Int>, String)]) -> [String] {
            recognizer.joiningAdjacent(spans.map { NERSpan(range: $0.0, label: $0.1) }, tokens: tokens)
                .map { "\($0.label) " + tokens[$0.range].joined(separator: " ") }
        }
        #expect(joined(["the", "Islamic", "Army", "of", "Iraq", "said"], [(1..<3, "ORG"), (4..<5, "LOC")]) == ["ORG Islamic Army of Iraq"])
        // A state's organ stays beside its country; a place that is no country, or another
        // word than "of", keeps the names apart.
        #expect(joined(["the", "Supreme", "Court", "of", "Pakistan"], [(1..<3, "ORG"), (4..<5, "LOC")]) == ["ORG Supreme Court", "LOC Pakistan"])
        #expect(joined(["the", "Labour", "Party", "of", "London"], [(1..<3, "ORG"), (4..<5, "LOC")]) == ["ORG Labour Party", "LOC London"])
        #expect(joined(["the", "Islamic", "Army", "in", "Iraq"], [(1..<3, "ORG"), (4..<5, "LOC")]) == ["ORG Islamic Army", "LOC Iraq"])
    }

    @Test func aNameWrittenAsAPersonsIsAPersonWhateverItsTag() throws {
        // Independent of the tagger: the spans are given with the label it got wrong.
        func isPerson(_ sentence: String, _ span: Range<Int>) -> Bool {
            let tokens = Tokenizer().tokenize(sentence).map(\.text)
            return PersonNameEvidence.followsPersonNoun(tokens: tokens, span: span) || PersonNameEvidence.takesWho(tokens: tokens, span: span)
        }
        #expect(isPerson("detained opposition leader Aung San Suu Kyi spoke", 3..<7))
        #expect(isPerson("expressed fear for Aung San Suu Kyi , who has been held", 3..<7))
        #expect(isPerson("the Iranian lawyer Nasrin Sotoudeh was freed", 3..<5))
        // One word, an adjective before a body's name, or "which" prove nothing.
        #expect(!isPerson("opposition leader Fatah said", 2..<3))
        #expect(!isPerson("the official Korean Central News Agency said", 2..<6))
        #expect(!isPerson("the Kerem Shalom crossing , which was shut", 1..<3))
        #expect(!isPerson("the governor of North Rhine-Westphalia , who spoke", 3..<5))

        let recognizer = try EntityRecognizer.bundled()
        let text = "Western governments urged the junta to free opposition leader Aung San Suu Kyi, who has been under house arrest."
        let found = recognizer.recognize(Document(id: "d", path: "d.txt", text: text)).mentions
        #expect(found.first { $0.text == "Aung San Suu Kyi" }?.type == .person)
    }

    @Test func aRoleRunIntoANameSplitsItIntoAffiliationAndPerson() throws {
        // The pipeline's recognizer: the alias table's parties are gazetteer names.
        let recognizer = try EntityRecognizer.bundled(aliases: AliasTable.shipped())
        func split(_ sentence: String, _ span: Range<Int>, _ label: String) -> [String] {
            let tokens = Tokenizer().tokenize(sentence).map(\.text)
            return recognizer.splittingAtRoles([NERSpan(range: span, label: label)], tokens: tokens)
                .map { "\($0.label) " + tokens[$0.range].joined(separator: " ") }
        }
        #expect(split("Labour MP Lord Janner said", 0..<4, "ORG") == ["ORG Labour", "PER Lord Janner"])
        #expect(split("Liberal Democrat peer Lord Carlile said", 0..<5, "ORG") == ["ORG Liberal Democrat", "PER Lord Carlile"])
        #expect(split("Veteran Labour MP said", 0..<3, "ORG") == ["ORG Labour"])
        #expect(split("Bolton West MP said", 0..<3, "ORG") == ["LOC Bolton West"])
        #expect(split("Welsh MPs said", 0..<2, "ORG") == [])
        #expect(split("Philippe Sands QC said", 0..<3, "ORG") == ["PER Philippe Sands"])
        #expect(split("Treasurer Lord Ashcroft said", 0..<3, "PER") == ["PER Lord Ashcroft"])
        #expect(split("Tory defector Robert Jackson said", 0..<4, "PER") == ["ORG Tory", "PER Robert Jackson"])
        // No role: the span is left as it is.
        #expect(split("the Labour Party said", 1..<3, "ORG") == ["ORG Labour Party"])
        #expect(split("Members of Parliament said", 0..<3, "ORG") == ["ORG Members of Parliament"])
    }

    @Test func aPartyRunIntoTheEndOfAPersonIsCutOff() throws {
        // The pipeline's recognizer: the alias table's parties are gazetteer names.
        let recognizer = try EntityRecognizer.bundled(aliases: AliasTable.shipped())
        func cut(_ sentence: String, _ span: Range<Int>) -> String {
            let tokens = Tokenizer().tokenize(sentence).map(\.text)
            return tokens[recognizer.withoutTrailingOrganization(span, tokens: tokens)].joined(separator: " ")
        }
        #expect(cut("Blair Labour 's longest-serving PM", 0..<2) == "Blair")
        // A surname that is also an organization's name, or an article before a party's name, stays.
        #expect(cut("Michael Bloomberg said", 0..<2) == "Michael Bloomberg")
        #expect(cut("Brian Wagner said", 0..<2) == "Brian Wagner")
        #expect(cut("Al Fatah said", 0..<2) == "Al Fatah")
    }

    @Test func aCityAndACompassPointTypedAsAnOrganizationIsAConstituency() throws {
        let recognizer = try EntityRecognizer.bundled()
        func typed(_ sentence: String, _ range: Range<Int>) -> EntityType? {
            let tokens = Tokenizer().tokenize(sentence).map(\.text)
            return recognizer.placesTypedAsOrganizations([GazetteerSpanFinder.Span(range: range, type: .organization)], tokens: tokens).first?.type
        }
        #expect(typed("He won Derby North in 2005", 2..<4) == .location)
        #expect(typed("the MP for Bristol West said", 3..<5) == .location)
        // A compass point after no city, or a club after a city, leaves the organization.
        #expect(typed("the Conservative North group said", 1..<3) == .organization)
        #expect(typed("Derby County won", 0..<2) == .organization)
    }
}
