/// Why a gazetteer could not be loaded.
public enum GazetteerError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingResource(name: String)
    case unreadable(path: String, reason: String)
    case malformedLine(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingResource(let name):
            return "gazetteer '\(name)' is not in the NexusEntities bundle; rebuild the package (Resources/gazetteers)"
        case .unreadable(let path, let reason):
            return "gazetteer '\(path)' cannot be read: \(reason); check the file"
        case .malformedLine(let path, let line, let reason):
            return "gazetteer '\(path)' line \(line): \(reason); expected surface<TAB>kind<TAB>canonical"
        }
    }
}
