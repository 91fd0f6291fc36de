/// An acronym a text defines by common words: "liquefied natural gas (LNG)", "gross domestic
/// product (GDP)", "weapons of mass destruction (WMD)", "electric vehicles (EVs)". The
/// recognizer reads such acronyms as organizations; they name a thing, not a party, so the
/// mention and every other mention of the same acronym in the document are dropped.
///
/// A definition is a one-word mention in parentheses whose letters (a plural "s" aside) are
/// the initials, in order, of the words right before the parenthesis, every one of them
/// written in lower case; "of", "and", "the", "for", "in", "on" and "to" between them may go
/// without a letter. An expansion in capitals ("International Energy Agency (IEA)") names a
/// body and defines a name, which the resolver joins instead
/// (``ResolutionMention/definedAcronym``).
///
/// - Complexity: O(m·k) for m mentions and acronyms of k letters.
enum TermAcronym {
    /// Words an expansion may hold without giving the acronym a letter.
    static let skippable: Set<String> = ["of", "and", "the", "for", "in", "on", "to"]

    /// `mentions` without the acronyms defined by common words, nor their other mentions.
    static func dropping(_ mentions: [ResolutionMention], words: [[ResolutionWord]], position: [Int: Int]) -> [ResolutionMention] {
        var terms: Set<String> = []
        for m in mentions where m.firstWord == m.lastWord {
            guard let s = position[m.mention.sentence], let letters = letters(of: m.mention.text),
                  isDefined(letters, before: m.firstWord, in: words[s]) else { continue }
            terms.insert(String(letters))
        }
        guard !terms.isEmpty else { return mentions }
        return mentions.filter { m in letters(of: m.mention.text).map { !terms.contains(String($0)) } ?? true }
    }

    /// The letters of an acronym ("LNG", "EVs" → "EV"), or nil for any other word.
    static func letters(of text: String) -> [Character]? {
        var letters = Array(text)
        if letters.count > 2, letters.last == "s" { letters.removeLast() }
        guard letters.count >= 2, letters.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return nil }
        return letters
    }

    /// Whether the word at `k` is in parentheses and spelled by the initials of the lower-case
    /// words before the opening one.
    static func isDefined(_ letters: [Character], before k: Int, in words: [ResolutionWord]) -> Bool {
        guard k >= 2, k + 1 < words.count, words[k - 1].text == "(", words[k + 1].text == ")" else { return false }
        var j = letters.count - 1
        var i = k - 2
        while j >= 0, i >= 0 {
            let word = words[i]
            if !word.isWord, word.text == "-" { i -= 1; continue }
            guard word.isWord, !word.isCapitalized, let initial = word.text.first else { return false }
            if Character(initial.uppercased()) == letters[j] {
                j -= 1
            } else if !skippable.contains(word.lower) {
                return false
            }
            i -= 1
        }
        return j < 0
    }
}
