import NexusCore

/// Co-mentions at sentence level: every pair of distinct entities named in one sentence.
///
/// One relation per pair and document, stored with `source < target` (entity ids), kind
/// `.comention`, no label; its evidence lists each sentence the two share (so the count of
/// shared sentences is `evidence.count`), with the sentence's range and text.
///
/// - Complexity: O(Σ k²) for k distinct entities per sentence.
enum ComentionCounter {
    /// - Parameters:
    ///   - entityIDsBySentence: for each sentence position, the ids of the entities it names.
    static func relations(document: Document, entityIDsBySentence: [Set<String>]) -> [Relation] {
        var evidence: [String: [Evidence]] = [:]
        for (s, ids) in entityIDsBySentence.enumerated() where ids.count >= 2 {
            let sentence = document.sentences[s]
            let sorted = ids.sorted()
            for a in 0..<sorted.count {
                for b in (a + 1)..<sorted.count {
                    evidence[sorted[a] + "\u{0}" + sorted[b], default: []].append(
                        Evidence(document: document.id, sentence: sentence.index, range: sentence.range, text: sentence.text))
                }
            }
        }
        return evidence.keys.sorted().map { key in
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            return Relation(source: parts[0], target: parts[1], kind: .comention, evidence: evidence[key]!)
        }
    }
}
