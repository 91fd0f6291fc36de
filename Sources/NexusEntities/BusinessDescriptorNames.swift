import NexusCore

extension EntityRecognizer {
    /// Nouns that describe a business right before its name in news style: "Swiss food giant
    /// Nestle", "German carmaker Volkswagen", "French oil company Total", "Dutch brewer
    /// Heineken".
    static let businessHeads: Set<String> = ["giant", "giants", "company", "firm", "maker", "carmaker", "automaker", "brewer", "retailer",
                                             "conglomerate", "lender", "insurer", "airline", "carrier", "manufacturer", "supplier",
                                             "operator", "chain", "publisher", "broadcaster", "miner", "utility", "bank", "shipper",
                                             "exporter", "distributor", "refiner", "telecom"]

    /// Words that follow a business noun capitalised without naming a business.
    static let notBusinessNames: Set<String> = ["The", "A", "An", "In", "On", "At", "For", "And", "But", "Said", "Says", "Inc", "Ltd",
                                                "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                                "January", "February", "March", "April", "May", "June", "July", "August",
                                                "September", "October", "November", "December"]

    /// The spans of a sentence with the names a business noun introduces read as organizations:
    /// a person's or a place's span right after the noun ("food giant Nestle", tagged as a
    /// person) is retyped; a span that starts with the noun ("brewer Heineken", tagged as one
    /// person) loses it; and a capitalised word after the noun that no span covers ("oil
    /// company Total", a common word the tagger leaves out) becomes one, with the capitalised
    /// words after it. A country, a known place or a demonym is left as it is. (The subject of
    /// a relative clause, "the company Ramirez built", is misread; news rarely writes one there.)
    ///
    /// - Complexity: O(t + s) for t tokens and s spans.
    func businessNames(_ spans: [GazetteerSpanFinder.Span], tokens: [String]) -> [GazetteerSpanFinder.Span] {
        func isHead(_ k: Int) -> Bool { k >= 0 && k < tokens.count && Self.businessHeads.contains(tokens[k]) }
        guard tokens.indices.contains(where: isHead) else { return spans }
        var out = spans.map { span -> GazetteerSpanFinder.Span in
            var span = span
            if span.range.count >= 2, isHead(span.range.lowerBound), span.type == .person {
                span.range = (span.range.lowerBound + 1)..<span.range.upperBound
                span.type = .organization
            } else if isHead(span.range.lowerBound - 1), [.person, .location].contains(span.type), !isPlaceName(Array(tokens[span.range])) {
                span.type = .organization
            }
            return span
        }
        let covered = Self.covered(by: out, count: tokens.count)
        var k = 1
        while k < tokens.count {
            defer { k += 1 }
            guard isHead(k - 1), !covered[k], tokens[k].first?.isUppercase == true, !Self.notBusinessNames.contains(tokens[k]),
                  tokens[k].allSatisfy({ $0.isLetter || $0 == "-" || $0 == "&" }) else { continue }
            var end = k + 1
            while end < tokens.count, !covered[end], tokens[end].first?.isUppercase == true, !Self.notBusinessNames.contains(tokens[end]) { end += 1 }
            guard !isPlaceName(Array(tokens[k..<end])) else { continue }
            out.append(GazetteerSpanFinder.Span(range: k..<end, type: .organization, canonical: typer.knownOrganization(Array(tokens[k..<end]))))
            k = end
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether `words` name a country, a demonym or a place the gazetteer knows.
    private func isPlaceName(_ words: [String]) -> Bool {
        typer.countries.typeLocation(tokens: words).type == .country || typer.countries.country(forDemonymTokens: words) != nil
            || typer.countries.entry(forTokens: words, kinds: [.location]) != nil
    }
}
