import NexusLearning

/// A document's static features plus the token atoms that the prediction-history features need.
struct FeaturesDocument {
    /// Per sentence, `n · FeaturesExtractor.templateCount` hashes.
    let features: [[UInt64]]
    let atoms: [[FeaturesWordAtoms]]

    var tokenCount: Int { atoms.reduce(0) { $0 + $1.count } }

    /// Whether a token takes part in the prediction history (its first letter is a capital).
    @inline(__always)
    static func tracked(_ atom: FeaturesWordAtoms) -> Bool {
        atom.flags & FeaturesWordAtoms.Flag.initialCap != 0
    }

    /// The history features of sentence `index`, `FeaturesExtractor.historyTemplateCount` per token.
    func historyFeatures(sentence index: Int, history: FeaturesPredictionHistory) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(atoms[index].count * FeaturesExtractor.historyTemplateCount)
        for atom in atoms[index] {
            let h = Self.tracked(atom) ? history.historyClass(of: atom.lower) : 0
            out.append(FeaturesHasher.feature(47, h))
            out.append(FeaturesHasher.feature(48, h, atom.shortShape))
        }
        return out
    }

    /// Sentence `index`'s static and history features merged token by token
    /// (`FeaturesExtractor.totalTemplateCount` per token).
    func mergedFeatures(sentence index: Int, history: FeaturesPredictionHistory) -> [UInt64] {
        Self.merge(features[index], FeaturesExtractor.templateCount,
                   historyFeatures(sentence: index, history: history), FeaturesExtractor.historyTemplateCount)
    }

    /// Interleaves two token-major arrays with `a` and `b` entries per token.
    static func merge<T>(_ x: [T], _ a: Int, _ y: [T], _ b: Int) -> [T] {
        let n = a == 0 ? 0 : x.count / a
        var out: [T] = []
        out.reserveCapacity(x.count + y.count)
        for i in 0..<n {
            out.append(contentsOf: x[(i * a)..<((i + 1) * a)])
            out.append(contentsOf: y[(i * b)..<((i + 1) * b)])
        }
        return out
    }

    /// Records the predicted labels of sentence `index` (tag-set indices) in the history.
    func record(sentence index: Int, predicted: [Int], tagSet: PerceptronTagSet, into history: inout FeaturesPredictionHistory) {
        for (atom, tag) in zip(atoms[index], predicted) where Self.tracked(atom) {
            history.record(atom.lower, label: tag == 0 ? 0 : 1 + tagSet.type(tag))
        }
    }
}
