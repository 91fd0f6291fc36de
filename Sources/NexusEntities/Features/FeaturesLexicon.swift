import NexusLearning

/// Word statistics learned from the training text: a cheap stand-in for word clusters.
///
/// For each lowercased word: a frequency class (0 unseen, 1: once, 2: 2–4, 3: 5–19, 4: 20–99,
/// 5: 100+) and a capitalisation profile from its occurrences that are not sentence-initial
/// in sentences that are not all capitals (0: no such occurrence, 1: never capitalised,
/// 2: < 30 %, 3: < 70 %, 4: < 100 %, 5: always). The class is `frequency * 8 + profile`.
/// It tells the tagger that "JAPAN" in a headline is a word normally written "Japan", and
/// that a sentence-initial "The" is usually lower case.
///
/// Optionally, label profiles from an auxiliary tagged corpus that is not the training data
/// (the GMB corpus in the shipped model): for each lowercased word seen at least twice there,
/// its most frequent label (O or an entity type, by sorted type order) and that label's share
/// (< 50 %, ≥ 50 %, ≥ 90 %), as `1 + label * 3 + share`. Because the auxiliary corpus is separate,
/// the feature is as reliable on training sentences as on new text (unlike a gazetteer made from
/// the training entities).
///
/// Optionally, distributional word clusters learned from unlabelled text (``WordClusterFile``,
/// three granularities), the word representations of Turian, Ratinov & Bengio 2010 and Ratinov &
/// Roth 2009: a word never seen in the tagged data still shares weights with the words of its
/// cluster. Stored packed: `(c64 + 1) | (c256 + 1) << 16 | (c1024 + 1) << 32`, 0 for a word
/// without clusters.
///
/// Optionally, a web lexicon (``WebLexiconFile``): how often and how capitalised each word is
/// written in a large web corpus, and its Brown cluster there, so that a word the tagged data and
/// the unlabelled text never held ("mozilla", a rare surname) still brings what the web knows of it
/// (Ratinov & Roth 2009 used Brown clusters of a large corpus the same way). Stored packed:
/// `class | path << 8`, 0 for a word the lexicon lacks.
public struct FeaturesLexicon: Sendable, Equatable {
    /// Lowercase-word hash (``FeaturesWordAtoms/lower``) → class.
    public private(set) var classes: [UInt64: UInt8] { didSet { classMap = FeaturesByteMap(classes) } }
    /// Lowercase-word hash → label-profile class from the auxiliary corpus (absent: no profile).
    public private(set) var labels: [UInt64: UInt8] { didSet { labelMap = FeaturesByteMap(labels) } }
    /// Lowercase-word hash → label-profile class from the training data. While training, each
    /// sentence sees profiles computed from the other folds only (10-fold jackknife by document),
    /// so the feature is no more reliable in training than on new text; the model keeps the
    /// profiles of the whole training set.
    public var trainingLabels: [UInt64: UInt8] { didSet { trainingLabelMap = FeaturesByteMap(trainingLabels) } }
    /// Lowercase-word hash → packed cluster numbers (see the type's documentation).
    public private(set) var clusters: [UInt64: UInt64] { didSet { clusterMap = FeaturesHashMap(clusters) } }
    /// The web lexicon's entries: lowercase-word hashes in ascending order and their packed web
    /// class and Brown path (see the type's documentation). Kept as two arrays, not a dictionary,
    /// so that a model of 630,000 entries loads in one pass.
    public struct WebEntries: Sendable, Equatable {
        public let keys: [UInt64]
        public let values: [UInt32]

        /// - Precondition: `keys` ascending, as many as `values`.
        public init(keys: [UInt64] = [], values: [UInt32] = []) {
            precondition(keys.count == values.count, "one value per key")
            self.keys = keys
            self.values = values
        }
    }

    /// The web lexicon (absent: no entries).
    public private(set) var web: WebEntries { didSet { webMap = FeaturesHashMap(keys: web.keys, values: web.values) } }
    private var classMap = FeaturesByteMap([:])
    private var webMap = FeaturesHashMap<UInt32>([:])
    private var clusterMap = FeaturesHashMap<UInt64>([:])
    private var labelMap = FeaturesByteMap([:])
    private var trainingLabelMap = FeaturesByteMap([:])

    public static func == (a: FeaturesLexicon, b: FeaturesLexicon) -> Bool {
        a.classes == b.classes && a.labels == b.labels && a.trainingLabels == b.trainingLabels && a.clusters == b.clusters
            && a.web == b.web
    }

    public init(classes: [UInt64: UInt8], labels: [UInt64: UInt8] = [:], trainingLabels: [UInt64: UInt8] = [:],
                clusters: [UInt64: UInt64] = [:], web: WebEntries = WebEntries()) {
        self.classes = classes
        self.web = web
        self.webMap = FeaturesHashMap(keys: web.keys, values: web.values)
        self.labels = labels
        self.trainingLabels = trainingLabels
        self.clusters = clusters
        self.classMap = FeaturesByteMap(classes)
        self.clusterMap = FeaturesHashMap(clusters)
        self.labelMap = FeaturesByteMap(labels)
        self.trainingLabelMap = FeaturesByteMap(trainingLabels)
    }

    /// Counts the tokens of `sentences` and of `auxiliary`, and builds label profiles from `auxiliary`.
    /// - Parameters:
    ///   - sentences: the training sentences' tokens.
    ///   - auxiliary: tagged sentences (tokens, tags in any scheme) used only for word statistics.
    /// - Complexity: O(tokens).
    public init(sentences: [[String]], auxiliary: [(tokens: [String], tags: [String])]) {
        self.init(sentences: sentences + auxiliary.map(\.tokens))
        self.labels = FeaturesLexicon.labelProfiles(auxiliary)
        self.labelMap = FeaturesByteMap(labels)  // property observers do not run in initializers
    }

    /// Label profiles (see the type's documentation) of the words of tagged sentences.
    /// - Complexity: O(tokens).
    public static func labelProfiles(_ sentences: [(tokens: [String], tags: [String])]) -> [UInt64: UInt8] {
        let types = Set(sentences.flatMap { NERTagScheme.spans(from: $0.tags).map(\.label) }).sorted()
        var counts: [UInt64: [Int]] = [:]
        for sentence in sentences {
            var label = [Int](repeating: 0, count: sentence.tokens.count)
            for span in NERTagScheme.spans(from: sentence.tags) {
                let index = 1 + (types.firstIndex(of: span.label) ?? 0)
                for i in span.range { label[i] = index }
            }
            for (token, l) in zip(sentence.tokens, label) {
                counts[FeaturesWordAtoms(token).lower, default: [Int](repeating: 0, count: types.count + 1)][l] += 1
            }
        }
        var labels: [UInt64: UInt8] = [:]
        for (key, c) in counts {
            let total = c.reduce(0, +)
            guard total >= 2, let best = c.indices.max(by: { (c[$0], -$0) < (c[$1], -$1) }) else { continue }
            let share = Double(c[best]) / Double(total)
            labels[key] = UInt8(1 + best * 3 + (share >= 0.9 ? 2 : share >= 0.5 ? 1 : 0))
        }
        return labels
    }

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
        self.labels = [:]
        self.trainingLabels = [:]
        self.clusters = [:]
        self.web = WebEntries()
        self.classMap = FeaturesByteMap(classes)
    }

    /// This lexicon with the word clusters of `lines` (a ``WordClusterFile``), keyed by the
    /// lowercase hash of each word.
    /// - Complexity: O(lines).
    public func withClusters(_ lines: [WordClusterFile.Line]) -> FeaturesLexicon {
        var copy = self
        var packed: [UInt64: UInt64] = [:]
        for line in lines {
            let c = SIMD3<UInt64>(truncatingIfNeeded: line.classes) &+ 1
            packed[FeaturesWordAtoms(line.word).lower] = c[0] | c[1] << 16 | c[2] << 32
        }
        copy.clusters = packed
        return copy
    }

    /// This lexicon with the web lexicon `lines` (a ``WebLexiconFile``), keyed by the lowercase
    /// hash of each word.
    /// - Complexity: O(lines).
    public func withWebLexicon(_ lines: [WebLexiconFile.Line]) -> FeaturesLexicon {
        var copy = self
        var packed: [UInt64: UInt32] = [:]
        for line in lines { packed[FeaturesWordAtoms(line.word).lower] = UInt32(line.webClass) | line.path << 8 }
        let sorted = packed.sorted { $0.key < $1.key }
        copy.web = WebEntries(keys: sorted.map(\.key), values: sorted.map(\.value))
        return copy
    }

    /// The packed web class and Brown path of a lowercase-word hash; 0 when it has none.
    @inline(__always)
    func web(of lower: UInt64) -> UInt32 { webMap[lower] }

    /// The packed clusters of a lowercase-word hash; 0 when it has none.
    @inline(__always)
    func clusters(of lower: UInt64) -> UInt64 { clusterMap[lower] }

    /// The training label-profile class of a lowercase-word hash; 0 when none.
    @inline(__always)
    func trainingLabelClass(of lower: UInt64) -> UInt8 { trainingLabelMap[lower] }

    /// The label-profile class of a lowercase-word hash; 0 when none.
    @inline(__always)
    func labelClass(of lower: UInt64) -> UInt8 { labelMap[lower] }

    /// The class of a lowercase-word hash; 0 when unseen.
    @inline(__always)
    func `class`(of lower: UInt64) -> UInt8 { classMap[lower] }

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
