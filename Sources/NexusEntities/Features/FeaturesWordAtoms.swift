import NexusLearning

/// The hashed building blocks of one token's features, computed once per token.
///
/// - `word`: the token as written; `lower`: lowercased.
/// - `shape`: each character mapped to `X` (upper case), `x` (lower case), `d` (digit) or kept
///   (punctuation), runs longer than four cut to four (`Xxxx`, `dd`, `X.X.`);
///   `shortShape`: every run cut to one (`Xx`, `d`, `X.X.`).
/// - `prefixes`/`suffixes`: the first/last 1–4 characters of the lowercased token (the whole
///   token when shorter).
/// - `flags`: a bit set of ``FeaturesWordAtoms/Flag``.
///
/// All values are FNV-1a hashes (``FeaturesHasher``); no strings are built for ASCII tokens.
struct FeaturesWordAtoms {
    enum Flag {
        static let allCaps: UInt64 = 1 << 0
        static let initialCap: UInt64 = 1 << 1
        static let hasDigit: UInt64 = 1 << 2
        static let hasHyphen: UInt64 = 1 << 3
        static let hasPeriod: UInt64 = 1 << 4
        static let noLetters: UInt64 = 1 << 5
        static let hasLower: UInt64 = 1 << 6
        static let hasUpper: UInt64 = 1 << 7
        static let single: UInt64 = 1 << 8
    }

    var word: UInt64 = 0
    var lower: UInt64 = 0
    var shape: UInt64 = 0
    var shortShape: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var flags: UInt64 = 0

    init(_ token: String) {
        var token = token
        token.makeContiguousUTF8()
        let ascii = token.utf8.allSatisfy { $0 < 0x80 }
        word = FeaturesHasher.hash(bytes: token.utf8)
        shapeAndFlags(token)
        if ascii {
            token.utf8.withContiguousStorageIfAvailable { bytes in affixes(bytes, lowerASCII: true) }
        } else {
            var lowered = token.lowercased()
            lowered.makeContiguousUTF8()
            lowered.utf8.withContiguousStorageIfAvailable { bytes in affixes(bytes, lowerASCII: false) }
        }
    }

    /// Lower-case hash and affixes over UTF-8 bytes, cutting only at scalar boundaries.
    private mutating func affixes(_ bytes: UnsafeBufferPointer<UInt8>, lowerASCII: Bool) {
        @inline(__always) func lowered(_ b: UInt8) -> UInt8 {
            lowerASCII && b >= 65 && b <= 90 ? b | 0x20 : b
        }
        @inline(__always) func isStart(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }
        var h = FeaturesHasher.offsetBasis
        var scalars = 0
        var p0: UInt64 = 0, p1: UInt64 = 0, p2: UInt64 = 0, p3: UInt64 = 0
        for b in bytes {
            if isStart(b) {
                switch scalars {
                case 1: p0 = h
                case 2: p1 = h
                case 3: p2 = h
                case 4: p3 = h
                default: break
                }
                scalars += 1
            }
            h = FeaturesHasher.add(lowered(b), to: h)
        }
        lower = h
        // Words shorter than k characters use the whole word as their k-prefix.
        prefixes = (p0 == 0 ? h : p0, p1 == 0 ? h : p1, p2 == 0 ? h : p2, p3 == 0 ? h : p3)
        // Suffixes: walk back to the starts of the last 1...4 scalars.
        var s0 = h, s1 = h, s2 = h, s3 = h
        var found = 0
        var index = bytes.count - 1
        while index >= 0 && found < 4 {
            if isStart(bytes[index]) {
                var sh = FeaturesHasher.offsetBasis
                for j in index..<bytes.count { sh = FeaturesHasher.add(lowered(bytes[j]), to: sh) }
                switch found {
                case 0: s0 = sh
                case 1: s1 = sh
                case 2: s2 = sh
                default: s3 = sh
                }
                found += 1
            }
            index -= 1
        }
        suffixes = (s0, s1, s2, s3)
    }

    private mutating func shapeAndFlags(_ token: String) {
        var full = FeaturesHasher.offsetBasis
        var short = FeaturesHasher.offsetBasis
        var last: UInt8 = 0
        var run = 0
        var count = 0
        var upper = 0, lowerCount = 0, digits = 0
        var firstUpper = false
        for scalar in token.unicodeScalars {
            let cls: UInt8
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if b >= 65 && b <= 90 { cls = 88 }            // X
                else if b >= 97 && b <= 122 { cls = 120 }     // x
                else if b >= 48 && b <= 57 { cls = 100 }      // d
                else { cls = b }
                if b == 45 { flags |= Flag.hasHyphen }
                if b == 46 { flags |= Flag.hasPeriod }
            } else {
                let properties = scalar.properties
                if properties.isUppercase { cls = 88 }
                else if properties.isLowercase || properties.isAlphabetic { cls = 120 }
                else if properties.numericType != nil { cls = 100 }
                else { cls = 111 }                             // o: other symbol
            }
            if cls == 88 { upper += 1; if count == 0 { firstUpper = true } }
            if cls == 120 { lowerCount += 1 }
            if cls == 100 { digits += 1 }
            if cls == last { run += 1 } else { run = 1; short = FeaturesHasher.add(cls, to: short) }
            if run <= 4 { full = FeaturesHasher.add(cls, to: full) }
            last = cls
            count += 1
        }
        shape = full
        shortShape = short
        if upper > 0 { flags |= Flag.hasUpper }
        if lowerCount > 0 { flags |= Flag.hasLower }
        if upper > 0 && lowerCount == 0 { flags |= Flag.allCaps }
        if firstUpper { flags |= Flag.initialCap }
        if digits > 0 { flags |= Flag.hasDigit }
        if upper == 0 && lowerCount == 0 { flags |= Flag.noLetters }
        if count == 1 { flags |= Flag.single }
    }
}
