/// Text made safe for a terminal: what an input document contains is printed, never obeyed.
///
/// C0 control characters other than tab and line feed (escape sequences start with ESC,
/// U+001B; a carriage return can overwrite a line), DEL, the C1 controls U+0080–U+009F and the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, which can
/// reorder what a reader sees) become U+FFFD.
///
/// - Complexity: O(n) in the text's scalars; text without such characters is returned as is.
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
