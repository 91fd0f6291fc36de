/// HTML character references: named ones from the HTML5 named character reference table
/// (https://html.spec.whatwg.org/multipage/named-characters.html), the subset that occurs in
/// news pages, and every numeric one.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "laquo": "\u{AB}",
        "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "bull": "\u{2022}", "middot": "\u{B7}",
        "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "euro": "\u{20AC}", "pound": "\u{A3}",
        "yen": "\u{A5}", "cent": "\u{A2}", "deg": "\u{B0}", "times": "\u{D7}", "divide": "\u{F7}",
        "plusmn": "\u{B1}", "frac12": "\u{BD}", "frac14": "\u{BC}", "frac34": "\u{BE}", "para": "\u{B6}",
        "sect": "\u{A7}", "shy": "\u{AD}", "iexcl": "\u{A1}", "iquest": "\u{BF}", "dagger": "\u{2020}",
        "prime": "\u{2032}", "Prime": "\u{2033}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "minus": "\u{2212}", "larr": "\u{2190}", "rarr": "\u{2192}",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â", "atilde": "ã",
        "auml": "ä", "Auml": "Ä", "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ", "ccedil": "ç",
        "Ccedil": "Ç", "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê", "euml": "ë",
        "iacute": "í", "Iacute": "Í", "igrave": "ì", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "Ntilde": "Ñ",
        "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "Ouml": "Ö",
        "oslash": "ø", "Oslash": "Ø", "uacute": "ú", "Uacute": "Ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü",
        "Uuml": "Ü", "yacute": "ý", "yuml": "ÿ", "szlig": "ß", "scaron": "š", "Scaron": "Š", "zcaron": "ž",
        "Zcaron": "Ž", "oelig": "œ", "OElig": "Œ", "eth": "ð", "thorn": "þ",
    ]

    /// The text of the reference starting with `&` at `i`, and the index after its `;`.
    static func decode(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var k = i + 1
        guard k < s.count else { return nil }
        if s[k] == "#" {
            k += 1
            let hex = k < s.count && (s[k] == "x" || s[k] == "X")
            if hex { k += 1 }
            var value: UInt32 = 0
            let digitsStart = k
            while k < s.count, k - digitsStart < 8, let digit = hexValue(s[k]), hex || digit < 10 {
                value = value &* (hex ? 16 : 10) &+ digit
                k += 1
            }
            guard k > digitsStart, k < s.count, s[k] == ";" else { return nil }
            // "&#13;" is a line break, read as HTML reads a carriage return in its source: no
            // carriage return reaches the text.
            if value == 0x0D { return ("\n", k + 1) }
            let scalar = windows1252Reference(value) ?? Unicode.Scalar(value) ?? "\u{FFFD}"
            return (String(scalar), k + 1)
        }
        var name = ""
        while k < s.count, k - i <= 10, s[k].isASCII, s[k].properties.isAlphabetic || s[k].properties.numericType != nil {
            name.unicodeScalars.append(s[k]); k += 1
        }
        guard k < s.count, s[k] == ";", let text = named[name] else { return nil }
        return (text, k + 1)
    }

    static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x41...0x46: return c.value - 0x41 + 10
        case 0x61...0x66: return c.value - 0x61 + 10
        default: return nil
        }
    }

    /// Numeric references to 0x80–0x9F mean the Windows-1252 character, as the HTML5 parser
    /// specifies (`&#150;` is an en dash).
    static func windows1252Reference(_ value: UInt32) -> Unicode.Scalar? {
        guard value >= 0x80 && value <= 0x9F else { return nil }
        let mapped = TextDecoding.windows1252High[Int(value - 0x80)]
        return mapped == 0 ? nil : Unicode.Scalar(mapped)
    }
}
