/// The readable text of an HTML document.
///
/// - Tags are removed; `<script>`, `<style>`, `<head>`, `<noscript>`, `<template>`, `<svg>`
///   and `<iframe>` are removed with their content, and so are comments and `<!DOCTYPE>`.
/// - Block elements (`p`, `div`, `h1`–`h6`, `li`, `tr`, `blockquote`, `figcaption`, `article`,
///   `section`, … see ``blockTags``) start and end a paragraph; `<br>` ends a line.
/// - Whitespace runs collapse to one space, as a browser renders them (except inside `<pre>`).
/// - Character references are decoded: named (`&amp;`, `&nbsp;`, `&rsquo;`, … the common
///   subset of the HTML5 table in ``HTMLEntities``) and numeric (`&#8217;`, `&#x2019;`).
///   Unknown names stay as written.
///
/// Paragraphs are separated by a blank line.
///
/// - Complexity: O(n).
enum HTMLText {
    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
        "thead", "tbody", "tfoot", "blockquote", "pre", "figure", "figcaption", "article", "section", "header",
        "footer", "nav", "aside", "main", "hr", "address", "caption", "form", "fieldset", "details", "summary",
        "body", "html", "title", "center",
    ]
    static let droppedTags: Set<String> = ["script", "style", "head", "noscript", "template", "svg", "iframe", "object"]
    static let cellTags: Set<String> = ["td", "th"]

    static func plainText(_ html: String) -> String {
        var builder = Builder()
        let s = Array(html.unicodeScalars)
        var i = 0
        var preDepth = 0
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if startsWith(s, at: i, "<!--") {
                    i = find(s, "-->", from: i + 4).map { $0 + 3 } ?? s.count
                    continue
                }
                guard let tag = parseTag(s, at: i) else {
                    builder.append(c, preformatted: preDepth > 0); i += 1; continue
                }
                i = tag.end
                if droppedTags.contains(tag.name) && !tag.isClosing && !tag.isSelfClosing {
                    i = find(s, "</" + tag.name, from: i, caseInsensitive: true)
                        .flatMap { find(s, ">", from: $0) }.map { $0 + 1 } ?? s.count
                    continue
                }
                if tag.name == "pre" { preDepth = max(0, preDepth + (tag.isClosing ? -1 : 1)) }
                if tag.name == "br" {
                    builder.lineBreak()
                } else if blockTags.contains(tag.name) {
                    builder.paragraphBreak()
                } else if cellTags.contains(tag.name) {
                    builder.space()
                }
                continue
            }
            if c == "&", let (decoded, end) = HTMLEntities.decode(s, at: i) {
                for scalar in decoded.unicodeScalars { builder.append(scalar, preformatted: preDepth > 0) }
                i = end
                continue
            }
            builder.append(c, preformatted: preDepth > 0)
            i += 1
        }
        return builder.finish()
    }

    struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        var end: Int
    }

    /// A tag starting at `<`: its lowercased name and the index after `>`; `nil` if `<` does not
    /// start a tag ("a < b"). Quoted attribute values may contain `>`.
    static func parseTag(_ s: [Unicode.Scalar], at i: Int) -> Tag? {
        var k = i + 1
        var isClosing = false
        if k < s.count && s[k] == "/" { isClosing = true; k += 1 }
        if k < s.count && (s[k] == "!" || s[k] == "?") {
            guard let close = find(s, ">", from: k) else { return nil }
            return Tag(name: "!", isClosing: false, isSelfClosing: true, end: close + 1)
        }
        var name = ""
        while k < s.count && (s[k].properties.isAlphabetic || (s[k].isASCII && s[k].properties.numericType != nil)) {
            name.unicodeScalars.append(s[k]); k += 1
        }
        guard !name.isEmpty else { return nil }
        var quote: Unicode.Scalar?
        while k < s.count {
            let c = s[k]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return Tag(name: name.lowercased(), isClosing: isClosing, isSelfClosing: k > i && s[k - 1] == "/", end: k + 1)
            }
            k += 1
        }
        return nil
    }

    static func startsWith(_ s: [Unicode.Scalar], at i: Int, _ prefix: String) -> Bool {
        var k = i
        for scalar in prefix.unicodeScalars {
            guard k < s.count, s[k] == scalar else { return false }
            k += 1
        }
        return true
    }

    static func find(_ s: [Unicode.Scalar], _ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        let pattern = Array((caseInsensitive ? needle.lowercased() : needle).unicodeScalars)
        guard !pattern.isEmpty, s.count >= pattern.count else { return nil }
        var k = start
        while k + pattern.count <= s.count {
            var matched = true
            for (offset, p) in pattern.enumerated() {
                var c = s[k + offset]
                if caseInsensitive, c.isASCII, c.properties.isUppercase { c = Unicode.Scalar(c.value | 0x20)! }
                if c != p { matched = false; break }
            }
            if matched { return k }
            k += 1
        }
        return nil
    }

    /// Accumulates text, collapsing whitespace and merging breaks.
    struct Builder {
        var out = String.UnicodeScalarView()
        /// 0 nothing pending, 1 a space, 2 a line break, 3 a paragraph break.
        var pending = 0

        mutating func append(_ c: Unicode.Scalar, preformatted: Bool) {
            if preformatted {
                if c == "\n" { lineBreak(); return }
                flush()
                out.append(c)
                return
            }
            if c.properties.isWhitespace && c != "\u{A0}" {
                space()
                return
            }
            flush()
            out.append(c)
        }

        mutating func space() { pending = max(pending, 1) }
        mutating func lineBreak() { pending = max(pending, 2) }
        mutating func paragraphBreak() { pending = 3 }

        mutating func flush() {
            guard !out.isEmpty else { pending = 0; return }
            switch pending {
            case 1: out.append(" ")
            case 2: out.append("\n")
            case 3: out.append("\n"); out.append("\n")
            default: break
            }
            pending = 0
        }

        func finish() -> String { String(out) }
    }
}
