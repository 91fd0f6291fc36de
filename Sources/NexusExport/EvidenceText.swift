import NexusCore

/// How writers that hold one string per node or edge show its evidence.
public enum EvidenceText {
    /// The evidence sentences, one per line, each prefixed with where it comes from:
    /// `doc-id#3: The sentence text.` Repeated (document, sentence) pairs are written once;
    /// line breaks inside a sentence become spaces so that each line is one sentence.
    public static func lines(_ evidence: [Evidence]) -> String {
        var seen = Set<String>()
        var lines: [String] = []
        for item in evidence {
            let key = "\(item.document)#\(item.sentence)"
            guard seen.insert(key).inserted else { continue }
            let flat = item.text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
            lines.append("\(key): \(flat)")
        }
        return lines.joined(separator: "\n")
    }
}
