import NexusCore

/// Roles that British house style runs into names ("Labour MP Lord Janner", "Philippe Sands
/// QC"): the recognizer splits such a span into the affiliation and the person before it
/// types them.
extension EntityRecognizer {
    /// Words for a member of a parliament or of the Lords, and for a party's officers, that
    /// British house style writes between a party or constituency and a name, with no comma:
    /// "Labour MP Lord Janner", "Liberal Democrat peer Lord Carlile", "Salford MP", "Tory
    /// defector Robert Jackson", "Treasurer Lord Ashcroft".
    static let memberRoles: Set<String> = ["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "peer", "peers", "defector", "defectors",
                                           "Treasurer", "treasurer"]
    /// Letters written after a barrister's name ("Philippe Sands QC").
    static let postNominals: Set<String> = ["QC", "KC"]

    /// The tagger's spans split where one runs a role into a name (``memberRoles``): the words
    /// before the role are the affiliation, kept as an organization when the gazetteer or alias
    /// table knows one in them ("Veteran Labour MP" → "Labour"), as the constituency or region
    /// (a place) before one elected member's title ("Bolton West MP"), and dropped otherwise
    /// ("Welsh MPs": a constituency has one member); the capitalised words after it are a
    /// person. A name before "QC" is a person's ("Philippe Sands QC"), without the letters.
    func splittingAtRoles(_ spans: [NERSpan], tokens: [String]) -> [NERSpan] {
        var out: [NERSpan] = []
        for span in spans {
            let label = MentionTyper.bareLabel(span.label)
            guard label == "ORG" || label == "PER" else { out.append(span); continue }
            if span.range.count >= 2, Self.postNominals.contains(tokens[span.range.upperBound - 1]) {
                out.append(NERSpan(range: span.range.lowerBound..<(span.range.upperBound - 1), label: "PER"))
                continue
            }
            guard let k = span.range.first(where: { Self.memberRoles.contains(tokens[$0]) }) else { out.append(span); continue }
            let before = span.range.lowerBound..<k
            if !before.isEmpty {
                let words = Array(tokens[before])
                if let known = spanFinder.gazetteer.longestMatches(in: words, kinds: [.organization]).last {
                    out.append(NERSpan(range: (before.lowerBound + known.range.lowerBound)..<(before.lowerBound + known.range.upperBound), label: "ORG"))
                } else if ["MP", "MEP", "MSP"].contains(tokens[k]), typer.countries.country(forDemonymTokens: words) == nil,
                          !AttributiveModifier.isAdjectiveShaped(words[words.count - 1].lowercased()) {
                    out.append(NERSpan(range: before, label: "LOC"))
                }
            }
            let after = (k + 1)..<span.range.upperBound
            if !after.isEmpty, tokens[after].allSatisfy({ $0.first?.isUppercase == true }) {
                out.append(NERSpan(range: after, label: "PER"))
            }
        }
        return out
    }
}
