/// The attributes of one HTML start tag, names lowercased, values with character references
/// decoded (HTML Living Standard §13.1.2.3: double-quoted, single-quoted, unquoted and empty
/// values). The first of two attributes with the same name wins, as in a browser.
///
/// - Complexity: O(t) in the length of the tag.
enum HTMLAttributes {
    /// The attributes of the tag from `<` at `start` to just before `end` (the index after `>`).
    static func read(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> [String: String] {
        var out: [String: String] = [:]
        var k = start + 1
        // Skip the tag name.
        while k < end, !s[k].properties.isWhitespace, s[k] != ">", s[k] != "/" { k += 1 }
        while k < end {
            while k < end, s[k].properties.isWhitespace || s[k] == "/" { k += 1 }
            guard k < end, s[k] != ">" else { break }
            var name = ""
            while k < end, !s[k].properties.isWhitespace, s[k] != "=", s[k] != ">", s[k] != "/" {
                name.unicodeScalars.append(s[k]); k += 1
            }
            while k < end, s[k].properties.isWhitespace { k += 1 }
            var value = ""
            if k < end, s[k] == "=" {
                k += 1
                while k < end, s[k].properties.isWhitespace { k += 1 }
                var raw: [Unicode.Scalar] = []
                if k < end, s[k] == "\"" || s[k] == "'" {
                    let quote = s[k]
                    k += 1
                    while k < end, s[k] != quote { raw.append(s[k]); k += 1 }
                    k += 1
                } else {
                    while k < end, !s[k].properties.isWhitespace, s[k] != ">" { raw.append(s[k]); k += 1 }
                }
                value = decoded(raw)
            }
            if name.isEmpty { k += 1; continue }
            let key = name.lowercased()
            if out[key] == nil { out[key] = value }
        }
        return out
    }

    private static func decoded(_ raw: [Unicode.Scalar]) -> String {
        var out = ""
        var i = 0
        while i < raw.count {
            if raw[i] == "&", let (text, next) = HTMLEntities.decode(raw, at: i) {
                out += text
                i = next
            } else {
                out.unicodeScalars.append(raw[i])
                i += 1
            }
        }
        return out
    }
}
