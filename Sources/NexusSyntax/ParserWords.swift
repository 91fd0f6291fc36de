import NexusCore
import NexusLearning

/// Nexus's tokens as the words of a Universal Dependencies English treebank (EWT), which the
/// parser was trained on.
///
/// The tokenizer already splits clitics the way EWT does ("don't" → "do" "n't", "Merkel's"
/// → "Merkel" "'s"), keeps "U.S." whole, and keeps URLs, e-mail addresses and handles whole,
/// as EWT does. Where they differ, a token is split here:
/// - words joined by hyphens are separate words in EWT, with the hyphen a word of its own
///   ("state-run" → "state" "-" "run"; "al-Qaeda" → "al" "-" "Qaeda"), except after the
///   prefixes EWT keeps attached (``keptPrefixes``: "co-operation", "e-mail", "non-state",
///   "post-war") and between digits ("2021-06-29", "1990-91");
/// - "cannot" → "can" "not"; "gonna" → "gon" "na", "wanna" → "wan" "na", "gotta" → "got" "ta".
/// The parser also reads typographic quotes as EWT's straight ones (``normalized(_:)``);
/// a word's `text` stays as written.
public enum ParserWords {
    /// One word: its text as written, its token and its Unicode-scalar range.
    public struct Word: Equatable, Sendable {
        public var text: String
        public var token: Int
        public var range: TextRange
    }

    /// Hyphenated prefixes that EWT keeps in one word with what follows.
    public static let keptPrefixes: Set<String> = [
        "e", "co", "pre", "post", "non", "anti", "re", "ex", "mid", "multi", "pro", "semi", "sub",
        "inter", "intra", "self", "vice", "neo", "pan", "bi", "tri", "quasi", "ultra", "mega", "micro",
    ]

    private static let contractions: [String: Int] = ["cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3]
    private static let contractionLengths = Set(contractions.keys.map { $0.unicodeScalars.count })

    /// The words of a sentence's tokens, in order. `boundaries` are scalar offsets where a name
    /// ends inside a token: a capitalized compound split there is two words and a hyphen ("US" "-"
    /// "China" of "US-China talks", two names), not one (``isCapitalizedCompound(_:)``).
    /// - Complexity: O(total length of the tokens).
    public static func words(_ tokens: [Token], boundaries: Set<Int> = []) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(tokens.count + 4)
        for (index, token) in tokens.enumerated() {
            // Most tokens are one word as they are: no hyphen, not the length of a contraction.
            // So is a token whose text is not its slice of the document (a normalised token).
            let length = token.text.unicodeScalars.count
            guard length == token.range.end - token.range.start,
                  contractionLengths.contains(length) || token.text.utf8.contains(UInt8(ascii: "-")) else {
                words.append(Word(text: token.text, token: index, range: token.range))
                continue
            }
            let scalars = Array(token.text.unicodeScalars)
            let named = !boundaries.isEmpty && (token.range.start + 1..<token.range.end).contains(where: boundaries.contains)
            for piece in pieces(of: scalars, keepingCompounds: !named) {
                words.append(Word(text: String(String.UnicodeScalarView(scalars[piece])), token: index,
                                  range: TextRange(start: token.range.start + piece.lowerBound,
                                                   end: token.range.start + piece.upperBound)))
            }
        }
        return words
    }

    /// The ranges of a token's words, in scalar offsets within the token.
    static func pieces(of s: [Unicode.Scalar], keepingCompounds: Bool = true) -> [Range<Int>] {
        if contractionLengths.contains(s.count),
           let split = contractions[String(String.UnicodeScalarView(s)).lowercased()] {
            return [0..<split, split..<s.count]
        }
        if keepingCompounds, isCapitalizedCompound(s) { return [0..<s.count] }
        var pieces: [Range<Int>] = []
        var start = 0
        var i = 1
        while i + 1 < s.count {
            if s[i] == "-" && s[i - 1].properties.isAlphabetic && s[i + 1].properties.isAlphabetic {
                let first = String(String.UnicodeScalarView(s[start..<i])).lowercased()
                if !(start == 0 && keptPrefixes.contains(first)) {
                    pieces.append(start..<i)
                    pieces.append(i..<(i + 1))
                    start = i + 1
                }
            }
            i += 1
        }
        pieces.append(start..<s.count)
        return pieces
    }

    /// Whether a token is two capitalised words joined by a hyphen ("Stand-By",
    /// "Guinea-Bissau", "Rolls-Royce"): one name, which the parser reads better as one proper
    /// noun than as two words and a hyphen ("Stand" "-" "By" read as a noun and a preposition).
    /// Titles and ranks are not such names: EWT splits them, and the parser reads the split
    /// form as a title ("Secretary - General", "Lieutenant - Colonel").
    static func isCapitalizedCompound(_ s: [Unicode.Scalar]) -> Bool {
        guard let hyphen = s.firstIndex(of: "-"), hyphen > 0, hyphen + 1 < s.count, s[0].properties.isUppercase,
              s[hyphen + 1].properties.isUppercase, s.indices.allSatisfy({ $0 == hyphen || s[$0].properties.isAlphabetic }) else { return false }
        let parts = [s[..<hyphen], s[(hyphen + 1)...]].map { String(String.UnicodeScalarView($0)).lowercased() }
        return !parts.contains(where: titleParts.contains)
    }

    /// Words of hyphenated titles and ranks ("Secretary-General", "Attorney-General",
    /// "Director-General", "Lieutenant-Colonel", "Major-General", "Vice-President").
    static let titleParts: Set<String> = ["secretary", "general", "attorney", "governor", "director", "lieutenant", "colonel", "major",
                                          "commander", "chief", "vice", "deputy", "under", "solicitor", "inspector", "sergeant",
                                          "brigadier", "president", "minister", "admiral", "marshal", "captain", "elect"]

    /// Courtesy titles that British house style writes without a full stop ("Mr Straw",
    /// "Dr Fauci"), as the treebank writes them ("Mr.", "Dr."): read unmapped, "Mr" was the head
    /// of its name and the name a loose apposition ("Mr Lammy, speaking in Nairobi ..., said").
    static let undottedTitles: [String: String] = ["Mr": "Mr.", "Mrs": "Mrs.", "Ms": "Ms.", "Dr": "Dr.", "Messrs": "Messrs."]

    /// The form the parser reads: curly quotes as straight ones (’ ‘ → ', “ ” → "), and a
    /// courtesy title without its full stop with one (``undottedTitles``).
    public static func normalized(_ text: String) -> String {
        if let dotted = undottedTitles[text] { return dotted }
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2018 && $0.value <= 0x201F }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201B: out.append("'")
            case 0x201C, 0x201D, 0x201F: out.append("\"")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
