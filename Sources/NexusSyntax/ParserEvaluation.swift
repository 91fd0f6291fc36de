import NexusLearning

/// Scores of a ``SyntaxModel`` against a gold treebank, the CoNLL 2018 shared task way: gold
/// words (the FORM of every word line), every word counted (punctuation included),
/// relations compared without their subtypes (`obl:tmod` counts as `obl`); multiword-token
/// ranges and empty nodes are skipped.
public struct ParserEvaluation: Sendable, Equatable {
    public var words = 0
    public var uposRight = 0
    public var xposRight = 0
    public var headsRight = 0
    public var labelledRight = 0

    public init() {}

    /// Unlabelled attachment score: words with the right head / words.
    public var uas: Double { ratio(headsRight) }
    /// Labelled attachment score: words with the right head and relation / words.
    public var las: Double { ratio(labelledRight) }
    public var upos: Double { ratio(uposRight) }
    public var xpos: Double { ratio(xposRight) }

    private func ratio(_ k: Int) -> Double { words == 0 ? 0 : Double(k) / Double(words) }

    /// The relation without its subtype.
    public static func universal(_ relation: String) -> Substring {
        relation.split(separator: ":", maxSplits: 1).first ?? ""
    }

    /// Tags and parses every sentence of `gold` from its words alone and counts agreement.
    /// - Complexity: O(words · beam width).
    public static func score(_ model: SyntaxModel, on gold: CoNLLUDocument, beam: ParserBeam = .greedy) -> ParserEvaluation {
        var score = ParserEvaluation()
        for sentence in gold.sentences {
            let words = sentence.words
            guard !words.isEmpty else { continue }
            let analysis = model.analyze(words.map { ParserWords.normalized($0.form) }, beam: beam)
            for (i, word) in words.enumerated() {
                score.words += 1
                let tag = analysis.tags[i]
                if model.tagger.upos[tag] == word.upos { score.uposRight += 1 }
                if model.tagger.xpos[tag] == word.xpos { score.xposRight += 1 }
                if analysis.heads[i] + 1 == (word.head ?? -1) {
                    score.headsRight += 1
                    if universal(model.parser.relations[analysis.relations[i]]) == universal(word.deprel) { score.labelledRight += 1 }
                }
            }
        }
        return score
    }
}
