/// Failures of the resolution stage, each saying what to do about it.
public enum ResolutionError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The shipped alias table is missing from the module's resources.
    case aliasResourceMissing(String)
    /// A user alias file could not be read.
    case aliasFileUnreadable(String, reason: String)
    /// A line of an alias file does not follow the format.
    case aliasLineMalformed(String, line: Int, problem: String)
    /// A shipped resolution resource (other than the alias table) is missing.
    case resourceMissing(String)
    /// A shipped resolution resource has a malformed line.
    case resourceMalformed(String, line: Int, problem: String)

    public var description: String {
        switch self {
        case .aliasResourceMissing(let path):
            return "the shipped alias table '\(path)' is missing from the NexusEntities resources; rebuild the package"
        case .aliasFileUnreadable(let path, let reason):
            return "cannot read alias file '\(path)': \(reason); check the path and that the file is UTF-8 text"
        case .aliasLineMalformed(let path, let line, let problem):
            return "alias file '\(path)', line \(line): \(problem); each line is canonical<TAB>type<TAB>alias|alias<TAB>source"
        case .resourceMissing(let path):
            return "the resource '\(path)' is missing from the NexusEntities bundle; rebuild the package"
        case .resourceMalformed(let path, let line, let problem):
            return "'\(path)', line \(line): \(problem); regenerate it with the script named in its first line"
        }
    }
}
