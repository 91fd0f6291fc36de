import Foundation

/// Folds names to comparison keys and takes them apart (tokens, initials, acronyms).
///
/// Definitions:
/// - An **acronym** is a name whose letters are all uppercase, with at least two letters,
///   optional dots, hyphens and digits ("NATO", "U.N.", "IS", "ISIS-K"). Acronyms are compared
///   **case-sensitively** (their key keeps case): "IS" the group never matches the verb "is".
/// - The **key** of any other name folds case and diacritics, drops a leading "the", a
///   trailing possessive ("Kenya's", "Kenya’s"), dots and quotes, and joins words with one
///   space: "the Islamic State's" → "islamic state".
public enum NameNormalizer {
    /// Small words skipped when forming initials and heads ("North Atlantic Treaty Organization").
    static let functionWords: Set<String> = ["of", "the", "for", "and", "to", "on", "in", "against", "at", "de", "du", "des", "la", "le", "al", "el", "&"]

    /// Whether `name` is written as an acronym (see the type's definition).
    public static func isAcronym(_ name: String) -> Bool {
        var letters = 0
        for scalar in name.unicodeScalars {
            if scalar.properties.isAlphabetic {
                guard scalar.properties.isUppercase else { return false }
                letters += 1
            } else if !(scalar == "." || scalar == "-" || ("0"..."9").contains(scalar)) {
                return false
            }
        }
        return letters >= 2 && letters <= 10
    }

    /// The comparison key of a name (see the type's definition).
    public static func key(_ name: String) -> String {
        let trimmed = stripPossessive(trim(name))
        if isAcronym(trimmed) {
            return "A:" + trimmed.replacingOccurrences(of: ".", with: "")
        }
        let words = tokens(trimmed).map { $0.lowercased() }
        let body = words.first == "the" ? Array(words.dropFirst()) : words
        return body.joined(separator: " ")
    }

    /// The lowercase key an acronym-shaped name would have if it were an ordinary word
    /// ("DAESH" → "daesh"); used only for acronyms of five letters or more.
    static func plainKey(_ name: String) -> String {
        tokens(stripPossessive(name)).map { $0.lowercased() }.joined(separator: " ")
    }

    /// The name without leading and trailing whitespace.
    static func trim(_ name: String) -> String {
        let scalars = name.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return name }
        return String(scalars[first...last])
    }

    /// Drops a trailing "'s", "’s" or bare apostrophe.
    static func stripPossessive(_ name: String) -> String {
        for suffix in ["'s", "’s", "'S", "’S"] where name.hasSuffix(suffix) {
            return String(name.dropLast(2))
        }
        if name.hasSuffix("'") || name.hasSuffix("’") { return String(name.dropLast()) }
        return name
    }

    /// Words of a name with diacritics folded, split on anything but letters, digits and
    /// inner hyphens/apostrophes; dots are dropped ("U.S." → "US").
    public static func tokens(_ name: String) -> [String] {
        let folded = name.unicodeScalars.allSatisfy(\.isASCII) ? name : name.folding(options: [.diacriticInsensitive], locale: nil)
        var out: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if ResolutionLexer.isAlnum(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "’" {
                continue
            } else if scalar == "-" && !current.isEmpty {
                current.append("-")
            } else {
                if !current.isEmpty { out.append(current.hasSuffix("-") ? String(current.dropLast()) : current) }
                current = ""
            }
        }
        if !current.isEmpty { out.append(current.hasSuffix("-") ? String(current.dropLast()) : current) }
        return out
    }

    /// Initials of a name's content words, uppercased: "North Atlantic Treaty Organization" →
    /// "NATO"; with `keepFunctionWords`, "Organisation of Islamic Cooperation" → "OOIC".
    /// Hyphenated words give one initial per part ("Secretary-General" → "SG").
    /// The words of `name` after its first, when the name has three words or more and the first
    /// has the shape of an adjective of origin ("Ugandan", "Iraqi", "Chinese"); else nil.
    public static func withoutOpeningAdjectiveOfOrigin(_ name: String) -> String? {
        let words = tokens(name)
        guard words.count >= 3, let first = words.first?.lowercased(),
              AttributiveModifier.isAdjectiveShaped(first) || (first.count >= 5 && first.hasSuffix("an") && first.allSatisfy(\.isLetter))
                || (first.count >= 4 && first.hasSuffix("i") && first.allSatisfy(\.isLetter)) else { return nil }
        return words.dropFirst().joined(separator: " ")
    }

    /// A name written all in capitals (a dateline's "GENEVA", "BUENOS AIRES", a headline's
    /// "MACRON") in the case of its words: each word's first letter, and each letter after a
    /// hyphen or an apostrophe, upper case, the rest lower case ("ADDIS ABABA" → "Addis
    /// Ababa"), a regnal number kept ("MSWATI III"); nil when `name` has a lower-case letter or
    /// a full stop, or is one word of fewer than five letters, which may be an acronym ("USSR",
    /// "FARC").
    public static func fromCapitals(_ name: String) -> String? {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.allSatisfy({ $0.properties.isUppercase }), !name.contains("."), name.contains(" ") ? letters.count >= 4 : letters.count >= 5
        else { return nil }
        return name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            // A regnal number stays as it is: "MSWATI III" → "Mswati III".
            if word.count <= 4, word.allSatisfy({ "IVX".contains($0) }) { return String(word) }
            var out = ""
            var startOfWord = true
            for ch in word {
                out += startOfWord ? ch.uppercased() : ch.lowercased()
                startOfWord = !ch.isLetter
            }
            return out
        }.joined(separator: " ")
    }

    public static func initials(_ name: String, keepFunctionWords: Bool = false) -> String {
        var out = ""
        for word in tokens(name) {
            if !keepFunctionWords && functionWords.contains(word.lowercased()) { continue }
            for part in word.split(separator: "-") {
                if let first = part.unicodeScalars.first { out.unicodeScalars.append(first) }
            }
        }
        return out.uppercased()
    }
}
