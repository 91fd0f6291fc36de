/// What the rest of a document says about each word: a non-local feature in the spirit of
/// Ratinov & Roth 2009 ("Design challenges and misconceptions in named entity recognition").
///
/// For each lowercased word, whether it occurs capitalised and/or lower case in a position
/// that is neither sentence-initial nor inside an all-capitals sentence. A headline "JAPAN"
/// whose body says "Japan" thus looks like a name; a sentence-initial "Police" whose body
/// says "police" does not.
struct FeaturesDocumentContext {
    static let seenCapital: UInt8 = 1
    static let seenLower: UInt8 = 2

    private var evidence: FeaturesByteMap

    /// - Parameter sentences: the token atoms of every sentence of the document.
    /// - Complexity: O(tokens).
    init(_ sentences: [[FeaturesWordAtoms]]) {
        evidence = FeaturesByteMap(capacityFor: sentences.reduce(0) { $0 + $1.count })
        for atoms in sentences where !FeaturesLexicon.isAllCaps(atoms) {
            for atom in atoms.dropFirst() {
                if atom.flags & FeaturesWordAtoms.Flag.initialCap != 0 {
                    evidence.formUnion(atom.lower, with: Self.seenCapital)
                } else if atom.flags & FeaturesWordAtoms.Flag.hasLower != 0 {
                    evidence.formUnion(atom.lower, with: Self.seenLower)
                }
            }
        }
    }

    /// The evidence bits for a lowercased-word hash (0: no evidence).
    @inline(__always)
    func evidence(for lower: UInt64) -> UInt8 { evidence[lower] }
}
