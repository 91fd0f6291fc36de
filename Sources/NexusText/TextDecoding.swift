/// Turns file bytes into text: UTF-8 (a byte order mark is dropped; a few ill-formed
/// sequences among well-formed multi-byte ones become U+FFFD, see ``utf8Counts(_:)``), UTF-16
/// with a byte order mark, and otherwise Windows-1252, the usual encoding of legacy English text, or ISO-8859-1
/// when bytes undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) occur.
///
/// A file that declares itself with a byte order mark is decoded in that encoding even when some
/// sequences are invalid; they become U+FFFD.
///
/// Line endings are normalized: CR LF and lone CR become LF, so offsets do not depend on the
/// platform that wrote the file.
///
/// The Windows-1252 table is the WHATWG Encoding Standard's `index-windows-1252`.
enum TextDecoding {
    /// The decoded text and the name of its encoding, or `nil` when the bytes look binary.
    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: String)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (normalizeLineEndings(String(decoding: bytes[3...], as: UTF8.self)), "utf-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let (text, encoding) = decodeUTF16(bytes)
            return (normalizeLineEndings(text), encoding)
        }
        if looksBinary(bytes) { return nil }
        if let text = decodeUTF8(bytes[...]) { return (normalizeLineEndings(text), "utf-8") }
        let (multibyte, invalid) = utf8Counts(bytes)
        if multibyte >= invalid {
            let sequences = invalid == 1 ? "1 invalid byte sequence" : "\(invalid) invalid byte sequences"
            return (normalizeLineEndings(String(decoding: bytes, as: UTF8.self)), "utf-8 (\(sequences) replaced by U+FFFD)")
        }
        return (normalizeLineEndings(decodeWindows1252(bytes)), encodingName(bytes))
    }

    /// Binary: a NUL byte, or more than 10% of the first 64 KiB in C0 control bytes other than
    /// tab, line feed, form feed and carriage return.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D { controls += 1 }
        }
        return controls * 10 > sample.count
    }

    /// How many well-formed UTF-8 sequences of two bytes or more, and how many ill-formed
    /// ones, `bytes` holds. A file with at least as many of the first is UTF-8 with a few bad
    /// bytes (a truncated copy, one stray byte), decoded as UTF-8 with U+FFFD for each bad
    /// sequence; a file with more bad ones is a legacy encoding (in Windows-1252 text a
    /// well-formed multi-byte sequence is rare: "Ã©" and the like).
    ///
    /// - Complexity: O(n).
    static func utf8Counts(_ bytes: [UInt8]) -> (multibyte: Int, invalid: Int) {
        var multibyte = 0, invalid = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): if encoded.count > 1 { multibyte += 1 }
            case .error: invalid += 1
            case .emptyInput: break loop
            }
        }
        return (multibyte, invalid)
    }

    static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// UTF-16 after a byte order mark; a trailing odd byte is ignored.
    static func decodeUTF16(_ bytes: [UInt8]) -> (String, String) {
        let littleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var k = 2
        while k + 1 < bytes.count {
            let unit = littleEndian
                ? UInt16(bytes[k]) | UInt16(bytes[k + 1]) << 8
                : UInt16(bytes[k]) << 8 | UInt16(bytes[k + 1])
            units.append(unit)
            k += 2
        }
        return (String(decoding: units, as: UTF16.self), littleEndian ? "utf-16le" : "utf-16be")
    }

    /// Unicode scalars of bytes 0x80–0x9F in Windows-1252; 0 marks the five undefined bytes,
    /// which decode as their ISO-8859-1 (C1 control) values.
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            var value = UInt32(byte)
            if byte >= 0x80 && byte <= 0x9F, windows1252High[Int(byte - 0x80)] != 0 {
                value = windows1252High[Int(byte - 0x80)]
            }
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    static func encodingName(_ bytes: [UInt8]) -> String {
        let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        return bytes.contains(where: undefined.contains) ? "iso-8859-1" : "windows-1252"
    }

    static func normalizeLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
                previousWasCR = false
            }
        }
        return String(scalars)
    }
}
