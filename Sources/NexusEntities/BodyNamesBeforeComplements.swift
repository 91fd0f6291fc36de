extension EntityRecognizer {
    /// The tagger's organization and place spans completed leftwards to the body's head noun
    /// they complete: "the Alliance for the Re-Liberation of | Somalia" (only the country
    /// tagged), "the Front for the | Liberation of Mozambique" (the head left out). A span that
    /// is no person's takes the words before it back to a capitalised body head
    /// (``isBodyHead(_:)``: "Alliance", "Front", "Party", "Council", ...) followed by "of" or
    /// "for", when every word between is capitalised or a connector ("of", "for", "the", "and")
    /// and no person's span holds one of them; the capitalised words right before the head
    /// belong to the name too ("National Liberation Front for ..."), a sentence's opening
    /// article and hyphenated modifiers ("Eritrean-based") do not. Spans inside the new name
    /// are dropped, and the name is an organization's. A span that starts with such a head
    /// and its "of" or "for" takes back the capitalised words right before it in the same way
    /// ("the Inter-American | Institute for Cooperation in Agriculture").
    ///
    /// - Complexity: O(n) per span in the words before it.
    static func prefixingBodyHeads(_ spans: [NERSpan], tokens: [String]) -> [NERSpan] {
        var out = spans
        var absorbed: Set<Int> = []
        for (i, span) in spans.enumerated() where ["ORG", "LOC"].contains(MentionTyper.bareLabel(span.label)) && !absorbed.contains(i) {
            // The name ends with the span: "of Palestinian President Mahmoud Abbas" goes on.
            if span.range.upperBound < tokens.count, tokens[span.range.upperBound].first?.isUppercase == true { continue }
            guard var start = bodyHeadStart(before: span.range.lowerBound, tokens: tokens, spans: spans)
                ?? modifiersStart(beforeHeadedSpan: span.range, tokens: tokens, spans: spans) else { continue }
            // A name the new one starts inside is part of it ("United Nations' Economic Commission for ...").
            if let holder = spans.first(where: { $0.range.lowerBound < start && $0.range.contains(start) }) { start = holder.range.lowerBound }
            for (j, other) in spans.enumerated() where j != i && other.range.lowerBound >= start && other.range.upperBound <= span.range.lowerBound {
                absorbed.insert(j)
            }
            out[i] = NERSpan(range: start..<span.range.upperBound, label: "ORG")
        }
        return out.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
    }

    /// Words a body's name may hold between its head and the name it is of or for.
    private static let complementConnectors: Set<String> = ["of", "for", "the", "and"]

    /// Where the body's name that ends with the span at `end` starts, or nil when no body
    /// head with "of" or "for" precedes it (``prefixingBodyHeads(_:tokens:)``). A "for" right
    /// before the span is not enough ("asked the Council for Iran's support"), and an "and"
    /// before a body's own name ends the search ("the Bank of America and Morgan Stanley",
    /// "the Board of Deputies and the Commission for Racial Equality"); one before a place
    /// does not ("the Police Federation of England and Wales").
    private static func bodyHeadStart(before end: Int, tokens: [String], spans: [NERSpan]) -> Int? {
        func label(_ k: Int) -> String? { spans.first { $0.range.contains(k) }.map { MentionTyper.bareLabel($0.label) } }
        func isNameWord(_ k: Int) -> Bool { Self.isNameWord(k, tokens: tokens) }
        func beginsBody(after and: Int) -> Bool {
            var k = and + 1
            if k < end, tokens[k] == "the" { k += 1 }
            return label(k) == "ORG" || tokens[k..<end].contains(where: isBodyHead)
        }
        var k = end - 1
        var best: Int?
        while k >= 0, label(k) != "PER", complementConnectors.contains(tokens[k]) || isNameWord(k) {
            if tokens[k] == "and", beginsBody(after: k) { break }
            if tokens[k] == "of" || (tokens[k] == "for" && k + 1 < end), k > 0, isNameWord(k - 1), isBodyHead(tokens[k - 1]) {
                var start = k - 1
                while start > 0, isNameWord(start - 1), label(start - 1) != "PER" { start -= 1 }
                best = start
            }
            k -= 1
        }
        return best
    }

    /// A capitalised word that can be part of a body's name: not a modifier written with a
    /// hyphen ("Eritrean-based"), not a sentence's opening article.
    private static func isNameWord(_ k: Int, tokens: [String]) -> Bool {
        let word = tokens[k]
        guard let first = word.first, first.isUppercase, word.contains(where: \.isLowercase) || word.count > 1 else { return false }
        // "Eritrean-based": a modifier written with a hyphen, not a word of the name.
        if let dash = word.firstIndex(of: "-"), word[word.index(after: dash)...].first?.isLowercase == true { return false }
        return !(k == 0 && ["The", "A", "An"].contains(word))
    }

    /// Where the name of an organization span that starts with a body head and its "of" or
    /// "for" ("Institute for Cooperation in Agriculture") starts when capitalised words no
    /// span holds come right before it ("Inter-American"), or nil when none do.
    private static func modifiersStart(beforeHeadedSpan range: Range<Int>, tokens: [String], spans: [NERSpan]) -> Int? {
        guard range.count >= 3, isBodyHead(tokens[range.lowerBound]), ["of", "for"].contains(tokens[range.lowerBound + 1]) else { return nil }
        var start = range.lowerBound
        while start > 0, isNameWord(start - 1, tokens: tokens), !spans.contains(where: { $0.range.contains(start - 1) }) { start -= 1 }
        return start < range.lowerBound ? start : nil
    }
}
