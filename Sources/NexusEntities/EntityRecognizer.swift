import NexusCore
import NexusText

/// Finds the named entities of a document: splits it into sentences and tokens, tags each
/// sentence with the statistical tagger, types every tagged span through the gazetteers
/// (``MentionTyper``: PER → person, ORG → organization, LOC → country or location, a
/// demonym standing for a state → country), then completes and corrects the spans with the
/// gazetteers (``GazetteerSpanFinder``), types as persons the names the document shows to be
/// persons' (``PersonNameEvidence``) and adds definite references such as "the Coalition"
/// (``DefiniteReferenceFinder``).
///
/// The recognizer is an immutable value: one instance can serve many threads at once.
///
/// - Complexity: O(n) in the document's length (tokenizing, tagging and typing are linear).
public struct EntityRecognizer: Sendable {
    public let splitter: SentenceSplitter
    public let tagger: NERTagger
    public let typer: MentionTyper
    public let spanFinder: GazetteerSpanFinder

    public init(
        splitter: SentenceSplitter = SentenceSplitter(), tagger: NERTagger, typer: MentionTyper,
        spanFinder: GazetteerSpanFinder
    ) {
        self.splitter = splitter
        self.tagger = tagger
        self.typer = typer
        self.spanFinder = spanFinder
    }

    /// The recognizer over the shipped model and gazetteers; the organizations of `aliases`
    /// (the alias table the resolver uses) are found by every name the table lists.
    public static func bundled(aliases: AliasTable? = nil) throws -> EntityRecognizer {
        var gazetteer = try Gazetteer.bundled()
        if let aliases { gazetteer = gazetteer.adding(Gazetteer.organizationEntries(of: aliases)) }
        return EntityRecognizer(
            tagger: try NERTagger(), typer: try MentionTyper.bundled(),
            spanFinder: GazetteerSpanFinder(gazetteer: gazetteer))
    }

    /// The document with `sentences` and `mentions` filled, mentions in text order.
    public func recognize(_ document: Document) -> Document {
        var document = document.sentences.isEmpty ? splitter.split(document) : document
        let words = document.sentences.map { $0.tokens.map(\.text) }
        let spans = tagger.spansDocument(words)
        var mentions: [Mention] = []
        for (sentence, sentenceSpans) in zip(document.sentences, spans) {
            let tokens = words[sentence.index]
            let organizationEnds = Set(sentenceSpans.filter { MentionTyper.bareLabel($0.label) == "ORG" }.map(\.range.upperBound))
            let typed = splittingAtRoles(splittingKnownNames(splittingAtInnerWords(joiningForPhrases(extendingBodyNames(Self.prefixingBodyHeads(Self.splittingAtCourtesyTitles(joiningAdjacent(RegnalNames.extending(sentenceSpans, tokens: tokens), tokens: tokens), tokens: tokens), tokens: tokens), tokens: tokens), tokens: tokens), tokens: tokens), tokens: tokens), tokens: tokens).compactMap { tagged -> GazetteerSpanFinder.Span? in
                let trimmed = Self.cutAtInnerArticle(Self.withoutAttributivePrefix(Self.withoutLeadingFunctionWord(tagged.range, tokens: tokens), tokens: tokens), tokens: tokens)
                var range = Self.withoutPortfolio(trimmed, tokens: tokens)
                let portfolioCut = range != trimmed
                range = Self.withoutTerritorialDesignation(range, tokens: tokens)
                if tagged.label.hasSuffix("LOC") { range = Self.withPlaceHead(range, tokens: tokens) }
                if tagged.label.hasSuffix("PER") { range = withoutTrailingOrganization(withoutLeadingOrganization(range, tokens: tokens), tokens: tokens) }
                guard !range.isEmpty else { return nil }
                let led = Self.withPlaceLead(range, tokens: tokens)
                if led != range { return typer.type(label: "LOC", tokens: tokens, span: led).map { GazetteerSpanFinder.Span(range: led, type: $0.type, canonical: $0.canonical) } }
                return typer.type(label: tagged.label, tokens: tokens, span: range).flatMap {
                    if $0.type == .organization && $0.canonical == nil && Self.isAttributivePhrase(range, tokens: tokens) { return nil }
                    // "Welsh Health Minister", "Shadow Treasury chief secretary": one word left
                    // before a portfolio is the government's or the opposition's, no body.
                    if $0.type == .organization && $0.canonical == nil && portfolioCut && range.count == 1 { return nil }
                    // "Secretary of State for Constitutional Affairs": a portfolio named after its office.
                    if $0.type == .organization && $0.canonical == nil && Self.isOfficePortfolio(range, tokens: tokens) { return nil }
                    if [.organization, .location].contains($0.type), $0.canonical == nil,
                       PersonNameEvidence.followsPersonNoun(tokens: tokens, span: range)
                        || PersonNameEvidence.hasPersonAppositive(tokens: tokens, span: range)
                        || PersonNameEvidence.followsPossessive(tokens: tokens, span: range, organizationEnds: organizationEnds,
                                                                isFirstName: { tagger.gazetteer.flags(for: [$0])[0].contains("B-FIRSTNAME") })
                        || (tagged.label.hasSuffix("LOC") && PersonNameEvidence.takesWho(tokens: tokens, span: range)) {
                        return GazetteerSpanFinder.Span(range: range, type: .person, canonical: nil)
                    }
                    return GazetteerSpanFinder.Span(range: range, type: $0.type, canonical: $0.canonical)
                }
            }
            let business = businessNames(typed, tokens: tokens)
            let found = business + untaggedDemonyms(business, tokens: tokens)
            let honored = found + Self.untaggedHonorifics(found, tokens: tokens)
            let placed = placesTypedAsOrganizations(withUntaggedTitled(honored, tokens: tokens).sorted { $0.range.lowerBound < $1.range.lowerBound },
                                                    tokens: tokens)
            let completed = withPartyNames(Self.extendedToDefinedAcronyms(Self.addingOtherNames(spanFinder.complete(placed, tokens: tokens), tokens: tokens), tokens: tokens), tokens: tokens)
            for span in completed {
                mentions.append(mention(of: span, in: sentence))
            }
            mentions += attributivePrefixNames(completed, in: sentence)
            mentions += hyphenatedPairNames(completed, in: sentence)
        }
        mentions = administrationLeadersRetyped(document, mentions: mentions)
        mentions += personsLeadingAdministrations(document, mentions: mentions)
        mentions += Self.untaggedSurnames(document, mentions: mentions)
        mentions.sort { $0.range < $1.range }
        mentions = Self.coordinatedNamesRetyped(Self.partyWordsRetyped(mentions), text: document.text)
        let persons = headlinePartyWords(partiesReadAsPersons(countriesReadAsPersons(PersonNameEvidence().retyped(mentions), text: document.text), text: document.text),
                                         document: document)
        document.mentions = Self.sharedCountryNamesResolved(namesTypedTwoWays(persons, text: document.text))
        document.mentions += DefiniteReferenceFinder().references(in: document)
        document.mentions.sort { $0.range < $1.range }
        return document
    }

    /// Whether the words of `range` modify the common noun after them as an adjective of
    /// origin: the last is adjective-shaped (``AttributiveModifier/isAdjectiveShaped(_:)``) and
    /// a lower-case word follows ("the few Western European countries", "Central Asian
    /// states"). Such a phrase names no organization.
    static func isAttributivePhrase(_ range: Range<Int>, tokens: [String]) -> Bool {
        guard range.upperBound < tokens.count, let next = tokens[range.upperBound].unicodeScalars.first,
              next.properties.isLowercase, tokens[range.upperBound].allSatisfy(\.isLetter) else { return false }
        return AttributiveModifier.isAdjectiveShaped(tokens[range.upperBound - 1].lowercased())
    }

    /// Demonyms the tagger left untagged that stand for their state by the words after them
    /// (``MentionTyper/typeMisc(tokens:span:)``: "the Pakistani leader", "an Israeli airstrike"),
    /// two-word demonyms first ("South Korean"). Words inside a tagged span are skipped.
    func untaggedDemonyms(_ spans: [GazetteerSpanFinder.Span], tokens: [String]) -> [GazetteerSpanFinder.Span] {
        let covered = Self.covered(by: spans, count: tokens.count)
        var out: [GazetteerSpanFinder.Span] = []
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard !covered[k], tokens[k].first?.isUppercase == true else { continue }
            for length in [2, 1] where k + length <= tokens.count && !covered[k..<(k + length)].contains(true) {
                let range = k..<(k + length)
                guard typer.countries.country(forDemonymTokens: Array(tokens[range])) != nil,
                      let typed = typer.typeMisc(tokens: tokens, span: range) else { continue }
                out.append(GazetteerSpanFinder.Span(range: range, type: typed.type, canonical: typed.canonical))
                k += length - 1
                break
            }
        }
        return out
    }

    /// Names the tagger left untagged after a courtesy title: "Mr. Ban", "Ms Ardern" (words
    /// that are also common words). Up to three capitalised words right after "Mr", "Mrs",
    /// "Ms", "Dr", "Sir" or "Dame" (with or without a full stop) are a person.
    static func untaggedHonorifics(_ spans: [GazetteerSpanFinder.Span], tokens: [String]) -> [GazetteerSpanFinder.Span] {
        let covered = covered(by: spans, count: tokens.count)
        var out: [GazetteerSpanFinder.Span] = []
        for k in tokens.indices.dropLast() where honorifics.contains(tokens[k].lowercased()) {
            var end = k + 1
            while end < tokens.count, end < k + 4, !covered[end], tokens[end].first?.isUppercase == true,
                  tokens[end].contains(where: \.isLowercase) || tokens[end].count == 1 {
                end += 1
            }
            if end > k + 1 { out.append(GazetteerSpanFinder.Span(range: (k + 1)..<end, type: .person)) }
        }
        return out
    }

    /// The tagger's spans with two persons, or two places, that touch joined into one: the
    /// tagger sometimes opens a second span inside one name ("Dick | Cheney", "Aung | San Suu
    /// Kyi", "United | Arab Emirates"), and English does not write two names of one kind side
    /// by side without a comma or a word between them. Places stay apart when either is a
    /// country on its own ("U.S. | Gulf Coast", "Colombo | Sri Lanka").
    ///
    /// An organization whose name ends in a body's head noun, followed by "of" and a country, is
    /// one name with it: the tagger cuts "Islamic Army | of | Iraq" as often as it keeps
    /// "Communist Party of China" whole (``organizationHeads``).
    func joiningAdjacent(_ spans: [NERSpan], tokens: [String]) -> [NERSpan] {
        var out: [NERSpan] = []
        for span in Self.withArabicSurnames(spans, tokens: tokens) {
            if let last = out.last, last.range.upperBound == span.range.lowerBound, last.label == span.label,
               span.label == "PER" || (span.label == "LOC" && !isCountry(last.range, tokens) && !isCountry(span.range, tokens)) {
                out[out.count - 1].range = last.range.lowerBound..<span.range.upperBound
            } else if let last = out.last, last.label == "ORG", last.range.upperBound + 1 == span.range.lowerBound,
                      tokens[last.range.upperBound] == "of", Self.organizationHeads.contains(tokens[last.range.upperBound - 1]),
                      isCountry(span.range, tokens) {
                out[out.count - 1].range = last.range.lowerBound..<span.range.upperBound
            } else {
                out.append(span)
            }
        }
        return out
    }

    /// Last words of the names of parties, movements and associations that are often named
    /// after their country ("Islamic Army of Iraq", "Democratic Party of Japan", "Football
    /// Federation of Nigeria"). Not the organs of a state ("Supreme Court", "National Assembly",
    /// "Armed Forces", "Security Council"): they stay beside their country, which they act for
    /// (docs/resolution.md).
    static let organizationHeads: Set<String> = [
        "Army", "Front", "Party", "Movement", "Brigade", "Brigades", "Committee", "Union", "Federation", "League",
        "Organization", "Organisation", "Church", "Association", "Alliance", "Group",
    ]

    /// Whether the tokens of `range` are a country's name or code on their own.
    private func isCountry(_ range: Range<Int>, _ tokens: [String]) -> Bool {
        typer.countries.entry(forTokens: Array(tokens[range]), kinds: [.country]) != nil
    }

    /// Names the tagger left untagged after a title: "Secretary-General Ban Ki-moon", "Major
    /// General Waheed Arshad", "Deputy Foreign Minister Song Min-soon" (names of words that are
    /// also common words, or that no training text had, behind a title the tagger reads as the
    /// start of a sentence part). Up to three capitalised words right after a capitalised title
    /// of the gazetteer are a person when the title is of two words or more or hyphenated, when
    /// a later word is a hyphenated given name ("CEO Kwon Young-soo"), or
    /// when the first word is a first name of the tagger's name list ("General Electric" and
    /// "Prince Wednesday" are not persons) and the title does not open the sentence. Weekdays,
    /// months and further titles end the name;
    /// a person span right after the words is the rest of the name ("Vice President Rupiah
    /// Banda" with "Banda" tagged alone).
    func withUntaggedTitled(_ spans: [GazetteerSpanFinder.Span], tokens: [String]) -> [GazetteerSpanFinder.Span] {
        let covered = Self.covered(by: spans, count: tokens.count)
        let titles = spanFinder.gazetteer.longestMatches(in: tokens, kinds: [.title])
        guard !titles.isEmpty else { return spans }
        let titleStarts = Set(titles.map(\.range.lowerBound))
        var flags: [[String]]?
        var out = spans
        for title in titles where tokens[title.range.lowerBound].first?.isUppercase == true {
            var end = title.range.upperBound
            while end < tokens.count, end < title.range.upperBound + 3, !covered[end], !titleStarts.contains(end), Self.isNameWord(tokens[end]) {
                end += 1
            }
            guard end > title.range.upperBound else { continue }
            // "CEO Kwon Young-soo": a romanised East Asian given name ("Young-soo", "Min-soon")
            // after a family name is a person's whatever the title.
            let strong = title.range.count >= 2 || tokens[title.range.lowerBound].contains("-")
                || (end - title.range.upperBound >= 2 && tokens[(title.range.upperBound + 1)..<end].contains(where: Self.isHyphenatedGivenName))
            if !strong {
                // A one-word title opening the sentence is capitalised anyway ("Major parties ...").
                guard title.range.lowerBound > 0 else { continue }
                if flags == nil { flags = tagger.gazetteer.flags(for: tokens) }
                guard flags![title.range.upperBound].contains("B-FIRSTNAME") else { continue }
            }
            if let rest = out.firstIndex(where: { $0.range.lowerBound == end && $0.type == .person }) {
                out[rest] = GazetteerSpanFinder.Span(range: title.range.upperBound..<out[rest].range.upperBound, type: .person)
            } else {
                out.append(GazetteerSpanFinder.Span(range: title.range.upperBound..<end, type: .person))
            }
        }
        return out
    }

    /// A romanised Korean or Chinese given name of two syllables joined by a hyphen, the second
    /// in lower case: "Young-soo", "Ki-moon", "Min-soon".
    static func isHyphenatedGivenName(_ token: String) -> Bool {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts[0].first, first.isUppercase, parts[0].count >= 2, parts[1].count >= 2 else { return false }
        return parts[0].dropFirst().allSatisfy(\.isLowercase) && parts[1].allSatisfy(\.isLowercase)
    }

    /// A capitalised word with a lower-case letter ("Arshad", "Ki-moon") that is not a weekday
    /// or a month: a word of a person's name after a title.
    static func isNameWord(_ token: String) -> Bool {
        guard token.first?.isUppercase == true, token.contains(where: \.isLowercase), token.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else { return false }
        let lower = token.lowercased()
        return DateText.weekdays[lower] == nil && DateText.months[lower] == nil
    }

    /// The person a government is named after, where the tagger left the name untagged: "the
    /// Bush administration", "the Obama administration", "the Blair government". A capitalised
    /// word after "the" and before administration, government, cabinet or presidency is a
    /// mention of a person when the document names a person of that surname or the word is a
    /// surname of the tagger's name list and not one of its cities ("the Gibraltar government").
    ///
    /// - Complexity: O(t) in the document's tokens.
    func personsLeadingAdministrations(_ document: Document, mentions: [Mention]) -> [Mention] {
        let surnames = Set(mentions.filter { $0.type == .person }.compactMap { $0.text.split(separator: " ").last.map(String.init) })
        var out: [Mention] = []
        for sentence in document.sentences {
            let tokens = sentence.tokens.map(\.text)
            var flags: [[String]]?
            for k in tokens.indices.dropFirst().dropLast() where Self.governmentNouns.contains(tokens[k + 1].lowercased())
                && tokens[k - 1].lowercased() == "the" && Self.isNameWord(tokens[k]) {
                let token = sentence.tokens[k]
                guard !mentions.contains(where: { $0.sentence == sentence.index && $0.range.overlaps(token.range) }) else { continue }
                if !surnames.contains(tokens[k]) {
                    if flags == nil { flags = tagger.gazetteer.flags(for: tokens) }
                    guard flags![k].contains("B-SURNAME"), !flags![k].contains("B-CITY") else { continue }
                }
                out.append(Mention(text: tokens[k], type: .person, sentence: sentence.index, range: token.range))
            }
        }
        return out
    }

    /// The person an administration or presidency is named after, where the tagger typed the
    /// name as an organization or a place: "the Trump administration", "the Tinubu
    /// presidency". A one-word organization or place mention that no list knows (no canonical
    /// name), after "the" and before "administration" or "presidency", is a person's surname
    /// unless the tagger's name list has it as a city ("the Gaza administration" is a listed
    /// place and keeps its type) or it names a party ("the Labour administration").
    /// "Government" and "cabinet" are left out: places have those.
    ///
    /// - Complexity: O(s + m) for s sentences and m mentions, plus, per candidate, a scan of its
    /// sentence's tokens and one gazetteer lookup.
    func administrationLeadersRetyped(_ document: Document, mentions: [Mention]) -> [Mention] {
        let sentenceAt = Dictionary(document.sentences.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        return mentions.map { m in
            guard [.organization, .location].contains(m.type), m.canonical == nil, !m.text.contains(" "),
                  let sentence = sentenceAt[m.sentence],
                  let k = sentence.tokens.firstIndex(where: { $0.range == m.range }),
                  k > 0, k + 1 < sentence.tokens.count, sentence.tokens[k - 1].text.lowercased() == "the",
                  ["administration", "presidency"].contains(sentence.tokens[k + 1].text),
                  // "the Labour administration": a party's government, not a person's.
                  !Self.doctrineWords.contains(m.text), typer.knownOrganization([m.text]) == nil,
                  !tagger.gazetteer.flags(for: [m.text])[0].contains("B-CITY") else { return m }
            var person = m
            person.type = .person
            return person
        }
    }

    /// A person's surname written alone where the tagger left it untagged ("Modi invited
    /// Macron to visit" after "Emmanuel Macron" and "Mr Macron"): one label for one name across
    /// a document, the non-local consistency of Krishnan & Manning (2006, "An effective
    /// two-stage model for exploiting non-local dependencies in named entity recognition").
    /// A capitalised name word no mention covers is a mention of a person when a person
    /// mention of two or more words in the document ends with it, no other kind of mention is
    /// that word, the document never writes it in lower case ("Rice", "Brown" as common
    /// words), and no capitalised word is next to it (it would be part of another name).
    ///
    /// - Complexity: O(t + m) in the document's tokens and mentions.
    static func untaggedSurnames(_ document: Document, mentions: [Mention]) -> [Mention] {
        var surnames: Set<String> = []
        for m in mentions where m.type == .person {
            let parts = m.text.split(separator: " ")
            if parts.count >= 2, let last = parts.last { surnames.insert(String(last)) }
        }
        surnames.subtract(mentions.filter { $0.type != .person }.map(\.text))
        guard !surnames.isEmpty else { return [] }
        let lowercaseWords = Set(document.sentences.flatMap { $0.tokens.map(\.text) }.filter { $0.first?.isLowercase == true })
        surnames = surnames.filter { !lowercaseWords.contains($0.lowercased()) }
        var out: [Mention] = []
        for sentence in document.sentences {
            let tokens = sentence.tokens
            for (k, token) in tokens.enumerated() where surnames.contains(token.text) && isNameWord(token.text) {
                if k > 0, tokens[k - 1].text.first?.isUppercase == true { continue }
                if k + 1 < tokens.count, tokens[k + 1].text.first?.isUppercase == true { continue }
                guard !mentions.contains(where: { $0.sentence == sentence.index && $0.range.overlaps(token.range) }) else { continue }
                out.append(Mention(text: token.text, type: .person, sentence: sentence.index, range: token.range))
            }
        }
        return out
    }

    /// A person's name runs on over a surname with an Arabic article ("Abdel Fattah el-Sisi",
    /// "Omar al-Bashir") that the tagger left out or labelled apart (the lower-case article
    /// reads as a common word): a person span followed right away by one token "al-", "el-",
    /// "ad-", "ash-", "as-", "at-", "ar-", "an-" or "az-" and a capital takes that token in.
    static func withArabicSurnames(_ spans: [NERSpan], tokens: [String]) -> [NERSpan] {
        var out: [NERSpan] = []
        var k = 0
        while k < spans.count {
            var span = spans[k]
            let next = span.range.upperBound
            if span.label.hasSuffix("PER"), next < tokens.count, isArticledSurname(tokens[next]) {
                let following = k + 1 < spans.count && spans[k + 1].range.lowerBound == next ? spans[k + 1] : nil
                if following == nil || following!.range.count == 1 {
                    span.range = span.range.lowerBound..<(next + 1)
                    if following != nil { k += 1 }
                }
            }
            out.append(span)
            k += 1
        }
        return out
    }

    /// "el-Sisi", "al-Bashir", "Al-Sadr": an Arabic article (``DocumentResolver/articles``, the
    /// list name resolution strips) and a capitalised word of two letters or more.
    static func isArticledSurname(_ token: String) -> Bool {
        let lower = token.lowercased()
        guard let article = DocumentResolver.articles.first(where: { lower.hasPrefix($0) }) else { return false }
        let rest = token.dropFirst(article.count)
        return rest.first?.isUppercase == true && rest.count >= 2
    }

    /// Nouns for a government named after its leader.
    public static let governmentNouns: Set<String> = ["administration", "government", "cabinet", "presidency"]

    /// The courtesy titles (``MentionTyper/courtesyTitles``) that open an untagged name here:
    /// not the peers' styles, whose words also open other names ("Lord's Resistance Army"), nor
    /// words that are also common words ("Miss", "Madam").
    static let honorifics: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "mme", "mme."]

    /// For each token, whether one of `spans` covers it.
    static func covered(by spans: [GazetteerSpanFinder.Span], count: Int) -> [Bool] {
        var covered = [Bool](repeating: false, count: count)
        for span in spans { for k in span.range { covered[k] = true } }
        return covered
    }

    /// Endings of a hyphenated word that make the words before it a description of what follows
    /// ("New York-based", "Saudi-led", "Iranian-backed", "Kenyan-born", "DHL-owner").
    static let attributiveEndings: [String] = ["-based", "-led", "-backed", "-born", "-owned", "-run", "-funded", "-linked",
                                               "-allied", "-affiliated", "-sponsored", "-controlled", "-headquartered", "-registered",
                                               "-owner", "-maker", "-parent"]

    /// A span started after its last word with one of ``attributiveEndings``, which describes
    /// the name after it and is no part of it: "the New York-based Human Rights Watch" names
    /// Human Rights Watch. A span that ends with such a word is left as it is.
    static func withoutAttributivePrefix(_ range: Range<Int>, tokens: [String]) -> Range<Int> {
        guard range.count > 1 else { return range }
        guard let last = range.dropLast().last(where: { k in
            let lower = tokens[k].lowercased()
            return attributiveEndings.contains { lower.hasSuffix($0) && lower.count > $0.count }
        }) else { return range }
        return (last + 1)..<range.upperBound
    }

    /// Quantifiers and determiners that a sentence may start with before a name. Not "All" or
    /// "No", which begin names ("All India Football Federation", "All Nippon Airways").
    static let leadingFunctionWords: Set<String> = [
        "both", "neither", "either", "some", "many", "most", "several", "each", "every", "only", "even", "such",
        "any", "these", "those", "this", "that", "another", "other", "few",
    ]

    /// A span without a capitalised quantifier, determiner or sentence adverb the tagger ran
    /// into its start ("Both Deutsche Boerse and Euronext", "Meanwhile Gazprom said").
    static func withoutLeadingFunctionWord(_ range: Range<Int>, tokens: [String]) -> Range<Int> {
        guard range.count > 1 else { return range }
        let first = tokens[range.lowerBound].lowercased()
        guard leadingFunctionWords.contains(first) || OtherNames.sentenceAdverbs.contains(first) else { return range }
        return (range.lowerBound + 1)..<range.upperBound
    }

    /// A span cut before a capitalised "The" inside it, where a headline without a full stop runs
    /// into the text ("Blair backs Brown The prime minister ..." gives "Brown", not "Brown The").
    /// "The" after "of" or "and" stays ("Friends of The Earth").
    static func cutAtInnerArticle(_ range: Range<Int>, tokens: [String]) -> Range<Int> {
        guard range.count > 1 else { return range }
        for k in (range.lowerBound + 1)..<range.upperBound where tokens[k] == "The" {
            let previous = tokens[k - 1].lowercased()
            if previous == "of" || previous == "and" || previous == "&" { continue }
            return range.lowerBound..<k
        }
        return range
    }

    /// Organization spans that are exactly a city of the tagger's place list (GeoNames cities),
    /// or such a city and a compass point ("Derby North"), and no known organization
    /// ("Hartlepool", a constituency): places, or countries when the name is a country's
    /// ("Jordan"). A known organization (an alias-table or gazetteer name, with a canonical) stays.
    func placesTypedAsOrganizations(_ spans: [GazetteerSpanFinder.Span], tokens: [String]) -> [GazetteerSpanFinder.Span] {
        guard spans.contains(where: { $0.type == .organization && $0.canonical == nil }) else { return spans }
        let flags = tagger.gazetteer.flags(for: tokens)
        return spans.map { span in
            // "Derby North", "Aberdeen South": a city and a compass point name a constituency.
            let city = span.range.count >= 2 && Self.compassPoints.contains(tokens[span.range.upperBound - 1])
                ? span.range.dropLast() : span.range[...]
            guard span.type == .organization, span.canonical == nil,
                  flags[city.startIndex].contains("B-CITY"),
                  city.dropFirst().allSatisfy({ flags[$0].contains("I-CITY") }),
                  city.endIndex == tokens.count || !flags[city.endIndex].contains("I-CITY"),
                  spanFinder.gazetteer.entries(exactly: Array(tokens[span.range]), kinds: [.organization]).isEmpty
            else { return span }
            // "will give Jordan 1 billion dollars": a country's name is the country (a city of
            // the same name would split it into two nodes).
            if typer.countries.entry(forTokens: Array(tokens[span.range]), kinds: [.country]) != nil {
                let typed = typer.countries.typeLocation(tokens: Array(tokens[span.range]))
                return GazetteerSpanFinder.Span(range: span.range, type: .country, canonical: typed.canonical)
            }
            return GazetteerSpanFinder.Span(range: span.range, type: .location, canonical: nil)
        }
    }

    /// Compass points that follow a city's name in the name of a constituency or district.
    static let compassPoints: Set<String> = ["North", "South", "East", "West", "Central", "North-East", "North-West", "South-East", "South-West"]

    /// A place span with the capitalised geographic head the tagger left after it: "Gaza" in
    /// "the Gaza Strip" is "Gaza Strip", "Jordan" in "the Jordan Valley" is "Jordan Valley" (a
    /// place, not the country).
    static func withPlaceHead(_ range: Range<Int>, tokens: [String]) -> Range<Int> {
        guard range.upperBound < tokens.count, placeHeads.contains(tokens[range.upperBound]) else { return range }
        return range.lowerBound..<(range.upperBound + 1)
    }

    /// A name after "Sea of", "Gulf of", "Strait of" and the like with those words, a place of
    /// its own: "Japan" in "the Sea of Japan" is no mention of the country, "Aden" in "the Gulf
    /// of Aden" no mention of the city. The tagger often leaves the feature's words out.
    static func withPlaceLead(_ range: Range<Int>, tokens: [String]) -> Range<Int> {
        guard range.lowerBound >= 2, tokens[range.lowerBound - 1] == "of", placeLeads.contains(tokens[range.lowerBound - 2]) else { return range }
        return (range.lowerBound - 2)..<range.upperBound
    }

    /// Capitalised words of a sea, a gulf, a strait or a bay that open a place name before "of".
    static let placeLeads: Set<String> = ["Sea", "Gulf", "Bay", "Strait", "Straits", "Isle", "Lake", "Cape", "Horn"]

    /// Capitalised heads of place names that follow the name they complete.
    static let placeHeads: Set<String> = ["Strip", "Valley", "Peninsula", "Heights", "Province", "Region", "Islands", "Island",
                                          "Coast", "Basin", "Desert", "Mountains", "Delta", "Plateau", "Corridor"]

    /// A peer's name without the territorial designation: "Lord Irvine of Lairg" is "Lord
    /// Irvine", "Baroness Kennedy of The Shaws" is "Baroness Kennedy".
    static func withoutTerritorialDesignation(_ range: Range<Int>, tokens: [String]) -> Range<Int> {
        let styles = DocumentResolver.peerStyles
        let start = range.lowerBound
        let styled = styles.contains(tokens[start].lowercased()) || (start > 0 && styles.contains(tokens[start - 1].lowercased()))
        guard styled, range.count >= 3 else { return range }
        for k in (start + 1)..<range.upperBound where tokens[k] == "of" && k > start + (styles.contains(tokens[start].lowercased()) ? 1 : 0) {
            return start..<k
        }
        return range
    }

    /// Spans split at a title of address inside them ("Speaking in Harrogate Mr Kennedy said", a
    /// comma left out, tagged as one name): the title and the capitalised words after it are a
    /// person's; the words before keep the tagger's label, or are dropped when it said person
    /// (the gazetteer then finds a place among them). Only the plain titles of address
    /// (``innerAddressTitles``): "Dame" and "Lord" also sit inside names ("Notre Dame Cathedral").
    static func splittingAtCourtesyTitles(_ spans: [NERSpan], tokens: [String]) -> [NERSpan] {
        spans.flatMap { span -> [NERSpan] in
            let range = span.range
            guard range.count >= 3 else { return [span] }
            for k in (range.lowerBound + 1)..<(range.upperBound - 1)
            where innerAddressTitles.contains(tokens[k].lowercased()) && tokens[k + 1].first?.isUppercase == true {
                let person = NERSpan(range: k..<range.upperBound, label: "PER")
                return MentionTyper.bareLabel(span.label) == "PER" ? [person] : [NERSpan(range: range.lowerBound..<k, label: span.label), person]
            }
            return [span]
        }
    }

    /// Titles of address that begin a person's name wherever they stand.
    static let innerAddressTitles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "messrs", "messrs."]

    /// A person span without the organization the tagger ran into its start ("Tory Liam Fox",
    /// "Lib Dems David Laws"): a gazetteer or alias-table organization name followed by at least
    /// one capitalised word. The organization is then found on its own by the gazetteer.
    func withoutLeadingOrganization(_ range: Range<Int>, tokens: [String]) -> Range<Int> {
        guard range.count >= 2 else { return range }
        let words = Array(tokens[range])
        guard let first = spanFinder.gazetteer.longestMatches(in: words, kinds: [.organization]).first,
              first.range.lowerBound == 0, first.range.upperBound < words.count,
              words[first.range.upperBound].first?.isUppercase == true else { return range }
        return (range.lowerBound + first.range.upperBound)..<range.upperBound
    }

    /// A person span without the party the tagger ran into its end where a headline runs two
    /// names together ("Blair Labour's longest-serving PM"): capitalised words followed by the
    /// name of a party the gazetteer or alias table knows (its canonical name ends in "Party" or
    /// "Democrats"). Other organizations are also surnames ("Michael Bloomberg", "Brian
    /// Wagner"). The party is then found on its own by the gazetteer.
    func withoutTrailingOrganization(_ range: Range<Int>, tokens: [String]) -> Range<Int> {
        guard range.count >= 2 else { return range }
        let words = Array(tokens[range])
        guard let last = spanFinder.gazetteer.longestMatches(in: words, kinds: [.organization]).last,
              last.range.upperBound == words.count, last.range.lowerBound > 0,
              last.entry.canonical.hasSuffix("Party") || last.entry.canonical.hasSuffix("Democrats"),
              // "Al Fatah": an article before the name is part of it.
              words[..<last.range.lowerBound].contains(where: { $0.count > 2 }) else { return range }
        return range.lowerBound..<(range.lowerBound + last.range.lowerBound)
    }

    /// A span without the portfolio words the tagger ran into it before an office: "US Trade"
    /// in "US Trade Representative Katherine Tai" is "US"; "Foreign" in "Foreign Minister" goes.
    /// A portfolio after "of" or "for" is the name's own ("Department of Homeland Security").
    static func withoutPortfolio(_ range: Range<Int>, tokens: [String]) -> Range<Int> {
        var office = range.upperBound
        // "Shadow Treasury chief secretary": a rank may stand before the office.
        if office + 1 < tokens.count, officeRanks.contains(tokens[office].lowercased()) { office += 1 }
        guard office < tokens.count else { return range }
        let spokesperson = spokespersonWords.contains(tokens[office].lowercased())
        guard spokesperson || TitleLexicon.officeWords.contains(tokens[office].lowercased()) else { return range }
        var end = range.upperBound
        // "Justice and Home Affairs Commissioner": portfolios joined by "and" are one.
        func inPortfolio(_ k: Int) -> Bool {
            TitleLexicon.portfolioNouns.contains(tokens[k].lowercased())
                || (["and", "&"].contains(tokens[k]) && k > range.lowerBound && TitleLexicon.portfolioNouns.contains(tokens[k - 1].lowercased()))
        }
        while end > range.lowerBound, inPortfolio(end - 1) { end -= 1 }
        // "Department of Homeland Security Secretary", "Department for Constitutional Affairs
        // spokesman": the portfolio names the department.
        if end < range.upperBound, tokens[range.lowerBound..<end].contains(where: { ["of", "for"].contains($0.lowercased()) }) { return range }
        // "Lib Dem Home Affairs spokesman": a party's spokesman for a portfolio; but "Treasury
        // spokesman" alone speaks for the Treasury.
        if spokesperson && end == range.lowerBound { return range }
        return range.lowerBound..<end
    }

    /// Spokespeople, who speak for a party's portfolio as ministers hold a government's.
    public static let spokespersonWords: Set<String> = ["spokesman", "spokeswoman", "spokesperson"]

    /// Ranks written between a portfolio and its office ("Treasury chief secretary").
    static let officeRanks: Set<String> = ["chief", "deputy", "junior", "senior", "principal", "permanent", "under"]

    /// Whether `range` is the portfolio of an office written before it with "of" or "for":
    /// "Secretary of Health", "Secretary of State for Constitutional Affairs", "Minister for
    /// Trade" (its last word a ``TitleLexicon/portfolioNouns`` word). "Secretary-General of
    /// the United Nations" names a body: "the" stands between.
    static func isOfficePortfolio(_ range: Range<Int>, tokens: [String]) -> Bool {
        guard range.lowerBound >= 2, ["of", "for"].contains(tokens[range.lowerBound - 1]),
              TitleLexicon.officeWords.contains(tokens[range.lowerBound - 2].lowercased()) else { return false }
        return TitleLexicon.portfolioNouns.contains(tokens[range.upperBound - 1].lowercased())
    }

    /// `spans` with the other names ``OtherNames/spans(in:)`` finds: each replaces the spans it
    /// contains ("Iran" inside "Iran Nuclear Deal") and is skipped when it overlaps a span it
    /// does not contain, or is an organization the gazetteer knows by exactly those words.
    static func addingOtherNames(_ spans: [GazetteerSpanFinder.Span], tokens: [String]) -> [GazetteerSpanFinder.Span] {
        var kept = spans
        for range in OtherNames.spans(in: tokens) {
            let overlapping = kept.indices.filter { kept[$0].range.overlaps(range) }
            guard overlapping.allSatisfy({ range.contains(kept[$0].range) && kept[$0].type != .person }) else { continue }
            // "World Food Programme": a programme by its words, an organization the gazetteer knows.
            if overlapping.contains(where: { kept[$0].range == range && kept[$0].type == .organization && kept[$0].canonical != nil }) { continue }
            kept.remove(atOffsets: overlapping)
            kept.append(GazetteerSpanFinder.Span(range: range, type: .other, canonical: nil))
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func mention(of span: GazetteerSpanFinder.Span, in sentence: Sentence) -> Mention {
        let first = sentence.tokens[span.range.lowerBound].range
        let last = sentence.tokens[span.range.upperBound - 1].range
        let range = TextRange(start: first.start, end: last.end)
        let offset = range.start - sentence.range.start
        let scalars = sentence.text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: offset)
        let upper = scalars.index(lower, offsetBy: range.length)
        return Mention(
            text: String(scalars[lower..<upper]), type: span.type, sentence: sentence.index,
            range: range, canonical: span.canonical)
    }
}
