import NexusCore
import Testing
import NexusText
@testable import NexusEntities

/// `EntityRecognizer.splittingAtInnerWords` and `extendingBodyNames`: a name holds no
/// lower-case word but its connectors, and a body's name goes on past a word the tagger read
/// as a title. The spans are given by hand, with the boundaries the tagger got wrong.
@Suite struct NameConnectorsTests {
    /// The spans of `sentence` after one span pass of the recognizer, as "LABEL words".
    private func applying(_ pass: (EntityRecognizer, [NERSpan], [String]) -> [NERSpan], _ sentence: String,
                          _ spans: [(Range<Int>, String)]) throws -> [String] {
        let recognizer = try EntityRecognizer.bundled()
        let tokens = Tokenizer().tokenize(sentence).map(\.text)
        return pass(recognizer, spans.map { NERSpan(range: $0.0, label: $0.1) }, tokens)
            .map { "\($0.label) " + tokens[$0.range].joined(separator: " ") }
    }

    private func split(_ sentence: String, _ spans: [(Range<Int>, String)]) throws -> [String] {
        try applying({ $0.splittingAtInnerWords($1, tokens: $2) }, sentence, spans)
    }

    private func extended(_ sentence: String, _ spans: [(Range<Int>, String)]) throws -> [String] {
        try applying({ $0.extendingBodyNames($1, tokens: $2) }, sentence, spans)
    }

    private func joined(_ sentence: String, _ spans: [(Range<Int>, String)]) throws -> [String] {
        try applying({ $0.joiningForPhrases($1, tokens: $2) }, sentence, spans)
    }

    @Test func aLowerCaseVerbOrNounInsideASpanDividesTwoNames() throws {
        #expect(try split("The Tories say Labour is acting too late", [(1..<4, "ORG")]) == ["ORG Tories", "ORG Labour"])
        #expect(try split("Howard taunts Blair over splits", [(0..<3, "PER")]) == ["PER Howard", "PER Blair"])
        // So does a dash written apart.
        #expect(try split("civil servants at Whitehall - Labour by more than 80,000", [(3..<6, "ORG")]) == ["ORG Whitehall", "ORG Labour"])
        // A noun naming the kind of body leaves the name after it.
        #expect(try split("said Human Rights group Liberty .", [(1..<5, "ORG")]) == ["ORG Liberty"])
    }

    @Test func connectorsAndParticlesStayInsideTheName() throws {
        #expect(try split("the Bank of England said", [(1..<4, "ORG")]) == ["ORG Bank of England"])
        #expect(try split("Osama bin Laden spoke", [(0..<3, "PER")]) == ["PER Osama bin Laden"])
        #expect(try split("in Dar es Salaam today", [(1..<4, "LOC")]) == ["LOC Dar es Salaam"])
        #expect(try split("Charles de Gaulle Airport", [(0..<3, "PER")]) == ["PER Charles de Gaulle"])
        #expect(try split("the Committee to Protect Journalists said", [(1..<5, "ORG")]) == ["ORG Committee to Protect Journalists"])
        // A body's bare head noun after a lower-case word is the name's, written small.
        #expect(try split("the Interfax news Agency reported", [(1..<4, "ORG")]) == ["ORG Interfax news Agency"])
        // Miscellaneous names (titles of works) are left as the tagger found them.
        #expect(try split("on Breakfast with the stars tonight", [(1..<5, "MISC")]) == ["MISC Breakfast with the stars"])
    }

    @Test func andDividesTwoBodiesOnlyAfterABodysHeadNoun() throws {
        #expect(try split("The Electoral Commission and National Union of Students are worried", [(1..<8, "ORG")])
                == ["ORG Electoral Commission", "ORG National Union of Students"])
        #expect(try split("the Food and Agriculture Organization said", [(1..<5, "ORG")]) == ["ORG Food and Agriculture Organization"])
        #expect(try split("the Justice and Equality Movement said", [(1..<5, "ORG")]) == ["ORG Justice and Equality Movement"])
        #expect(try split("the European Commission and Parliament agreed", [(1..<5, "ORG")]) == ["ORG European Commission and Parliament"])
        #expect(try split("Trinidad and Tobago Union", [(0..<4, "LOC")]) == ["LOC Trinidad and Tobago Union"])
    }

    @Test func aBodysNameGoesOnPastAWordReadAsATitle() throws {
        #expect(try extended("The Association of Chief Police Officers has issued guidance", [(1..<4, "ORG")])
                == ["ORG Association of Chief Police Officers"])
        // A title or office, a day, another span, or a run that goes on do not extend it.
        #expect(try extended("Bank of England Governor Mervyn King spoke", [(0..<3, "ORG"), (4..<6, "PER")])
                == ["ORG Bank of England", "PER Mervyn King"])
        #expect(try extended("the University of Virginia Friday said", [(1..<4, "ORG")]) == ["ORG University of Virginia"])
        #expect(try extended("the Ministry of Defence said", [(1..<4, "ORG")]) == ["ORG Ministry of Defence"])
        #expect(try extended("the Council of Europe President said", [(1..<4, "ORG")]) == ["ORG Council of Europe"])
    }

    @Test func theRecognizerReadsHouseStyleHeadlinesAndOfficesAsNamesAndRoles() throws {
        let recognizer = try EntityRecognizer.bundled(aliases: AliasTable.shipped())
        func mentions(_ text: String) -> [String] {
            recognizer.recognize(Document(id: "d", path: "d.txt", text: text)).mentions.map { "\($0.type.rawValue) \($0.text)" }
        }
        let office = mentions("Mr Leslie said the post could be called Secretary of State for Constitutional Affairs. The minister met the Secretary of Health on Monday.")
        #expect(!office.contains { $0.hasSuffix("Constitutional Affairs") || $0.hasSuffix("Health") })
        let shadow = mentions("Shadow Treasury chief secretary George Osborne said there was a black hole. Treasury officials denied it.")
        #expect(shadow.contains("person George Osborne"))
        #expect(!shadow.contains { $0.contains("Shadow") })
        let spokesmen = mentions("Lib Dem Home Affairs spokesman Mark Oaten agreed. A Department for Constitutional Affairs spokesman and a Treasury spokesman did not.")
        #expect(spokesmen.contains("organization Lib Dem"))
        #expect(spokesmen.contains("organization Department for Constitutional Affairs"))
        #expect(spokesmen.contains("organization Treasury"))
        #expect(!spokesmen.contains { $0.hasSuffix("Home Affairs") })
        let welsh = mentions("Welsh Health Minister Jane Hutt said no patient would wait more than a year.")
        #expect(welsh.contains("person Jane Hutt"))
        #expect(!welsh.contains("organization Welsh"))
    }

    @Test func aBodyRunIntoTheCountryOrPartyQualifyingTheNextWordIsSplit() throws {
        let recognizer = try EntityRecognizer.bundled(aliases: AliasTable.shipped())
        func split(_ sentence: String, _ spans: [(Range<Int>, String)]) -> [String] {
            let tokens = Tokenizer().tokenize(sentence).map(\.text)
            return recognizer.splittingKnownNames(spans.map { NERSpan(range: $0.0, label: $0.1) }, tokens: tokens)
                .map { "\($0.label) " + tokens[$0.range].joined(separator: " ") }
        }
        #expect(split("Senate Democrats criticized the plan", [(0..<2, "ORG")]) == ["ORG Senate", "ORG Democrats"])
        #expect(split("told the United Nations US officials were wrong", [(2..<5, "ORG")]) == ["ORG United Nations", "LOC US"])
        // A country's organ, a branch, or the same words before a capital or a mark stay whole.
        #expect(split("the U.S. Justice Department said", [(1..<4, "ORG")]) == ["ORG U.S. Justice Department"])
        #expect(split("the International Rescue Committee UK , which", [(1..<5, "ORG")]) == ["ORG International Rescue Committee UK"])
        #expect(split("the Organization of American States General Assembly met", [(1..<7, "ORG")])
                == ["ORG Organization of American States General Assembly"])
    }

    @Test func aRoyalOrReligiousTitleBeforeANameMakesAPersonNotABody() throws {
        let typer = try MentionTyper.bundled()
        func type(_ sentence: String, _ span: Range<Int>) -> EntityType? {
            typer.type(label: "ORG", tokens: Tokenizer().tokenize(sentence).map(\.text), span: span)?.type
        }
        #expect(type("the teachings of the Prophet Muhammad are", 4..<6) == .person)
        #expect(type("as Cardinal Cormac Murphy O'Connor said", 1..<5) == .person)
        #expect(type("a memorial to the Queen Mother was", 4..<6) == .person)
        #expect(type("the King's College London said", 1..<5) != .person)
        #expect(type("at Prince Sultan Air Base today", 1..<5) != .person)
        #expect(type("Isle of Sheppey was named", 0..<3) == .location)
    }

    @Test func aQuantifierOrDescriptionBeforeANameIsNoPartOfIt() {
        func trimmed(_ sentence: String, _ range: Range<Int>) -> String {
            let tokens = Tokenizer().tokenize(sentence).map(\.text)
            let cut = EntityRecognizer.withoutAttributivePrefix(EntityRecognizer.withoutLeadingFunctionWord(range, tokens: tokens), tokens: tokens)
            return tokens[cut].joined(separator: " ")
        }
        #expect(trimmed("Both Deutsche Boerse and Euronext bid", 0..<3) == "Deutsche Boerse")
        #expect(trimmed("Meanwhile Gazprom said", 0..<2) == "Gazprom")
        #expect(trimmed("bought DHL-owner Deutsche Post shares", 1..<4) == "Deutsche Post")
        // "All" and "No" begin names.
        #expect(trimmed("the All India Football Federation said", 1..<5) == "All India Football Federation")
        #expect(trimmed("All Nippon Airways flew", 0..<3) == "All Nippon Airways")
    }

    @Test func aBodysNameTakesTheForPhraseTheTaggerLeftApart() throws {
        // Spans as the tagger gave them: the head's "for" phrase typed apart or as a body of its own.
        #expect(try joined("The Alternative ASEAN Network for Burma urged ASEAN leaders", [(1..<4, "ORG"), (5..<6, "LOC"), (7..<8, "ORG")])
                == ["ORG Alternative ASEAN Network for Burma", "ORG ASEAN"])
        #expect(try joined("the Popular Front for the Liberation of Palestine said", [(1..<3, "ORG"), (5..<8, "ORG")])
                == ["ORG Popular Front for the Liberation of Palestine"])
        // A body the lists know keeps its name; an event is not what a body is for; a name
        // going on in capitals is another name.
        #expect(try joined("asked the European Union for Turkey 's help", [(2..<4, "ORG"), (5..<6, "LOC")]) == ["ORG European Union", "LOC Turkey"])
        #expect(try joined("the Beijing Organizing Committee for the Olympic games", [(1..<4, "ORG"), (6..<7, "MISC")])
                == ["ORG Beijing Organizing Committee", "MISC Olympic"])
        #expect(try joined("the Regional Committee for Africa Monday said", [(1..<3, "ORG"), (4..<5, "LOC")])
                == ["ORG Regional Committee", "LOC Africa"])
    }
}
