/// The grammar of one sentence: its syntactic words, each with part-of-speech tags and its
/// place in a dependency tree (Universal Dependencies, https://universaldependencies.org).
///
/// Syntactic words are Nexus's tokens as the parser reads them: mostly one word per token,
/// but a token may give several words ("cannot" → "can" "not", "state-run" → "state" "-"
/// "run"); see `ParserWords` in NexusSyntax. Every word points back to its token.
/// The tree has exactly one root (`head == nil`); every other word's head is a word index.
public struct SentenceSyntax: Hashable, Codable, Sendable {
    public var words: [SyntacticWord]

    public init(words: [SyntacticWord]) {
        self.words = words
    }

    /// The root word's index (nil only for a sentence without words).
    public var root: Int? { words.firstIndex { $0.head == nil } }

    /// The indices of the words whose head is `word`, in sentence order.
    public func dependents(of word: Int) -> [Int] {
        words.indices.filter { words[$0].head == word }
    }

    /// The indices of the words whose head is `word` with relation `relation` (subtype
    /// included when given, e.g. `nsubj:pass`; a bare `nsubj` also matches its subtypes).
    public func dependents(of word: Int, relation: String) -> [Int] {
        dependents(of: word).filter { words[$0].relation == relation || words[$0].relation.hasPrefix(relation + ":") }
    }
}

/// One syntactic word of a ``SentenceSyntax``.
public struct SyntacticWord: Hashable, Codable, Sendable {
    /// The word as written (a slice of its token).
    public var text: String
    /// The index of its token in ``Sentence/tokens``.
    public var token: Int
    /// Unicode-scalar offsets in the document text.
    public var range: TextRange
    /// Universal part-of-speech tag (NOUN, PROPN, VERB, AUX, ADP, ...).
    public var upos: String
    /// Penn Treebank tag (NN, NNP, VBD, VBN, IN, ...), as English UD treebanks give it.
    public var xpos: String
    /// The index of the head word, nil for the root.
    public var head: Int?
    /// The Universal Dependencies relation to the head, with its subtype (`nsubj:pass`,
    /// `obl:tmod`, `acl:relcl`); `root` for the root.
    public var relation: String

    public init(text: String, token: Int, range: TextRange, upos: String, xpos: String, head: Int?, relation: String) {
        self.text = text
        self.token = token
        self.range = range
        self.upos = upos
        self.xpos = xpos
        self.head = head
        self.relation = relation
    }
}
