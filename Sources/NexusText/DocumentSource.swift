import Foundation
import NexusCore

/// The documents named by a list of inputs, read one at a time.
///
/// Each input is a file or a folder. A folder is walked recursively; its files with the
/// extensions of ``DocumentFormat/folderExtensions`` are taken in sorted path order (hidden
/// files and folders are skipped), so the order is the same on every run. A file named
/// directly is read whatever its extension. A JSON Lines file (`.jsonl`) yields one document per
/// non-blank line: an object whose string field ``Options/textField`` holds the text and whose
/// ``Options/idField`` (a string or number) the id; without an id the document is called
/// `<file name>-<line number>`. Its `path` is `<file>:<line number>`. The input `-`
/// (``standardInput``) is standard input: JSON Lines when its first non-blank line starts with
/// `{`, otherwise one plain-text document with the id `stdin` (``StandardInput``). A string field
/// ``Options/dateField`` (when the record has it) gives the document's date
/// (``DocumentDateFinder``); a value that is no date is reported as a
/// ``Item/warning(_:)`` just before its document, which is then undated.
///
/// A file is read once: a file named again (by the same path, through a folder, a symbolic
/// link or `..`) or a file whose text equals one read before is skipped with a
/// ``DocumentWarning/sameFile(path:first:)`` or ``DocumentWarning/sameText(path:first:)``
/// warning, so `nexus build Samples Samples` does not count every commitment twice. (Records
/// of a JSON Lines file are not compared: wire copies there are separate documents.) Texts are
/// compared by a 64-bit hash and their length.
///
/// Documents are streamed: one file, or one line of a JSON Lines file, is in memory at a time.
/// A failure is an element of the sequence (``Item/failure(_:)``), not the end of it, so one
/// bad file or line is reported while the rest are read.
///
/// ```swift
/// for item in DocumentSource(inputs: ["Samples", "extra.jsonl"]) {
///     switch item {
///     case .document(let document): process(document)
///     case .failure(let error): print(error)
///     case .warning(let warning): print(warning)
///     }
/// }
/// ```
public struct DocumentSource: Sequence, Sendable {
    public struct Options: Sendable, Equatable {
        /// The JSON Lines field that holds a document's text.
        public var textField: String
        /// The JSON Lines field that holds a document's id.
        public var idField: String
        /// The JSON Lines field that holds a document's publication date, read when present.
        public var dateField: String
        /// The largest document read, in bytes: a larger file, or JSON Lines record, is
        /// skipped with ``DocumentError/tooLarge(path:bytes:limit:)`` before it is analysed.
        public var maxDocumentBytes: Int

        public init(textField: String = "text", idField: String = "id", dateField: String = "date",
                    maxDocumentBytes: Int = DocumentSource.defaultMaxDocumentBytes) {
            self.textField = textField
            self.idField = idField
            self.dateField = dateField
            self.maxDocumentBytes = maxDocumentBytes
        }
    }

    public enum Item: Sendable, Equatable {
        case document(Document)
        case failure(DocumentError)
        /// A problem with the document that follows; that document is read all the same.
        case warning(DocumentWarning)
    }

    public let inputs: [String]
    public let options: Options
    public let reader: DocumentReader

    /// The default document size limit, 16 MiB: about 6,000 pages of news text, hundreds of
    /// times a long article. Analysis holds 100 to 115 bytes per character of a document at
    /// its peak (measured in docs/text.md#document-size), so 16 MiB costs about 1.8 GiB;
    /// without a limit a 200 MB file grew to 20 GB before an allocation failed.
    public static let defaultMaxDocumentBytes = 16 << 20

    /// The input `-`: standard input, JSON Lines (records named `stdin-<line>` when they have
    /// no id, with paths `-:<line>`) or one text document `stdin` (``StandardInput``).
    public static let standardInput = "-"

    public init(inputs: [String], options: Options = Options(), reader: DocumentReader = DocumentReader()) {
        self.inputs = inputs
        self.options = options
        self.reader = reader
    }

    public func makeIterator() -> Iterator {
        Iterator(inputs: inputs, options: options, reader: reader)
    }

    /// The files a folder contributes, sorted by path: every entry with a document extension
    /// that is not a folder. Symbolic links are followed to files (not into folders); named
    /// pipes, sockets and dangling links are listed too, so that reading them reports what
    /// they are instead of passing them over in silence (a pipe found in a folder is not
    /// opened: ``DocumentError/pipeInFolder(path:)``).
    ///
    /// - Complexity: O(f log f) for f files under the folder.
    public static func files(inFolder folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles]) else { return [] }
        var files: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in walker {
            guard DocumentFormat.folderExtensions.contains(url.pathExtension.lowercased()),
                  (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory != true else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            files.append(prefix + relative)
        }
        return files.sorted()
    }

    public struct Iterator: IteratorProtocol {
        var inputs: [String]
        var nextInput = 0
        var files: [String] = []
        /// Whether `files` came from walking a folder (then pipes are not opened).
        var walking = false
        var nextFile = 0
        var lines: JSONLinesFile?
        let options: Options
        let reader: DocumentReader
        /// Files read so far, by resolved path and by text, with the path as first given.
        var filesRead: [String: String] = [:]
        var textsRead: [TextKey: String] = [:]

        struct TextKey: Hashable {
            var hash: Int
            var length: Int
        }

        init(inputs: [String], options: Options, reader: DocumentReader) {
            self.inputs = inputs
            self.options = options
            self.reader = reader
        }

        public mutating func next() -> Item? {
            while true {
                if lines != nil {
                    if let item = lines!.next(options: options, reader: reader) { return item }
                    lines = nil
                }
                if nextFile < files.count {
                    let path = files[nextFile]
                    nextFile += 1
                    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
                    if let first = filesRead[resolved] { return .warning(.sameFile(path: path, first: first)) }
                    filesRead[resolved] = path
                    if DocumentFormat(pathExtension: (path as NSString).pathExtension) == .jsonLines {
                        switch JSONLinesFile.open(path: path) {
                        case .success(let file): lines = file
                        case .failure(let error): return .failure(error)
                        }
                        continue
                    }
                    let document: Document
                    do {
                        document = try reader.read(path: path, maxBytes: options.maxDocumentBytes, readsPipes: !walking)
                    } catch {
                        return .failure(error)
                    }
                    let key = TextKey(hash: document.text.hashValue, length: document.text.utf8.count)
                    if let first = textsRead[key] { return .warning(.sameText(path: path, first: first)) }
                    textsRead[key] = path
                    return .document(document)
                }
                guard nextInput < inputs.count else { return nil }
                let input = inputs[nextInput]
                nextInput += 1
                if input == DocumentSource.standardInput {
                    if let first = filesRead[input] { return .warning(.sameFile(path: input, first: first)) }
                    filesRead[input] = input
                    switch StandardInput.open(reader: reader, maxBytes: options.maxDocumentBytes) {
                    case .jsonLines(let file): lines = file
                    case .text(.success(let document)): return .document(document)
                    case .text(.failure(let error)): return .failure(error)
                    }
                    continue
                }
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue {
                    files = DocumentSource.files(inFolder: input)
                    walking = true
                    if files.isEmpty { return .failure(.noDocuments(path: input)) }
                } else {
                    files = [input]
                    walking = false
                }
                nextFile = 0
            }
        }
    }
}
