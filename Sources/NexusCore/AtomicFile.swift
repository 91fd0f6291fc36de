import Foundation

/// Writes files whole or not at all: the bytes go to a temporary file in the target's
/// folder, which is then renamed over the target. A failure leaves no partial file behind.
public enum AtomicFile {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case folderMissing(String)
        case notWritable(String, reason: String)

        public var description: String {
            switch self {
            case .folderMissing(let path), .notWritable(let path, _):
                return "cannot write '\(path)': \(reason)"
            }
        }

        /// Why the file could not be written and what to do, without the path: for callers
        /// whose own message already names the file.
        public var reason: String {
            switch self {
            case .folderMissing:
                return "its folder does not exist; create it or choose another output path"
            case .notWritable(_, let reason):
                return "\(reason); check the folder's permissions or choose another output path"
            }
        }
    }

    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure.folderMissing(url.path)
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure.notWritable(url.path, reason: (error as NSError).localizedDescription)
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure.notWritable(url.path, reason: reason)
        }
    }

    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }
}
