import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NexusStore

/// The files one `nexus build` writes (`NAME.dot`, `NAME.svg`, ..., `NAME.manifest.json`),
/// replaced in the output folder as one set.
///
/// Before the run, ``precheck(folder:name:inputs:store:force:)`` checks the name, the folder
/// and its manifest without writing anything. After it, every file is written into a staging
/// folder inside the output folder
/// (`DIR/.nexus-staging-PID-RANDOM`, locked with `flock` while its build runs). When all are
/// written, ``commit()`` takes an exclusive lock on `DIR/.nexus.lock` and renames each staged
/// file into place, the manifest last, then removes the staging folder.
///
/// What is guaranteed:
/// - A build that fails or is killed (kill -9, Ctrl-C, disk full) before the renames leaves the
///   previous set untouched; its staging folder is removed by the next build into the folder.
/// - Concurrent builds into one folder replace the set one after the other, under the lock:
///   the set in place always comes from one run.
/// - The renames take a few milliseconds; a build killed during them can leave a mixed set.
///   The manifest (renamed last) lists each file's size and SHA-256, so the next build detects
///   the mixed set, says so on stderr and replaces it.
/// - The set records its inputs (relative to DIR); a build from other inputs is refused
///   unless `--force`, so `nexus build other/` cannot silently replace the Samples results.
///   Files of the set without a readable manifest (made before manifests, or copied in) are
///   of unknown inputs and refused alike.
final class OutputSet {
    enum Failure: Error, CustomStringConvertible {
        case badName(String, reason: String)
        case folderNotCreatable(String, reason: String)
        case folderNotWritable(String, reason: String)
        case otherInputs(folder: String, manifest: String, recorded: [String], given: [String])
        /// Files of the set are there but no readable manifest says which inputs made them.
        case unknownInputs(folder: String, manifest: String, files: [String])
        case lockFailed(String, reason: String)
        case writeFailed(String, reason: String)

        var description: String {
            switch self {
            case .badName(let name, let reason):
                return "--name must be a plain file name (\(reason)), got '\(name)'; choose another with --name"
            case .folderNotCreatable(let path, let reason):
                return "cannot create the output folder '\(path)': \(reason); choose another with -o"
            case .folderNotWritable(let path, let reason):
                return "cannot write into the output folder '\(path)': \(reason); check its permissions or choose another with -o"
            case .otherInputs(let folder, let manifest, let recorded, let given):
                return "'\(folder)' holds the results of other inputs (\(recorded.joined(separator: ", ")), see \(manifest)), "
                    + "not of \(given.joined(separator: ", ")); choose another folder with -o or another --name, or replace them with --force"
            case .unknownInputs(let folder, let manifest, let files):
                return "'\(folder)' holds \(files.joined(separator: ", ")) without a readable manifest (\(manifest)), so the inputs that made them are unknown; "
                    + "choose another folder with -o or another --name, or replace them with --force"
            case .lockFailed(let path, let reason):
                return "cannot lock '\(path)': \(reason); check the output folder's permissions or choose another with -o"
            case .writeFailed(let path, let reason):
                return "cannot write '\(path)': \(reason); free some space, check the folder's permissions or choose another with -o; the previous results are unchanged"
            }
        }
    }

    /// The manifest's name suffix: `NAME.manifest.json`.
    static let manifestSuffix = "manifest.json"
    static let stagingPrefix = ".nexus-staging-"
    static let lockName = ".nexus.lock"
    /// Every file a build may write: `NAME.dot`, ..., `NAME.manifest.json`.
    static let setSuffixes = ["dot", "svg", "json", "graph.json", "html", "graphml", "gexf", manifestSuffix]

    /// The folder as the user named it (for messages and the report).
    let path: String
    /// The folder, symbolic links resolved.
    let folder: URL
    let name: String
    /// The inputs, each relative to the folder when they share more than the root.
    let inputs: [String]
    let force: Bool
    let staging: URL
    /// An open descriptor of the staging folder, locked for as long as this build runs.
    private let stagingLock: Int32
    /// The suffixes written into the staging folder, in order.
    private(set) var staged: [String] = []
    private var committed = false

    /// Checks, before the run and without writing anything, what ``init(folder:name:inputs:store:force:)``
    /// would refuse: a bad `name`; a folder that is not a writable folder (or, when missing,
    /// whose nearest existing ancestor is not); a folder holding another corpus's set.
    static func precheck(folder path: String, name: String, inputs: [String], store: String?, force: Bool) throws {
        try check(name: name)
        var url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure.folderNotCreatable(path, reason: "a file of that name exists") }
            guard access(url.path, W_OK | X_OK) == 0 else { throw Failure.folderNotWritable(path, reason: errnoText()) }
            let folder = url.resolvingSymlinksInPath()
            if !force { try checkInputs(identity(inputs: inputs, store: store, relativeTo: folder), of: name, in: folder, path: path) }
            return
        }
        while !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
        }
        guard isDirectory.boolValue else { throw Failure.folderNotCreatable(path, reason: "'\(url.path)' is a file, not a folder") }
        guard access(url.path, W_OK | X_OK) == 0 else { throw Failure.folderNotCreatable(path, reason: errnoText()) }
    }

    /// Checks `name`, creates the folder, checks that it can be written and that it does not
    /// hold another corpus's results, removes what killed builds left, and creates the staging
    /// folder. Call ``precheck(folder:name:inputs:store:force:)`` before the run: this runs
    /// after it, so that a failed run leaves no folder behind.
    ///
    /// - Parameters:
    ///   - inputs: the INPUTS as given (empty: ``CorpusLoader/defaultInputs`` unless `store`).
    ///   - store: the `--store` file, if any; it is one of the inputs.
    init(folder path: String, name: String, inputs: [String], store: String?, force: Bool) throws {
        try Self.check(name: name)
        let url = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw Failure.folderNotCreatable(path, reason: (error as NSError).localizedDescription)
        }
        guard access(url.path, W_OK | X_OK) == 0 else { throw Failure.folderNotWritable(path, reason: Self.errnoText()) }
        let folder = url.standardizedFileURL.resolvingSymlinksInPath()
        let identity = Self.identity(inputs: inputs, store: store, relativeTo: folder)
        if !force { try Self.checkInputs(identity, of: name, in: folder, path: path) }
        let staging = folder.appendingPathComponent("\(Self.stagingPrefix)\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
        // Created and locked under the folder's lock, so that no other build's clean-up sees it
        // unlocked in between.
        let stagingLock = try Self.withLock(folder, path: path) {
            Self.removeLeftovers(in: folder, name: name)
            guard mkdir(staging.path, 0o755) == 0 else { throw Failure.folderNotWritable(path, reason: Self.errnoText()) }
            let descriptor = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let reason = Self.errnoText()
                rmdir(staging.path)
                throw Failure.lockFailed(staging.path, reason: reason)
            }
            return descriptor
        }
        self.path = path
        self.folder = folder
        self.name = name
        self.force = force
        self.inputs = identity
        self.staging = staging
        self.stagingLock = stagingLock
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(at: staging) }
        close(stagingLock)
    }

    /// Where `NAME.SUFFIX` is staged, for writers that write to a URL themselves; call
    /// ``record(_:)`` once the file is written.
    func stagedURL(_ suffix: String) -> URL {
        staging.appendingPathComponent("\(name).\(suffix)")
    }

    /// Counts `NAME.SUFFIX`, written by the caller at ``stagedURL(_:)``, in the set.
    func record(_ suffix: String) {
        staged.append(suffix)
    }

    /// Stages `data` as `NAME.SUFFIX`.
    func write(_ data: Data, as suffix: String) throws {
        let url = stagedURL(suffix)
        do {
            try data.write(to: url)
        } catch {
            throw Failure.writeFailed(displayPath("\(name).\(suffix)"), reason: (error as NSError).localizedDescription)
        }
        record(suffix)
    }

    /// Stages `NAME.SUFFIX` as `produce` writes it, a piece at a time, through a 1 MiB
    /// buffer, so that a large output (the extraction of a whole store) is never held whole.
    func write(as suffix: String, _ produce: (_ write: (String) throws -> Void) throws -> Void) throws {
        let url = stagedURL(suffix)
        do {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown)
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            var buffer = Data()
            try produce { piece in
                buffer.append(contentsOf: piece.utf8)
                if buffer.count >= 1 << 20 {
                    try handle.write(contentsOf: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: buffer)
        } catch {
            throw Failure.writeFailed(displayPath("\(name).\(suffix)"), reason: (error as NSError).localizedDescription)
        }
        record(suffix)
    }

    /// Replaces the set in the folder with the staged files, under the folder's lock, the
    /// manifest last. Returns the paths written (as the user named the folder) and warnings.
    func commit() throws -> (written: [String], warnings: [String]) {
        var files: [BuildManifest.File] = []
        for suffix in staged {
            let file = "\(name).\(suffix)"
            guard let digest = try? SHA256.hex(ofFileAt: staging.appendingPathComponent(file)) else {
                throw Failure.writeFailed(displayPath(file), reason: "the staged file vanished")
            }
            files.append(BuildManifest.File(name: file, bytes: digest.bytes, sha256: digest.hex))
        }
        let manifestName = "\(name).\(Self.manifestSuffix)"
        try write(BuildManifest(inputs: inputs, files: files).encoded(), as: Self.manifestSuffix)
        var warnings: [String] = []
        try Self.withLock(folder, path: path) {
            if !force { try Self.checkInputs(inputs, of: name, in: folder, path: path) }
            let previous = try? BuildManifest.read(folder.appendingPathComponent(manifestName))
            if let previous, let broken = previous.firstMismatch(in: folder) {
                warnings.append("warning: the previous results in '\(path)' were a mixed set (\(broken) does not match \(manifestName): "
                                + "changed since, or a build was killed while replacing them); they are replaced now")
            }
            for file in files.map(\.name) + [manifestName] {
                if file == manifestName {
                    // Files of the previous set that this one lacks (--graphml, --gexf) go
                    // before the new manifest names the set.
                    let kept = Set(files.map(\.name))
                    for old in previous?.files.map(\.name) ?? [] where !kept.contains(old) && Self.belongs(old, to: name) {
                        unlink(folder.appendingPathComponent(old).path)
                    }
                }
                if rename(staging.appendingPathComponent(file).path, folder.appendingPathComponent(file).path) != 0 {
                    throw Failure.writeFailed(displayPath(file), reason: Self.errnoText())
                }
            }
            committed = true
            try? FileManager.default.removeItem(at: staging)
        }
        return (staged.map { displayPath("\(name).\($0)") }, warnings)
    }

    private func displayPath(_ file: String) -> String {
        Self.join(path, file)
    }

    /// `FOLDER/FILE` as the user named the folder (`Graphs/nexus.dot`, not an absolute path).
    private static func join(_ folder: String, _ file: String) -> String {
        (folder as NSString).appendingPathComponent(file)
    }

    // MARK: - Checks

    /// A plain file name, not hidden (hidden names are the staging folders' and the lock's),
    /// short enough for every suffix.
    static func check(name: String) throws {
        if name.isEmpty { throw Failure.badName(name, reason: "it is empty") }
        if name.contains("/") || name.contains("\0") { throw Failure.badName(name, reason: "no '/' or NUL") }
        if name.hasPrefix(".") { throw Failure.badName(name, reason: "not starting with '.'") }
        if name.utf8.count + 1 + manifestSuffix.utf8.count > 255 { throw Failure.badName(name, reason: "at most 240 bytes") }
    }

    /// Refuses a folder whose set `NAME` was made from other inputs, or whose files of the set
    /// have no readable manifest (written before manifests existed, or copied in): their
    /// inputs are unknown. A folder without any file of the set is fine.
    private static func checkInputs(_ inputs: [String], of name: String, in folder: URL, path: String) throws {
        let manifest = folder.appendingPathComponent("\(name).\(manifestSuffix)")
        guard let recorded = try? BuildManifest.read(manifest) else {
            // No record of the inputs: results from before manifests, or copied in by hand.
            let files = setSuffixes.map { "\(name).\($0)" }.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
            guard files.isEmpty else { throw Failure.unknownInputs(folder: path, manifest: join(path, manifest.lastPathComponent), files: files) }
            return
        }
        guard recorded.inputs != inputs else { return }
        throw Failure.otherInputs(folder: path, manifest: join(path, manifest.lastPathComponent),
                                  recorded: recorded.inputs, given: inputs)
    }

    /// Whether `file` is one of the files a build of the set `NAME` writes (a manifest read
    /// from disk is not trusted to name any other file).
    private static func belongs(_ file: String, to name: String) -> Bool {
        setSuffixes.contains { file == "\(name).\($0)" }
    }

    // MARK: - Inputs

    /// The inputs as recorded in the manifest: sorted, without repeats, each relative to the
    /// folder (`../Samples` for `nexus build Samples -o Graphs`) so the record does not depend
    /// on where the command ran or where the project sits; absolute when they share only `/`.
    static func identity(inputs: [String], store: String?, relativeTo folder: URL) -> [String] {
        let given = inputs.isEmpty && store == nil ? ["Samples"] : inputs
        var identity = given.map { relative($0, to: folder) }
        if let store { identity.append("store:" + relative(store, to: folder)) }
        return Array(Set(identity)).sorted()
    }

    private static func relative(_ input: String, to folder: URL) -> String {
        let target = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let base = folder.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        if common <= 1 { return target.count <= 1 ? "/" : "/" + target.dropFirst().joined(separator: "/") }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    // MARK: - Lock and leftovers

    /// Runs `body` holding an exclusive `flock` on `FOLDER/.nexus.lock` (created once, kept).
    @discardableResult
    private static func withLock<T>(_ folder: URL, path: String, _ body: () throws -> T) throws -> T {
        let lockPath = folder.appendingPathComponent(lockName).path
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure.lockFailed(lockPath, reason: errnoText()) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw Failure.lockFailed(lockPath, reason: errnoText()) }
        }
        return try body()
    }

    /// Removes, holding the folder's lock: staging folders whose build is gone (their `flock`
    /// is free: the lock dies with the process, whatever killed it); the temporary files of
    /// ``AtomicFile`` for this set's files (no build writes them in the folder any more); and
    /// any other ``AtomicFile`` temporary file older than an hour.
    private static func removeLeftovers(in folder: URL, name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let now = Date()
        for entry in entries {
            let url = folder.appendingPathComponent(entry)
            if entry.hasPrefix(stagingPrefix) {
                let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard descriptor >= 0 else { continue }
                if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { try? FileManager.default.removeItem(at: url) }
                close(descriptor)
            } else if isAtomicFileTemporary(entry) {
                let ours = setSuffixes.contains { entry.hasPrefix(".\(name).\($0).") }
                let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]) as? Date
                if ours || now.timeIntervalSince(modified ?? now) > 3600 { unlink(url.path) }
            }
        }
    }

    /// `.FILE.UUID.tmp`, the temporary name ``AtomicFile`` writes.
    static func isAtomicFileTemporary(_ entry: String) -> Bool {
        guard entry.hasPrefix("."), entry.hasSuffix(".tmp") else { return false }
        let parts = entry.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last else { return false }
        return UUID(uuidString: String(last)) != nil
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

/// `NAME.manifest.json`: which inputs made a build's set and each file's size and SHA-256.
/// Nothing in it depends on the machine or the time (no absolute paths unless the inputs
/// share nothing with the folder, no dates), so `Graphs/` stays reproducible byte for byte.
struct BuildManifest: Codable, Equatable {
    struct File: Codable, Equatable {
        var name: String
        var bytes: Int
        var sha256: String
    }

    var format = "nexus-build-manifest"
    var version = 1
    var inputs: [String]
    var files: [File]

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    static func read(_ url: URL) throws -> BuildManifest {
        try JSONDecoder().decode(BuildManifest.self, from: Data(contentsOf: url))
    }

    /// The first file of the set in `folder` that is missing or differs from this manifest.
    func firstMismatch(in folder: URL) -> String? {
        for file in files {
            guard !file.name.contains("/"),
                  let digest = try? SHA256.hex(ofFileAt: folder.appendingPathComponent(file.name)),
                  digest.bytes == file.bytes, digest.hex == file.sha256 else { return file.name }
        }
        return nil
    }
}
