/// CoNLL-U input that cannot be read: a file that cannot be opened or is not UTF-8, or a
/// malformed line (named by the input and its 1-based line number).
public enum CoNLLUError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case columns(path: String, line: Int, found: Int)
    case id(path: String, line: Int, id: String)
    case head(path: String, line: Int, head: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read CoNLL-U file '\(path)': \(reason); check the path"
        case .columns(let path, let line, let found):
            return "\(path):\(line): a CoNLL-U word line needs 10 tab-separated columns, found \(found)"
        case .id(let path, let line, let id):
            return "\(path):\(line): ID '\(id)' is not a word number, a range (3-4) or an empty node (8.1)"
        case .head(let path, let line, let head):
            return "\(path):\(line): HEAD '\(head)' is not a word number or _"
        }
    }
}
