/// A failure of ``ModelByteReader``: the bytes end early or hold an impossible value.
///
/// A model file format built on the reader maps these cases to its own failures; the messages
/// are the same.
public enum ModelReadError: Error, Equatable, CustomStringConvertible {
    case truncated(path: String)
    case corrupt(path: String, reason: String)

    public var description: String {
        switch self {
        case .truncated(let path): return "model '\(path)' is truncated; retrain or copy it again"
        case .corrupt(let path, let reason): return "model '\(path)' is corrupt: \(reason); retrain with `nexus train`"
        }
    }
}
