/// Text from an input made fit for display: in drawings (labels, tooltips), the explorer
/// page and the terminal. The JSON outputs keep the text as read; only what people look at
/// goes through here.
///
/// ```swift
/// DisplayText.visible("Os\u{202E}lo\u{200B}")   // "Oslo"
/// DisplayText.truncated(String(repeating: "a", count: 1_000)).count   // 301: 300 and "…"
/// ```
public enum DisplayText {
    /// The characters of evidence text shown in a tooltip, the explorer page or a text
    /// listing; longer sentences are cut there and end with "…".
    public static let evidenceLimit = 300

    /// `text` cut to its first `limit` characters (grapheme clusters) followed by "…" when it
    /// is longer; otherwise unchanged.
    ///
    /// - Complexity: O(min(n, limit)).
    public static func truncated(_ text: String, limit: Int = evidenceLimit) -> String {
        guard let end = text.index(text.startIndex, offsetBy: max(0, limit), limitedBy: text.endIndex), end < text.endIndex else {
            return text
        }
        return String(text[..<end]) + "…"
    }

    /// `text` without the invisible formatting characters of ``isInvisibleFormatting(_:)``.
    ///
    /// - Complexity: O(n); text without them is returned as is.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisibleFormatting) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isInvisibleFormatting(scalar) { out.append(scalar) }
        return String(out)
    }

    /// The bidirectional controls (U+061C arabic letter mark, U+200E/U+200F left-to-right and
    /// right-to-left marks, U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates),
    /// which can make a reader see text in another order than it is stored, and the
    /// zero-width characters (U+200B–U+200D, U+2060 word joiner, U+FEFF), which make two
    /// names that look the same differ.
    public static func isInvisibleFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }
}
