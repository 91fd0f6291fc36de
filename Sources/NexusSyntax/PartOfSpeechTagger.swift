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
    /// The proper-noun classes (UPOS `PROPN`), and for each class whether a word known to be
    /// part of a name may not keep it (see ``tagWithAlternatives(_:names:)``).
    let properClasses: [Int]
    let implausibleInNames: [Bool]
    /// The finite verb classes (UPOS `VERB` with XPOS `VBZ`, `VBD` or `VBP`), and for each
    /// class whether it is finite (XPOS `VBZ`, `VBD`, `VBP` or `MD`) or a base form (`VB`); see
    /// ``tagWithAlternatives(_:names:predicateCandidates:)``.
    let finiteVerbClasses: [Int]
    let finiteClass: [Bool]
    let baseClass: [Bool]
    let infinitiveMarkerClass: [Bool]

    /// Parts of speech a capitalized word inside a recognized name cannot have: it is a proper
    /// noun ("Hamas" read as a form of "has", "Brotherhood" as a common noun). Adjectives
    /// (demonyms: "Egyptian police"), numbers and symbols keep their tags.
    static let nameOverridable: Set<String> = ["VERB", "AUX", "NOUN", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "PART", "ADV", "INTJ"]

    public init(upos: [String], xpos: [String], weights: SparseWeightTable) {
        precondition(upos.count == xpos.count && weights.classCount == upos.count)
        self.upos = upos; self.xpos = xpos; self.weights = weights
        properClasses = upos.indices.filter { upos[$0] == "PROPN" }
        implausibleInNames = upos.map { Self.nameOverridable.contains($0) }
        let finite: Set<String> = ["VBZ", "VBD", "VBP", "MD"]
        finiteVerbClasses = upos.indices.filter { upos[$0] == "VERB" && finite.contains(xpos[$0]) && xpos[$0] != "MD" }
        finiteClass = xpos.map { finite.contains($0) }
        baseClass = xpos.map { $0 == "VB" }
        infinitiveMarkerClass = xpos.map { $0 == "TO" }
    }

    public static func == (a: PartOfSpeechTagger, b: PartOfSpeechTagger) -> Bool {
        a.upos == b.upos && a.xpos == b.xpos && a.weights == b.weights
    }

    /// The class index of every word.
    public func tag(_ atoms: [WordAtoms]) -> [Int] { tagWithAlternatives(atoms).tags }

    /// The class of every word, with the runner-up class and how sure the tagger was:
    /// `confidence` buckets the margin between the two scores (in weight units) into
    /// 0 (< 1), 1 (< 3), 2 (< 10) and 3.
    ///
    /// The features that read only the words (``TaggerFeatures/wordTemplates``) are scored for
    /// the whole sentence first, together (their lookups overlap); each word then adds the
    /// scores of the features that read the tags already predicted. The sums are those of the
    /// whole feature vector (``SparseWeightTable/score(_:into:)``: the order does not matter).
    ///
    /// `names` marks the words that an entity recognizer found inside a name and that are
    /// capitalized content words (``SyntaxAnnotator``): such a word whose best class has a part
    /// of speech in ``nameOverridable`` takes the best proper-noun class instead, with the
    /// tagger's own choice as its runner-up and full confidence. The choice is made as the
    /// tagger goes, so the tags after it read the corrected one. A pipeline constraint in the
    /// manner of joint NER and tagging (Finkel & Manning 2009), reduced to its cheapest form.
    ///
    /// `predicateCandidates`, when given, says that the words are a full sentence, which has a
    /// predicate, and marks the words that may be it. If no word is tagged as a finite verb or
    /// auxiliary (``hasPredicate(_:)``), the marked word whose best finite verb class scored
    /// closest to its best class takes that verb class
    /// and the sentence is tagged again around it ("VOA's Mil Arcega reports.", "the EU pledges
    /// Iran fuel", "Oil prices rose $1" had their verbs tagged as nouns or adverbs): the
    /// cheapest change of the greedy tags that meets the constraint, in the manner of
    /// constrained decoding (Roth & Yih 2005), one word at a time.
    public func tagWithAlternatives(_ atoms: [WordAtoms], names: [Bool]? = nil, predicateCandidates: [Bool]? = nil) -> PredictedTags {
        let n = atoms.count
        let classes = upos.count
        let wordCount = TaggerFeatures.wordTemplates.count
        var wordScores = [Float](repeating: 0, count: n * classes)
        atoms.withUnsafeBufferPointer { atoms in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n * wordCount) { f in
                var k = 0
                for i in 0..<n { TaggerFeatures.extractWords(atoms, i) { _, feature in f[k] = feature; k += 1 } }
                wordScores.withUnsafeMutableBufferPointer { scores in
                    weights.score(items: UnsafeBufferPointer(start: f.baseAddress!, count: n * wordCount),
                                  featuresPerItem: wordCount, into: scores.baseAddress!)
                }
            }
        }
        let first = decode(atoms, wordScores: wordScores, names: names, forced: nil)
        guard let predicateCandidates, !hasPredicate(first.tags.tags),
              let repair = first.verbRepair(candidates: predicateCandidates) else { return first.tags }
        return decode(atoms, wordScores: wordScores, names: names, forced: repair).tags
    }

    /// One greedy left-to-right pass over the words, adding to the word features' scores
    /// (`wordScores`, `classes` per word) those of the features that read the previous tags.
    /// `forced` gives one word a class of its own (``tagWithAlternatives(_:names:predicateCandidates:)``).
    /// Also returns, per word, the best finite verb class and how far its score fell below the best.
    private func decode(_ atoms: [WordAtoms], wordScores: [Float], names: [Bool]?, forced: (word: Int, tag: Int)?) -> Decoding {
        let n = atoms.count
        var tags = [Int](repeating: 0, count: n)
        var alternatives = tags
        var confidence = [UInt8](repeating: 0, count: n)
        var verbs = [(tag: Int, loss: Float)](repeating: (0, .infinity), count: n)
        let scale = weights.scale
        let classes = upos.count
        let historyCount = TaggerFeatures.historyTemplates.count
        var scores = wordScores
        atoms.withUnsafeBufferPointer { atoms in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: historyCount) { f in
                scores.withUnsafeMutableBufferPointer { scores in
                    for i in 0..<n {
                        var k = 0
                        TaggerFeatures.extractHistory(atoms, i, previous1: i >= 1 ? tags[i - 1] : -1,
                                                      previous2: i >= 2 ? tags[i - 2] : -1) { _, feature in f[k] = feature; k += 1 }
                        let s = scores.baseAddress! + i * classes
                        weights.score(UnsafeBufferPointer(start: f.baseAddress!, count: historyCount), into: s)
                        var best = 0, second = -1
                        for y in 1..<classes {
                            if s[y] > s[best] { second = best; best = y }
                            else if second < 0 || s[y] > s[second] { second = y }
                        }
                        if let verb = finiteVerbClasses.max(by: { s[$0] < s[$1] }) { verbs[i] = (verb, (s[best] - s[verb]) * scale) }
                        if let forced, forced.word == i {
                            tags[i] = forced.tag
                            alternatives[i] = best
                            confidence[i] = 3
                            continue
                        }
                        if let names, names[i], implausibleInNames[best], let proper = properClasses.max(by: { s[$0] < s[$1] }) {
                            tags[i] = proper
                            alternatives[i] = best
                            confidence[i] = 3
                            continue
                        }
                        tags[i] = best
                        alternatives[i] = max(second, 0)
                        let margin = (s[best] - s[max(second, 0)]) * scale
                        confidence[i] = margin < 1 ? 0 : margin < 3 ? 1 : margin < 10 ? 2 : 3
                    }
                }
            }
        }
        return Decoding(tags: PredictedTags(tags: tags, alternatives: alternatives, confidence: confidence), verbs: verbs)
    }

    /// Whether `tags` have a predicate: a finite verb or auxiliary, or a base form that does
    /// not follow the infinitive marker "to" (an imperative, or a verb after a modal).
    private func hasPredicate(_ tags: [Int]) -> Bool {
        tags.indices.contains { i in
            finiteClass[tags[i]] || (baseClass[tags[i]] && (i == 0 || !infinitiveMarkerClass[tags[i - 1]]))
        }
    }

    /// A greedy pass's tags with, per word, its best verb class and that class's loss (the
    /// best score less the verb's, in weight units).
    private struct Decoding {
        let tags: PredictedTags
        let verbs: [(tag: Int, loss: Float)]

        /// The candidate word that costs least as a verb, with its best verb class.
        func verbRepair(candidates: [Bool]) -> (word: Int, tag: Int)? {
            let eligible = verbs.indices.filter { $0 < candidates.count && candidates[$0] && verbs[$0].loss.isFinite }
            guard let word = eligible.min(by: { verbs[$0].loss < verbs[$1].loss }) else { return nil }
            return (word, verbs[word].tag)
        }
    }
}
