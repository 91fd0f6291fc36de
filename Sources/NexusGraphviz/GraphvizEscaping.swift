import NexusCore

/// Turns display text into Graphviz attribute values that show exactly that text.
///
/// Graphviz 2.42/2.43 interprets text in attributes: backslash escapes (`\n`, `\N`, `\G`,
/// `\\`), HTML entities (`&lt;`, `&amp;`) and, in tooltips, backslashes twice (once when
/// the object's escapes are substituted, once when the SVG map is written). Each function
/// below neutralises exactly what its attribute interprets, so that the SVG text, the
/// PNG/PDF glyphs and the tooltip show the input verbatim:
///
/// | input          | label          | tooltip            |
/// |----------------|----------------|--------------------|
/// | `\`            | `\\`           | `\\\\`             |
/// | `&`            | `&amp;`        | `&amp;`            |
/// | newline        | newline (line break, centred) | newline (`&#10;` in SVG) |
/// | tab, control chars | space      | space              |
/// | U+FFFE, U+FFFF (not XML) | U+FFFD | U+FFFD          |
/// | bidi controls, zero-width characters (``DisplayText/isInvisibleFormatting(_:)``) | removed | removed |
///
/// Doubling backslashes also keeps every value ending in an even number of backslashes,
/// which the DOT scanner needs (a value ending in one backslash makes DOT unparseable).
/// Node names are never display text: the styler uses synthetic names `n0`, `n1`, ...
/// (a name starting with `%` would be renamed by Graphviz).
enum GraphvizEscaping {
    /// Escapes text for a `label` or `xlabel` attribute.
    /// - Complexity: O(n) in the number of Unicode scalars.
    static func label(_ text: String) -> String {
        escape(text, backslash: "\\\\")
    }

    /// Escapes text for a `tooltip` attribute (backslashes are unescaped twice there).
    /// - Complexity: O(n) in the number of Unicode scalars.
    static func tooltip(_ text: String) -> String {
        escape(text, backslash: "\\\\\\\\")
    }

    /// Escapes text for the inside of an HTML-like label (`<TD>text</TD>`).
    /// - Complexity: O(n) in the number of Unicode scalars.
    static func html(_ text: String) -> String {
        var out = ""
        for scalar in normalizedLines(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "<BR/>"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func escape(_ text: String, backslash: String) -> String {
        var out = ""
        for scalar in normalizedLines(text).unicodeScalars {
            switch scalar {
            case "\\": out += backslash
            case "&": out += "&amp;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// CRLF and CR become LF; tabs (which XML parsers turn into spaces inside attribute
    /// values), other C0 control characters (invalid in XML 1.0) and DEL become spaces;
    /// U+FFFE and U+FFFF (invalid in XML 1.0 too) become U+FFFD; bidirectional controls and
    /// zero-width characters are removed.
    private static func normalizedLines(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: out += "\n"
            case 0x0A where previousWasCR: continue
            case 0x0A: out.unicodeScalars.append(scalar)
            case 0x00..<0x20, 0x7F: out += " "
            case 0xFFFE, 0xFFFF: out += "\u{FFFD}"
            case _ where DisplayText.isInvisibleFormatting(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
