/// Word statistics learned from the training text: a cheap stand-in for word clusters.
///
/// For each lowercased word: a frequency class (0 unseen, 1: once, 2: 2–4, 3: 5–19, 4: 20–99,
/// 5: 100+) and a capitalisation profile from its occurrences that are not sentence-initial
/// in sentences that are not all capitals (0: no such occurrence, 1: never capitalised,
/// 2: < 30 %, 3: < 70 %, 4: < 100 %, 5: always). The class is `frequency * 8 + profile`.
/// It tells the tagger that "JAPAN" in a headline is a word normally written "Japan", and
/// that a sentence-initial "The" is usually lower case.
public struct FeaturesLexicon: Sendable, Equatable {
    /// Lowercase-word hash (``FeaturesWordAtoms/lower``) → class.
    public private(set) var classes: [UInt64: UInt8]

    public init(classes: [UInt64: UInt8]) { self.classes = classes }

    /// Counts the tokens of `sentences`.
    /// - Complexity: O(tokens).
    public init(sentences: [[String]]) {
        var counts: [UInt64: (total: Int, capital: Int, lower: Int)] = [:]
        for sentence in sentences {
            let atoms = sentence.map(FeaturesWordAtoms.init)
            let allCaps = FeaturesLexicon.isAllCaps(atoms)
            for (index, atom) in atoms.enumerated() {
                var entry = counts[atom.lower] ?? (0, 0, 0)
                entry.total += 1
                if index > 0 && !allCaps {
                    if atom.flags & FeaturesWordAtoms.Flag.initialCap != 0 { entry.capital += 1 }
                    else if atom.flags & FeaturesWordAtoms.Flag.hasLower != 0 { entry.lower += 1 }
                }
                counts[atom.lower] = entry
            }
        }
        var classes: [UInt64: UInt8] = [:]
        for (key, entry) in counts {
            let frequency: UInt8 = entry.total >= 100 ? 5 : entry.total >= 20 ? 4 : entry.total >= 5 ? 3 : entry.total >= 2 ? 2 : 1
            var profile: UInt8 = 0
            let seen = entry.capital + entry.lower
            if seen > 0 {
                let ratio = Double(entry.capital) / Double(seen)
                profile = ratio == 0 ? 1 : ratio < 0.3 ? 2 : ratio < 0.7 ? 3 : ratio < 1 ? 4 : 5
            }
            classes[key] = frequency * 8 + profile
        }
        self.classes = classes
    }

    /// The class of a lowercase-word hash; 0 when unseen.
    @inline(__always)
    func `class`(of lower: UInt64) -> UInt8 { classes[lower] ?? 0 }

    /// A sentence is "all capitals" (a headline) when it has at least three tokens with letters
    /// and at least 90 % of those have no lower-case letter.
    static func isAllCaps(_ atoms: [FeaturesWordAtoms]) -> Bool {
        var letters = 0, caps = 0
        for atom in atoms where atom.flags & FeaturesWordAtoms.Flag.noLetters == 0 {
            letters += 1
            if atom.flags & FeaturesWordAtoms.Flag.allCaps != 0 { caps += 1 }
        }
        return letters >= 3 && caps * 10 >= letters * 9
    }
}
