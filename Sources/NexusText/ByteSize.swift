/// Sizes in bytes as the user writes them: `500K`, `16M`, `1G` (binary multiples, as `sort -S`
/// and `split -b` read them) or a plain number of bytes.
///
/// ```swift
/// ByteSize.parse("16M")      // 16_777_216
/// ByteSize.written(16 << 20) // "16M"
/// ```
public enum ByteSize {
    /// The bytes `text` stands for: digits, optionally followed by K, M or G (any case, with an
    /// optional trailing B or iB); nil for anything else, zero or an overflow.
    public static func parse(_ text: String) -> Int? {
        var digits = Substring(text)
        var shift = 0
        for suffix in ["iB", "B"] where digits.uppercased().hasSuffix(suffix.uppercased()) && digits.count > suffix.count {
            digits = digits.dropLast(suffix.count)
            break
        }
        switch digits.last.map({ Character($0.uppercased()) }) {
        case "K": shift = 10
        case "M": shift = 20
        case "G": shift = 30
        default: break
        }
        if shift > 0 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int(digits), value > 0,
              value <= Int.max >> shift else { return nil }
        return value << shift
    }

    /// `bytes` in the largest unit that divides it exactly: `16M`, `500K`, `1000`.
    public static func written(_ bytes: Int) -> String {
        for (shift, unit) in [(30, "G"), (20, "M"), (10, "K")] where bytes > 0 && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift)\(unit)"
        }
        return "\(bytes)"
    }

    /// `bytes` for a message: "209,715,200 bytes (200.0M)", "16M" for a whole number of
    /// units, "52 bytes".
    public static func described(_ bytes: Int) -> String {
        let short = written(bytes)
        if short != "\(bytes)" { return short }
        let grouped = String(bytes).reversed().enumerated()
            .map { $0.offset > 0 && $0.offset % 3 == 0 ? "\($0.element)," : "\($0.element)" }
            .reversed().joined()
        guard bytes >= 1 << 20 else { return "\(grouped) bytes" }
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(grouped) bytes (\(tenths / 10).\(tenths % 10)M)"
    }
}
