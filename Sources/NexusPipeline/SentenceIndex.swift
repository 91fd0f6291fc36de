import NexusCore

/// The sentences of one document by index, to turn a (sentence, span) into ``Evidence``.
struct SentenceIndex {
    private let documentID: String
    private let texts: [Int: String]
    private let document: Document
    private let scalarCount: Int

    init(_ document: Document) {
        documentID = document.id
        self.document = document
        scalarCount = document.text.unicodeScalars.count
        var texts: [Int: String] = [:]
        for sentence in document.sentences { texts[sentence.index] = sentence.text }
        self.texts = texts
    }

    /// Evidence for `span` in sentence `sentence`: the sentence's text when the document
    /// lists its sentences; otherwise the span's own text, when the document text holds it.
    func evidence(sentence: Int, span: TextRange) -> Evidence {
        let text = texts[sentence] ?? spanText(span)
        return Evidence(document: documentID, sentence: sentence, range: span, text: text)
    }

    private func spanText(_ span: TextRange) -> String {
        guard span.end <= scalarCount else { return "" }
        return document.substring(span)
    }
}
