import NexusCore

extension EntityRecognizer {
    /// Nouns only a body has, after a name and "'s" ("Merck's shares", "Turkcell's chief
    /// operating officer" reads "chief").
    static let bodyPossessions: Set<String> = ["shares", "shareholders", "stock", "profits", "profit", "revenue", "revenues",
                                               "sales", "earnings", "subsidiary", "subsidiaries", "customers", "stores", "factories", "plants", "workforce", "takeover", "merger", "products"]

    /// The words before a name that say it is bought or owned, as only a body is ("takeover of
    /// Peoplesoft", "a stake in Wembley"; also a form of "acquire" right before it). Not
    /// "rival", which politicians have too.
    static let bodyObjectPhrases: Set<[String]> = [["takeover", "of"], ["acquisition", "of"], ["stake", "in"], ["shares", "in"],
                                                   ["shares", "of"], ["merger", "with"], ["bid", "for"], ["buyout", "of"]]

    /// Whether the text around mention `m` describes it as a body, by what stands right before
    /// or after it: a business noun or a word of ownership before it (``businessHeads``,
    /// ``ownershipWords``), a body's member noun after it (``bodyMemberNouns``), a body's
    /// possession after "'s" (``bodyPossessions``; not "brand", which a celebrity has), a phrase of buying or owning before it
    /// (``bodyObjectPhrases``), or an appositive whose head is a business noun ("Wipro, India's
    /// third-biggest software firm,"; "Chrysler, the US unit of ...").
    ///
    /// - Complexity: O(length of the words read around the mention).
    static func isDescribedAsBody(_ m: Mention, scalars: [Unicode.Scalar]) -> Bool {
        let before = word(before: m, scalars: scalars)
        if businessHeads.contains(before) || ownershipWords.contains(before) || bodyMemberNouns.contains(word(after: m, scalars: scalars)) {
            return true
        }
        if bodyPossessions.contains(possessed(by: m, scalars: scalars)) { return true }
        let twoBefore = wordsBefore(m.range.start, count: 2, scalars: scalars)
        if bodyObjectPhrases.contains(twoBefore) || ["acquire", "acquires", "acquired", "acquiring"].contains(twoBefore.last ?? "") { return true }
        return appositiveHead(after: m, scalars: scalars).map { businessHeads.contains($0) || ["group", "unit", "subsidiary"].contains($0) } ?? false
    }

    /// The last `count` words before scalar `offset` (letters and hyphens, lower-cased), in text
    /// order; fewer when a mark other than white space stands between.
    static func wordsBefore(_ offset: Int, count: Int, scalars: [Unicode.Scalar]) -> [String] {
        var words: [String] = []
        var end = offset
        while words.count < count {
            while end > 0, scalars[end - 1] == " " { end -= 1 }
            var start = end
            while start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "-" { start -= 1 }
            guard start < end else { break }
            words.insert(String(String.UnicodeScalarView(scalars[start..<end])).lowercased(), at: 0)
            end = start
        }
        return words
    }

    /// The head of an appositive right after mention `m`: after a comma and an article or a
    /// possessive, the last word before the next comma, full stop or "of"/"in"/"with"/"that"/
    /// "which", within eight words ("firm" of "Wipro, India's third-biggest software firm,
    /// has"), or nil ("Falu, opens for the group" has no appositive).
    static func appositiveHead(after m: Mention, scalars: [Unicode.Scalar]) -> String? {
        var k = m.range.end
        guard k < scalars.count, scalars[k] == "," else { return nil }
        k += 1
        var last: String?
        for _ in 0..<8 {
            while k < scalars.count, scalars[k] == " " { k += 1 }
            guard k < scalars.count else { return nil }
            if [",", ".", ";"].contains(scalars[k]) { return last }
            var end = k
            while end < scalars.count, !scalars[end].properties.isWhitespace, ![",", ".", ";"].contains(scalars[end]) { end += 1 }
            let word = String(String.UnicodeScalarView(scalars[k..<end])).lowercased()
            if ["of", "in", "with", "that", "which", "who"].contains(word) { return last }
            if last == nil, !["a", "an", "the"].contains(word), !word.hasSuffix("'s"), !word.hasSuffix("\u{2019}s") { return nil }
            last = word
            k = end
        }
        return nil
    }
}
