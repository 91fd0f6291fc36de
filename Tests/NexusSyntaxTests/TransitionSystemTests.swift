import Foundation
import NexusLearning
import Testing
@testable import NexusSyntax

/// The arc-eager system, its oracle and the projectivizer: every transition sequence ends in a
/// tree; following the oracle's zero-cost transitions rebuilds a projective gold tree exactly;
/// the shipped model gives every sentence one root and no cycle.
@Suite struct TransitionSystemTests {
    /// Heads as the transition system counts them: 0-based, the root is `n`.
    static func zeroBased(_ heads: [Int]) -> [Int] {
        heads.map { $0 == 0 ? heads.count : $0 - 1 }
    }

    /// Runs the oracle from the initial state, taking the lowest zero-cost class each time.
    /// - Returns: the final heads (root = n) and labels, or nil when no transition was of zero cost.
    static func followOracle(heads: [Int], labels: [Int], rootLabel: Int, labelCount: Int) -> (heads: [Int], labels: [Int])? {
        let oracle = ArcEagerOracle(goldHeads: heads, goldLabels: labels, rootLabel: rootLabel)
        var state = ArcEagerState(count: heads.count)
        var steps = 0
        while !state.isTerminal {
            guard let k = oracle.zeroCost(state, labels: labelCount).firstIndex(of: true), steps <= 2 * heads.count + 1 else { return nil }
            state.apply(ArcEagerTransition(classIndex: k))
            steps += 1
        }
        return ((0..<heads.count).map { Int(state.heads[$0]) }, (0..<heads.count).map { Int(state.labels[$0]) })
    }

    /// Whether `heads` (−1 = root, else a word index) form one tree: one root, no cycle.
    static func isTree(_ heads: [Int]) -> Bool {
        let n = heads.count
        guard n > 0, heads.filter({ $0 == -1 }).count == 1, heads.allSatisfy({ $0 >= -1 && $0 < n }) else { return n == 0 }
        for start in 0..<n {
            var x = start, steps = 0
            while x != -1 {
                x = heads[x]; steps += 1
                if steps > n { return false }
            }
        }
        return true
    }

    /// Nivre (2008)'s running example, "Economic news had little effect on financial markets .",
    /// annotated by hand in UD.
    @Test func oracleRebuildsAHandAnnotatedTree() throws {
        let relations = ["amod", "case", "nmod", "nsubj", "obj", "punct", "root"]
        let heads = Self.zeroBased([2, 3, 0, 5, 3, 8, 8, 5, 3])
        let labels = ["amod", "nsubj", "root", "amod", "obj", "case", "amod", "nmod", "punct"].map { relations.firstIndex(of: $0)! }
        let result = try #require(Self.followOracle(heads: heads, labels: labels, rootLabel: 6, labelCount: relations.count))
        #expect(result.heads == heads)
        #expect(result.labels == labels)
    }

    @Test(.enabled(if: Treebank.isAvailable, "needs ../shared/data/ud/english-ewt"))
    func oracleRebuildsEveryProjectiveTrainingTreeExactly() throws {
        let sentences = try Treebank.document("train").sentences.map(TreebankSentence.init).filter { $0.count > 0 }
        let relations = Array(Set(sentences.flatMap(\.relations))).sorted()
        let index = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        let rootLabel = try #require(index["root"])
        var projective = 0, lifted = 0
        var wrong: [String] = []
        for sentence in sentences {
            let gold = Self.zeroBased(sentence.heads)
            let labels = sentence.relations.map { index[$0]! }
            // Non-projective trees are lifted first, as training does; the lifted tree must then be rebuilt.
            let target = Projectivizer.isProjective(gold) ? gold : Projectivizer.lift(gold)
            if target == gold { projective += 1 } else { lifted += 1 }
            #expect(Projectivizer.isProjective(target))
            let result = Self.followOracle(heads: target, labels: labels, rootLabel: rootLabel, labelCount: relations.count)
            if result?.heads != target || result?.labels != labels { wrong.append(sentence.forms.joined(separator: " ")) }
        }
        #expect(wrong.isEmpty, "\(wrong.count) trees not rebuilt, e.g. \(wrong.prefix(3))")
        #expect(projective + lifted == 12_544)
        #expect(projective > 12_000)
        #expect(lifted > 0)
    }

    /// Whatever valid transitions are taken, the parse ends, and every word has a head.
    @Test func everyValidTransitionSequenceEndsInATree() {
        var random = PerceptronRandom(seed: 7)
        let rootLabel = 4   // of 5 relations; 0 and 1 stand for any other two
        for n in [1, 2, 3, 5, 8, 13, 40] {
            for _ in 0..<200 {
                var state = ArcEagerState(count: n)
                var steps = 0
                while !state.isTerminal {
                    var valid: [Int] = []
                    if state.canShift() { valid.append(0) }
                    if state.canReduce() { valid.append(1) }
                    if state.canLeft() { valid.append(ArcEagerTransition.left(state.front == n ? rootLabel : 0).classIndex) }
                    if state.canRight() { valid.append(ArcEagerTransition.right(1).classIndex) }
                    guard !valid.isEmpty else { Issue.record("no valid transition in a non-final state"); return }
                    state.apply(ArcEagerTransition(classIndex: valid[Int(random.next() % UInt64(valid.count))]))
                    steps += 1
                }
                #expect(steps <= 2 * n + 1)
                #expect((0..<n).allSatisfy { state.heads[$0] >= 0 })
                let (heads, _) = DependencyParser.singleRoot(state, rootLabel: rootLabel, parataxis: 1)
                #expect(Self.isTree(heads))
            }
        }
    }

    @Test func transitionClassesRoundTrip() {
        for k in 0..<ArcEagerTransition.classCount(labels: 53) {
            #expect(ArcEagerTransition(classIndex: k).classIndex == k)
        }
        #expect(ArcEagerTransition(classIndex: 0) == .shift)
        #expect(ArcEagerTransition(classIndex: 1) == .reduce)
        #expect(ArcEagerTransition(classIndex: 2 + 2 * 7) == .left(7))
        #expect(ArcEagerTransition(classIndex: 3 + 2 * 7) == .right(7))
    }

    /// "A hearing is scheduled on the issue today ." (Nivre & Nilsson 2005's example, in UD):
    /// "on the issue" belongs to "hearing" across "is scheduled", a non-projective arc. Lifting
    /// attaches it to the head of "hearing", "scheduled"; nothing else changes.
    @Test func projectivizerLiftsTheCrossingArcOnly() {
        let gold = Self.zeroBased([2, 4, 4, 0, 7, 7, 2, 4, 4])
        #expect(!Projectivizer.isProjective(gold))
        let lifted = Projectivizer.lift(gold)
        #expect(lifted == Self.zeroBased([2, 4, 4, 0, 7, 7, 4, 4, 4]))
        #expect(Projectivizer.isProjective(lifted))
    }

    @Test func projectivizerLeavesProjectiveTreesAlone() {
        let trees = [
            Self.zeroBased([2, 3, 0, 5, 3, 8, 8, 5, 3]),
            Self.zeroBased([0]),
            Self.zeroBased([0, 1, 2, 3]),
            Self.zeroBased([4, 4, 4, 0]),
        ]
        for tree in trees {
            #expect(Projectivizer.isProjective(tree))
            #expect(Projectivizer.lift(tree) == tree)
        }
    }

    @Test(.enabled(if: Treebank.isAvailable, "needs ../shared/data/ud/english-ewt"))
    func shippedModelGivesEveryDevSentenceOneTree() throws {
        let model = try Treebank.model
        let rootRelation = try #require(model.parser.relations.firstIndex(of: "root"))
        var notTrees: [String] = [], misplacedRoot: [String] = []
        var sentences = 0
        for sentence in try Treebank.document("dev").sentences where !sentence.words.isEmpty {
            sentences += 1
            let forms = sentence.words.map(\.form)
            let analysis = model.analyze(forms.map(ParserWords.normalized))
            #expect(analysis.heads.count == forms.count && analysis.relations.count == forms.count)
            if !Self.isTree(analysis.heads) { notTrees.append(forms.joined(separator: " ")) }
            // Only the root has the relation `root`.
            for i in forms.indices where (analysis.heads[i] == -1) != (analysis.relations[i] == rootRelation) {
                misplacedRoot.append(forms.joined(separator: " "))
                break
            }
        }
        #expect(sentences == 2_001)
        #expect(notTrees.isEmpty, "\(notTrees.count) sentences without one tree, e.g. \(notTrees.prefix(3))")
        #expect(misplacedRoot.isEmpty, "\(misplacedRoot.count) sentences with `root` off the root, e.g. \(misplacedRoot.prefix(3))")
    }

    /// The tree constraint (Nivre & Fernández-González 2014): a word left on the stack without
    /// a head once the buffer holds only the root is put back in front of the root and attached
    /// to a word before it; SHIFT is then allowed only onto an empty stack.
    @Test func unshiftAttachesAWordLeftOnTheStackToAWordBeforeIt() {
        let rootLabel = 4
        var state = ArcEagerState(count: 3)
        for _ in 0..<3 { state.apply(.shift) }
        #expect(state.front == 3 && state.canUnshift)
        state.unshift()
        #expect(state.front == 2 && state.stack == [0, 1])
        #expect(!state.canShift() && state.canRight() && state.canLeft())
        state.apply(.right(1))                     // word 1 heads word 2
        #expect(state.front == 3 && state.stack == [0, 1, 2])
        state.apply(.reduce)
        #expect(state.canUnshift)                  // word 1 has no head yet
        state.unshift()
        state.apply(.right(1))                     // word 0 heads word 1
        state.apply(.reduce)
        #expect(!state.canUnshift)                 // the stack's last word becomes the root
        state.apply(.left(rootLabel))
        #expect(state.isTerminal)
        #expect((0..<3).map { Int(state.heads[$0]) } == [3, 0, 1])

        // A left arc from the word put back can empty the stack: it is then shifted and is the root.
        var other = ArcEagerState(count: 2)
        other.apply(.shift); other.apply(.shift)
        other.unshift()
        other.apply(.left(0))                      // word 1 heads word 0
        #expect(other.stack.isEmpty && other.front == 1 && other.canShift())
        other.apply(.shift)
        other.apply(.left(rootLabel))
        #expect(other.isTerminal && (0..<2).map { Int(other.heads[$0]) } == [1, 2])
    }

    /// With UNSHIFT taken whenever it applies, as the greedy parser takes it, any sequence of
    /// valid transitions ends with exactly one word on the root: no second root to repair.
    @Test func withTheTreeConstraintEverySequenceEndsWithOneRoot() {
        var random = PerceptronRandom(seed: 11)
        let rootLabel = 4
        for n in [1, 2, 3, 5, 8, 13, 40] {
            for _ in 0..<200 {
                var state = ArcEagerState(count: n)
                var steps = 0
                while !state.isTerminal {
                    steps += 1
                    if state.canUnshift { state.unshift(); continue }
                    var valid: [Int] = []
                    if state.canShift() { valid.append(0) }
                    if state.canReduce() { valid.append(1) }
                    if state.canLeft() { valid.append(ArcEagerTransition.left(state.front == n ? rootLabel : 0).classIndex) }
                    if state.canRight() { valid.append(ArcEagerTransition.right(1).classIndex) }
                    guard !valid.isEmpty, steps <= 4 * n + 2 else { Issue.record("stuck or looping at n = \(n)"); return }
                    state.apply(ArcEagerTransition(classIndex: valid[Int(random.next() % UInt64(valid.count))]))
                }
                #expect((0..<n).filter { state.heads[$0] == n }.count == 1)
                let (heads, _) = DependencyParser.singleRoot(state, rootLabel: rootLabel, parataxis: 1)
                #expect(Self.isTree(heads))
            }
        }
    }

    /// The parser's documented repair: when several words end up on the root, the first stays
    /// the root and the others attach to it as `parataxis`.
    @Test
    func extraRootsBecomeParataxisOfTheFirst() throws {
        let relations = try Treebank.model.parser.relations
        let rootLabel = try #require(relations.firstIndex(of: "root"))
        var state = ArcEagerState(count: 2)
        state.apply(.shift)
        state.apply(.shift)
        state.apply(.left(rootLabel))
        state.apply(.left(rootLabel))
        #expect(state.isTerminal)
        let (heads, labels) = DependencyParser.singleRoot(state, rootLabel: rootLabel, parataxis: try Treebank.model.parser.parataxisLabel)
        #expect(heads == [-1, 0])
        #expect(relations[labels[0]] == "root")
        #expect(relations[labels[1]] == "parataxis")
    }
}
