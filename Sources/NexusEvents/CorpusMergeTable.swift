import NexusCore
import NexusEntities

/// The entities of every document of a corpus as the cross-document merge sees them: one
/// node per (document, local entity), in document order then entity order, each pointing to
/// its ``EntityForm``, which is stored once however many documents share it; and the
/// affiliations between nodes of the same document.
///
/// The table is what ``CorpusResolver`` keeps of a document once it has been resolved on its
/// own, so a corpus read in batches (``CorpusResolution``) is merged without holding its
/// documents: per node it takes 8 bytes (form and document indices), per affiliation 12,
/// plus the distinct forms.
///
/// - Complexity: ``append(_:affiliations:document:)`` is O(e) for e entities (hashing each
///   form once).
struct CorpusMergeTable: Sendable {
    /// An affiliation between two nodes of one document, with its label (an index into `labels`).
    struct Affiliation: Sendable {
        let source: Int32
        let target: Int32
        let label: Int32
    }

    /// The distinct forms.
    private(set) var forms: [EntityForm] = []
    private var formIndex: [EntityForm: Int32] = [:]
    /// The form of each node.
    private(set) var formOf: [Int32] = []
    /// The document (its position in the corpus order) of each node.
    private(set) var documentOf: [Int32] = []
    /// The first node of each document; a document's entity `e` is node `firstNode[d] + e`.
    private(set) var firstNode: [Int32] = []
    private(set) var affiliations: [Affiliation] = []
    /// Affiliation labels, each once; index -1 is no label.
    private(set) var labels: [String] = []
    private var labelIndex: [String: Int32] = [:]

    var nodeCount: Int { formOf.count }
    var documentCount: Int { firstNode.count }

    /// The form of node `n`.
    func entity(_ n: Int) -> EntityForm { forms[Int(formOf[n])] }

    /// The document position of node `n`.
    func document(_ n: Int) -> Int { Int(documentOf[n]) }

    /// The node of entity `e` of document `d`.
    func node(_ d: Int, _ e: Int) -> Int { Int(firstNode[d]) + e }

    /// The label of an affiliation, if any.
    func label(_ affiliation: Affiliation) -> String? { affiliation.label < 0 ? nil : labels[Int(affiliation.label)] }

    /// Adds the next document's entities and affiliations.
    mutating func append(_ resolution: DocumentResolution, affiliations local: [LocalRelation]) {
        let d = Int32(firstNode.count)
        let first = Int32(formOf.count)
        firstNode.append(first)
        for entity in resolution.entities {
            let form = EntityForm(entity, context: resolution.context)
            if let index = formIndex[form] {
                formOf.append(index)
            } else {
                formIndex[form] = Int32(forms.count)
                formOf.append(Int32(forms.count))
                forms.append(form)
            }
            documentOf.append(d)
        }
        for r in local {
            var label: Int32 = -1
            if let text = r.label {
                if let index = labelIndex[text] { label = index } else {
                    label = Int32(labels.count)
                    labelIndex[text] = label
                    labels.append(text)
                }
            }
            affiliations.append(Affiliation(source: first + Int32(r.source), target: first + Int32(r.target), label: label))
        }
    }
}
