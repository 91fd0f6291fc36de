import Foundation
import NexusCore
import Testing
@testable import NexusEvents

/// Namesakes, courtesy titles and bare surnames, on hand-written paragraphs in the house styles
/// of papers that write "Mr Straw" after the first full mention. Expected entities are what a
/// reader of each paragraph knows.
@Suite struct NamesakeResolutionTests {
    let resolver: CorpusResolver

    init() throws { resolver = try CorpusResolver.standard() }

    /// The entity id each mention at `start` (scalar offset of the surface in the text) ended in.
    func entity(at surface: String, occurrence: Int = 1, in result: CorpusExtraction, document: Int = 0, text: String) -> String? {
        var from = text.startIndex
        var start = 0
        for _ in 0..<occurrence {
            guard let r = text.range(of: surface, range: from..<text.endIndex) else { return nil }
            start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            from = r.upperBound
        }
        return result.documents[document].entities.first { $0.mentions.contains { $0.range.start == start } }?.id
    }

    @Test func fatherAndSonWithDifferentInitialsStayTwoPeople() {
        let text = "George H. W. Bush met his son George W. Bush in Texas. George W. Bush spoke first."
        let doc = ResolutionTestDocument.make(id: "a", text: text, [("George H. W. Bush", .person, nil), ("George W. Bush", .person, nil)])
        let result = resolver.resolve([doc])
        #expect(Set(result.entities.map(\.id)) == ["person:george-h-w-bush", "person:george-w-bush"])
    }

    @Test func aNameWithoutInitialsJoinsTheOnlyInitialledVariant() {
        let text = "Joseph R. Biden arrived on Monday. Joseph Biden then met reporters."
        let doc = ResolutionTestDocument.make(id: "a", text: text, [("Joseph R. Biden", .person, nil), ("Joseph Biden", .person, nil)])
        #expect(resolver.resolve([doc]).entities.count == 1)
        // Across documents too, when the corpus has one initialled variant.
        let a = ResolutionTestDocument.make(id: "a", text: "Joseph R. Biden arrived.", [("Joseph R. Biden", .person, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "Joseph Biden left.", [("Joseph Biden", .person, nil)])
        #expect(resolver.resolve([a, b]).entities.count == 1)
        // But not when the corpus has two.
        let c = ResolutionTestDocument.make(id: "c", text: "George W. Bush spoke.", [("George W. Bush", .person, nil)])
        let d = ResolutionTestDocument.make(id: "d", text: "George H. W. Bush listened.", [("George H. W. Bush", .person, nil)])
        let e = ResolutionTestDocument.make(id: "e", text: "George Bush was mentioned.", [("George Bush", .person, nil)])
        #expect(resolver.resolve([c, d, e]).entities.count == 3)
        // A document about the father that also writes him "George Bush" does not carry the
        // bare name of other documents over to him: they stay "George Bush".
        let f = ResolutionTestDocument.make(id: "f", text: "George H. W. Bush was honoured. George Bush thanked the crowd.",
                                            [("George H. W. Bush", .person, nil), ("George Bush", .person, nil)])
        let g = ResolutionTestDocument.make(id: "g", text: "President George Bush spoke in Iraq.", [("George Bush", .person, nil)])
        let found = resolver.resolve([c, f, g])
        #expect(Set(found.entities.map(\.id)) == ["person:george-w-bush", "person:george-h-w-bush", "person:george-bush"])
        #expect(found.documents[2].entities.map(\.id) == ["person:george-bush"])
    }

    @Test func courtesyTitlesSendASurnameToThePersonOfThatGender() {
        let text = "Hillary Clinton and Bill Clinton attended. Mrs Clinton praised the host, while Mr Clinton recalled the campaign."
        let doc = ResolutionTestDocument.make(id: "a", text: text, [("Hillary Clinton", .person, nil), ("Bill Clinton", .person, nil), ("Clinton", .person, nil)])
        let result = resolver.resolve([doc])
        #expect(Set(result.entities.map(\.id)) == ["person:bill-clinton", "person:hillary-clinton"])
        #expect(entity(at: "Clinton", occurrence: 3, in: result, text: text) == "person:hillary-clinton")
        #expect(entity(at: "Clinton", occurrence: 4, in: result, text: text) == "person:bill-clinton")
    }

    @Test func aSurnameNeverFusesTwoFullNames() {
        // Without titles, the bare surname goes to one of them (the nearest before it), and the
        // two brothers stay apart.
        let text = "Fidel Castro did not attend. Raul Castro sent a message. Castro said the talks would go on. Castro later left."
        let doc = ResolutionTestDocument.make(id: "a", text: text, [("Fidel Castro", .person, nil), ("Raul Castro", .person, nil), ("Castro", .person, nil)])
        let result = resolver.resolve([doc])
        #expect(Set(result.entities.map(\.id)) == ["person:fidel-castro", "person:raul-castro"])
        #expect(entity(at: "Castro", occurrence: 3, in: result, text: text) == "person:raul-castro")
        #expect(entity(at: "Castro", occurrence: 4, in: result, text: text) == "person:raul-castro")
    }

    @Test func honorificSurnamesInOtherDocumentsJoinTheOneFullName() {
        let a = ResolutionTestDocument.make(id: "a", text: "Foreign Secretary Jack Straw spoke in the Commons.", [("Jack Straw", .person, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "Mr Straw said the vote would go ahead.", [("Straw", .person, nil)])
        let c = ResolutionTestDocument.make(id: "c", text: "Critics of Mr Straw were not convinced.", [("Straw", .person, nil)])
        let result = resolver.resolve([a, b, c])
        #expect(result.entities.map(\.id) == ["person:jack-straw"])
        #expect(result.entities[0].documents == ["a", "b", "c"])
    }

    @Test func anAmbiguousSurnameIsOneNodeNotOnePerDocument() {
        let a = ResolutionTestDocument.make(id: "a", text: "Fidel Castro spoke.", [("Fidel Castro", .person, nil)])
        let b = ResolutionTestDocument.make(id: "b", text: "Raul Castro spoke.", [("Raul Castro", .person, nil)])
        let c = ResolutionTestDocument.make(id: "c", text: "Castro was absent.", [("Castro", .person, nil)])
        let d = ResolutionTestDocument.make(id: "d", text: "Castro returned.", [("Castro", .person, nil)])
        let result = resolver.resolve([a, b, c, d])
        #expect(Set(result.entities.map(\.id)) == ["person:castro", "person:fidel-castro", "person:raul-castro"])
        #expect(result.entities.first { $0.id == "person:castro" }?.documents == ["c", "d"])
    }

    @Test func theDominantBearerTakesABareSurnameAndGenderOverridesIt() {
        var documents: [Document] = []
        for k in 0..<3 {
            documents.append(ResolutionTestDocument.make(id: "w\(k)", text: "George W. Bush spoke.", [("George W. Bush", .person, nil)]))
        }
        documents.append(ResolutionTestDocument.make(id: "l", text: "Laura Bush visited a school.", [("Laura Bush", .person, nil)]))
        documents.append(ResolutionTestDocument.make(id: "x", text: "Mr Bush said no.", [("Bush", .person, nil)]))
        documents.append(ResolutionTestDocument.make(id: "y", text: "Mrs Bush said yes.", [("Bush", .person, nil)]))
        let result = resolver.resolve(documents)
        #expect(result.entities.first { $0.id == "person:george-w-bush" }?.documents == ["w0", "w1", "w2", "x"])
        #expect(result.entities.first { $0.id == "person:laura-bush" }?.documents == ["l", "y"])
    }

    @Test func aPlaceNamedWithItsGeographicHeadIsThePlaceNamedAlone() {
        let strip = ResolutionTestDocument.make(id: "a", text: "Israeli troops entered the Gaza Strip on Monday.", [("Gaza Strip", .location, nil)])
        let bare = ResolutionTestDocument.make(id: "b", text: "Rockets were fired from Gaza on Tuesday.", [("Gaza", .location, nil)])
        #expect(resolver.resolve([strip, bare]).entities.count == 1)
        // A country is not the place its name heads.
        let valley = ResolutionTestDocument.make(id: "c", text: "Settlers moved into the Jordan Valley.", [("Jordan Valley", .location, nil)])
        let country = ResolutionTestDocument.make(id: "d", text: "Jordan protested on Monday.", [("Jordan", .country, "Jordan")])
        #expect(resolver.resolve([valley, country]).entities.count == 2)
    }
}
