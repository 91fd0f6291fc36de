/// URLs, e-mail addresses, @handles and #hashtags: tokens that keep their inner punctuation.
extension TokenScanner {
    /// Top-level domains accepted for a bare domain without a path ("reuters.com"); with a
    /// path ("pic.twitter.com/Ab12Cd") any lowercase ASCII domain ending is accepted.
    static let bareDomainEndings: Set<String> = [
        "com", "org", "net", "gov", "edu", "int", "mil", "io", "info", "biz", "uk", "eu", "de", "fr", "ru",
        "cn", "jp", "ca", "au", "tv", "ly", "gl", "nl", "ch", "es", "pl", "se", "ua", "il", "news",
    ]

    /// The longest URL or e-mail address recognized, in scalars; it bounds the work per token
    /// in text without spaces.
    static let maximumSpecialLength = 512

    /// End of a special token starting at `i`, or `nil`.
    func scanSpecial(at i: Int) -> Int? {
        let v = s[i]
        if v == 0x40 {  // @handle
            var j = i + 1
            while j < n && isHandleScalar(s[j]) { j += 1 }
            return j > i + 1 ? j : nil
        }
        if v == 0x23 {  // #hashtag
            guard i + 1 < n, ScalarClass.isLetter(s[i + 1]) else { return nil }
            var j = i + 1
            while j < n && (ScalarClass.isWordScalar(s[j]) || s[j] == 0x5F) { j += 1 }
            return j
        }
        guard v < 0x80, ScalarClass.isWordScalar(v) else { return nil }
        var r = i + 1
        while r < n && s[r] < 0x80 && ScalarClass.isWordScalar(s[r]) { r += 1 }
        guard r + 1 < n, !ScalarClass.isSpace(s[r + 1]) else { return nil }
        switch s[r] {
        case 0x2E, 0x40, 0x3A, 0x2D, 0x5F, 0x2B: break  // . @ : - _ +
        default: return nil
        }
        var chunkEnd = r
        while chunkEnd < n && !ScalarClass.isSpace(s[chunkEnd]) && chunkEnd - i < Self.maximumSpecialLength { chunkEnd += 1 }
        if hasPrefix(at: i, "http://") || hasPrefix(at: i, "https://") || hasPrefix(at: i, "ftp://")
            || hasPrefix(at: i, "www.") {
            return trimTrailing(from: i, to: chunkEnd)
        }
        if let end = scanEmail(from: i, to: chunkEnd) { return end }
        return scanBareURL(from: i, to: chunkEnd)
    }

    func isHandleScalar(_ v: UInt32) -> Bool {
        v < 0x80 && (ScalarClass.isWordScalar(v) || v == 0x5F)
    }

    func isDomainScalar(_ v: UInt32) -> Bool {
        v < 0x80 && (ScalarClass.isWordScalar(v) || v == 0x2D)
    }

    func hasPrefix(at i: Int, _ prefix: StaticString) -> Bool {
        var k = i
        for byte in UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount) {
            guard k < n, ScalarClass.asciiLower(s[k]) == UInt32(byte) else { return false }
            k += 1
        }
        return true
    }

    /// A domain of two or more labels starting at `i`: (end, start of its last label).
    func scanDomain(from i: Int, to limit: Int) -> (end: Int, lastLabel: Int)? {
        var k = i
        var labels = 0
        var lastLabel = i
        while k < limit {
            let labelStart = k
            while k < limit && isDomainScalar(s[k]) { k += 1 }
            guard k > labelStart else { break }
            labels += 1
            lastLabel = labelStart
            guard k + 1 < limit, s[k] == 0x2E, isDomainScalar(s[k + 1]) else { break }
            k += 1
        }
        return labels >= 2 ? (k, lastLabel) : nil
    }

    func isLowercaseLabel(from: Int, to: Int) -> Bool {
        guard to - from >= 2 else { return false }
        for k in from..<to where !(s[k] >= 0x61 && s[k] <= 0x7A) { return false }
        return true
    }

    func label(from: Int, to: Int) -> String {
        var text = ""
        for k in from..<to { text.unicodeScalars.append(Unicode.Scalar(UInt8(truncatingIfNeeded: s[k]))) }
        return text
    }

    func scanEmail(from i: Int, to limit: Int) -> Int? {
        var k = i
        while k < limit && s[k] < 0x80
            && (ScalarClass.isWordScalar(s[k]) || s[k] == 0x2E || s[k] == 0x5F || s[k] == 0x25 || s[k] == 0x2B || s[k] == 0x2D) {
            k += 1
        }
        guard k < limit, s[k] == 0x40, k > i, let domain = scanDomain(from: k + 1, to: limit),
              isLowercaseLabel(from: domain.lastLabel, to: domain.end)
                || (domain.end - domain.lastLabel >= 2 && ScalarClass.isASCIILetter(s[domain.lastLabel]))
        else { return nil }
        return domain.end
    }

    func scanBareURL(from i: Int, to limit: Int) -> Int? {
        guard let domain = scanDomain(from: i, to: limit),
              isLowercaseLabel(from: domain.lastLabel, to: domain.end) else { return nil }
        let hasPath = domain.end < limit && s[domain.end] == 0x2F
        if hasPath { return trimTrailing(from: i, to: limit) }
        guard Self.bareDomainEndings.contains(label(from: domain.lastLabel, to: domain.end)) else { return nil }
        return domain.end
    }

    /// `to`, moved back over sentence punctuation that follows a URL; a closing parenthesis
    /// stays when the URL opened one.
    func trimTrailing(from i: Int, to limit: Int) -> Int {
        var end = limit
        var opensParenthesis = false
        for k in i..<limit where s[k] == 0x28 { opensParenthesis = true; break }
        while end > i + 1 {
            switch s[end - 1] {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x27, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x2026:
                end -= 1
            case 0x29 where !opensParenthesis:
                end -= 1
            default:
                return end
            }
        }
        return end
    }
}
