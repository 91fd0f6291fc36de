/// A JSON writer for data embedded in an HTML `<script>` element: besides JSON's own escapes,
/// `<`, `>`, `&` and the line separators U+2028/U+2029 are written as `\u` escapes, so no
/// string can end the element or be read as markup. Writes straight into a byte buffer.
///
/// - Complexity: O(output length).
struct ScriptJSON {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x00..<0x20, 0x3C, 0x3E, 0x26, 0x2028, 0x2029, 0x7F...0x9F, 0xFFFE, 0xFFFF:
                let hex = String(scalar.value, radix: 16)
                raw("\\u")
                bytes.append(contentsOf: String(repeating: "0", count: 4 - hex.count).utf8)
                bytes.append(contentsOf: hex.utf8)
            default:
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func number(_ value: Double) {
        guard value.isFinite else { return raw("0") }
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: Array(String(Int64(value)).utf8))
        } else {
            bytes.append(contentsOf: Array(value.description.utf8))
        }
    }

    mutating func number(_ value: Int) { bytes.append(contentsOf: Array(String(value).utf8)) }

    /// `"key":`
    mutating func key(_ k: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(k)
        raw("\":")
    }

    mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    /// A JSON array of `items`, each written by `write`.
    mutating func array<T>(_ items: some Sequence<T>, _ write: (inout ScriptJSON, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        var first = true
        for item in items {
            if !first { comma() }
            first = false
            write(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }
}
