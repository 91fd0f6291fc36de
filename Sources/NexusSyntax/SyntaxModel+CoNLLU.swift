import NexusCore
import NexusLearning

extension SyntaxModel {
    /// The document with every sentence's word lines tagged and parsed: UPOS, HEAD and DEPREL
    /// are the model's; ID, FORM and the other columns stay as they were, and comment,
    /// multiword-token and empty-node lines pass through unchanged.
    /// `beam` is the parser's search (``ParserBeam``).
    /// - Complexity: O(words · beam width).
    public func annotate(_ document: CoNLLUDocument, beam: ParserBeam = .greedy) -> CoNLLUDocument {
        var document = document
        for s in document.sentences.indices {
            let lines = document.sentences[s].wordLineIndices
            guard !lines.isEmpty else { continue }
            let forms = lines.map { ParserWords.normalized(document.sentences[s].lines[$0].word!.form) }
            let analysis = analyze(forms, beam: beam)
            for (i, line) in lines.enumerated() {
                document.sentences[s].lines[line].word!.set(
                    upos: tagger.upos[analysis.tags[i]], xpos: nil,
                    head: analysis.heads[i] + 1, deprel: parser.relations[analysis.relations[i]])
            }
        }
        return document
    }
}
