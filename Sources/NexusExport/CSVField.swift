/// Field quoting of RFC 4180 ("Common Format and MIME Type for CSV Files", 2005).
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

    /// One record: the fields quoted and joined by commas, ended by CRLF as RFC 4180 asks.
    public static func record(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }
}
