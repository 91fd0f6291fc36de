/// A corrections file that cannot be used, with what to do about it.
public enum CorrectionsError: Error, Equatable, CustomStringConvertible, Sendable {
    case unreadable(path: String, reason: String)
    case malformed(path: String, line: Int, problem: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read corrections file '\(path)': \(reason); check the path"
        case .malformed(let path, let line, let problem):
            return "\(path):\(line): \(problem); see docs/resolution.md#corrections for the commands"
        }
    }
}
