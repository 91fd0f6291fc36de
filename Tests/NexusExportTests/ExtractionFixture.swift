import NexusCore

/// A small hand-built extraction over two short texts about the June 2021 Rome ministerial,
/// with non-ASCII names and a flag emoji (two Unicode scalars, one character) so that
/// Unicode-scalar offsets differ from UTF-8, UTF-16 and character offsets.
enum ExtractionFixture {
    /// Builds a document from sentences joined by single spaces; ranges count Unicode scalars.
    struct DocumentBuilder {
        let id: String
        let sentences: [String]

        var text: String { sentences.joined(separator: " ") }

        func sentenceRange(_ index: Int) -> TextRange {
            let start = sentences[..<index].reduce(0) { $0 + $1.unicodeScalars.count + 1 }
            return TextRange(start: start, end: start + sentences[index].unicodeScalars.count)
        }

        /// The range of the first occurrence of `needle` in sentence `index`.
        func range(of needle: String, inSentence index: Int) -> TextRange {
            let scalars = Array(sentences[index].unicodeScalars)
            let target = Array(needle.unicodeScalars)
            let base = sentenceRange(index).start
            for offset in 0...(scalars.count - target.count) where Array(scalars[offset..<(offset + target.count)]) == target {
                return TextRange(start: base + offset, end: base + offset + target.count)
            }
            fatalError("'\(needle)' is not in sentence \(index) of \(id)")
        }

        func mention(_ text: String, _ type: EntityType, sentence: Int, canonical: String? = nil) -> Mention {
            Mention(text: text, type: type, sentence: sentence, range: range(of: text, inSentence: sentence), canonical: canonical)
        }

        /// Sentences with whitespace-separated tokens.
        func sentenceValues() -> [Sentence] {
            sentences.indices.map { index in
                let range = sentenceRange(index)
                var tokens: [Token] = []
                var offset = range.start
                for word in sentences[index].split(separator: " ", omittingEmptySubsequences: false) {
                    let length = word.unicodeScalars.count
                    if length > 0 { tokens.append(Token(text: String(word), range: TextRange(start: offset, end: offset + length))) }
                    offset += length + 1
                }
                return Sentence(index: index, range: range, text: sentences[index], tokens: tokens)
            }
        }
    }

    static let rome = DocumentBuilder(id: "rome-ministerial", sentences: [
        "Italian Foreign Minister Luigi Di Maio welcomed Anthony Blinken to Rome.",
        "Blinken said the United States would give an additional 436 million dollars in humanitarian aid to Syria by June 2022.",
        "Türkiye's Mevlüt Çavuşoğlu 🇹🇷 also attended, with Italy.",
    ])

    static let statement = DocumentBuilder(id: "coalition-statement", sentences: [
        "The Global Coalition met in Rome on 28 June.",
        "Daesh remains a threat, Blinken said.",
    ])

    static func romeExtraction() -> DocumentExtraction {
        let doc = rome
        let diMaio = Entity(id: "person:luigi-di-maio", name: "Luigi Di Maio", type: .person, roles: ["Foreign Minister"],
                            mentions: [doc.mention("Luigi Di Maio", .person, sentence: 0)])
        let blinken = Entity(id: "person:antony-blinken", name: "Antony Blinken", type: .person, aliases: ["Anthony Blinken", "Blinken"],
                             mentions: [doc.mention("Anthony Blinken", .person, sentence: 0), doc.mention("Blinken", .person, sentence: 1)])
        let italy = Entity(id: "country:italy", name: "Italy", type: .country, aliases: ["Italian"],
                           mentions: [doc.mention("Italian", .country, sentence: 0, canonical: "Italy"), doc.mention("Italy", .country, sentence: 2)])
        let romeCity = Entity(id: "location:rome", name: "Rome", type: .location, mentions: [doc.mention("Rome", .location, sentence: 0)])
        let us = Entity(id: "country:united-states", name: "United States", type: .country,
                        mentions: [doc.mention("United States", .country, sentence: 1)])
        let syria = Entity(id: "country:syria", name: "Syria", type: .country, mentions: [doc.mention("Syria", .country, sentence: 1)])
        let turkiye = Entity(id: "country:turkiye", name: "Türkiye", type: .country, mentions: [doc.mention("Türkiye", .country, sentence: 2)])
        let cavusoglu = Entity(id: "person:mevlut-cavusoglu", name: "Mevlüt Çavuşoğlu", type: .person,
                               mentions: [doc.mention("Mevlüt Çavuşoğlu", .person, sentence: 2)])
        let entities = [italy, syria, turkiye, us, romeCity, blinken, diMaio, cavusoglu].sorted { $0.id < $1.id }
        let sentences = doc.sentenceValues()
        let affiliation = Relation(
            source: diMaio.id, target: italy.id, kind: .affiliation, label: "Foreign Minister",
            evidence: [Evidence(document: doc.id, sentence: 0, range: doc.range(of: "Italian Foreign Minister Luigi Di Maio", inSentence: 0), text: sentences[0].text)]
        )
        let aid = Commitment(
            id: "rome-ministerial:c1", actor: us.id, kind: .aid, text: sentences[1].text, sentence: 1, range: sentences[1].range,
            amount: Amount(value: 436_000_000, unit: "USD", text: "436 million dollars"),
            beneficiary: syria.id, time: "by June 2022", normalizedTime: "2022-06"
        )
        let attend = Commitment(id: "rome-ministerial:c2", actor: turkiye.id, kind: .support, text: sentences[2].text, sentence: 2, range: sentences[2].range)
        let document = Document(
            id: doc.id, path: "Samples/\(doc.id).txt", text: doc.text, sentences: sentences,
            mentions: entities.flatMap(\.mentions).sorted { $0.range < $1.range }
        )
        return DocumentExtraction(document: document, entities: entities, relations: [affiliation], commitments: [aid, attend])
    }

    static func statementExtraction() -> DocumentExtraction {
        let doc = statement
        let coalition = Entity(id: "organization:global-coalition", name: "Global Coalition", type: .organization,
                               mentions: [doc.mention("Global Coalition", .organization, sentence: 0)])
        let romeCity = Entity(id: "location:rome", name: "Rome", type: .location, mentions: [doc.mention("Rome", .location, sentence: 0)])
        let isis = Entity(id: "organization:isis", name: "ISIS", type: .organization, aliases: ["Daesh"],
                          mentions: [doc.mention("Daesh", .organization, sentence: 1, canonical: "ISIS")])
        let blinken = Entity(id: "person:antony-blinken", name: "Antony Blinken", type: .person, aliases: ["Blinken"],
                             mentions: [doc.mention("Blinken", .person, sentence: 1)])
        let entities = [coalition, romeCity, isis, blinken].sorted { $0.id < $1.id }
        let document = Document(
            id: doc.id, path: "Samples/\(doc.id).txt", text: doc.text, encoding: "windows-1252", sentences: doc.sentenceValues(),
            mentions: entities.flatMap(\.mentions).sorted { $0.range < $1.range }
        )
        return DocumentExtraction(document: document, entities: entities)
    }

    static func corpus() -> CorpusExtraction {
        let documents = [statementExtraction(), romeExtraction()]
        let corpusEntities = [
            CorpusEntity(id: "country:italy", name: "Italy", type: .country,
                         aliases: [Alias(name: "Italian", rule: .gazetteer)], documents: ["rome-ministerial"]),
            CorpusEntity(id: "country:syria", name: "Syria", type: .country, documents: ["rome-ministerial"]),
            CorpusEntity(id: "country:turkiye", name: "Türkiye", type: .country, documents: ["rome-ministerial"]),
            CorpusEntity(id: "country:united-states", name: "United States", type: .country, documents: ["rome-ministerial"]),
            CorpusEntity(id: "location:rome", name: "Rome", type: .location, documents: ["coalition-statement", "rome-ministerial"]),
            CorpusEntity(id: "organization:global-coalition", name: "Global Coalition", type: .organization, documents: ["coalition-statement"]),
            CorpusEntity(id: "organization:isis", name: "ISIS", type: .organization,
                         aliases: [Alias(name: "Daesh", rule: .aliasTable)], documents: ["coalition-statement"]),
            CorpusEntity(id: "person:antony-blinken", name: "Antony Blinken", type: .person,
                         aliases: [Alias(name: "Anthony Blinken", rule: .spellingVariant), Alias(name: "Blinken", rule: .partialName)],
                         documents: ["coalition-statement", "rome-ministerial"]),
            CorpusEntity(id: "person:luigi-di-maio", name: "Luigi Di Maio", type: .person, documents: ["rome-ministerial"], roles: ["Foreign Minister"]),
            CorpusEntity(id: "person:mevlut-cavusoglu", name: "Mevlüt Çavuşoğlu", type: .person, documents: ["rome-ministerial"]),
        ]
        return CorpusExtraction(
            documents: documents, entities: corpusEntities,
            skipped: [SkippedDocument(path: "Samples/broken.pdf", reason: "not UTF-8 or Windows-1252 text")]
        )
    }

    /// The corpus as `.standard` detail keeps it: no tokens, no raw document mentions.
    static func withoutTokensAndRawMentions(_ corpus: CorpusExtraction) -> CorpusExtraction {
        var copy = corpus
        for index in copy.documents.indices {
            copy.documents[index].document.mentions = []
            for sentence in copy.documents[index].document.sentences.indices {
                copy.documents[index].document.sentences[sentence].tokens = []
            }
        }
        return copy
    }
}
