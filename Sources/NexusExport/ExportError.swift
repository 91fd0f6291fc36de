/// Why a graph could not be exported.
public enum ExportError: Error, CustomStringConvertible, Equatable {
    /// The CSV output path exists and is a file, not a folder.
    case notAFolder(String)
    /// The CSV output folder could not be created.
    case cannotCreateFolder(String, reason: String)
    /// The format name is not one this module writes.
    case unknownFormat(String)

    public var description: String {
        switch self {
        case .notAFolder(let path):
            return "'\(path)' is a file; CSV export writes nodes.csv and relationships.csv into a folder, so give a folder path"
        case .cannotCreateFolder(let path, let reason):
            return "cannot create folder '\(path)': \(reason); create it or choose another output path"
        case .unknownFormat(let name):
            let known = GraphFormat.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown export format '\(name)'; use one of \(known)"
        }
    }
}
