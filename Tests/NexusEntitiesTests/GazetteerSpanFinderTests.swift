import NexusCore
import Testing
@testable import NexusText
@testable import NexusEntities

/// Hand-written sentences, not from the Samples.
@Suite struct GazetteerSpanFinderTests {
    static let finder = GazetteerSpanFinder(gazetteer: try! Gazetteer.bundled())
    typealias Span = GazetteerSpanFinder.Span

    func words(_ text: String) -> [String] { Tokenizer().tokenize(text).map(\.text) }

    @Test func addsListedNamesTheTaggerMissed() {
        let tokens = words("The UK and NATO met the WHO in Geneva .")
        let spans = Self.finder.complete([Span(range: 8..<9, type: .location)], tokens: tokens)
        #expect(spans.map(\.range) == [1..<2, 3..<4, 6..<7, 8..<9])
        #expect(spans[0].type == .country && spans[0].canonical == "United Kingdom")
        #expect(spans[1].type == .organization)
    }

    @Test func keepsTheTaggersSpansWhereTheyOverlap() {
        let tokens = words("Jordan Peterson spoke in Jordan .")
        let spans = Self.finder.complete([Span(range: 0..<2, type: .person)], tokens: tokens)
        #expect(spans.map(\.range) == [0..<2, 4..<5])
        #expect(spans[0].type == .person && spans[1].type == .country)
    }

    @Test func retypesAListedOrganizationTaggedAsAPlace() {
        let tokens = words("Fighters loyal to al-Qaeda attacked .")
        let spans = Self.finder.complete([Span(range: 3..<4, type: .location)], tokens: tokens)
        #expect(spans == [Span(range: 3..<4, type: .organization, canonical: "al-Qaeda")])
    }

    /// A listed party name followed by "of" and a country names another party, which the trim
    /// of rule 5 leaves whole: "Democratic Party of Japan" is not the Democratic Party (the
    /// alias table's, which the bundled recognizer's gazetteer holds).
    @Test func aListedPartyBeforeOfACountryIsNotTrimmed() throws {
        let recognizer = try EntityRecognizer.bundled()
        let text = "The ruling Democratic Party of Equatorial Guinea won every seat, and the Democratic Party of Japan lost."
        let names = recognizer.recognize(Document(id: "a", path: "a", text: text)).mentions.map(\.text)
        #expect(names.contains("Democratic Party of Equatorial Guinea") && names.contains("Democratic Party of Japan"), "\(names)")
        #expect(!names.contains("Democratic Party"), "\(names)")
    }

    /// "the States" is the United States; "the states" and "The states" are not.
    @Test func aListedNameAfterALowerCaseWordKeepsItsCapitals() {
        for text in ["won in 12 states and the FCT .", "The states where he won are Osun and Kebbi .", "in the states of Lagos ."] {
            let spans = Self.finder.complete([], tokens: words(text))
            #expect(!spans.contains { $0.canonical == "United States" }, "\(text)")
        }
        let spans = Self.finder.complete([], tokens: words("He moved to the States in 1990 ."))
        #expect(spans.contains { $0.canonical == "United States" })
    }

    @Test func aRegionalBranchIsItsOwnGroupNotTheParent() {
        // The tagger finds "al-Qaida" and "Iraq"; the listed longer name wins.
        let tokens = words("al-Qaida in Iraq claimed the attack .")
        let spans = Self.finder.complete([Span(range: 0..<1, type: .organization), Span(range: 2..<3, type: .country)], tokens: tokens)
        #expect(spans == [Span(range: 0..<3, type: .organization, canonical: "al-Qaeda in Iraq")])
    }

    @Test func aCountrysLongNameReplacesThePiecesTheTaggerCutItInto() {
        // The tagger may find "Democratic Republic" and "Congo" apart: two wrong names.
        let tokens = words("She will visit Angola , the Democratic Republic of Congo and Nigeria .")
        let tagged = [Span(range: 3..<4, type: .country), Span(range: 6..<8, type: .location),
                      Span(range: 9..<10, type: .country), Span(range: 11..<12, type: .country)]
        let spans = Self.finder.complete(tagged, tokens: tokens)
        #expect(spans.map(\.range) == [3..<4, 6..<10, 11..<12])
        #expect(spans[1].type == .country && spans[1].canonical == "Democratic Republic of the Congo")
        // A span that runs past the country's name is the tagger's longer name and stays.
        let bank = words("the Central Bank of the Republic of Korea raised rates")
        let kept = Self.finder.complete([Span(range: 1..<8, type: .organization)], tokens: bank)
        #expect(kept.map(\.range) == [1..<8])
    }

    @Test func dropsSpansThatAreOnlyTitles() {
        let tokens = words("She met His Holiness on Sunday .")
        #expect(Self.finder.complete([Span(range: 3..<4, type: .organization)], tokens: tokens).isEmpty)
    }

    @Test func trimsAnOfficeRunIntoAListedName() {
        let tokens = words("the head of the European Union for Trade spoke")
        let spans = Self.finder.complete([Span(range: 4..<8, type: .organization)], tokens: tokens)
        #expect(spans.map(\.range) == [4..<6])
    }

    @Test func leavesShortCodesAloneInHeadlines() {
        let tokens = words("WHY THE US VOTE IS NOT OVER YET")
        #expect(Self.finder.complete([], tokens: tokens).isEmpty)
        let prose = words("Fighters of IS crossed into Iraq .")
        #expect(Self.finder.complete([], tokens: prose).map(\.range).contains(2..<3))
    }

    @Test func definiteReferencesPointToTheNamedOrganization() {
        let text = "The African Union met in Addis Ababa. The Union said it would send troops. The union of workers struck."
        var document = SentenceSplitter().split(Document(id: "d", path: "d.txt", text: text))
        let au = 4  // "The " precedes the name
        document.mentions = [Mention(text: "African Union", type: .organization, sentence: 0, range: TextRange(start: au, end: au + 13))]
        let found = DefiniteReferenceFinder().references(in: document)
        #expect(found.count == 1)
        #expect(found.first?.text == "Union" && found.first?.sentence == 1 && found.first?.canonical == "African Union")
    }

    @Test func aChambersHeadDoesNotPointToAnotherOrganization() {
        // "the House" is a legislative chamber's short form, not the White House's.
        let text = "The White House denied it. The House voted on Friday."
        var document = SentenceSplitter().split(Document(id: "d", path: "d.txt", text: text))
        document.mentions = [Mention(text: "White House", type: .organization, sentence: 0, range: TextRange(start: 4, end: 15))]
        #expect(DefiniteReferenceFinder().references(in: document).isEmpty)
        let chamber = "The House of Representatives met. The House voted on Friday."
        var other = SentenceSplitter().split(Document(id: "e", path: "e.txt", text: chamber))
        other.mentions = [Mention(text: "House of Representatives", type: .organization, sentence: 0, range: TextRange(start: 4, end: 28))]
        #expect(DefiniteReferenceFinder().references(in: other).map(\.canonical) == ["House of Representatives"])
    }
}
