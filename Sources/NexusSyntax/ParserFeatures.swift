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

    public static func extract(_ state: ArcEagerState, _ sentence: Sentence, into f: UnsafeMutablePointer<UInt64>) {
        let n = state.count
        let stack = state.stack
        let s0 = stack.isEmpty ? -1 : Int(stack[stack.count - 1])
        let s1 = stack.count >= 2 ? Int(stack[stack.count - 2]) : -1
        let n0 = state.front
        let n1 = n0 + 1 <= n ? n0 + 1 : -1   // n0 + 1 == n is the root
        let n2 = n0 + 2 <= n ? n0 + 2 : -1
        func w(_ i: Int) -> UInt64 { i >= 0 ? sentence.words[i] : none }
        func p(_ i: Int) -> UInt64 { i >= 0 ? sentence.tags[i] : noTag }
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
        let N1w = w(n1), N1p = p(n1), N2w = w(n2), N2p = p(n2)
        let H = FeaturesHasher.self
        var k = 0
        @inline(__always) func put(_ x: UInt64) { f[k] = x; k += 1 }
        // single words
        put(H.feature(101, S0w, S0p)); put(H.feature(102, S0w)); put(H.feature(103, S0p))
        put(H.feature(104, N0w, N0p)); put(H.feature(105, N0w)); put(H.feature(106, N0p))
        put(H.feature(107, N1w, N1p)); put(H.feature(108, N1w)); put(H.feature(109, N1p))
        put(H.feature(110, N2w, N2p)); put(H.feature(111, N2w)); put(H.feature(112, N2p))
        // word pairs
        put(H.feature(113, H.feature(0, S0w, S0p), N0w, N0p))
        put(H.feature(114, S0w, S0p, N0w)); put(H.feature(115, S0w, N0w, N0p))
        put(H.feature(116, S0w, S0p, N0p)); put(H.feature(117, S0p, N0w, N0p))
        put(H.feature(118, S0w, N0w)); put(H.feature(119, S0p, N0p)); put(H.feature(120, N0p, N1p))
        // three words
        put(H.feature(121, N0p, N1p, N2p)); put(H.feature(122, S0p, N0p, N1p))
        put(H.feature(123, p(s0h), S0p, N0p)); put(H.feature(124, S0p, p(s0l), N0p))
        put(H.feature(125, S0p, p(s0r), N0p)); put(H.feature(126, S0p, N0p, p(n0l)))
        // distance
        put(H.feature(127, S0w, dist)); put(H.feature(128, S0p, dist))
        put(H.feature(129, N0w, dist)); put(H.feature(130, N0p, dist))
        put(H.feature(131, S0w, N0w, dist)); put(H.feature(132, S0p, N0p, dist))
        // valency
        put(H.feature(133, S0w, s0vr)); put(H.feature(134, S0p, s0vr))
        put(H.feature(135, S0w, s0vl)); put(H.feature(136, S0p, s0vl))
        put(H.feature(137, N0w, n0vl)); put(H.feature(138, N0p, n0vl))
        // unigrams of second-order positions
        put(H.feature(139, w(s0h))); put(H.feature(140, p(s0h))); put(H.feature(141, label(s0)))
        put(H.feature(142, w(s0l))); put(H.feature(143, p(s0l))); put(H.feature(144, label(s0l)))
        put(H.feature(145, w(s0r))); put(H.feature(146, p(s0r))); put(H.feature(147, label(s0r)))
        put(H.feature(148, w(n0l))); put(H.feature(149, p(n0l))); put(H.feature(150, label(n0l)))
        // third order
        put(H.feature(151, w(s0h2))); put(H.feature(152, p(s0h2))); put(H.feature(153, s0h >= 0 ? label(s0h) : 1))
        put(H.feature(154, w(s0l2))); put(H.feature(155, p(s0l2))); put(H.feature(156, label(s0l2)))
        put(H.feature(157, w(s0r2))); put(H.feature(158, p(s0r2))); put(H.feature(159, label(s0r2)))
        put(H.feature(160, w(n0l2))); put(H.feature(161, p(n0l2))); put(H.feature(162, label(n0l2)))
        put(H.feature(163, S0p, p(s0l), p(s0l2))); put(H.feature(164, S0p, p(s0r), p(s0r2)))
        put(H.feature(165, S0p, p(s0h), p(s0h2))); put(H.feature(166, N0p, p(n0l), p(n0l2)))
        // label sets
        put(H.feature(167, S0w, s0sr)); put(H.feature(168, S0p, s0sr))
        put(H.feature(169, S0w, s0sl)); put(H.feature(170, S0p, s0sl))
        put(H.feature(171, N0w, n0sl)); put(H.feature(172, N0p, n0sl))
        // s1
        put(H.feature(173, w(s1), p(s1))); put(H.feature(174, p(s1)))
        put(H.feature(175, p(s1), S0p)); put(H.feature(176, p(s1), S0p, N0p))
        put(H.feature(177, w(s1), S0w)); put(H.feature(178, p(s1), label(s1)))
        func u(_ i: Int) -> UInt64 { i >= 0 ? sentence.coarse[i] : noTag }
        func x(_ i: Int) -> UInt64 { i >= 0 ? sentence.suffixes[i] : none }
        let S0u = u(s0), N0u = u(n0)
        put(H.feature(179, S0u, N0u)); put(H.feature(180, S0u, N0u, u(n1)))
        put(H.feature(181, u(s1), S0u, N0u)); put(H.feature(182, N0u, u(n1), u(n2)))
        put(H.feature(183, u(s0h), S0u, N0u)); put(H.feature(184, x(s0), N0p))
        put(H.feature(185, S0p, x(n0))); put(H.feature(186, x(s0), x(n0)))
        put(H.feature(187, N0w, N1w)); put(H.feature(188, N0w, N1p))
        func c(_ i: Int) -> UInt64 { i >= 0 ? sentence.clusters[i] : none }
        func cc(_ i: Int) -> UInt64 { i >= 0 ? sentence.fineClusters[i] : none }
        let S0c = c(s0), N0c = c(n0)
        put(H.feature(189, S0c)); put(H.feature(190, N0c)); put(H.feature(191, c(n1)))
        put(H.feature(192, S0c, N0c)); put(H.feature(193, S0c, N0p)); put(H.feature(194, S0p, N0c))
        put(H.feature(195, cc(s0), cc(n0))); put(H.feature(196, c(s0h), S0c, N0p))
        put(H.feature(197, N0c, c(n1))); put(H.feature(198, S0p, N0p, N0c))
        func b(_ i: Int) -> UInt64 { i >= 0 ? sentence.broadClusters[i] : none }
        put(H.feature(199, c(s1), S0p, N0p)); put(H.feature(200, S0w, N0c)); put(H.feature(201, S0c, N0w))
        put(H.feature(202, b(s0), b(n0))); put(H.feature(203, S0p, c(s0r))); put(H.feature(204, N0p, c(n0l)))
        func alt(_ i: Int) -> UInt64 { i >= 0 ? sentence.alternatives[i] : noTag }
        put(H.feature(205, S0p, alt(s0))); put(H.feature(206, N0p, alt(n0))); put(H.feature(207, N1p, alt(n1)))
        put(H.feature(208, alt(s0), N0p)); put(H.feature(209, S0p, alt(n0))); put(H.feature(210, S0w, alt(s0)))
        assert(k == count)
    }
}
