import ArgumentParser
import NexusText

/// How documents are read, the same options wherever articles are read: the JSON Lines fields
/// of a document and the largest document accepted.
struct JSONLinesFieldOptions: ParsableArguments {
    @Option(name: .long, help: "JSON Lines field holding a document's text.")
    var textField: String = "text"

    @Option(name: .long, help: "JSON Lines field holding a document's id.")
    var idField: String = "id"

    @Option(name: .long, help: "JSON Lines field holding a document's publication date, when present (ISO 8601, RFC 2822 or 'June 29, 2021').")
    var dateField: String = "date"

    @Option(name: .long, help: ArgumentHelp(
        "The largest document read (a file or JSON Lines record), as bytes or with K, M or G: larger ones are skipped with a one-line reason. At most 1G.",
        valueName: "size"))
    var maxDocumentSize: String = ByteSize.written(DocumentSource.defaultMaxDocumentBytes)

    /// The largest `--max-document-size`: 1 GiB; offsets inside a document are 32-bit, and
    /// analysis takes about 100 bytes per character.
    static let largestDocumentSize = 1 << 30

    /// The options of ``DocumentSource``; a one-line failure for a bad `--max-document-size`.
    func source() throws -> DocumentSource.Options {
        guard let bytes = ByteSize.parse(maxDocumentSize), bytes <= Self.largestDocumentSize else {
            throw CommandFailure("--max-document-size must be a size such as 500K, 16M or 1G (bytes, at most 1G), got '\(maxDocumentSize)'")
        }
        return DocumentSource.Options(textField: textField, idField: idField, dateField: dateField, maxDocumentBytes: bytes)
    }
}
