/// Something wrong in a document that was read all the same, or a duplicate that was read
/// once. Each message names the file and line, says what is wrong and what to do, on one line.
public enum DocumentWarning: Error, Equatable, Sendable, CustomStringConvertible {
    /// A JSON Lines record whose date field holds something that is not a date; the document
    /// is read undated.
    case badDate(path: String, line: Int, field: String, value: String)
    /// A file named twice (directly, through a folder or a symbolic link): read once.
    case sameFile(path: String, first: String)
    /// A file whose text is the text of a file read before: read once.
    case sameText(path: String, first: String)

    /// The file the warning is about.
    public var path: String {
        switch self {
        case .badDate(let path, _, _, _), .sameFile(let path, _), .sameText(let path, _): return path
        }
    }

    public var description: String {
        switch self {
        case .badDate(let path, let line, let field, let value):
            return "'\(path)' line \(line): field '\(field)' holds \(value), which is not a date; the document is read undated"
                + " (write the date as 2021-06-29, 2021-06-29T10:00:00Z, 'Tue, 29 Jun 2021 10:00:00 GMT' or 'June 29, 2021', or choose the field with the date-field option)"
        case .sameFile(let path, let first):
            return "'\(path)' is the file '\(first)' given again; it is read once (name each file or folder once)"
        case .sameText(let path, let first):
            return "'\(path)' has the same text as '\(first)'; it is read once (remove the copy to silence this note)"
        }
    }
}
