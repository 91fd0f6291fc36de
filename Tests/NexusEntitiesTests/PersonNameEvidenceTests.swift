import NexusCore
import Testing
@testable import NexusEntities

/// `PersonNameEvidence` on hand-made mention lists: the types a reader gives the names, from
/// the way the document writes them.
@Suite struct PersonNameEvidenceTests {
    func mention(_ text: String, _ type: EntityType, at start: Int, canonical: String? = nil) -> Mention {
        Mention(text: text, type: type, sentence: start / 100, range: TextRange(start: start, end: start + text.unicodeScalars.count), canonical: canonical)
    }

    func types(_ mentions: [Mention]) -> [String] {
        PersonNameEvidence().retyped(mentions).map { "\($0.text):\($0.type.rawValue)" }
    }

    @Test func aSurnameTypedAsAnOrganizationOrPlaceIsThePersonNamedInFull() {
        let mentions = [mention("Karel Novak", .person, at: 0), mention("Novak", .organization, at: 100), mention("NOVAK", .location, at: 200)]
        #expect(types(mentions) == ["Karel Novak:person", "Novak:person", "NOVAK:person"])
    }

    @Test func aTwoWordNameWhoseSurnameIsWrittenAloneAsAPersonIsAPerson() {
        let mentions = [mention("Hiroshi Tanabe", .organization, at: 0), mention("Tanabe", .person, at: 100)]
        #expect(types(mentions) == ["Hiroshi Tanabe:person", "Tanabe:person"])
    }

    @Test func aSurnameAfterACourtesyTitleIsWrittenAloneToo() {
        // "Palaniappan Chidambaram ... Mr Chidambaram": the mention keeps its title.
        let mentions = [mention("Palaniappan Chidambaram", .organization, at: 0), mention("Mr Chidambaram", .person, at: 100)]
        #expect(types(mentions) == ["Palaniappan Chidambaram:person", "Mr Chidambaram:person"])
    }

    @Test func anAppositionOfAPersonsRoleMakesTheNameAPersons() {
        func appositive(_ sentence: String, _ span: Range<Int>) -> Bool {
            PersonNameEvidence.hasPersonAppositive(tokens: sentence.split(separator: " ").map(String.init), span: span)
        }
        #expect(appositive("Fidelis Nanga , a journalist based in Yaounde , said", 0..<2))
        #expect(appositive("said Kamal Mittal , a fund manager with Escorts", 1..<3))
        #expect(appositive("Anshuman Magazine , managing director , of CB Richard Ellis", 0..<2))
        #expect(appositive("Palaniappan Chidambaram , India 's finance minister , argued", 0..<2))
        // A body's apposition, a body's own noun, a clause, or one word are not a person's.
        #expect(!appositive("Goldman Sachs , an investment bank , said", 0..<2))
        #expect(!appositive("the Energy Department , whose spokesman said", 1..<3))
        #expect(!appositive("the Provisional Election Board , the body 's chairman said", 1..<4))
        #expect(!appositive("Reuters , the news agency , said", 0..<1))
        #expect(!appositive("Human Rights Watch , which monitors the minister , said", 0..<3))
    }

    @Test func aNameWhoseTwoWordSurnameIsWrittenAloneAsAPersonIsAPerson() {
        let mentions = [mention("Marco De Luca", .organization, at: 0), mention("De Luca", .person, at: 100)]
        #expect(types(mentions) == ["Marco De Luca:person", "De Luca:person"])
        // An organization whose last words are no person's written alone keeps its type.
        #expect(types([mention("Banca De Luca Group", .organization, at: 0), mention("Marco", .person, at: 100)])
                == ["Banca De Luca Group:organization", "Marco:person"])
    }

    @Test func gazetteerNamesCountriesAndAmbiguousSurnamesKeepTheirType() {
        // A place the gazetteer knows stays a place beside a person of that surname.
        #expect(types([mention("Larry London", .person, at: 0), mention("London", .location, at: 100, canonical: "London")])
                == ["Larry London:person", "London:location"])
        // Two people of the surname: the bare name is no one's in particular.
        #expect(types([mention("Anna Berg", .person, at: 0), mention("Erik Berg", .person, at: 50), mention("Berg", .organization, at: 100)])
                == ["Anna Berg:person", "Erik Berg:person", "Berg:organization"])
        // No person of that surname, or a name with more than a person's words.
        #expect(types([mention("Novak Holdings", .organization, at: 0), mention("Bank of Tanabe", .organization, at: 100), mention("Tanabe", .person, at: 200)])
                == ["Novak Holdings:organization", "Bank of Tanabe:organization", "Tanabe:person"])
        // A "full name" that is not written as one gives no surname.
        #expect(types([mention("Aquino the Philippine", .person, at: 0), mention("Philippine", .organization, at: 100)])
                == ["Aquino the Philippine:person", "Philippine:organization"])
    }

    @Test func aNameOpeningWithAFirstNameAfterABodysPossessiveIsAPersons() {
        let firstNames: Set<String> = ["Alpha", "Tim", "Karen", "Venus"]
        func after(_ sentence: String, _ span: Range<Int>, organizationEnds: Set<Int>) -> Bool {
            PersonNameEvidence.followsPossessive(tokens: sentence.split(separator: " ").map(String.init), span: span,
                                                 organizationEnds: organizationEnds, isFirstName: firstNames.contains)
        }
        #expect(after("UNHCR 's Alpha Seydi Ba described the strain", 2..<5, organizationEnds: [1]))
        #expect(after("Apple 's Tim Cook said", 2..<4, organizationEnds: [1]))
        // A place's possessive, a name with no first name, a body's noun, or one word are not a person's.
        #expect(!after("Burma 's Karen State was shelled", 2..<4, organizationEnds: []))
        #expect(!after("Google 's Android Auto was updated", 2..<4, organizationEnds: [1]))
        #expect(!after("Google 's Karen Foundation gave", 2..<4, organizationEnds: [1]))
        #expect(!after("Google 's Alpha said", 2..<3, organizationEnds: [1]))
    }

    @Test func aRoleHeadOrOfficerBeforeANameMakesItAPersons() {
        let tokens = "Electoral commission head Faustino Ndong Esono Eyang confirmed".split(separator: " ").map(String.init)
        #expect(PersonNameEvidence.followsPersonNoun(tokens: tokens, span: 3..<7))
    }
}
