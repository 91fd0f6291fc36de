import NexusText

extension EntityRecognizer {
    /// An organization's span widened to the name its acronym in parentheses spells, where the
    /// tagger stopped short of it: "LG Energy | Solution (LGES)", "UN Mission | in South
    /// Sudan (UNMISS)". A "Name (ABC)" definition is evidence of where the name ends: when the
    /// span's own words do not fit the acronym (``DocumentResolver/plausibleAcronym(_:for:)``)
    /// and the span with the one to five words after it up to the parenthesis does, those
    /// words being capitalised or name connectors ("in", "of", "for", "the"; not opening with
    /// "and", which joins two names), and the span no acronym itself, the span
    /// takes them and the spans inside them go (a country's "South Sudan" is part of the name).
    /// So it does when the span's words fit too but the acronym spells the initials of every
    /// content word of the wider name in order ("UNMISS": UN, Mission, South, Sudan).
    ///
    /// - Complexity: O(s) in the sentence's spans, each looking at most six tokens ahead.
    static func extendedToDefinedAcronyms(_ spans: [GazetteerSpanFinder.Span], tokens: [String]) -> [GazetteerSpanFinder.Span] {
        var out = spans
        for i in out.indices where out[i].type == .organization {
            let span = out[i].range
            guard let open = (span.upperBound..<min(tokens.count, span.upperBound + 6)).first(where: { tokens[$0] == "(" }),
                  open > span.upperBound, open + 2 < tokens.count, tokens[open + 2] == ")",
                  NameNormalizer.isAcronym(tokens[open + 1]) else { continue }
            let gap = tokens[span.upperBound..<open]
            // "NATO and the European Economic Community (EEC)": a coordination joins two names.
            guard !NameNormalizer.isAcronym(tokens[span].joined(separator: " ")), let first = gap.first, !["and", "or", "&"].contains(first),
                  gap.allSatisfy({ $0.first?.isUppercase == true || nameConnectors.contains($0) }),
                  gap.last?.first?.isUppercase == true else { continue }
            let acronym = tokens[open + 1]
            let own = tokens[span].joined(separator: " ")
            let wider = tokens[span.lowerBound..<open].joined(separator: " ")
            guard DocumentResolver.plausibleAcronym(acronym, for: wider),
                  !DocumentResolver.plausibleAcronym(acronym, for: own) || spellsInOrder(acronym, NameNormalizer.initials(wider)) else { continue }
            out[i].range = span.lowerBound..<open
            out[i].canonical = nil
        }
        // Spans inside a widened one are part of its name.
        return out.filter { s in !out.contains { $0.range != s.range && $0.range.lowerBound <= s.range.lowerBound && s.range.upperBound <= $0.range.upperBound } }
    }

    /// Whether the letters of `initials` appear in `acronym` in order.
    static func spellsInOrder(_ acronym: String, _ initials: String) -> Bool {
        var rest = Substring(acronym.uppercased())
        for c in initials {
            guard let k = rest.firstIndex(of: c) else { return false }
            rest = rest[rest.index(after: k)...]
        }
        return true
    }
}
