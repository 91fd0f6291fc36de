/// Character classes the tokenizer and sentence splitter need, on raw scalar values.
///
/// ASCII is decided with comparisons; other scalars fall back to the Unicode properties
/// (`isAlphabetic`, numeric type, general category, `isWhitespace`), so letters of every
/// script, combining marks and non-ASCII spaces are classified correctly.
enum ScalarClass {
    @inline(__always)
    static func isASCIILetter(_ v: UInt32) -> Bool {
        (v | 0x20) &- 0x61 < 26
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool {
        if v < 0x80 { return v &- 0x30 < 10 }
        return isNonASCIIDigit(v)
    }

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(v) }
        return isNonASCIILetter(v)
    }

    /// A letter, a digit or a combining mark: the scalars a word is made of.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(v) || v &- 0x30 < 10 }
        return isNonASCIILetter(v) || isNonASCIIDigit(v)
    }

    @inline(__always)
    static func isUppercase(_ v: UInt32) -> Bool {
        if v < 0x80 { return v &- 0x41 < 26 }
        return isNonASCIIUppercase(v)
    }

    @inline(__always)
    static func isLowercase(_ v: UInt32) -> Bool {
        if v < 0x80 { return v &- 0x61 < 26 }
        return isNonASCIILowercase(v)
    }

    // The Unicode-property paths are kept out of line so that the ASCII tests inline small.

    @inline(never)
    static func isNonASCIIDigit(_ v: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.numericType == .decimal
    }

    @inline(never)
    static func isNonASCIILetter(_ v: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isAlphabetic || isMark(scalar)
    }

    @inline(never)
    static func isNonASCIIUppercase(_ v: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    @inline(never)
    static func isNonASCIILowercase(_ v: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isLowercase
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whitespace, including no-break and zero-width spaces and the byte order mark.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Scalars that end a line: LF, VT, FF, CR (a CR before LF is not counted), NEL, LS, PS.
    @inline(__always)
    static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0B || v == 0x0C || v == 0x0D || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// Apostrophes: ASCII `'`, right single quotation mark `’`, modifier letter apostrophe `ʼ`.
    @inline(__always)
    static func isApostrophe(_ v: UInt32) -> Bool {
        v == 0x27 || v == 0x2019 || v == 0x02BC
    }

    /// Hyphens that join words: ASCII hyphen-minus, U+2010 hyphen, U+2011 non-breaking hyphen.
    @inline(__always)
    static func isHyphen(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x2010 || v == 0x2011
    }

    /// Scalars that extend an emoji or symbol into one grapheme: variation selectors, zero-width
    /// joiner, skin-tone modifiers, the keycap mark, tag characters and combining marks.
    @inline(__always)
    static func isSymbolExtender(_ v: UInt32) -> Bool {
        switch v {
        case 0xFE00...0xFE0F, 0x200D, 0x1F3FB...0x1F3FF, 0x20E3, 0xE0020...0xE007F: return true
        default:
            if v < 0x300 { return false }
            guard let scalar = Unicode.Scalar(v) else { return false }
            return isMark(scalar)
        }
    }

    @inline(__always)
    static func isRegionalIndicator(_ v: UInt32) -> Bool {
        v >= 0x1F1E6 && v <= 0x1F1FF
    }

    @inline(__always)
    static func asciiLower(_ v: UInt32) -> UInt32 {
        (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v
    }
}
