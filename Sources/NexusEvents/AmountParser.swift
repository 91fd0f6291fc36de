import NexusCore
import NexusEntities

/// An amount found in a sentence, with the words it spans.
struct AmountMatch: Hashable, Sendable {
    let amount: Amount
    /// First and last word (inclusive) in the sentence's words.
    let firstWord: Int
    let lastWord: Int
}

/// Reads money and counts written in news prose and normalizes them.
///
/// Grammar (case-insensitive):
/// ```
/// amount   := [currency-symbol | "US$"] number [multiplier] [currency-word | code | count-noun]
/// number   := digits with "," groups and "." decimals ("10,000", "1.5"), optionally with a
///             glued multiplier ("1.5bn", "152m", "10k"), or a number word ("two" … "twelve")
/// multiplier := thousand (1e3) | million, m, mn, mln (1e6) | billion, bn, b (1e9) | trillion, tn (1e12)
/// ```
/// Money needs a currency ($ USD, € EUR, £ GBP, ¥ JPY, ₹ INR; dollars, euros, pounds, yen,
/// yuan, rupees, roubles, francs, riyals, dirhams; ISO codes). A count needs a count noun
/// (troops, soldiers, personnel, units, police, advisers, vaccines, doses, tonnes, ...), at
/// most two words after the number ("1,000 additional troops", "500 US troops"). Bare numbers
/// and years are not amounts.
///
/// Examples: "250 million dollars" → 250000000 USD; "$152 million" → 152000000 USD;
/// "€1.5bn" → 1500000000 EUR; "300 units" → 300 count; "10,000 troops" → 10000 count.
///
/// - Complexity: O(n) in the number of words.
public enum AmountParser {
    /// Every amount written in `text`, in order (see the grammar above).
    ///
    /// ```swift
    /// AmountParser.amounts(in: "pledged €1.5bn and 300 units")  // [1.5e9 EUR, 300 count]
    /// ```
    public static func amounts(in text: String) -> [Amount] {
        amounts(in: ResolutionLexer.words(in: text, offset: 0), sentence: text, sentenceStart: 0).map(\.amount)
    }

    static let symbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB"]
    static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
        "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY",
        "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "rupee": "INR", "rupees": "INR", "inr": "INR",
        "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rub": "RUB",
        "franc": "CHF", "francs": "CHF", "chf": "CHF", "riyal": "SAR", "riyals": "SAR", "sar": "SAR",
        "dirham": "AED", "dirhams": "AED", "aed": "AED", "lira": "TRY", "liras": "TRY", "try": "TRY",
        "cad": "CAD", "aud": "AUD",
    ]
    /// Dollars named by their country's adjective (ISO 4217 codes).
    static let namedDollars: [([String], String)] = [
        (["canadian"], "CAD"), (["australian"], "AUD"), (["new", "zealand"], "NZD"), (["hong", "kong"], "HKD"),
        (["singapore"], "SGD"), (["taiwan"], "TWD"), (["taiwanese"], "TWD"),
    ]

    /// A dollar named by its country starting at word `j` ("650 million Canadian dollars", "20
    /// million Hong Kong dollars"): its code and the index of the word "dollars".
    static func namedDollar(in words: [ResolutionWord], at j: Int) -> (code: String, last: Int)? {
        for (country, code) in namedDollars {
            let end = j + country.count
            if end < words.count, zip(words[j..<end], country).allSatisfy({ $0.0.lower == $0.1 }), ["dollar", "dollars"].contains(words[end].lower) {
                return (code, end)
            }
        }
        return nil
    }

    static let multipliers: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
        "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    ]
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "hundred": 100,
    ]
    static let countNouns: Set<String> = [
        "troops", "soldiers", "personnel", "units", "unit", "servicemen", "servicemembers", "service", "forces",
        "officers", "police", "policemen", "advisers", "advisors", "trainers", "instructors", "experts",
        "staff", "peacekeepers", "marines", "sailors", "pilots", "medics", "doctors", "nurses",
        "vaccines", "doses", "tons", "tonnes", "helicopters", "aircraft", "jets", "drones", "tanks",
        "vehicles", "ventilators", "ships", "warships", "missiles", "weapons", "refugees", "migrants",
        "scholarships", "houses", "homes", "shelters", "kits", "meals", "systems", "launchers", "rounds", "shells", "munitions",
    ]
    /// Count nouns that mean people or equipment sent somewhere (a deployment).
    static let deploymentNouns: Set<String> = [
        "troops", "soldiers", "personnel", "units", "unit", "servicemen", "servicemembers", "service", "forces",
        "officers", "police", "policemen", "advisers", "advisors", "trainers", "instructors", "peacekeepers",
        "marines", "sailors", "pilots", "helicopters", "aircraft", "jets", "drones", "tanks", "ships", "warships",
    ]

    static func amounts(in words: [ResolutionWord], sentence: String, sentenceStart: Int) -> [AmountMatch] {
        leftmostMatches(count: words.count) { amount(at: $0, words: words, sentence: sentence, sentenceStart: sentenceStart) }
    }

    private static func amount(at start: Int, words: [ResolutionWord], sentence: String, sentenceStart: Int) -> AmountMatch? {
        var i = start
        var unit: String?
        if let code = symbols[words[i].text] {
            unit = code
            i += 1
        } else if words[i].text == "US", i + 1 < words.count, words[i + 1].text == "$" {
            unit = "USD"
            i += 2
        } else if let code = currencyWords[words[i].lower], words[i].text == words[i].text.uppercased(), words[i].text.count == 3, i + 1 < words.count, parseNumber(words[i + 1].lower) != nil {
            unit = code
            i += 1
        }
        guard i < words.count, let number = parseNumber(words[i].lower) else { return nil }
        var value = number.value
        var last = i
        if number.multiplier == nil, i + 1 < words.count, let m = multipliers[words[i + 1].lower], words[i + 1].lower.count > 1 || unit != nil {
            value *= m
            last = i + 1
        } else if let m = number.multiplier {
            value *= m
        }
        if unit == nil {
            var j = last + 1
            if j < words.count, ["us", "u.s.", "american"].contains(words[j].lower), j + 1 < words.count, ["dollar", "dollars"].contains(words[j + 1].lower) { j += 1 }
            if let named = namedDollar(in: words, at: j) {
                unit = named.code
                last = named.last
            } else if j < words.count, let code = currencyWords[words[j].lower], !(code == "TRY" && words[j].text == "try") {
                unit = code
                last = j
            } else {
                var k = last + 1
                while k < words.count && k <= last + 3 {
                    if AmountParser.countNouns.contains(words[k].lower) {
                        unit = "count"
                        last = k
                        break
                    }
                    guard words[k].isWord, !words[k].isPossessive, parseNumber(words[k].lower) == nil else { break }
                    k += 1
                }
            }
        }
        guard let unit else { return nil }
        if number.isYearLike && unit == "count" && last == i { return nil }
        let lo = words[start].range.start - sentenceStart
        let hi = words[last].range.end - sentenceStart
        let scalars = sentence.unicodeScalars
        let a = scalars.index(scalars.startIndex, offsetBy: min(max(0, lo), scalars.count))
        let b = scalars.index(a, offsetBy: max(0, min(hi, scalars.count) - min(max(0, lo), scalars.count)))
        return AmountMatch(amount: Amount(value: value, unit: unit, text: String(scalars[a..<b])), firstWord: start, lastWord: last)
    }

    /// A number, with a multiplier glued to it ("1.5bn", "152m"), or a number word.
    static func parseNumber(_ word: String) -> (value: Double, multiplier: Double?, isYearLike: Bool)? {
        if let v = numberWords[word] { return (v, nil, false) }
        var digits = ""
        var rest = Substring(word)
        while let c = rest.first, c.isNumber || c == "," || c == "." {
            if c != "," { digits.append(c) }
            rest = rest.dropFirst()
        }
        guard !digits.isEmpty, let value = Double(digits) else { return nil }
        if rest.isEmpty {
            let yearLike = !word.contains(",") && !word.contains(".") && word.count == 4 && (1800...2100).contains(Int(value))
            return (value, nil, yearLike)
        }
        guard let m = multipliers[String(rest)] else { return nil }
        return (value, m, false)
    }
}
