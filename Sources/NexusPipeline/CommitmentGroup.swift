import NexusCore

/// The commitments of a corpus that say the same thing: the same actor, kind, beneficiary and
/// amount (normalized value and unit), in one or more documents. A pledge reported by three
/// articles is one group seen in three documents, from its first to its last date.
///
/// ```swift
/// let groups = corpus.groupedCommitments()
/// groups[0].documents   // 3
/// groups[0].firstSeen   // 2021-06-28
/// ```
public struct CommitmentGroup: Hashable, Sendable {
    /// What makes two commitments the same one.
    public struct Key: Hashable, Sendable {
        public var actor: String
        public var kind: CommitmentKind
        public var beneficiary: String?
        /// The normalized amount value, nil without an amount.
        public var amount: Double?
        public var unit: String?
    }

    public var key: Key
    /// The actor's canonical name.
    public var actorName: String
    /// The beneficiary's canonical name, if any.
    public var beneficiaryName: String?
    /// The amount as first written (in reading order), if any.
    public var amountText: String?
    /// The earliest and latest dates of the dated documents holding it; nil when all are undated.
    public var firstSeen: CalendarDate?
    public var lastSeen: CalendarDate?
    /// The distinct documents holding it, sorted.
    public var documentIDs: [String]
    /// How many commitments were merged (a document may state it twice).
    public var count: Int

    /// The number of distinct documents.
    public var documents: Int { documentIDs.count }

    /// The key of one commitment.
    public static func key(of commitment: Commitment) -> Key {
        Key(actor: commitment.actor, kind: commitment.kind, beneficiary: commitment.beneficiary,
            amount: commitment.amount?.value, unit: commitment.amount?.unit)
    }
}

extension CorpusExtraction {
    /// The corpus's commitments grouped by ``CommitmentGroup/Key``, ordered by first date
    /// (undated groups last), then actor name, kind, beneficiary name, amount and unit.
    ///
    /// - Complexity: O(C log C) for C commitments.
    public func groupedCommitments() -> [CommitmentGroup] {
        let dates = Dictionary(documents.map { ($0.document.id, $0.document.date?.date) }, uniquingKeysWith: { a, _ in a })
        var groups: [CommitmentGroup.Key: CommitmentGroup] = [:]
        for item in listedCommitments() {
            let key = CommitmentGroup.key(of: item.commitment)
            let date = dates[item.document] ?? nil
            var group = groups[key] ?? CommitmentGroup(
                key: key, actorName: item.actorName, beneficiaryName: item.beneficiaryName, amountText: item.commitment.amount?.text,
                firstSeen: nil, lastSeen: nil, documentIDs: [], count: 0)
            if let date {
                group.firstSeen = min(group.firstSeen ?? date, date)
                group.lastSeen = max(group.lastSeen ?? date, date)
            }
            if group.documentIDs.last != item.document { group.documentIDs.append(item.document) }
            group.count += 1
            groups[key] = group
        }
        return groups.values.sorted { a, b in
            if (a.firstSeen == nil) != (b.firstSeen == nil) { return b.firstSeen == nil }
            if let x = a.firstSeen, let y = b.firstSeen, x != y { return x < y }
            let left = (a.actorName, a.key.kind.rawValue, a.beneficiaryName ?? "", a.key.amount ?? -1, a.key.unit ?? "")
            let right = (b.actorName, b.key.kind.rawValue, b.beneficiaryName ?? "", b.key.amount ?? -1, b.key.unit ?? "")
            if left != right { return left < right }
            return (a.key.actor, a.key.beneficiary ?? "") < (b.key.actor, b.key.beneficiary ?? "")
        }
    }
}
