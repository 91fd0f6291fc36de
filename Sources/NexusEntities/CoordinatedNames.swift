import NexusCore

extension EntityRecognizer {
    /// Names listed together are names of one kind: "Riyadh, Jeddah, Al Khobar, Abha and
    /// Neom", "Osun, Kebbi, Sokoto and Akwa Ibom", "Ford, General Motors and Stellantis". A list
    /// is three or more mentions of one sentence written "A, B, ... and Z": commas between them
    /// and "and", "or" or "&" (after a comma or not) before the last ("Pakistan and Afghanistan,
    /// Richard Holbrooke" is no list but an apposition). When most of them (two or more, over
    /// half) are places (a country counts as one) or organizations, a mention of another kind
    /// that no list knows (no canonical name; not a country, and not a company by its legal
    /// form) takes that kind: the tagger, reading each name in its own window, typed it apart (a
    /// city as a person, a carmaker as a person). Persons are not made so: a list of people may
    /// name a place or a body among them. The list consistency of Ratinov & Roth (2009) and
    /// Krishnan & Manning (2006), within one sentence.
    ///
    /// - Complexity: O(m log m + n) for m mentions and the n Unicode scalars of the text (copied
    /// once to read the characters between neighbours).
    static func coordinatedNamesRetyped(_ mentions: [Mention], text: String) -> [Mention] {
        guard mentions.count >= 3 else { return mentions }
        let scalars = Array(text.unicodeScalars)
        let order = mentions.indices.sorted { mentions[$0].range < mentions[$1].range }
        var out = mentions
        var run: [Int] = [order[0]]
        var separators: [[String]] = []
        func kind(_ m: Mention) -> EntityType { m.type == .country ? .location : m.type }
        func retypeRun() {
            guard run.count >= 3, separators.dropLast().allSatisfy({ $0 == [","] }), let last = separators.last,
                  last.contains(where: { ["and", "or", "&"].contains($0) }) else { return }
            var counts: [EntityType: Int] = [:]
            for i in run { counts[kind(mentions[i]), default: 0] += 1 }
            guard let (major, n) = counts.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }),
                  n >= 2, n * 2 > run.count, major == .location || major == .organization else { return }
            for i in run where kind(mentions[i]) != major && mentions[i].canonical == nil && mentions[i].type != .country
                && mentions[i].type != .other && !CompanyShortNames.companyHeads.contains(String(mentions[i].text.split(separator: " ").last ?? "")) {
                out[i].type = major
            }
        }
        for (a, b) in zip(order, order.dropFirst()) {
            let left = mentions[a], right = mentions[b]
            if left.sentence == right.sentence, left.range.end <= right.range.start, right.range.start - left.range.end <= 8,
               let separator = listSeparator(String(String.UnicodeScalarView(scalars[left.range.end..<right.range.start]))) {
                run.append(b)
                separators.append(separator)
            } else {
                retypeRun()
                run = [b]
                separators = []
            }
        }
        retypeRun()
        return out
    }

    /// The words of the text between two names when it only separates items of a list
    /// (",", "and", ", and", "or", "&"), else nil.
    static func listSeparator(_ between: String) -> [String]? {
        var words: [String] = []
        for word in between.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if word.count > 1, word.hasSuffix(",") { words += [String(word.dropLast()), ","] } else { words.append(String(word)) }
        }
        return [[","], ["and"], [",", "and"], ["or"], [",", "or"], ["&"]].contains(words) ? words : nil
    }
}
