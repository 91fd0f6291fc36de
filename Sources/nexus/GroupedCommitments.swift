import NexusCore
import NexusExport
import NexusPipeline

/// How `nexus commitments --grouped` prints ``CommitmentGroup``s.
enum GroupedCommitments {
    static let header = ["actor", "kind", "amount", "unit", "amount_text", "beneficiary", "first_seen", "last_seen", "documents", "mentions"]

    static func render(_ groups: [CommitmentGroup], tsv: Bool) -> String {
        if tsv {
            return EntitiesCommand.tsv(header: header, rows: groups.map { g in
                [g.actorName, g.key.kind.rawValue, g.key.amount.map { ExportNumber.format($0) } ?? "", g.key.unit ?? "", g.amountText ?? "",
                 g.beneficiaryName ?? "", g.firstSeen?.iso ?? "", g.lastSeen?.iso ?? "", String(g.documents), String(g.count)]
            })
        }
        return groups.isEmpty ? "no commitments\n" : groups.map(block).joined(separator: "\n")
    }

    static func block(_ g: CommitmentGroup) -> String {
        var lines = ["\(g.actorName) — \(g.key.kind.rawValue)"]
        if let value = g.key.amount {
            lines.append("  amount: \(ExportNumber.format(value)) \(g.key.unit ?? "")" + (g.amountText.map { " (\"\($0)\")" } ?? ""))
        }
        if let beneficiary = g.beneficiaryName { lines.append("  beneficiary: \(beneficiary)") }
        let seen = g.firstSeen.map { first in first == g.lastSeen ? first.iso : "\(first.iso) to \(g.lastSeen!.iso)" } ?? "undated"
        lines.append("  seen: \(seen); \(g.documents) document\(g.documents == 1 ? "" : "s") (\(g.documentIDs.joined(separator: ", ")))")
        return lines.map { $0 + "\n" }.joined()
    }
}
