import NexusLearning

/// Universal (UPOS) and language-specific (XPOS) part-of-speech tags for a sentence's words:
/// a greedy averaged-perceptron tagger over ``TaggerFeatures`` whose classes are the
/// (UPOS, XPOS) pairs seen in training.
/// - Complexity: O(words · (templates + non-zero weights per feature)).
public struct PartOfSpeechTagger: Sendable, Equatable {
    /// Class k is the pair (`upos[k]`, `xpos[k]`).
    public let upos: [String]
    public let xpos: [String]
    public let weights: SparseWeightTable

    public init(upos: [String], xpos: [String], weights: SparseWeightTable) {
        precondition(upos.count == xpos.count && weights.classCount == upos.count)
        self.upos = upos; self.xpos = xpos; self.weights = weights
    }

    /// The class index of every word.
    public func tag(_ atoms: [WordAtoms]) -> [Int] { tagWithAlternatives(atoms).tags }

    /// The class of every word, with the runner-up class and how sure the tagger was:
    /// `confidence` buckets the margin between the two scores (in weight units) into
    /// 0 (< 1), 1 (< 3), 2 (< 10) and 3.
    public func tagWithAlternatives(_ atoms: [WordAtoms]) -> PredictedTags {
        var tags = [Int](repeating: 0, count: atoms.count)
        var alternatives = tags
        var confidence = [UInt8](repeating: 0, count: atoms.count)
        let scale = weights.scale
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: upos.count)
        atoms.withUnsafeBufferPointer { atoms in
            features.withUnsafeMutableBufferPointer { f in
                scores.withUnsafeMutableBufferPointer { s in
                    for i in 0..<atoms.count {
                        TaggerFeatures.extract(atoms, i, previous1: i >= 1 ? tags[i - 1] : -1,
                                               previous2: i >= 2 ? tags[i - 2] : -1, into: f.baseAddress!)
                        for y in 0..<s.count { s[y] = 0 }
                        weights.score(UnsafeBufferPointer(f), into: s.baseAddress!)
                        var best = 0, second = -1
                        for y in 1..<s.count {
                            if s[y] > s[best] { second = best; best = y }
                            else if second < 0 || s[y] > s[second] { second = y }
                        }
                        tags[i] = best
                        alternatives[i] = max(second, 0)
                        let margin = (s[best] - s[max(second, 0)]) * scale
                        confidence[i] = margin < 1 ? 0 : margin < 3 ? 1 : margin < 10 ? 2 : 3
                    }
                }
            }
        }
        return PredictedTags(tags: tags, alternatives: alternatives, confidence: confidence)
    }
}
