/// Failures the CLI reports itself (the library's errors print their own messages).
enum CLIError: Error, CustomStringConvertible {
    case noDocuments([String])

    var description: String {
        switch self {
        case .noDocuments(let inputs):
            return "no readable document in \(inputs.joined(separator: ", ")); give .txt, .md, .html or .jsonl files"
        }
    }
}
