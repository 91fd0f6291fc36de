/// The formats ``DocumentReader`` understands, chosen by file extension (case-insensitive).
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// UTF-8 (or legacy 8-bit) plain text: `.txt` and any extension not listed below.
    case text
    /// Markdown: `.md`, `.markdown`; the markup is stripped (see ``MarkdownText``).
    case markdown
    /// HTML: `.html`, `.htm`; the readable text is extracted (see ``HTMLText``).
    case html
    /// JSON Lines: `.jsonl`; one document per line, read by ``DocumentSource``.
    case jsonLines

    /// Extensions picked up when walking a folder.
    public static let folderExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl"]

    public init(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "jsonl": self = .jsonLines
        default: self = .text
        }
    }

    /// The text Nexus keeps from decoded file contents in this format.
    func plainText(_ contents: String) -> String {
        switch self {
        case .text, .jsonLines: return contents
        case .markdown: return MarkdownText.plainText(contents)
        case .html: return HTMLText.plainText(contents)
        }
    }
}
