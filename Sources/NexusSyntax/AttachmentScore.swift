import NexusLearning

/// Unlabelled and labelled attachment scores of a parser on gold-tagged treebank sentences, the
/// CoNLL 2018 way (every word counts, relations without subtypes); used to choose the epoch.
struct AttachmentScore: Sendable {
    var words = 0
    var headsRight = 0
    var labelledRight = 0
    var uas: Double { Double(headsRight) / Double(max(words, 1)) }
    var las: Double { Double(labelledRight) / Double(max(words, 1)) }

    static func evaluate(parser: DependencyParser, sentences: [TreebankSentence], inputs: [ParserFeatures.Sentence]) -> AttachmentScore {
        var score = AttachmentScore()
        for (k, s) in sentences.enumerated() {
            let parse = parser.parse(inputs[k])
            for i in 0..<s.count {
                score.words += 1
                if parse.heads[i] + 1 == s.heads[i] {
                    score.headsRight += 1
                    if ParserEvaluation.universal(parser.relations[parse.labels[i]]) == ParserEvaluation.universal(s.relations[i]) { score.labelledRight += 1 }
                }
            }
        }
        return score
    }
}
