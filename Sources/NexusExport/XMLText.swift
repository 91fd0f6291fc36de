/// Escaping for text written into XML 1.0 documents (GraphML, GEXF).
public enum XMLText {
    /// `text` made safe for an attribute value in double quotes or for element content.
    ///
    /// `&`, `<`, `>`, `"` and `'` become entity references. Tab, line feed and carriage
    /// return become character references (`&#9;`, `&#10;`, `&#13;`) so that attribute-value
    /// normalization does not turn them into spaces. Characters XML 1.0 forbids even as
    /// references (C0 controls other than those three, U+FFFE, U+FFFF) become U+FFFD.
    ///
    /// - Complexity: O(n) in the number of scalars.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\"": out.append("&quot;")
            case "'": out.append("&apos;")
            case "\t": out.append("&#9;")
            case "\n": out.append("&#10;")
            case "\r": out.append("&#13;")
            case "\u{00}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
