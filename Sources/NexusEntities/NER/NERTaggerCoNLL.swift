import Foundation

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
        evaluate(documents: corpus.trainingDocuments, evaluator: evaluator)
    }

    /// Tags documents of (tokens, gold tags) and compares with their gold tags.
    public func evaluate(documents: [PerceptronTrainer.Document], evaluator: NEREvaluator = NEREvaluator()) -> NEREvaluator.Report {
        var gold: [[String]] = []
        var predicted: [[String]] = []
        for document in documents {
            for (spans, sentence) in zip(spansDocument(document.map(\.tokens)), document) {
                gold.append(sentence.tags)
                predicted.append(NERTagScheme.iob2.tags(for: spans, count: sentence.tokens.count))
            }
        }
        return evaluator.evaluate(gold: gold, predicted: predicted)
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

extension CoNLLCorpus {
    /// The documents as training input with entity types renamed by `typeMap` (UNER's `OTH` →
    /// `MISC`); a span whose type is `O` (a malformed `B-O` in some corpora) becomes outside.
    /// Tags are rewritten in IOB2.
    public func trainingDocuments(typeMap: [String: String]) -> [PerceptronTrainer.Document] {
        documents.map { document in
            document.map { sentence in
                let spans = NERTagScheme.spans(from: sentence.tags).compactMap { span -> NERSpan? in
                    let label = typeMap[span.label] ?? span.label
                    return label == "O" ? nil : NERSpan(range: span.range, label: label)
                }
                return (tokens: sentence.tokens, tags: NERTagScheme.iob2.tags(for: spans, count: sentence.tokens.count))
            }
        }
    }
}

extension CoNLLReader {
    /// A reader for `text`'s layout: UNER's `.iob2` layout (comment lines starting with `#`, then
    /// tab-separated index, token, tag, annotator columns) when the first token line starts with
    /// a number and a `#` comment comes before it; otherwise the CoNLL-2003 layout (token first,
    /// tag last).
    public static func detectingLayout(of text: Substring) -> CoNLLReader {
        var sawComment = false
        for line in text.split(separator: "\n", maxSplits: 200, omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { sawComment = true; continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if sawComment, columns.count >= 3, columns[0].allSatisfy(\.isNumber) {
                return CoNLLReader(tokenColumn: 1, tagColumn: 2, commentPrefix: "#")
            }
            return CoNLLReader()
        }
        return CoNLLReader()
    }

    /// Reads a file in the layout ``detectingLayout(of:)`` finds in its first lines.
    public static func readDetectingLayout(contentsOf url: URL) throws -> CoNLLCorpus {
        let head: Substring
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = Substring(decoding: try handle.read(upToCount: 16_384) ?? Data(), as: UTF8.self)
        } catch {
            throw Failure.unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return try detectingLayout(of: head).read(contentsOf: url)
    }
}
