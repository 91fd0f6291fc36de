import Foundation
import NexusCore
import Testing
@testable import NexusEvents

/// Holds the resolver to hand-written expectations for the three sample articles, using
/// hand-annotated mentions as input (Fixtures/samples/*.mentions.tsv, expected.json).
@Suite struct ResolverSampleTests {
    struct Expected {
        let json: [String: Any]
        var documents: [String: [String: Any]] { json["documents"] as! [String: [String: Any]] }
        var commitments: [[String: Any]] { json["commitments"] as! [[String: Any]] }
    }

    static func load() throws -> (CorpusExtraction, Expected) {
        let docs = try ResolutionTestDocument.samples()
        let result = try CorpusResolver.standard().resolve(docs)
        let data = try Data(contentsOf: ResolutionTestDocument.fixtures.appendingPathComponent("expected.json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return (result, Expected(json: json))
    }

    /// Seed quality: the share of listed entities found (with their type), and duplicates.
    static func entityFigures(_ result: CorpusExtraction, _ expected: Expected) -> (found: Int, listed: Int, missed: [String], unexpected: [String]) {
        var found = 0, listed = 0
        var unexpected: [String] = [], missed: [String] = []
        for extraction in result.documents {
            guard let list = expected.documents[extraction.document.id]?["entities"] as? [[String]], !list.isEmpty else {
                Issue.record("expected.json lists no entity for \(extraction.document.id)")
                continue
            }
            let wanted = Set(list.map { $0[0] })
            listed += list.count
            for pair in list {
                if extraction.entities.contains(where: { $0.id == pair[0] && $0.type.rawValue == pair[1] }) {
                    found += 1
                } else {
                    missed.append("\(extraction.document.id): \(pair[0])")
                }
            }
            unexpected += extraction.entities.map(\.id).filter { !wanted.contains($0) }
        }
        return (found, listed, missed, unexpected)
    }

    /// Listed entities the resolver misses from the hand mentions today, with the reason.
    static let knownMisses: [String: String] = [
        "global-coalition-joint-communique-rome: organization:asian-lite-news":
            "the outlet is named only in the dateline ('reports Asian Lite News'), which the resolver drops",
    ]

    @Test func entitiesAreFoundWithoutDuplicates() throws {
        let (result, expected) = try Self.load()
        let figures = Self.entityFigures(result, expected)
        print("seed entities found: \(figures.found)/\(figures.listed); unexpected or duplicate nodes: \(figures.unexpected)")
        // The gold is every listed entity; the misses below are known, each with its reason,
        // and a known miss found again fails too (strike it then).
        let unexplained = figures.missed.filter { Self.knownMisses[$0] == nil }
        #expect(unexplained.isEmpty, "missed \(unexplained)")
        #expect(Self.knownMisses.keys.filter { !figures.missed.contains($0) }.isEmpty, "found now: strike from knownMisses")
        #expect(figures.listed == 60, "expected.json lists 60 document entities")
        #expect(figures.unexpected.isEmpty, "entities not in the hand-written list (duplicates or splits): \(figures.unexpected)")
        // No corpus id is a disambiguated copy of another ("-2").
        #expect(!result.entities.contains { $0.id.hasSuffix("-2") })
    }

    @Test func mergesAcrossTheThreeArticles() throws {
        let (result, expected) = try Self.load()
        let byID = Dictionary(uniqueKeysWithValues: result.entities.map { ($0.id, $0) })
        for merge in expected.json["merges"] as! [[String: Any]] {
            let id = merge["id"] as! String
            guard let entity = byID[id] else {
                Issue.record("missing corpus entity \(id)")
                continue
            }
            let names = Set(entity.aliases.map(\.name))
            for name in merge["names"] as! [String] {
                #expect(names.contains(name), "\(id) should have alias \(name); has \(names.sorted())")
            }
            #expect(entity.documents.count == merge["documents"] as! Int, "\(id) documents \(entity.documents)")
        }
        for pair in expected.json["distinct"] as! [[String]] {
            #expect(byID[pair[0]] != nil && byID[pair[1]] != nil, "\(pair[0]) and \(pair[1]) should both exist, apart")
        }
        let blinken = try #require(byID["person:antony-blinken"])
        #expect(blinken.aliases.contains(Alias(name: "Anthony Blinken", rule: .spellingVariant)))
        #expect(blinken.aliases.contains(Alias(name: "Blinken", rule: .partialName)))
        #expect(blinken.aliases.contains(Alias(name: "@SecBlinken", rule: .handle)))
        let sdf = try #require(byID["organization:syrian-democratic-forces"])
        #expect(sdf.aliases.contains(Alias(name: "SDF", rule: .acronymDefinition)))
        let isis = try #require(byID["organization:isis"])
        #expect(isis.aliases.contains(Alias(name: "Daesh", rule: .aliasTable)))
        let us = try #require(byID["country:united-states"])
        #expect(us.aliases.contains(Alias(name: "US", rule: .gazetteer)))
    }

    @Test func affiliationsFromTitlesAndAppositions() throws {
        let (result, expected) = try Self.load()
        for extraction in result.documents {
            let list = try #require(
                expected.documents[extraction.document.id]?["affiliations"] as? [[String]],
                "expected.json lists no affiliations for \(extraction.document.id)")
            #expect(!list.isEmpty, "\(extraction.document.id): an empty affiliation list checks nothing")
            for triple in list {
                let hit = extraction.relations.first { $0.kind == .affiliation && $0.source == triple[0] && $0.label == triple[1] && $0.target == triple[2] }
                #expect(hit != nil, "\(extraction.document.id): missing \(triple)")
                if let hit {
                    for evidence in hit.evidence {
                        #expect(evidence.document == extraction.document.id)
                        #expect(extraction.document.sentences[evidence.sentence].text == evidence.text)
                        #expect(extraction.document.sentences[evidence.sentence].range.contains(evidence.range))
                    }
                }
            }
            // The envoy "on Syria" works for the UN, not for Syria.
            #expect(!extraction.relations.contains { $0.kind == .affiliation && $0.source == "person:geir-pederson" && $0.target == "country:syria" })
        }
    }

    @Test func comentionsAreSentenceLevelPairs() throws {
        let (result, _) = try Self.load()
        let doc = try #require(result.documents.first { $0.document.id == "global-coalition-joint-communique-rome" })
        // "The meeting was co-chaired by Italian Foreign Minister Luigi Di Maio and US Secretary of State Antony Blinken."
        let pairs = doc.relations.filter { $0.kind == .comention }
        #expect(pairs.allSatisfy { $0.source < $0.target && $0.label == nil })
        let blinkenDiMaio = try #require(pairs.first { $0.source == "person:antony-blinken" && $0.target == "person:luigi-di-maio" })
        #expect(blinkenDiMaio.evidence.contains { $0.text.hasPrefix("The meeting was co-chaired by") })
        // Iraq and Syria share the sentences that name both, and only those.
        let iraqSyria = try #require(pairs.first { $0.source == "country:iraq" && $0.target == "country:syria" })
        let expectedSentences = doc.document.sentences.filter { $0.text.contains("Iraq") && $0.text.contains("Syria") }.map(\.index)
        #expect(iraqSyria.evidence.map(\.sentence) == expectedSentences)
    }

    @Test func commitmentsOfTheSamples() throws {
        let (result, expected) = try Self.load()
        var withRightActor = 0
        for item in expected.commitments {
            let docID = item["document"] as! String
            let quote = item["quote"] as! String
            let kind = item["kind"] as! String
            let doc = try #require(result.documents.first { $0.document.id == docID })
            var candidates = doc.commitments.filter { $0.text.contains(quote) && $0.kind.rawValue == kind }
            if let time = item["time"] as? String { candidates = candidates.filter { $0.time == time } }
            guard let found = candidates.first else {
                Issue.record("not found: \(docID): \(quote) (\(kind))")
                continue
            }
            let actors = item["actors"] as! [String]
            if actors.contains(found.actor) { withRightActor += 1 } else { Issue.record("wrong actor \(found.actor) for: \(quote)") }
            if let amount = item["amount"] as? [Any] {
                #expect(found.amount?.value == (amount[0] as! NSNumber).doubleValue, "amount of \(quote)")
                #expect(found.amount?.unit == amount[1] as? String, "unit of \(quote)")
            }
            if let beneficiary = item["beneficiary"] as? String { #expect(found.beneficiary == beneficiary, "beneficiary of \(quote): \(found.beneficiary ?? "nil")") }
            if let normalized = item["normalizedTime"] as? String { #expect(found.normalizedTime == normalized) }
            #expect(found.id.hasPrefix("commitment:\(docID):\(found.sentence):"))
            #expect(doc.document.sentences[found.sentence].text == found.text)
        }
        print("seed commitments found with the right actor: \(withRightActor)/\(expected.commitments.count)")
        #expect(withRightActor >= 9)
        for quote in expected.json["notCommitments"] as! [String] {
            let wrong = result.documents.flatMap(\.commitments).filter { $0.text.contains(quote) }
            #expect(wrong.isEmpty, "a reported fact became a commitment: \(quote)")
        }
    }

    @Test func outputIsDeterministicAndSorted() throws {
        let docs = try ResolutionTestDocument.samples()
        let resolver = try CorpusResolver.standard()
        let a = resolver.resolve(docs)
        let b = resolver.resolve(docs.reversed())
        #expect(a == b)
        #expect(a.entities.map(\.id) == a.entities.map(\.id).sorted())
        for d in a.documents { #expect(d.entities.map(\.id) == d.entities.map(\.id).sorted()) }
        #expect(Set(a.entities.map(\.id)).count == a.entities.count)
    }
}
