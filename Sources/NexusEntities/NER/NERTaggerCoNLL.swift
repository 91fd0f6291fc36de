/// Tagging and evaluating whole CoNLL files.
extension NERTagger {
    /// Predicted tags for every sentence of a corpus, in ``CoNLLCorpus/sentences`` order,
    /// written in `scheme`. Each `-DOCSTART-` document is tagged as one document.
    /// - Complexity: O(tokens).
    public func tag(corpus: CoNLLCorpus, scheme: NERTagScheme) -> [[String]] {
        var output: [[String]] = []
        for document in corpus.documents {
            for spans in zip(spansDocument(document.map(\.tokens)), document) {
                output.append(scheme.tags(for: spans.0, count: spans.1.tokens.count))
            }
        }
        return output
    }

    /// Tags a corpus and compares with its gold column.
    public func evaluate(corpus: CoNLLCorpus, evaluator: NEREvaluator = NEREvaluator()) -> NEREvaluator.Report {
        let predicted = tag(corpus: corpus, scheme: .iob2)
        return evaluator.evaluate(gold: corpus.sentences.map(\.tags), predicted: predicted)
    }
}

extension CoNLLCorpus {
    /// The documents as training input: per sentence, tokens and gold tags.
    public var trainingDocuments: [PerceptronTrainer.Document] {
        documents.map { $0.map { (tokens: $0.tokens, tags: $0.tags) } }
    }

    /// The gold tag scheme of the corpus (IOB1 or IOB2), guessed from its tags.
    public var goldScheme: NERTagScheme {
        NERTagScheme.detect(sentences.map(\.tags))
    }
}
