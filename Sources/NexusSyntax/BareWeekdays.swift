/// The bare weekday adverbs of news style: a day name written with no preposition as the
/// time of the clause ("Hu met his counterpart Saturday", "The EU Thursday called on Iran"),
/// and "overnight" when tagged a noun ("shelled Donetsk overnight").
///
/// Wire services write them in most sentences (6,413 in the 2,398 GMB stories of Voice of
/// America), the web text of the treebank hardly ever, and the parser reads them as nouns: as
/// the head of the noun before them ("counterpart Saturday", with the counterpart its
/// modifier) or as the subject between a name and its verb. So the parser reads the sentence
/// without them, and each one is then hung as a bare temporal oblique on its clause
/// (``SyntaxModel/analyze(_:names:parsingAroundBareWeekdays:)``): the verb right after it
/// ("The EU Thursday called"), else the verb that governs the word before it.
///
/// A day name is bare when it is not the sentence's first word, no preposition, determiner,
/// number or adjective comes before it ("on Monday", "last Friday", "every Sunday"), no
/// conjunction either ("Monday and Tuesday"), it is not the end of a holiday's name ("Good
/// Friday", "Super Tuesday"), and no possessive or common noun follows ("Friday's vote",
/// "Friday prayers", "Sunday morning").
public enum BareWeekdays {
    static let days: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words that make a day name part of a longer time phrase or a name when written before it.
    static let before: Set<String> = ["on", "last", "next", "this", "that", "every", "each", "by", "until", "till", "since",
                                      "from", "of", "early", "late", "and", "or", "to", "through", "before", "after",
                                      "between", "the", "a", "following", "as", "for", "-", "–", "/",
                                      "good", "black", "super", "ash", "holy", "bloody", "cyber", "maundy", "easter",
                                      "palm", "shrove", "great", "blue", "manic"]

    /// Time adverbs the tagger reads as nouns after a name, with the same effect ("struck
    /// targets in Gaza overnight" parsed as the compound "Gaza overnight").
    static let nounLikeAdverbs: Set<String> = ["overnight"]

    /// A capitalized day name, or a time adverb of ``nounLikeAdverbs`` tagged a noun.
    static func isBareTimeWord(_ word: String, tag: String) -> Bool {
        let lower = word.lowercased()
        if days.contains(lower) { return word.first?.isUppercase == true }
        return nounLikeAdverbs.contains(lower) && tag == "NOUN"
    }

    /// Part-of-speech tags of a word before a day name that make the day name part of its phrase.
    static let beforeTags: Set<String> = ["ADP", "DET", "NUM", "ADJ", "CCONJ", "SCONJ"]

    /// Whether each word is a bare weekday; `upos` are the tagger's tags of `words`.
    /// - Complexity: O(n) for n words.
    public static func marks(_ words: [String], upos: [String]) -> [Bool] {
        words.indices.map { i in
            guard i > 0, isBareTimeWord(words[i], tag: upos[i]) else { return false }
            let previous = words[i - 1].lowercased()
            if before.contains(previous) || beforeTags.contains(upos[i - 1]) { return false }
            if i + 1 < words.count {
                let next = words[i + 1].lowercased()
                if next == "'s" || next == "’s" || next == "'" || upos[i + 1] == "NOUN" { return false }
            }
            return true
        }
    }
}
