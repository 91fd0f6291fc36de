/// Regnal numbers, which tell namesakes apart: "Pope John Paul II" and "John Paul I", "Pius
/// XI" and "Pius XII", "King Juan Carlos I" are different people, but the tagger leaves the
/// numeral outside the person's span, or reads the whole name as an organization.
///
/// A person span followed right away by a Roman numeral from II to XXX takes it; so does one
/// followed by "I" when a sovereign's title stands right before the span ("King Juan Carlos
/// I", not "... Paul I think"). A span of one or two capitalised words and such a numeral that
/// the tagger typed as an organization is a person's name when a sovereign's title stands
/// before it ("Pope Pius XI"; not the "Shaheen II" missile) and its words are no body's.
///
/// - Complexity: O(n) in the number of spans.
enum RegnalNames {
    /// Titles of sovereigns and heads of churches, which precede a regnal name.
    static let sovereignTitles: Set<String> = ["Pope", "King", "Queen", "Emperor", "Empress", "Tsar", "Czar", "Tsarina", "Sultan",
                                               "Emir", "Shah", "Prince", "Princess", "Kaiser", "Pharaoh", "Patriarch", "Caliph"]

    /// Whether `token` is a Roman numeral from I to XXX.
    static func isNumeral(_ token: String) -> Bool {
        guard !token.isEmpty, token.count <= 6, token.allSatisfy({ "IVX".contains($0) }) else { return false }
        let tens = token.prefix { $0 == "X" }
        let units = String(token.dropFirst(tens.count))
        return tens.count <= 3 && ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"].contains(units)
    }

    static func extending(_ spans: [NERSpan], tokens: [String]) -> [NERSpan] {
        var out = spans
        for (i, span) in spans.enumerated() {
            let label = MentionTyper.bareLabel(span.label)
            let titled = span.start > 0 && sovereignTitles.contains(tokens[span.start - 1])
            // "Pius XI", "Benedict XVI" typed as a body.
            if label == "ORG", titled, span.range.count >= 2, span.range.count <= 3, isNumeral(tokens[span.end]),
               tokens[span.range].dropLast().allSatisfy({ $0.first?.isUppercase == true && !EntityRecognizer.isBodyHead($0)
                   && !OtherNames.heads.contains($0.lowercased()) }) {
                out[i].label = span.label.replacingOccurrences(of: "ORG", with: "PER")
                continue
            }
            // "World War II": a numbered event, not a sovereign (``OtherNames``).
            guard label == "PER", span.range.upperBound < tokens.count,
                  !OtherNames.heads.contains(tokens[span.end].lowercased()) else { continue }
            let next = tokens[span.range.upperBound]
            guard isNumeral(next), next != "I" || titled,
                  i + 1 >= spans.count || spans[i + 1].range.lowerBound > span.range.upperBound else { continue }
            out[i].range = span.range.lowerBound..<(span.range.upperBound + 1)
        }
        return out
    }
}
