/// Something wrong in a document that was read all the same. Each message names the file and
/// line, says what is wrong and what to do, on one line.
public enum DocumentWarning: Error, Equatable, Sendable, CustomStringConvertible {
    /// A JSON Lines record whose date field holds something that is not a date; the document
    /// is read undated.
    case badDate(path: String, line: Int, field: String, value: String)

    /// The file the warning is about.
    public var path: String {
        switch self {
        case .badDate(let path, _, _, _): return path
        }
    }

    public var description: String {
        switch self {
        case .badDate(let path, let line, let field, let value):
            return "'\(path)' line \(line): field '\(field)' holds \(value), which is not a date; the document is read undated"
                + " (write the date as 2021-06-29, 2021-06-29T10:00:00Z, 'Tue, 29 Jun 2021 10:00:00 GMT' or 'June 29, 2021', or choose the field with the date-field option)"
        }
    }
}
