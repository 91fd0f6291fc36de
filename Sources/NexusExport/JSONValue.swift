/// A JSON document as a value, written deterministically.
///
/// Objects keep their members in a dictionary and are always written with keys sorted by
/// their UTF-8 bytes, so the same value always gives the same text. Numbers go through
/// ``ExportNumber/format(_:)``: integral values print as integers (`436000000`, never
/// `4.36e8`), others as the shortest text that reads back to the same `Double`.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// `.string(text)`, or `.null` when `text` is `nil`.
    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// `.number(Double(value))`.
    public static func int(_ value: Int) -> JSONValue {
        .number(Double(value))
    }

    /// The value as pretty-printed JSON: two-space indentation, `"key": value`, keys sorted,
    /// empty arrays and objects as `[]` and `{}`, and a final newline.
    ///
    /// - Complexity: O(n log n) in the number of object members (the key sort), O(n) otherwise.
    public func prettyPrinted() -> String {
        var out = ""
        write(into: &out, indent: 0)
        out.append("\n")
        return out
    }

    func write(into out: inout String, indent: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .number(let value): out.append(ExportNumber.format(value))
        case .string(let text): JSONValue.appendQuoted(text, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append("[]"); return }
            out.append("[\n")
            for (offset, item) in items.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                item.write(into: &out, indent: indent + 1)
                out.append(offset == items.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: "  ", count: indent) + "]")
        case .object(let members):
            guard !members.isEmpty else { out.append("{}"); return }
            out.append("{\n")
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (offset, key) in keys.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                JSONValue.appendQuoted(key, to: &out)
                out.append(": ")
                members[key]!.write(into: &out, indent: indent + 1)
                out.append(offset == keys.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: "  ", count: indent) + "}")
        }
    }

    /// Appends `text` as a JSON string literal. Quotes, backslashes and control characters
    /// are escaped (`\n`, `\t`, ... or `\u00XX`), as are U+2028 and U+2029 so the output is
    /// also valid JavaScript; every other character is written as itself in UTF-8.
    static func appendQuoted(_ text: String, to out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            case "\u{2028}", "\u{2029}", "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}
