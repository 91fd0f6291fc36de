import Foundation

/// The user's corrections file kept in a store (`nexus ingest --corrections FILE`): applied
/// by every command that reads the store unless it is given its own `--corrections`.
///
/// The store keeps the text, not a parsed form, so that the module stays on NexusCore: the
/// caller parses it with the same reader as a corrections file on disk.
public struct StoredCorrections: Hashable, Sendable {
    /// The file as given (for messages).
    public var origin: String
    /// The whole file.
    public var text: String

    public init(origin: String, text: String) {
        self.origin = origin
        self.text = text
    }

    /// The lines that hold a command (not blank, not `#` comments), numbered from 1 as in the file.
    public var commandLines: [(number: Int, line: String)] {
        // "\r\n" is one Character, so it is a line break of its own (a file saved on Windows).
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated().compactMap { index, raw in
            let line = raw.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            return line.isEmpty || line.hasPrefix("#") ? nil : (index + 1, line)
        }
    }
}
