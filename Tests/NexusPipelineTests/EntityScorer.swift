import Foundation
import NexusCore
import NexusPipeline

/// Scores extracted entities against hand-annotated ones (`Fixtures/entities`), the same way as
/// `Scripts/score-entities.py`.
///
/// Per document, a predicted entity matches a gold entity of the same type when one of its
/// mention spans overlaps one of the gold's; each side is matched at most once (maximum
/// bipartite matching, Kuhn's augmenting paths, required gold first). A prediction that can only
/// match optional gold is ignored, and unmatched optional gold is no miss. Person, organization,
/// country and location are scored; `other` is not. Across documents, a gold key named in two or
/// more documents is held when every predicted entity matched to it carries one corpus id; a
/// wrong merge is a pair of gold keys matched to one corpus id.
struct EntityScorer {
    struct GoldEntity {
        var key: String
        var type: EntityType
        var name: String
        var spans: [TextRange]
        var optional: Bool
    }

    struct GoldDocument {
        var id: String
        var text: String
        var entities: [GoldEntity]
    }

    struct Result {
        var counts = EventScorer.Counts()
        var perType: [EntityType: EventScorer.Counts] = [:]
        /// Mean of the per-document F1.
        var documentF1 = 0.0
        var groups = 0
        var held = 0
        var wrongMerges = 0
    }

    static let scored: Set<EntityType> = [.person, .organization, .country, .location]

    /// The documents of a fixture file (`gmb-entities-dev.json` layout).
    static func documents(_ url: URL) throws -> [GoldDocument] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return (json["documents"] as! [[String: Any]]).map { d in
            GoldDocument(id: d["id"] as! String, text: d["text"] as! String, entities: (d["entities"] as! [[String: Any]]).map { e in
                GoldEntity(
                    key: e["key"] as! String, type: EntityType(rawValue: e["type"] as! String)!, name: e["name"] as! String,
                    spans: (e["mentions"] as! [[String: Any]]).map { TextRange(start: $0["start"] as! Int, end: $0["end"] as! Int) },
                    optional: e["optional"] as? Bool ?? false)
            })
        }
    }

    /// Runs the standard pipeline on the documents (written to a temporary JSON Lines file).
    static func extract(_ documents: [GoldDocument]) throws -> CorpusExtraction {
        try PassageExtraction.extract(documents.map { (id: $0.id, text: $0.text) })
    }

    static func overlaps(_ gold: GoldEntity, _ entity: Entity) -> Bool {
        gold.type == entity.type && gold.spans.contains { g in entity.mentions.contains { g.start < $0.range.end && $0.range.start < g.end } }
    }

    /// Maximum matching gold index → entity index over overlapping pairs.
    static func matching(_ gold: [GoldEntity], _ entities: [Entity]) -> [Int: Int] {
        var owner: [Int: Int] = [:]
        func augment(_ g: Int, _ seen: inout Set<Int>) -> Bool {
            for p in entities.indices where !seen.contains(p) && overlaps(gold[g], entities[p]) {
                seen.insert(p)
                if let other = owner[p] {
                    if augment(other, &seen) { owner[p] = g; return true }
                } else {
                    owner[p] = g
                    return true
                }
            }
            return false
        }
        for g in gold.indices {
            var seen = Set<Int>()
            _ = augment(g, &seen)
        }
        return Dictionary(uniqueKeysWithValues: owner.map { ($0.value, $0.key) })
    }

    static func score(_ gold: [GoldDocument], _ corpus: CorpusExtraction) -> Result {
        var result = Result()
        var documentF1: [Double] = []
        var matchedIDs: [String: [String: String]] = [:]
        var keyDocuments: [String: Set<String>] = [:]
        var idKeys: [String: Set<String>] = [:]
        for document in gold {
            let predicted = corpus.documents.first { $0.document.id == document.id }?.entities.filter { scored.contains($0.type) } ?? []
            let entities = document.entities.filter { scored.contains($0.type) }
            let required = entities.filter { !$0.optional }, optional = entities.filter(\.optional)
            let first = matching(required, predicted)
            let taken = Set(first.values)
            let rest = predicted.indices.filter { !taken.contains($0) }.map { predicted[$0] }
            let second = matching(optional, rest)
            var counts = EventScorer.Counts()
            for (g, p) in first {
                counts.truePositives += 1
                result.perType[required[g].type, default: .init()].truePositives += 1
                matchedIDs[required[g].key, default: [:]][document.id] = predicted[p].id
                idKeys[predicted[p].id, default: []].insert(required[g].key)
            }
            for (g, p) in second {
                matchedIDs[optional[g].key, default: [:]][document.id] = rest[p].id
                idKeys[rest[p].id, default: []].insert(optional[g].key)
            }
            for (g, gold) in required.enumerated() where first[g] == nil {
                counts.falseNegatives += 1
                result.perType[gold.type, default: .init()].falseNegatives += 1
            }
            let usedOptional = Set(second.values)
            for (p, entity) in rest.enumerated() where !usedOptional.contains(p) && !optional.contains(where: { overlaps($0, entity) }) {
                counts.falsePositives += 1
                result.perType[entity.type, default: .init()].falsePositives += 1
            }
            result.counts.truePositives += counts.truePositives
            result.counts.falsePositives += counts.falsePositives
            result.counts.falseNegatives += counts.falseNegatives
            documentF1.append(entities.isEmpty && predicted.isEmpty ? 1 : counts.f1)
            for entity in required { keyDocuments[entity.key, default: []].insert(document.id) }
        }
        result.documentF1 = documentF1.reduce(0, +) / Double(max(1, documentF1.count))
        let groups = keyDocuments.filter { $0.value.count >= 2 }
        result.groups = groups.count
        result.held = groups.keys.filter { Set(matchedIDs[$0, default: [:]].values).count == 1 }.count
        result.wrongMerges = idKeys.values.map { $0.count * ($0.count - 1) / 2 }.reduce(0, +)
        return result
    }

    /// Overall and per-type lines, and the cross-document figures, for the test log.
    static func report(_ name: String, _ result: Result) -> String {
        func line(_ label: String, _ c: EventScorer.Counts) -> String {
            String(format: "  %@  P %.3f  R %.3f  F1 %.3f  (%d %d %d)", label, c.precision, c.recall, c.f1, c.truePositives, c.falsePositives, c.falseNegatives)
        }
        var lines = ["\(name): entities (tp fp fn)", line("all", result.counts)]
        for type in EntityType.allCases where scored.contains(type) {
            lines.append(line(type.rawValue, result.perType[type] ?? .init()))
        }
        lines.append(String(format: "  per-document F1 %.3f; groups held %d of %d; wrong merges %d", result.documentF1, result.held, result.groups, result.wrongMerges))
        return lines.joined(separator: "\n")
    }
}
