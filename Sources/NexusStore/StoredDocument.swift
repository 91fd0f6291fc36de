import NexusCore

/// One row of the `documents` table: a recognized and parsed document (its sentences,
/// tokens, mentions and the syntax of the sentences the pipeline parsed, before corpus
/// resolution) with the SHA-256 of its text.
public struct StoredDocument: Hashable, Sendable {
    /// The document as the pipeline left it before ``CorpusStore/refresh(with:corrections:)``
    /// resolves it with the others.
    public var document: Document
    /// ``SHA256/hex(of:)`` of `document.text`: a document whose id is stored with this hash
    /// is already stored; with another hash it is a changed version that replaces the old one.
    public var contentHash: String
    /// The publication date (ISO 8601), or nil when the document gives none.
    public var date: String?

    /// - Parameter date: the publication date; by default the document's own (`Document.date`).
    public init(document: Document, date: String? = nil) {
        self.document = document
        self.contentHash = StoredDocument.contentHash(of: document.text)
        self.date = date ?? document.date?.iso
    }

    /// The content hash of a document's text (its UTF-8 bytes).
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func contentHash(of text: String) -> String { SHA256.hex(of: text) }
}
