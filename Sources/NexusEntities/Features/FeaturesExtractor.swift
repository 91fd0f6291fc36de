import NexusLearning

/// Turns a sentence into a fixed number of hashed features per token.
///
/// Templates (offsets are token positions relative to the current token; out-of-sentence
/// neighbours get boundary atoms):
/// bias; word; lowercase; shape; short shape; prefixes 1–4; suffixes 1–4;
/// lowercase at −1, +1, −2, +2; shape at −1, +1, −2, +2; lowercase bigrams (−1,0) and (0,+1);
/// short-shape trigram (−1,0,+1); capitalisation/digit/hyphen/period flags; first-token × shape;
/// gazetteer flags at −1, 0, +1; lexicon class (``FeaturesLexicon``) at −1, 0, +1;
/// document evidence (``FeaturesDocumentContext``) × short shape; all-capitals sentence × lexicon
/// class; lowercase(−1) × shape(0); shape(0) × lowercase(+1); lexicon class × shape; cased words at ±1;
/// label profiles (``FeaturesLexicon/labels``, ``FeaturesLexicon/trainingLabels``) at −1, 0, +1 and × short shape;
/// word clusters (``FeaturesLexicon/clusters``) at 64, 256 and 1,024 clusters, the 256-cluster
/// number at −1 and +1, and the 1,024-cluster number × short shape;
/// the web class (``FeaturesLexicon/web``) at −1, 0, +1 and × short shape, and the first 4, 6,
/// 10 and 20 branches of the word's Brown path (the prefixes of Ratinov & Roth 2009).
/// Each feature is later conjoined with the current tag by the perceptron; tag transitions are
/// separate (first-order Viterbi, Collins 2002).
///
/// - Complexity: O(n · ``templateCount``) per sentence of n tokens, plus the gazetteer's cost.
public struct FeaturesExtractor: Sendable {
    /// Features per token.
    public static let templateCount = 61
    /// Changes whenever templates change; stored in the model file.
    public static let version: UInt32 = 6

    public let lexicon: FeaturesLexicon
    public let gazetteer: any TokenGazetteer

    public init(lexicon: FeaturesLexicon, gazetteer: any TokenGazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// Features that depend on the tagger's own earlier predictions in the document
    /// (``FeaturesPredictionHistory``): history class, and history class × short shape.
    public static let historyTemplateCount = 2
    /// All features per token: ``templateCount`` static ones, then the history ones.
    public static let totalTemplateCount = templateCount + historyTemplateCount

    /// Features for each sentence of one document (document evidence shared across sentences).
    /// - Returns: per sentence, `n · templateCount` hashes, token-major.
    public func features(document: [[String]]) -> [[UInt64]] {
        prepare(document: document).features
    }

    /// The static features of a document, and what the history features need.
    func prepare(document: [[String]]) -> FeaturesDocument {
        let atoms = document.map { $0.map(FeaturesWordAtoms.init) }
        let context = FeaturesDocumentContext(atoms)
        return FeaturesDocument(features: zip(document, atoms).map { features(tokens: $0, atoms: $1, context: context) },
                                atoms: atoms)
    }

    /// Features for one sentence on its own (the sentence is its own document).
    public func features(sentence: [String]) -> [UInt64] {
        features(document: [sentence])[0]
    }

    private static let boundaryBefore: UInt64 = 0x5a5a_0000_0000_0001
    private static let boundaryAfter: UInt64 = 0x5a5a_0000_0000_0002

    func features(tokens: [String], atoms: [FeaturesWordAtoms], context: FeaturesDocumentContext) -> [UInt64] {
        let n = atoms.count
        let f = Self.templateCount
        var out = [UInt64](repeating: 0, count: n * f)
        guard n > 0 else { return out }
        let allCaps: UInt64 = FeaturesLexicon.isAllCaps(atoms) ? 1 : 2
        let gazetteerFlags = gazetteer.flags(for: tokens)
        var gaz = [UInt64](repeating: 0, count: n)
        var lex = [UInt64](repeating: 0, count: n)
        var profile = [UInt64](repeating: 0, count: n)
        var trained = [UInt64](repeating: 0, count: n)
        var cluster = [UInt64](repeating: 0, count: n)
        var web = [UInt64](repeating: 0, count: n)
        for i in 0..<n {
            let flags = gazetteerFlags[i]
            if !flags.isEmpty {
                var h = FeaturesHasher.offsetBasis
                for flag in flags.sorted() { h = FeaturesHasher.mix(h ^ FeaturesHasher.hash(flag)) }
                gaz[i] = h
            }
            lex[i] = UInt64(lexicon.class(of: atoms[i].lower))
            profile[i] = UInt64(lexicon.labelClass(of: atoms[i].lower))
            trained[i] = UInt64(lexicon.trainingLabelClass(of: atoms[i].lower))
            cluster[i] = lexicon.clusters(of: atoms[i].lower)
            web[i] = UInt64(lexicon.web(of: atoms[i].lower))
        }
        @inline(__always) func lower(_ j: Int) -> UInt64 {
            j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : atoms[j].lower
        }
        @inline(__always) func shape(_ j: Int) -> UInt64 {
            j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : atoms[j].shape
        }
        @inline(__always) func short(_ j: Int) -> UInt64 {
            j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : atoms[j].shortShape
        }
        @inline(__always) func word(_ j: Int) -> UInt64 {
            j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : atoms[j].word
        }
        @inline(__always) func gazAt(_ j: Int) -> UInt64 {
            j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : gaz[j]
        }
        @inline(__always) func lexAt(_ j: Int) -> UInt64 {
            j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : lex[j]
        }
        @inline(__always) func profileAt(_ j: Int) -> UInt64 {
            j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : profile[j]
        }
        @inline(__always) func trainedAt(_ j: Int) -> UInt64 {
            j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : trained[j]
        }
        @inline(__always) func cluster256At(_ j: Int) -> UInt64 {
            j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : cluster[j] >> 16 & 0xFFFF
        }
        @inline(__always) func webClassAt(_ j: Int) -> UInt64 {
            j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : web[j] & 0xFF
        }
        out.withUnsafeMutableBufferPointer { out in
            for i in 0..<n {
                let a = atoms[i]
                let base = i * f
                var k = 0
                @inline(__always) func put(_ h: UInt64) { out[base + k] = h; k += 1 }
                typealias H = FeaturesHasher
                put(H.feature(0, 0))
                put(H.feature(1, a.word))
                put(H.feature(2, a.lower))
                put(H.feature(3, a.shape))
                put(H.feature(4, a.shortShape))
                put(H.feature(5, a.prefixes.0)); put(H.feature(6, a.prefixes.1))
                put(H.feature(7, a.prefixes.2)); put(H.feature(8, a.prefixes.3))
                put(H.feature(9, a.suffixes.0)); put(H.feature(10, a.suffixes.1))
                put(H.feature(11, a.suffixes.2)); put(H.feature(12, a.suffixes.3))
                put(H.feature(13, lower(i - 1))); put(H.feature(14, lower(i + 1)))
                put(H.feature(15, lower(i - 2))); put(H.feature(16, lower(i + 2)))
                put(H.feature(17, shape(i - 1))); put(H.feature(18, shape(i + 1)))
                put(H.feature(19, shape(i - 2))); put(H.feature(20, shape(i + 2)))
                put(H.feature(21, lower(i - 1), a.lower))
                put(H.feature(22, a.lower, lower(i + 1)))
                put(H.feature(23, short(i - 1), a.shortShape, short(i + 1)))
                let first: UInt64 = i == 0 ? 1 : 2
                put(H.feature(24, a.flags, first))
                put(H.feature(25, first, a.shape))
                put(H.feature(26, gaz[i])); put(H.feature(27, gazAt(i - 1))); put(H.feature(28, gazAt(i + 1)))
                put(H.feature(29, lex[i])); put(H.feature(30, lexAt(i - 1))); put(H.feature(31, lexAt(i + 1)))
                put(H.feature(32, UInt64(context.evidence(for: a.lower)), a.shortShape, first))
                put(H.feature(33, allCaps, lex[i]))
                put(H.feature(34, lower(i - 1), a.shape))
                put(H.feature(35, a.shape, lower(i + 1)))
                put(H.feature(36, lex[i], a.shape))
                put(H.feature(37, word(i - 1))); put(H.feature(38, word(i + 1)))
                put(H.feature(39, profile[i])); put(H.feature(40, profileAt(i - 1))); put(H.feature(41, profileAt(i + 1)))
                put(H.feature(42, profile[i], a.shortShape))
                put(H.feature(43, trained[i])); put(H.feature(44, trainedAt(i - 1))); put(H.feature(45, trainedAt(i + 1)))
                put(H.feature(46, trained[i], a.shortShape))
                // Template ids 47 and 48 are the history features (FeaturesDocument).
                let c = cluster[i]
                put(H.feature(49, c & 0xFFFF)); put(H.feature(50, c >> 16 & 0xFFFF)); put(H.feature(51, c >> 32))
                put(H.feature(52, cluster256At(i - 1))); put(H.feature(53, cluster256At(i + 1)))
                put(H.feature(54, c >> 32, a.shortShape))
                let webClass = web[i] & 0xFF, path = web[i] >> 8
                put(H.feature(55, webClass)); put(H.feature(56, webClassAt(i - 1))); put(H.feature(57, webClassAt(i + 1)))
                put(H.feature(58, webClass, a.shortShape))
                put(H.feature(59, path & 0xF)); put(H.feature(60, path & 0x3F))
                put(H.feature(61, path & 0x3FF)); put(H.feature(62, path & 0xFFFFF))
                assert(k == f, "template count mismatch")
            }
        }
        return out
    }
}
