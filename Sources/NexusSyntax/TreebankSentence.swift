import NexusLearning

/// A sentence of a treebank as training and evaluation see it: the words of the word lines,
/// their gold tags, heads (1-based word numbers, 0 = the root) and relations.
public struct TreebankSentence: Sendable, Equatable {
    public var forms: [String]
    public var upos: [String]
    public var xpos: [String]
    public var heads: [Int]
    public var relations: [String]

    public init(forms: [String], upos: [String], xpos: [String], heads: [Int], relations: [String]) {
        self.forms = forms; self.upos = upos; self.xpos = xpos; self.heads = heads; self.relations = relations
    }

    /// The word lines of a CoNLL-U block (nil heads read as 0).
    public init(_ sentence: CoNLLUSentence) {
        let words = sentence.words
        self.init(forms: words.map(\.form), upos: words.map(\.upos), xpos: words.map(\.xpos),
                  heads: words.map { $0.head ?? 0 }, relations: words.map(\.deprel))
    }

    public var count: Int { forms.count }
}
