/// Field quoting of RFC 4180 ("Common Format and MIME Type for CSV Files", 2005), and the
/// guard against formula injection that spreadsheets need.
public enum CSVField {
    /// `text` as one CSV field: unchanged when it holds no comma, double quote, carriage
    /// return or line feed and has no leading or trailing space; otherwise wrapped in double
    /// quotes with every inner double quote doubled (`a "b"` → `"a ""b"""`).
    public static func quote(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out.append("\"") }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }

    /// One record: the fields guarded (``guarded(_:)``), quoted and joined by commas, ended
    /// by CRLF as RFC 4180 asks.
    public static func record(_ fields: [String]) -> String {
        fields.map { quote(guarded($0)) }.joined(separator: ",") + "\r\n"
    }

    /// `text` with a leading `'` when a spreadsheet would read it as a formula (OWASP, "CSV
    /// Injection"): when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
    /// A plain number (`-12`, `+3.5`, `-1e-05`) is left as is, so that it stays a number.
    ///
    /// ```swift
    /// CSVField.guarded("=HYPERLINK(\"http://x\")")   // "'=HYPERLINK(\"http://x\")"
    /// CSVField.guarded("-12")                         // "-12"
    /// ```
    public static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(text) else {
            return text
        }
        return "'" + text
    }

    /// An optional sign, digits with an optional fraction, an optional exponent.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = text.unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let s = scalars.first, ("0"..."9").contains(s) { scalars.removeFirst(); count += 1 }
            return count
        }
        if let s = scalars.first, s == "+" || s == "-" { scalars.removeFirst() }
        var mantissa = digits()
        if scalars.first == "." { scalars.removeFirst(); mantissa += digits() }
        guard mantissa > 0 else { return false }
        if let s = scalars.first, s == "e" || s == "E" {
            scalars.removeFirst()
            if let s = scalars.first, s == "+" || s == "-" { scalars.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
