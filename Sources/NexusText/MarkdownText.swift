/// The text of a Markdown document without its markup, following the block and inline
/// structure of CommonMark (https://spec.commonmark.org) closely enough for prose:
///
/// - ATX (`# Title`) and Setext headings, list items and blockquote lines lose their markers;
///   a heading or list item becomes a paragraph of its own, so it is a sentence of its own.
/// - Code fences (```` ``` ```` / `~~~`) are removed and the code inside is kept as a paragraph.
/// - Thematic breaks (`---`, `***`), link reference definitions (`[id]: url`) and a YAML front
///   matter block (`---` … `---` on the first lines) are removed.
/// - Table rows (`| a | b |`) become a paragraph each, cells separated by spaces; delimiter rows
///   (`|---|:--:|`) are removed.
/// - Inline: `[text](url)` and `[text][id]` → text, `![alt](url)` → alt, `<https://…>` → the URL,
///   `` `code` `` → code, emphasis markers (`*`, `_`, `**`, `__`, `~~`) are dropped when they
///   flank a word (an intraword `_` as in `snake_case` stays), `\*` → `*`.
///
/// Paragraphs are separated by a blank line; lines inside a paragraph by a line feed.
///
/// - Complexity: O(n).
enum MarkdownText {
    static func plainText(_ markdown: String) -> String {
        var paragraphs: [[String]] = []
        var current: [String] = []
        var inFence = false
        var fenceMarker = ""
        func endParagraph() {
            if !current.isEmpty { paragraphs.append(current) }
            current = []
        }
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first == "---", let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) {
            lines.removeSubrange(0...close)
        }
        for rawLine in lines {
            let line = String(rawLine)
            let trimmed = line.trimmingLeadingSpaces()
            if inFence {
                if trimmed.hasPrefix(fenceMarker) { inFence = false; endParagraph() } else { current.append(line) }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                endParagraph()
                inFence = true
                fenceMarker = String(trimmed.prefix(3))
                continue
            }
            if trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) { endParagraph(); continue }
            if isThematicBreakOrUnderline(trimmed) {
                endParagraph()  // a Setext underline closes its heading paragraph
                continue
            }
            if isReferenceDefinition(trimmed) { continue }
            if trimmed.hasPrefix("|") {
                endParagraph()
                if let row = tableRow(trimmed) { current.append(row); endParagraph() }
                continue
            }
            var content = trimmed
            while content.hasPrefix(">") {
                content = String(content.dropFirst()).trimmingLeadingSpaces()
            }
            if let heading = atxHeading(content) {
                endParagraph()
                current.append(inline(heading))
                endParagraph()
                continue
            }
            if let item = listItem(content) {
                endParagraph()
                current.append(inline(item))
                continue
            }
            if content.isEmpty { endParagraph(); continue }
            current.append(inline(content))
        }
        endParagraph()
        return paragraphs.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    static func isThematicBreakOrUnderline(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, "-*_=".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The cells of a table row joined by spaces; `nil` for a delimiter row.
    static func tableRow(_ line: String) -> String? {
        if line.allSatisfy({ "|-: \t".contains($0) }) { return nil }
        let cells = line.split(separator: "|").map { inline(String($0).trimmingLeadingSpaces()) }
            .map { cell in String(cell.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
            .filter { !$0.isEmpty }
        return cells.joined(separator: " ")
    }

    static func isReferenceDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.range(of: "]:") else { return false }
        return !line[line.index(after: line.startIndex)..<close.lowerBound].contains("]")
    }

    static func atxHeading(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = String(rest).trimmingLeadingSpaces()
        while text.hasSuffix("#") || text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    static func listItem(_ line: String) -> String? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return String(line.dropFirst(2)).trimmingLeadingSpaces()
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else { return nil }
        return String(rest.dropFirst(2)).trimmingLeadingSpaces()
    }

    // MARK: Inline

    static func inline(_ line: String) -> String {
        let s = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\\", i + 1 < s.count, s[i + 1].isASCII, s[i + 1].properties.isPatternSyntax {
                out.append(s[i + 1]); i += 2; continue
            }
            if c == "!", i + 1 < s.count, s[i + 1] == "[", let link = link(s, at: i + 1) {
                out.append(contentsOf: inline(link.text).unicodeScalars); i = link.end; continue
            }
            if c == "[", let link = link(s, at: i) {
                out.append(contentsOf: inline(link.text).unicodeScalars); i = link.end; continue
            }
            if c == "<", let end = autolinkEnd(s, at: i) {
                out.append(contentsOf: s[(i + 1)..<(end - 1)]); i = end; continue
            }
            if c == "`" {
                var run = i
                while run < s.count && s[run] == "`" { run += 1 }
                let width = run - i
                if let close = closingBackticks(s, from: run, width: width) {
                    out.append(contentsOf: s[run..<close]); i = close + width; continue
                }
                out.append(contentsOf: s[i..<run]); i = run; continue
            }
            if c == "*" || c == "_" || c == "~" {
                var run = i
                while run < s.count && s[run] == c { run += 1 }
                if isEmphasisDelimiter(s, from: i, to: run, marker: c) { i = run; continue }
                out.append(contentsOf: s[i..<run]); i = run; continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// `[text](url)`, `[text][id]` or `[text][]` starting at the `[` at `i`.
    static func link(_ s: [Unicode.Scalar], at i: Int) -> (text: String, end: Int)? {
        var depth = 0
        var k = i
        while k < s.count {
            if s[k] == "[" { depth += 1 }
            if s[k] == "]" { depth -= 1; if depth == 0 { break } }
            k += 1
        }
        guard k < s.count, k + 1 < s.count else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: s[(i + 1)..<k])
        let opener = s[k + 1]
        let closer: Unicode.Scalar = opener == "(" ? ")" : "]"
        guard opener == "(" || opener == "[" else { return nil }
        var end = k + 2
        var parens = 1
        while end < s.count {
            if opener == "(" && s[end] == "(" { parens += 1 }
            if s[end] == closer { parens -= 1; if parens == 0 { break } }
            end += 1
        }
        guard end < s.count else { return nil }
        return (String(text), end + 1)
    }

    static func autolinkEnd(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        var k = i + 1
        while k < s.count && s[k] != ">" && s[k] != " " && s[k] != "<" { k += 1 }
        guard k < s.count, s[k] == ">" else { return nil }
        let inner = String(String.UnicodeScalarView(s[(i + 1)..<k]))
        guard inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:")
            || (inner.contains("@") && inner.contains(".")) else { return nil }
        return k + 1
    }

    static func closingBackticks(_ s: [Unicode.Scalar], from start: Int, width: Int) -> Int? {
        var k = start
        while k < s.count {
            if s[k] == "`" {
                var run = k
                while run < s.count && s[run] == "`" { run += 1 }
                if run - k == width { return k }
                k = run
            } else {
                k += 1
            }
        }
        return nil
    }

    /// A run of `*`, `_` or `~` that opens or closes emphasis: it touches a non-space on one side
    /// and a space, punctuation or the line's end on the other (CommonMark's flanking rules,
    /// simplified). `~` counts only doubled (strikethrough); `_` never inside a word.
    static func isEmphasisDelimiter(_ s: [Unicode.Scalar], from i: Int, to end: Int, marker: Unicode.Scalar) -> Bool {
        if marker == "~" && end - i != 2 { return false }
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        let after: Unicode.Scalar? = end < s.count ? s[end] : nil
        func isSpace(_ c: Unicode.Scalar?) -> Bool { c == nil || c!.properties.isWhitespace }
        func isWord(_ c: Unicode.Scalar?) -> Bool { c.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false }
        let leftFlanking = !isSpace(after) && (isSpace(before) || !isWord(before) || marker == "*")
        let rightFlanking = !isSpace(before) && (isSpace(after) || !isWord(after) || marker == "*")
        if marker == "_" && isWord(before) && isWord(after) { return false }
        return leftFlanking || rightFlanking
    }
}

fileprivate extension String {
    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
