/// A wire dateline at the head of a sentence: "BRUSSELS, July 11 (Reuters) -", "CAIRO (AP) —",
/// "GENEVA -". News agencies open the first sentence of a story with one; the treebank's web
/// text has none, and the parser reads the place as the sentence's subject, with the real
/// subject and its conjuncts hanging from it ("CAIRO (AP) — Egypt and Qatar called on ...":
/// Egypt and Qatar conjuncts of CAIRO, CAIRO the subject of "called"). So the parser reads the
/// sentence without its dateline (``SyntaxModel/analyze(_:names:parsingAroundBareWeekdays:datelineDashes:beam:)``),
/// and the dateline's words are then hung on the tree: its first word as a `dep` of the root,
/// the others on that first word (`punct` for punctuation, `dep` for the rest).
///
/// A dateline is every word before the first free-standing dash among the first 12 words (an
/// em or en dash with a space on one side, a hyphen with spaces on both: a hyphen inside
/// "al-Qaeda" is not one), when at least one word comes before the dash and two after it, the
/// first word is capitalized, and every word before the dash is a proper noun, a number, a
/// punctuation mark or a word in capitals: a place, a date and an agency's credit. "Over the
/// weekend, the Group of Seven - comprising ... - asked" and "During the war (1950 - 53), ..."
/// are sentences. A colon closes a dateline written in capitals ("NEW DELHI: ...";
/// ``capitalsColon(_:upos:)``).
/// The event coder reads the same words as credits (`ParsedSentence.credits` in NexusEvents).
public enum Dateline {
    /// How many words from the start of a sentence a dateline's dash may be.
    static let reach = 12

    /// Tags a dateline's words may have: a place, a month, a day, an agency, their punctuation.
    static let tags: Set<String> = ["PROPN", "NUM", "PUNCT", "SYM", "X"]

    /// Whether each word belongs to a leading dateline. `upos` are the tagger's tags of the
    /// words and `freeDash` marks the free-standing dashes.
    /// - Complexity: O(n) for n words.
    public static func marks(_ words: [String], upos: [String], freeDash: [Bool]) -> [Bool] {
        var out = [Bool](repeating: false, count: upos.count)
        guard let dash = freeDash.indices.prefix(reach).first(where: { freeDash[$0] }) ?? capitalsColon(words, upos: upos),
              dash > 0, dash + 2 < upos.count,
              words[0].first?.isUppercase == true,
              words.indices.prefix(dash).allSatisfy({ tags.contains(upos[$0]) || isCapitals(words[$0]) }) else { return out }
        for i in 0...dash { out[i] = true }
        return out
    }

    /// How many words from the start a colon closing a dateline may be.
    static let colonReach = 6

    /// The colon closing a dateline written in capitals, as South Asian and Gulf papers write
    /// it ("NEW DELHI: Prime Minister ...", "ISLAMABAD, Nov 30: ..."): the first colon among the
    /// first words when the first word and every other word before it are in capitals, numbers
    /// or punctuation. A colon after words in lower or title case is a label or a headline's
    /// ("Note:", "Brexit: ...") and opens nothing here.
    static func capitalsColon(_ words: [String], upos: [String]) -> Int? {
        guard let colon = words.indices.prefix(colonReach).first(where: { words[$0] == ":" }), colon > 0, isCapitals(words[0]),
              words.indices.prefix(colon).allSatisfy({ isCapitals(words[$0]) || ["NUM", "PUNCT"].contains(upos[$0]) || isMonth(words[$0]) })
        else { return nil }
        return colon
    }

    /// Month names and their abbreviations as datelines write them ("Nov", "Nov.", "November").
    static func isMonth(_ word: String) -> Bool {
        let w = String(word.lowercased().filter { $0 != "." })
        return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"].contains(w)
    }

    /// Whether a word is written in capitals ("NEW", "DELHI"; at least two letters).
    static func isCapitals(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// Whether each word of `words` (text and character offsets) is a free-standing dash.
    public static func freeDashes(_ words: [(text: String, start: Int, end: Int)]) -> [Bool] {
        words.indices.map { i in
            let text = words[i].text
            guard ["-", "--", "—", "–"].contains(text) else { return false }
            let spacedBefore = i == 0 || words[i - 1].end < words[i].start
            let spacedAfter = i + 1 == words.count || words[i].end < words[i + 1].start
            return text == "—" || text == "–" ? (spacedBefore || spacedAfter) : (spacedBefore && spacedAfter)
        }
    }
}
