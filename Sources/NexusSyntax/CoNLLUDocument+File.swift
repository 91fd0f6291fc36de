import Foundation

extension CoNLLUDocument {
    /// Reads a CoNLL-U file (UTF-8); errors name the file as given.
    /// - Throws: ``CoNLLUError/unreadable(path:reason:)`` when the file cannot be read or is
    ///   not UTF-8, or the error of a malformed line.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = (error as NSError).localizedDescription
            throw CoNLLUError.unreadable(path: url.relativePath, reason: reason.hasSuffix(".") ? String(reason.dropLast()) : reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CoNLLUError.unreadable(path: url.relativePath, reason: "the bytes are not valid UTF-8")
        }
        try self.init(text: text, path: url.relativePath)
    }
}
