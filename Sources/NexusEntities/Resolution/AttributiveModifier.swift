import NexusCore

/// A capitalised word that a document uses only as a modifier of a common noun ("African
/// leaders", "a Philippine lawmaker", "International human rights groups"), which is then an
/// adjective, not the short form of the longer organization name it begins ("African Union",
/// "Philippine House of Representatives").
///
/// Definitions: a one-word mention is **attributive** when the word right after it is a
/// lower-case word (a possessive "'s" or punctuation makes it a noun phrase of its own:
/// "Sony's effort", "joined the Commonwealth."). A word is **adjective-shaped** when it ends in
/// one of the derivational suffixes that form English adjectives of origin and affiliation:
/// -ian, -ean, -ican ("African", "European"), -ese, -ish, -ic, -ine ("Philippine") and -ional
/// ("International") (Quirk, Greenbaum, Leech & Svartvik 1985, *A Comprehensive Grammar of the
/// English Language*, App. I.52–I.56). The bare -an and -al are left out: they end as many
/// names ("Nissan", "Continental", "Baikal") as adjectives, and a name followed by its verb
/// ("Continental follows") looks attributive to a rule that does not know parts of speech.
/// Company short forms are usually not adjective-shaped ("Intel officials", "Kenyon president").
public enum AttributiveModifier {
    static let adjectiveSuffixes = ["ian", "ean", "ican", "ese", "ish", "ic", "ine", "ional"]

    /// Whether a lower-case word has the shape of an adjective.
    public static func isAdjectiveShaped(_ lower: String) -> Bool {
        lower.count >= 4 && lower.allSatisfy(\.isLetter) && adjectiveSuffixes.contains { lower.hasSuffix($0) }
    }

    /// For each one-word mention text of `type` (lower case) whose every mention in the
    /// document is attributive, the lower-case words that follow it.
    static func attributiveWords(in context: ResolutionContext, type: EntityType) -> [String: Set<String>] {
        var followers: [String: Set<String>] = [:]
        var standsAlone: Set<String> = []
        for r in context.mentions where r.mention.type == type && r.firstWord == r.lastWord {
            guard let s = context.sentencePosition(r.mention.sentence) else { continue }
            let words = context.words[s]
            let word = words[r.firstWord].lower
            let next = r.lastWord + 1
            if next < words.count, words[next].isWord, !words[next].isPossessive, !words[next].isCapitalized,
               words[next].text.unicodeScalars.first?.properties.isLowercase == true {
                followers[word, default: []].insert(words[next].lower)
            } else {
                standsAlone.insert(word)
            }
        }
        return followers.filter { !standsAlone.contains($0.key) }
    }
}
