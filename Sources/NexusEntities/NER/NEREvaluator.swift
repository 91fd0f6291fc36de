import Foundation

/// Entity-level precision, recall and F1 by the CoNLL `conlleval` rules.
///
/// A predicted chunk counts as correct only when a gold chunk has the same first token,
/// the same last token and the same type. Chunks come from ``NERChunker`` (conlleval's
/// `startOfChunk`/`endOfChunk`), so IOB1 and IOB2 files are read as conlleval reads them.
/// Sentence boundaries end chunks. Precision = correct / predicted chunks,
/// recall = correct / gold chunks, F1 = 2PR / (P + R) (0 when P + R = 0), overall and per type.
///
/// Reference: Tjong Kim Sang & De Meulder 2003, "Introduction to the CoNLL-2003 Shared Task";
/// the script `conlleval.pl`.
public struct NEREvaluator: Sendable {
    /// Counts for one type or overall.
    public struct Counts: Hashable, Sendable {
        public var gold = 0
        public var predicted = 0
        public var correct = 0

        public init(gold: Int = 0, predicted: Int = 0, correct: Int = 0) {
            self.gold = gold; self.predicted = predicted; self.correct = correct
        }

        /// correct / predicted, 0 when nothing was predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        /// correct / gold, 0 when there is no gold chunk.
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        /// Harmonic mean of precision and recall, 0 when both are 0.
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// The evaluation result.
    public struct Report: Hashable, Sendable {
        public var tokens = 0
        public var correctTokens = 0
        public var overall = Counts()
        public var byType: [String: Counts] = [:]

        /// Token accuracy (tags compared as chunk prefix-free labels: type or O).
        public var accuracy: Double { tokens == 0 ? 0 : Double(correctTokens) / Double(tokens) }

        /// A conlleval-style summary (percentages with two decimals, types sorted).
        public var conllevalText: String {
            func pct(_ x: Double) -> String { String(format: "%6.2f%%", x * 100) }
            func f(_ x: Double) -> String { String(format: "%6.2f", x * 100) }
            var lines = ["processed \(tokens) tokens with \(overall.gold) phrases; found: \(overall.predicted) phrases; correct: \(overall.correct)."]
            lines.append("accuracy: \(pct(accuracy)); precision: \(pct(overall.precision)); recall: \(pct(overall.recall)); FB1: \(f(overall.f1))")
            for type in byType.keys.sorted() {
                let c = byType[type]!
                let name = String(repeating: " ", count: max(0, 17 - type.count)) + type
                lines.append("\(name): precision: \(pct(c.precision)); recall: \(pct(c.recall)); FB1: \(f(c.f1))  \(c.predicted)")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Entity types to keep; chunks of other types are dropped from gold and predictions
    /// (their tokens count as `O`). `nil` keeps every type.
    public var keptTypes: Set<String>?
    /// Renames gold and predicted types before comparison (for example GMB `geo` to `LOC`).
    public var typeMap: [String: String]

    public init(keptTypes: Set<String>? = nil, typeMap: [String: String] = [:]) {
        self.keptTypes = keptTypes
        self.typeMap = typeMap
    }

    /// Evaluates sentence pairs of gold and predicted tags.
    /// - Parameters:
    ///   - gold: gold tag sequences (any of IOB1, IOB2, BILOU).
    ///   - predicted: predicted tag sequences, the same lengths.
    /// - Complexity: O(total tokens).
    public func evaluate(gold: [[String]], predicted: [[String]]) -> Report {
        precondition(gold.count == predicted.count, "gold and predicted sentence counts differ")
        var report = Report()
        for (goldTags, predictedTags) in zip(gold, predicted) {
            precondition(goldTags.count == predictedTags.count, "gold and predicted sentence lengths differ")
            let goldSpans = normalize(NERChunker.spans(from: goldTags))
            let predictedSpans = normalize(NERChunker.spans(from: predictedTags))
            add(gold: goldSpans, predicted: predictedSpans, count: goldTags.count, to: &report)
        }
        return report
    }

    private func normalize(_ spans: [NERSpan]) -> [NERSpan] {
        spans.compactMap { span in
            let label = typeMap[span.label] ?? span.label
            if let kept = keptTypes, !kept.contains(label) { return nil }
            return NERSpan(range: span.range, label: label)
        }
    }

    private func add(gold: [NERSpan], predicted: [NERSpan], count: Int, to report: inout Report) {
        let goldSet = Set(gold)
        for span in gold {
            report.overall.gold += 1
            report.byType[span.label, default: Counts()].gold += 1
        }
        for span in predicted {
            report.overall.predicted += 1
            report.byType[span.label, default: Counts()].predicted += 1
            if goldSet.contains(span) {
                report.overall.correct += 1
                report.byType[span.label, default: Counts()].correct += 1
            }
        }
        // Token accuracy on type labels (O or type), as conlleval compares whole tags.
        var goldLabel = [String](repeating: "O", count: count)
        var predictedLabel = [String](repeating: "O", count: count)
        for span in gold { for i in span.range { goldLabel[i] = span.label } }
        for span in predicted { for i in span.range { predictedLabel[i] = span.label } }
        report.tokens += count
        for i in 0..<count where goldLabel[i] == predictedLabel[i] { report.correctTokens += 1 }
    }
}
