import NexusCore
import Testing
@testable import NexusEntities

/// `EntityRecognizer.countriesReadAsPersons`: a sovereign state's name the tagger read as a
/// person's is the country, unless the document writes it in a person's longer name or after a
/// courtesy title. Hand-written sentences; the expectations are what a reader knows.
@Suite struct CountriesReadAsPersonsTests {
    private func mentions(_ text: String) throws -> [String] {
        let recognizer = try EntityRecognizer.bundled()
        return recognizer.recognize(Document(id: "d", path: "d.txt", text: text)).mentions.map { "\($0.type.rawValue) \($0.text)" }
    }

    @Test func aStatesNameAloneIsTheState() throws {
        // The tagger reads the second "Tuvalu", the subject of "said", as a person.
        #expect(try mentions("Tuvalu will host the summit. Tuvalu said the meeting would open on Monday.") == ["country Tuvalu", "country Tuvalu"])
    }

    @Test func aPersonsNameOrTitleKeepsThePerson() throws {
        #expect(try mentions("Michael Jordan scored 40 points on Sunday. Jordan said the team played well.") == ["person Michael Jordan", "person Jordan"])
        #expect(try mentions("Mr Israel said the bank would cut rates.").contains("person Israel"))
    }
}
