/// A clusters file that cannot be used.
public enum WordClustersError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case malformed(path: String, line: Int)

    public var description: String {
        switch self {
        case .missing(let path): return "word clusters '\(path)' are not in the package bundle; rebuild the package"
        case .unreadable(let path, let reason): return "cannot read word clusters '\(path)': \(reason); check the path"
        case .malformed(let path, let line): return "\(path):\(line): expected word<TAB>c64<TAB>c256<TAB>c1024 with numbers below 65536; rebuild with Scripts/make-word-clusters.py"
        }
    }
}
