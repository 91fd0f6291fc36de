import NexusCore

/// Text made safe for a terminal: what an input document contains is printed, never obeyed.
///
/// C0 control characters other than tab and line feed (escape sequences start with ESC,
/// U+001B; a carriage return can overwrite a line), DEL and the C1 controls U+0080–U+009F
/// (U+009B is a one-character escape sequence) become U+FFFD. Bidirectional controls and
/// zero-width characters (``DisplayText/isInvisibleFormatting(_:)``: embeddings, overrides,
/// isolates and marks, which can reorder what a reader sees; U+200B–U+200D, U+2060, U+FEFF)
/// are removed. Every line `nexus` prints goes through here: ``Console``, and the error
/// messages (``Nexus/main()``).
///
/// - Complexity: O(n) in the text's scalars; text without such characters is returned as is.
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) || DisplayText.isInvisibleFormatting($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !DisplayText.isInvisibleFormatting(scalar) {
            out.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// A data format (JSON, DOT, XML, CoNLL-U) printed on stdout: each unsafe character and
    /// each bidirectional embedding, override or isolate becomes one U+FFFD, so that the
    /// scalar offsets the data holds still point at the right text; other invisible formatting
    /// (zero-width characters, marks) is kept. Written to a file (`-o`), data is left as is.
    static func safeData(_ text: String) -> String {
        func replaced(_ scalar: Unicode.Scalar) -> Bool { isUnsafe(scalar) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) }
        guard text.unicodeScalars.contains(where: replaced) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(replaced(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
