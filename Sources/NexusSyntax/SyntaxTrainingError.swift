import NexusLearning

/// A treebank the tagger and parser cannot be trained on.
public enum SyntaxTrainingError: Error, Equatable, CustomStringConvertible {
    case noSentences
    case noRootRelation
    case tooManyRelations(Int)
    case tooManyTags(Int)

    public var description: String {
        switch self {
        case .noSentences: return "the training treebank has no word lines"
        case .noRootRelation: return "the training treebank has no word with DEPREL root; give a treebank with dependency trees"
        case .tooManyTags(let count): return "the training treebank has \(count) distinct (UPOS, XPOS) pairs; the tagger supports at most \(SparseWeightTable.maximumClasses)"
        case .tooManyRelations(let count): return "the training treebank has \(count) relations (DEPREL values); the parser supports at most \(ParserTrainer.maximumRelations)"
        }
    }
}
