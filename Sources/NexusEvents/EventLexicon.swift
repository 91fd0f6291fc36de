import Foundation
import NexusCore

/// One trigger of the event lexicon: a verb, an eventive noun or a predicate adjective, its
/// CAMEO code and what marks its target.
public struct EventLexiconEntry: Hashable, Sendable {
    /// `adj` triggers are adjectives said of the actor ("Germany has been critical of the plan").
    public enum PartOfSpeech: String, Hashable, Sendable { case verb, noun, adjective = "adj" }

    public let lemma: String
    public let partOfSpeech: PartOfSpeech
    /// The code as the lexicon gives it ("073"); ``code`` is its root.
    public let fineCode: String
    public let code: EventCode
    /// A particle or preposition that must attach to the trigger for this sense ("call on",
    /// "crack down"); nil when the lemma alone is the trigger.
    public let particle: String?
    /// The direct object is the target ("attack X", "urge X").
    public let objectIsTarget: Bool
    /// The indirect object is the target ("give Yemen aid").
    public let indirectObjectIsTarget: Bool
    /// Prepositions whose phrase, attached to the trigger, names the target ("to", "for", "with").
    public let targetPrepositions: Set<String>
}

/// The trigger lexicon of events: verb, noun and predicate-adjective lemmas → CAMEO root, with the prepositions
/// that mark the target. Shipped as `Resources/events/event-lexicon.tsv`; its sources are
/// in `Resources/events/SOURCES.md` (written by hand from the CAMEO codebook, Schrodt 2012).
///
/// File format: UTF-8, `#` comments, one row per trigger with six tab-separated columns
/// `lemma  pos  code  particle  targets  forms` (`-` for an empty particle or forms). Forms
/// lists irregular inflections; regular ones are generated (see ``inflections(of:irregular:)``);
/// an adjective has only its lemma and the forms listed.
///
/// Lookup is by lowercased word form: every inflection of every lemma maps to its entries.
public struct EventLexicon: Sendable {
    public let entries: [EventLexiconEntry]
    private let byVerbForm: [String: [Int]]
    private let byNounForm: [String: [Int]]
    private let byAdjectiveForm: [String: [Int]]
    /// Forms with at least one entry coded other than 01, or a statement addressed to its
    /// object ("told", "briefed", "informed"): not a bare statement verb ("said", "announced"),
    /// which names no one it is made to.
    private let codedForms: Set<String>

    public init(entries: [EventLexiconEntry], irregularForms: [String: [String]] = [:]) {
        self.entries = entries
        var verbs: [String: [Int]] = [:]
        var nouns: [String: [Int]] = [:]
        var adjectives: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() {
            let irregular = irregularForms[entry.lemma + "|" + entry.partOfSpeech.rawValue] ?? []
            switch entry.partOfSpeech {
            case .verb:
                for form in EventLexicon.inflections(of: entry.lemma, irregular: irregular) { verbs[form, default: []].append(i) }
            case .noun:
                for form in EventLexicon.plurals(of: entry.lemma).union([entry.lemma] + irregular) { nouns[form, default: []].append(i) }
            case .adjective:
                for form in Set([entry.lemma] + irregular) { adjectives[form, default: []].append(i) }
            }
        }
        self.byVerbForm = verbs
        self.byNounForm = nouns
        self.byAdjectiveForm = adjectives
        self.codedForms = Set(verbs.merging(nouns) { $0 + $1 }.merging(adjectives) { $0 + $1 }
            .filter { $0.value.contains { entries[$0].code.root != 1 || entries[$0].objectIsTarget } }.keys)
    }

    /// Entries whose verb forms include `form` (lowercased).
    public func verbEntries(_ form: String) -> [EventLexiconEntry] { (byVerbForm[form] ?? []).map { entries[$0] } }

    /// Entries whose noun forms include `form` (lowercased).
    public func nounEntries(_ form: String) -> [EventLexiconEntry] { (byNounForm[form] ?? []).map { entries[$0] } }

    /// Entries whose adjective forms include `form` (lowercased).
    public func adjectiveEntries(_ form: String) -> [EventLexiconEntry] { (byAdjectiveForm[form] ?? []).map { entries[$0] } }

    /// Whether `form` (lowercased) is a trigger of some act other than a bare statement (01):
    /// of another code, or a statement addressed to its object ("told X").
    public func isCodedTrigger(_ form: String) -> Bool { codedForms.contains(form) }

    /// Whether `form` (lowercased) is any trigger form.
    public func contains(_ form: String) -> Bool { byVerbForm[form] != nil || byNounForm[form] != nil || byAdjectiveForm[form] != nil }

    // MARK: Reading

    /// The shipped lexicon.
    public static func shipped() throws -> EventLexicon {
        guard let url = Bundle.module.url(forResource: "event-lexicon", withExtension: "tsv", subdirectory: "Resources/events") else {
            throw EventLexiconError.missingResource
        }
        return try read(contentsOf: url)
    }

    public static func read(contentsOf url: URL) throws -> EventLexicon {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw EventLexiconError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try parse(text, source: url.lastPathComponent)
    }

    /// Parses the TSV format described on the type.
    public static func parse(_ text: String, source: String = "lexicon") throws -> EventLexicon {
        var entries: [EventLexiconEntry] = []
        var irregular: [String: [String]] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            func fail(_ reason: String) -> EventLexiconError { .badRow(source: source, line: n + 1, reason: reason) }
            guard columns.count == 6 else { throw fail("expected 6 tab-separated columns, found \(columns.count)") }
            guard let pos = EventLexiconEntry.PartOfSpeech(rawValue: columns[1]) else { throw fail("part of speech '\(columns[1])' is not verb, noun or adj") }
            guard let code = EventCode(columns[2]) else { throw fail("'\(columns[2])' is not a CAMEO code 01-20 (or a finer code of one)") }
            let lemma = columns[0].lowercased()
            guard !lemma.isEmpty else { throw fail("empty lemma") }
            let targets = columns[4] == "-" ? [] : columns[4].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            var preps = Set(targets)
            let object = preps.remove("obj") != nil
            let indirect = preps.remove("iobj") != nil
            entries.append(EventLexiconEntry(
                lemma: lemma, partOfSpeech: pos, fineCode: columns[2], code: code,
                particle: columns[3] == "-" || columns[3].isEmpty ? nil : columns[3].lowercased(),
                objectIsTarget: object, indirectObjectIsTarget: indirect, targetPrepositions: preps))
            if columns[5] != "-" && !columns[5].isEmpty {
                irregular[lemma + "|" + pos.rawValue, default: []] += columns[5].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            }
        }
        return EventLexicon(entries: entries, irregularForms: irregular)
    }

    // MARK: Inflection

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// The regular inflections of a verb lemma plus its irregular forms: lemma, third person
    /// (+s, +es after s/x/z/ch/sh/o, consonant+y → ies), past and participle (+ed, +d after e,
    /// consonant+y → ied, a final consonant doubled after a single stressed-looking vowel in
    /// one-syllable words: "ban" → "banned"), present participle (+ing, e dropped, doubled
    /// consonant likewise). A multiword lemma inflects its first word.
    public static func inflections(of lemma: String, irregular: [String] = []) -> Set<String> {
        let parts = lemma.split(separator: " ", maxSplits: 1).map(String.init)
        let verb = parts[0]
        let rest = parts.count > 1 ? " " + parts[1] : ""
        var forms: Set<String> = [verb]
        let chars = Array(verb)
        guard let last = chars.last else { return [] }
        let penultimate = chars.count > 1 ? chars[chars.count - 2] : " "
        // Third person.
        if ["s", "x", "z", "o"].contains(last) || verb.hasSuffix("ch") || verb.hasSuffix("sh") {
            forms.insert(verb + "es")
        } else if last == "y" && !vowels.contains(penultimate) {
            forms.insert(String(chars.dropLast()) + "ies")
        } else {
            forms.insert(verb + "s")
        }
        // Past and participles.
        let doubles = shouldDouble(chars)
        if last == "e" {
            forms.insert(verb + "d")
            forms.insert(verb.hasSuffix("ee") ? verb + "ing" : String(chars.dropLast()) + "ing")
        } else if last == "y" && !vowels.contains(penultimate) {
            forms.insert(String(chars.dropLast()) + "ied")
            forms.insert(verb + "ing")
        } else if doubles {
            forms.insert(verb + String(last) + "ed")
            forms.insert(verb + String(last) + "ing")
            // British and American spellings differ for some (-l): accept the single form too.
            forms.insert(verb + "ed")
            forms.insert(verb + "ing")
        } else {
            forms.insert(verb + "ed")
            forms.insert(verb + "ing")
        }
        forms.formUnion(irregular)
        return Set(forms.map { $0 + rest })
    }

    /// Consonant-vowel-consonant endings of short words double ("ban", "stop", "plan",
    /// "commit", "expel", "patrol"); w, x and y never double.
    static func shouldDouble(_ chars: [Character]) -> Bool {
        guard chars.count >= 3 else { return false }
        let c = chars[chars.count - 1], v = chars[chars.count - 2], before = chars[chars.count - 3]
        guard !vowels.contains(c), !["w", "x", "y"].contains(c), vowels.contains(v), !vowels.contains(before) else { return false }
        let syllables = chars.enumerated().filter { i, ch in vowels.contains(ch) && (i == 0 || !vowels.contains(chars[i - 1])) }.count
        if syllables == 1 { return true }
        // Two-syllable verbs stressed on the last syllable that news uses (commit, expel, patrol,
        // compel, ...), the -l verbs of British spelling (travel, level, signal), and those
        // doubled against the rule (kidnap, worship, handicap).
        let word = String(chars)
        return ["commit", "expel", "patrol", "compel", "rebel", "control", "propel", "repel", "refer", "prefer", "occur", "deter", "confer",
                "transfer", "admit", "submit", "permit", "omit", "regret", "abet", "embed", "acquit", "equip", "outstrip", "signal", "cancel", "label",
                "fuel", "total", "model", "travel", "level", "shovel", "channel", "counsel", "parcel", "marshal", "rival", "ban", "remit", "emit", "allot",
                "kidnap", "worship", "airdrop", "outbid", "dispel", "extol", "enrol", "fulfil", "instil", "handicap"]
            .contains(word)
    }

    /// A noun's regular plurals: +es after s, x, z, ch, sh; consonant+y → ies; both +s and
    /// +es after o ("embargoes", "vetoes", "photos"); +s otherwise.
    static func plurals(of noun: String) -> Set<String> {
        let chars = Array(noun)
        guard let last = chars.last else { return [] }
        if ["s", "x", "z"].contains(last) || noun.hasSuffix("ch") || noun.hasSuffix("sh") { return [noun + "es"] }
        if last == "y", chars.count > 1, !vowels.contains(chars[chars.count - 2]) { return [String(chars.dropLast()) + "ies"] }
        if last == "o" { return [noun + "s", noun + "es"] }
        return [noun + "s"]
    }
}

/// Why an event lexicon could not be read.
public enum EventLexiconError: Error, Equatable, CustomStringConvertible {
    case missingResource
    case unreadable(path: String, reason: String)
    case badRow(source: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingResource:
            return "the shipped event lexicon (Resources/events/event-lexicon.tsv) is missing from the NexusEvents bundle; rebuild the package"
        case .unreadable(let path, let reason):
            return "cannot read event lexicon \(path): \(reason)"
        case .badRow(let source, let line, let reason):
            return "\(source):\(line): \(reason); fix the row (columns: lemma, pos, code, particle, targets, forms)"
        }
    }
}
