import NexusLearning

/// The parser's feature templates: the rich non-local feature set of Zhang & Nivre (2011,
/// "Transition-based Dependency Parsing with Rich Non-local Features", Table 1: words, tags,
/// distance, valency, second-order and third-order arcs, label sets) over s0 (stack top),
/// its head h and grandparent h2, its leftmost/rightmost dependents l, l2, r, r2; n0 (buffer
/// front) with its leftmost dependents; n1, n2 (next buffer words); plus s1 (the word below
/// s0) as in Zhang & Nivre's later work.
///
/// Atoms: w = the lower-cased word (``WordAtoms/lower``), p = the predicted tag pair (UPOS,
/// XPOS), l = relation, d = distance s0 → n0 bucketed, v = number of dependents (capped), s =
/// the set of relations of the left or right dependents.
public enum ParserFeatures {
    public static let version: UInt32 = 3
    public static let count = 110

    /// The word context of one sentence: atoms and tags for 0..<n, the root at n.
    public struct Sentence {
        public var words: [UInt64]
        public var tags: [UInt64]
        public var coarse: [UInt64]
        public var suffixes: [UInt64]
        public var clusters: [UInt64]
        public var fineClusters: [UInt64]
        public var broadClusters: [UInt64]
        /// The runner-up tag conjoined with the tagger's confidence bucket.
        public var alternatives: [UInt64]
        public init(atoms: [WordAtoms], tags: PredictedTags, coarse: [Int]) {
            let predicted = tags
            let tags = predicted.tags
            words = atoms.map(\.lower) + [WordAtoms.root.lower]
            self.tags = tags.map { UInt64($0 + 3) } + [UInt64(1)]
            self.coarse = coarse.map { UInt64($0 + 3) } + [UInt64(1)]
            suffixes = atoms.map(\.suffix3) + [WordAtoms.root.suffix3]
            clusters = atoms.map(\.cluster256) + [WordAtoms.root.cluster256]
            fineClusters = atoms.map(\.cluster1024) + [WordAtoms.root.cluster1024]
            broadClusters = atoms.map(\.cluster64) + [WordAtoms.root.cluster64]
            alternatives = predicted.alternatives.indices.map { UInt64(predicted.alternatives[$0] + 3) << 8 | UInt64(predicted.confidence[$0]) } + [UInt64(1)]
        }
    }

    static let none: UInt64 = 0x5eed_0000_0000_0003
    static let noTag: UInt64 = 2

    @inline(__always)
    static func bucket(_ d: Int) -> UInt64 {
        switch d {
        case ...4: return UInt64(max(d, 0))
        case 5...7: return 5
        case 8...11: return 6
        default: return 7
        }
    }

    /// The templates (numbered 101...210; template t is feature t − 101 of ``extract``) that
    /// read only the buffer front n0 and the two words after it: their features depend on
    /// n0 alone, so a parser can score them once per word (``extractBuffer``).
    public static let bufferTemplates: [Int] = [104, 105, 106, 107, 108, 109, 110, 111, 112, 120, 121, 182, 187, 188, 190, 191, 197, 206, 207]
    /// The templates that read only the stack top s0 (``extractStackTop``).
    public static let stackTopTemplates: [Int] = [101, 102, 103, 189, 205, 210]
    /// The templates that read only the word s1 below the stack top (``extractSecond``).
    public static let secondTemplates: [Int] = [173, 174]
    /// The other templates, which read the arcs built so far or two positions at once
    /// (``extractConfiguration``).
    public static let configurationTemplates: [Int] = (101...210).filter {
        !bufferTemplates.contains($0) && !stackTopTemplates.contains($0) && !secondTemplates.contains($0)
    }

    /// Writes the `count` features of a configuration into `f` (feature t − 101 is template t).
    public static func extract(_ state: ArcEagerState, _ sentence: Sentence, into f: UnsafeMutablePointer<UInt64>) {
        let stack = state.stack
        let put = { (template: Int, feature: UInt64) in f[template - 101] = feature }
        extractBuffer(front: state.front, sentence, put)
        extractStackTop(stack.isEmpty ? -1 : Int(stack[stack.count - 1]), sentence, put)
        extractSecond(stack.count >= 2 ? Int(stack[stack.count - 2]) : -1, sentence, put)
        extractConfiguration(state, sentence, put)
    }

    /// Calls `put(template, feature)` for each of ``bufferTemplates``, n0 being word `n0`
    /// (the root when n0 = n).
    @inline(__always)
    public static func extractBuffer(front n0: Int, _ sentence: Sentence, _ put: (Int, UInt64) -> Void) {
        let n = sentence.words.count - 1
        let n1 = n0 + 1 <= n ? n0 + 1 : -1   // n0 + 1 == n is the root
        let n2 = n0 + 2 <= n ? n0 + 2 : -1
        let N0w = sentence.word(n0), N0p = sentence.tag(n0)
        let N1w = sentence.word(n1), N1p = sentence.tag(n1), N2w = sentence.word(n2), N2p = sentence.tag(n2)
        let N0c = sentence.cluster(n0)
        let H = FeaturesHasher.self
        put(104, H.feature(104, N0w, N0p)); put(105, H.feature(105, N0w)); put(106, H.feature(106, N0p))
        put(107, H.feature(107, N1w, N1p)); put(108, H.feature(108, N1w)); put(109, H.feature(109, N1p))
        put(110, H.feature(110, N2w, N2p)); put(111, H.feature(111, N2w)); put(112, H.feature(112, N2p))
        put(120, H.feature(120, N0p, N1p)); put(121, H.feature(121, N0p, N1p, N2p))
        put(182, H.feature(182, sentence.coarseTag(n0), sentence.coarseTag(n1), sentence.coarseTag(n2)))
        put(187, H.feature(187, N0w, N1w)); put(188, H.feature(188, N0w, N1p))
        put(190, H.feature(190, N0c)); put(191, H.feature(191, sentence.cluster(n1)))
        put(197, H.feature(197, N0c, sentence.cluster(n1)))
        put(206, H.feature(206, N0p, sentence.alternative(n0))); put(207, H.feature(207, N1p, sentence.alternative(n1)))
    }

    /// Calls `put(template, feature)` for each of ``stackTopTemplates``, s0 being word `s0`
    /// (−1: an empty stack).
    @inline(__always)
    public static func extractStackTop(_ s0: Int, _ sentence: Sentence, _ put: (Int, UInt64) -> Void) {
        let S0w = sentence.word(s0), S0p = sentence.tag(s0)
        let H = FeaturesHasher.self
        put(101, H.feature(101, S0w, S0p)); put(102, H.feature(102, S0w)); put(103, H.feature(103, S0p))
        put(189, H.feature(189, sentence.cluster(s0)))
        put(205, H.feature(205, S0p, sentence.alternative(s0))); put(210, H.feature(210, S0w, sentence.alternative(s0)))
    }

    /// Calls `put(template, feature)` for each of ``secondTemplates``, s1 being word `s1`
    /// (−1: fewer than two words on the stack).
    @inline(__always)
    public static func extractSecond(_ s1: Int, _ sentence: Sentence, _ put: (Int, UInt64) -> Void) {
        let H = FeaturesHasher.self
        put(173, H.feature(173, sentence.word(s1), sentence.tag(s1))); put(174, H.feature(174, sentence.tag(s1)))
    }

    /// Calls `put(template, feature)` for each of ``configurationTemplates``.
    @inline(__always)
    public static func extractConfiguration(_ state: ArcEagerState, _ sentence: Sentence, _ put: (Int, UInt64) -> Void) {
        let n = state.count
        let stack = state.stack
        let s0 = stack.isEmpty ? -1 : Int(stack[stack.count - 1])
        let s1 = stack.count >= 2 ? Int(stack[stack.count - 2]) : -1
        let n0 = state.front
        let n1 = n0 + 1 <= n ? n0 + 1 : -1   // n0 + 1 == n is the root
        func w(_ i: Int) -> UInt64 { sentence.word(i) }
        func p(_ i: Int) -> UInt64 { sentence.tag(i) }
        func label(_ i: Int) -> UInt64 { i >= 0 ? UInt64(bitPattern: Int64(state.labels[i] + 2)) : 0 }
        let s0h = s0 >= 0 ? Int(state.heads[s0]) : -1
        let s0h2 = s0h >= 0 && s0h < n ? Int(state.heads[s0h]) : -1
        let s0l = s0 >= 0 ? Int(state.left1[s0]) : -1
        let s0l2 = s0 >= 0 ? Int(state.left2[s0]) : -1
        let s0r = s0 >= 0 ? Int(state.right1[s0]) : -1
        let s0r2 = s0 >= 0 ? Int(state.right2[s0]) : -1
        let n0l = Int(state.left1[n0])
        let n0l2 = Int(state.left2[n0])
        let dist: UInt64 = s0 >= 0 ? bucket(n0 - s0) : 0
        let s0vl: UInt64 = s0 >= 0 ? UInt64(min(state.leftCount[s0], 6)) : 7
        let s0vr: UInt64 = s0 >= 0 ? UInt64(min(state.rightCount[s0], 6)) : 7
        let n0vl = UInt64(min(state.leftCount[n0], 6))
        let s0sl: UInt64 = s0 >= 0 ? state.leftLabels[s0] : 1 << 63
        let s0sr: UInt64 = s0 >= 0 ? state.rightLabels[s0] : 1 << 63
        let n0sl = state.leftLabels[n0]
        let S0w = w(s0), S0p = p(s0), N0w = w(n0), N0p = p(n0)
        let N1p = p(n1)
        let H = FeaturesHasher.self
        // word pairs
        put(113, H.feature(113, H.feature(0, S0w, S0p), N0w, N0p))
        put(114, H.feature(114, S0w, S0p, N0w)); put(115, H.feature(115, S0w, N0w, N0p))
        put(116, H.feature(116, S0w, S0p, N0p)); put(117, H.feature(117, S0p, N0w, N0p))
        put(118, H.feature(118, S0w, N0w)); put(119, H.feature(119, S0p, N0p))
        // three words
        put(122, H.feature(122, S0p, N0p, N1p))
        put(123, H.feature(123, p(s0h), S0p, N0p)); put(124, H.feature(124, S0p, p(s0l), N0p))
        put(125, H.feature(125, S0p, p(s0r), N0p)); put(126, H.feature(126, S0p, N0p, p(n0l)))
        // distance
        put(127, H.feature(127, S0w, dist)); put(128, H.feature(128, S0p, dist))
        put(129, H.feature(129, N0w, dist)); put(130, H.feature(130, N0p, dist))
        put(131, H.feature(131, S0w, N0w, dist)); put(132, H.feature(132, S0p, N0p, dist))
        // valency
        put(133, H.feature(133, S0w, s0vr)); put(134, H.feature(134, S0p, s0vr))
        put(135, H.feature(135, S0w, s0vl)); put(136, H.feature(136, S0p, s0vl))
        put(137, H.feature(137, N0w, n0vl)); put(138, H.feature(138, N0p, n0vl))
        // unigrams of second-order positions
        put(139, H.feature(139, w(s0h))); put(140, H.feature(140, p(s0h))); put(141, H.feature(141, label(s0)))
        put(142, H.feature(142, w(s0l))); put(143, H.feature(143, p(s0l))); put(144, H.feature(144, label(s0l)))
        put(145, H.feature(145, w(s0r))); put(146, H.feature(146, p(s0r))); put(147, H.feature(147, label(s0r)))
        put(148, H.feature(148, w(n0l))); put(149, H.feature(149, p(n0l))); put(150, H.feature(150, label(n0l)))
        // third order
        put(151, H.feature(151, w(s0h2))); put(152, H.feature(152, p(s0h2))); put(153, H.feature(153, s0h >= 0 ? label(s0h) : 1))
        put(154, H.feature(154, w(s0l2))); put(155, H.feature(155, p(s0l2))); put(156, H.feature(156, label(s0l2)))
        put(157, H.feature(157, w(s0r2))); put(158, H.feature(158, p(s0r2))); put(159, H.feature(159, label(s0r2)))
        put(160, H.feature(160, w(n0l2))); put(161, H.feature(161, p(n0l2))); put(162, H.feature(162, label(n0l2)))
        put(163, H.feature(163, S0p, p(s0l), p(s0l2))); put(164, H.feature(164, S0p, p(s0r), p(s0r2)))
        put(165, H.feature(165, S0p, p(s0h), p(s0h2))); put(166, H.feature(166, N0p, p(n0l), p(n0l2)))
        // label sets
        put(167, H.feature(167, S0w, s0sr)); put(168, H.feature(168, S0p, s0sr))
        put(169, H.feature(169, S0w, s0sl)); put(170, H.feature(170, S0p, s0sl))
        put(171, H.feature(171, N0w, n0sl)); put(172, H.feature(172, N0p, n0sl))
        // s1 with s0 and n0
        put(175, H.feature(175, p(s1), S0p)); put(176, H.feature(176, p(s1), S0p, N0p))
        put(177, H.feature(177, w(s1), S0w)); put(178, H.feature(178, p(s1), label(s1)))
        func u(_ i: Int) -> UInt64 { sentence.coarseTag(i) }
        func x(_ i: Int) -> UInt64 { sentence.suffix(i) }
        let S0u = u(s0), N0u = u(n0)
        put(179, H.feature(179, S0u, N0u)); put(180, H.feature(180, S0u, N0u, u(n1)))
        put(181, H.feature(181, u(s1), S0u, N0u))
        put(183, H.feature(183, u(s0h), S0u, N0u)); put(184, H.feature(184, x(s0), N0p))
        put(185, H.feature(185, S0p, x(n0))); put(186, H.feature(186, x(s0), x(n0)))
        func c(_ i: Int) -> UInt64 { sentence.cluster(i) }
        func cc(_ i: Int) -> UInt64 { sentence.fineCluster(i) }
        let S0c = c(s0), N0c = c(n0)
        put(192, H.feature(192, S0c, N0c)); put(193, H.feature(193, S0c, N0p)); put(194, H.feature(194, S0p, N0c))
        put(195, H.feature(195, cc(s0), cc(n0))); put(196, H.feature(196, c(s0h), S0c, N0p))
        put(198, H.feature(198, S0p, N0p, N0c))
        func b(_ i: Int) -> UInt64 { sentence.broadCluster(i) }
        put(199, H.feature(199, c(s1), S0p, N0p)); put(200, H.feature(200, S0w, N0c)); put(201, H.feature(201, S0c, N0w))
        put(202, H.feature(202, b(s0), b(n0))); put(203, H.feature(203, S0p, c(s0r))); put(204, H.feature(204, N0p, c(n0l)))
        func alt(_ i: Int) -> UInt64 { sentence.alternative(i) }
        put(208, H.feature(208, alt(s0), N0p)); put(209, H.feature(209, S0p, alt(n0)))
    }
}

extension ParserFeatures.Sentence {
    /// The atoms of word `i`, or of no word (i = −1).
    @inline(__always) func word(_ i: Int) -> UInt64 { i >= 0 ? words[i] : ParserFeatures.none }
    @inline(__always) func tag(_ i: Int) -> UInt64 { i >= 0 ? tags[i] : ParserFeatures.noTag }
    @inline(__always) func coarseTag(_ i: Int) -> UInt64 { i >= 0 ? coarse[i] : ParserFeatures.noTag }
    @inline(__always) func suffix(_ i: Int) -> UInt64 { i >= 0 ? suffixes[i] : ParserFeatures.none }
    @inline(__always) func cluster(_ i: Int) -> UInt64 { i >= 0 ? clusters[i] : ParserFeatures.none }
    @inline(__always) func fineCluster(_ i: Int) -> UInt64 { i >= 0 ? fineClusters[i] : ParserFeatures.none }
    @inline(__always) func broadCluster(_ i: Int) -> UInt64 { i >= 0 ? broadClusters[i] : ParserFeatures.none }
    @inline(__always) func alternative(_ i: Int) -> UInt64 { i >= 0 ? alternatives[i] : ParserFeatures.noTag }
}
