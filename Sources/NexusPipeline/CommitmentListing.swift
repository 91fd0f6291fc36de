import NexusCore

/// A commitment with the document it was found in and the names of the entities it refers to.
public struct ListedCommitment: Hashable, Sendable {
    public var document: String
    public var commitment: Commitment
    /// The actor's canonical name (its id when the corpus has no such entity).
    public var actorName: String
    /// The beneficiary's canonical name, if there is a beneficiary.
    public var beneficiaryName: String?
}

extension CorpusExtraction {
    /// Every commitment of the corpus in reading order — by document id, sentence, start
    /// offset, then commitment id — with entity ids turned into names.
    ///
    /// - Complexity: O(C log C + E) for C commitments and E entities.
    public func listedCommitments() -> [ListedCommitment] {
        let names = Dictionary(entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var listed: [ListedCommitment] = []
        for extraction in documents {
            for commitment in extraction.commitments {
                listed.append(ListedCommitment(
                    document: extraction.document.id, commitment: commitment,
                    actorName: names[commitment.actor] ?? commitment.actor,
                    beneficiaryName: commitment.beneficiary.map { names[$0] ?? $0 }))
            }
        }
        return listed.sorted {
            ($0.document, $0.commitment.sentence, $0.commitment.range.start, $0.commitment.id)
                < ($1.document, $1.commitment.sentence, $1.commitment.range.start, $1.commitment.id)
        }
    }
}
