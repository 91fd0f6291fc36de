import ArgumentParser
import NexusText

/// The JSON Lines fields of a document, the same options wherever articles are read.
struct JSONLinesFieldOptions: ParsableArguments {
    @Option(name: .long, help: "JSON Lines field holding a document's text.")
    var textField: String = "text"

    @Option(name: .long, help: "JSON Lines field holding a document's id.")
    var idField: String = "id"

    @Option(name: .long, help: "JSON Lines field holding a document's publication date, when present (ISO 8601, RFC 2822 or 'June 29, 2021').")
    var dateField: String = "date"

    var source: DocumentSource.Options { DocumentSource.Options(textField: textField, idField: idField, dateField: dateField) }
}
