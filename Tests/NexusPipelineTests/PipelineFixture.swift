import NexusCore

/// Two short hand-written documents whose co-mentions are counted by hand in the tests.
///
/// Document "a":
/// - 0: "Luigi Di Maio of Italy met Antony Blinken in Rome."
/// - 1: "Blinken and Di Maio spoke about Syria."
/// - 2: "The United States pledged 436 million dollars in aid to Syria by June 2022."
///
/// Document "b":
/// - 0: "Blinken returned to Rome, then Blinken left."
/// - 1: "Italy and Syria were not discussed."
/// - 2: "NATO was silent."
enum PipelineFixture {
    struct Text {
        let id: String
        let sentences: [String]

        func sentenceRange(_ index: Int) -> TextRange {
            let start = sentences[..<index].reduce(0) { $0 + $1.unicodeScalars.count + 1 }
            return TextRange(start: start, end: start + sentences[index].unicodeScalars.count)
        }

        /// The `occurrence`-th (0-based) range of `needle` in sentence `index`.
        func range(of needle: String, inSentence index: Int, occurrence: Int = 0) -> TextRange {
            let scalars = Array(sentences[index].unicodeScalars), target = Array(needle.unicodeScalars)
            var seen = 0
            for offset in 0...(scalars.count - target.count) where Array(scalars[offset..<(offset + target.count)]) == target {
                if seen == occurrence {
                    let base = sentenceRange(index).start
                    return TextRange(start: base + offset, end: base + offset + target.count)
                }
                seen += 1
            }
            fatalError("'\(needle)' is not in sentence \(index) of \(id)")
        }

        func mention(_ text: String, _ type: EntityType, _ sentence: Int, occurrence: Int = 0) -> Mention {
            Mention(text: text, type: type, sentence: sentence, range: range(of: text, inSentence: sentence, occurrence: occurrence))
        }

        func document() -> Document {
            let values = sentences.indices.map { Sentence(index: $0, range: sentenceRange($0), text: sentences[$0], tokens: []) }
            return Document(id: id, path: "\(id).txt", text: sentences.joined(separator: " "), sentences: values)
        }
    }

    static let a = Text(id: "a", sentences: [
        "Luigi Di Maio of Italy met Antony Blinken in Rome.",
        "Blinken and Di Maio spoke about Syria.",
        "The United States pledged 436 million dollars in aid to Syria by June 2022.",
    ])
    static let b = Text(id: "b", sentences: [
        "Blinken returned to Rome, then Blinken left.",
        "Italy and Syria were not discussed.",
        "NATO was silent.",
    ])

    static func documentA() -> DocumentExtraction {
        let entities = [
            Entity(id: "person:luigi-di-maio", name: "Luigi Di Maio", type: .person,
                   mentions: [a.mention("Luigi Di Maio", .person, 0), a.mention("Di Maio", .person, 1)]),
            Entity(id: "country:italy", name: "Italy", type: .country, mentions: [a.mention("Italy", .country, 0)]),
            Entity(id: "person:antony-blinken", name: "Antony Blinken", type: .person,
                   mentions: [a.mention("Antony Blinken", .person, 0), a.mention("Blinken", .person, 1)]),
            Entity(id: "location:rome", name: "Rome", type: .location, mentions: [a.mention("Rome", .location, 0)]),
            Entity(id: "country:syria", name: "Syria", type: .country,
                   mentions: [a.mention("Syria", .country, 1), a.mention("Syria", .country, 2)]),
            Entity(id: "country:united-states", name: "United States", type: .country, mentions: [a.mention("United States", .country, 2)]),
        ].sorted { $0.id < $1.id }
        let s0 = Evidence(document: "a", sentence: 0, range: a.range(of: "Luigi Di Maio of Italy", inSentence: 0), text: a.sentences[0])
        let s1 = Evidence(document: "a", sentence: 1, range: a.sentenceRange(1), text: a.sentences[1])
        let relations = [
            Relation(source: "person:luigi-di-maio", target: "country:italy", kind: .affiliation, label: "Foreign Minister", evidence: [s0]),
            // The extraction may list co-mentions itself; they must not be counted twice.
            Relation(source: "person:luigi-di-maio", target: "person:antony-blinken", kind: .comention, evidence: [s1]),
            Relation(source: "person:ghost", target: "country:italy", kind: .affiliation, label: "Envoy", evidence: [s0]),
        ]
        let aid = Commitment(
            id: "c1", actor: "country:united-states", kind: .aid, text: a.sentences[2], sentence: 2, range: a.sentenceRange(2),
            amount: Amount(value: 436_000_000, unit: "USD", text: "436 million dollars"), beneficiary: "country:syria", time: "by June 2022"
        )
        return DocumentExtraction(document: a.document(), entities: entities, relations: relations, commitments: [aid])
    }

    static func documentB() -> DocumentExtraction {
        let entities = [
            Entity(id: "person:antony-blinken", name: "Antony Blinken", type: .person,
                   mentions: [b.mention("Blinken", .person, 0), b.mention("Blinken", .person, 0, occurrence: 1)]),
            Entity(id: "location:rome", name: "Rome", type: .location, mentions: [b.mention("Rome", .location, 0)]),
            Entity(id: "country:italy", name: "Italy", type: .country, mentions: [b.mention("Italy", .country, 1)]),
            Entity(id: "country:syria", name: "Syria", type: .country, mentions: [b.mention("Syria", .country, 1)]),
            Entity(id: "organization:nato", name: "NATO", type: .organization, mentions: [b.mention("NATO", .organization, 2)]),
        ].sorted { $0.id < $1.id }
        let support = Commitment(id: "c1", actor: "country:italy", kind: .support, text: b.sentences[1], sentence: 1,
                                 range: b.sentenceRange(1), time: "in the fall")
        return DocumentExtraction(document: b.document(), entities: entities, commitments: [support])
    }

    /// The corpus; NATO is deliberately missing from the corpus-wide entities.
    static func corpus() -> CorpusExtraction {
        CorpusExtraction(documents: [documentA(), documentB()], entities: [
            CorpusEntity(id: "country:italy", name: "Italy", type: .country, documents: ["a", "b"]),
            CorpusEntity(id: "country:syria", name: "Syria", type: .country, documents: ["a", "b"]),
            CorpusEntity(id: "country:united-states", name: "United States", type: .country, documents: ["a"]),
            CorpusEntity(id: "location:rome", name: "Rome", type: .location, documents: ["a", "b"]),
            CorpusEntity(id: "person:antony-blinken", name: "Antony Blinken", type: .person,
                         aliases: [Alias(name: "Blinken", rule: .partialName)], documents: ["a", "b"]),
            CorpusEntity(id: "person:luigi-di-maio", name: "Luigi Di Maio", type: .person, documents: ["a"], roles: ["Foreign Minister"]),
        ])
    }
}
