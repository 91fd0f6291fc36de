import NexusLearning

/// A greedy arc-eager dependency parser scored by an averaged perceptron over
/// ``ParserFeatures``: at each configuration the valid transition of highest score is taken.
/// Greedy parsing keeps the tree constraint (``treeConstraint``), so the root receives exactly
/// one word; in beam search the root may collect several, and all but the first are then
/// attached to it as `parataxis` (see ``singleRoot``), so that the output has exactly one root.
/// - Complexity: O(n) transitions per sentence of n words, each O(templates + weights read).
public struct DependencyParser: Sendable, Equatable {
    /// Relation names; `relations[rootLabel] == "root"`.
    public let relations: [String]
    public let rootLabel: Int
    /// The relation given to a second word the parser attached to the root.
    public let parataxisLabel: Int
    public let weights: SparseWeightTable
    /// The temperature T (in the weight table's units, see ``SparseWeightTable/score(_:into:)``)
    /// that turns the scores of a configuration's valid transitions into probabilities,
    /// p(k) = exp(s_k / T) / Σ_valid exp(s_j / T); fitted on dev (``ParserCalibration``). Beam
    /// search (``parse(_:beam:)``) ranks transition sequences by these probabilities; 0 means
    /// uncalibrated, and the parser then decodes greedily.
    public let temperature: Float
    /// Whether greedy parsing keeps the tree constraint (``ArcEagerState/unshift()``): a word
    /// left on the stack without a head when the buffer holds only the root is put back and
    /// attached to a word left of it, instead of becoming a second root. Beam search and
    /// training do not use it.
    public var treeConstraint = true

    public init(relations: [String], weights: SparseWeightTable, temperature: Float = 0) {
        self.temperature = temperature
        self.relations = relations
        self.rootLabel = relations.firstIndex(of: "root") ?? 0
        self.parataxisLabel = relations.firstIndex(of: "parataxis") ?? relations.firstIndex(of: "dep") ?? self.rootLabel
        self.weights = weights
    }

    /// Heads (word index, or −1 for the root) and relation indices.
    ///
    /// The features that read one position alone (``ParserFeatures/bufferTemplates``,
    /// ``ParserFeatures/stackTopTemplates``, ``ParserFeatures/secondTemplates``) are scored
    /// once per word and sentence, all words together (their lookups overlap); a configuration
    /// adds those three score vectors to the scores of its other features. The sums are those
    /// of the whole feature vector (``SparseWeightTable/score(_:into:)``: the order does not
    /// matter), so the parse is the same as scoring every feature at every configuration.
    public func parse(_ sentence: ParserFeatures.Sentence) -> (heads: [Int], labels: [Int]) {
        let n = sentence.words.count - 1
        var state = ArcEagerState(count: n)
        let classes = weights.classCount
        let positions = PositionScores(weights, sentence)
        let configurationCount = ParserFeatures.configurationTemplates.count
        var features = [UInt64](repeating: 0, count: configurationCount)
        var scores = [Float](repeating: 0, count: classes)
        features.withUnsafeMutableBufferPointer { f in
            scores.withUnsafeMutableBufferPointer { s in
                while !state.isTerminal {
                    if treeConstraint && state.canUnshift {
                        state.unshift()
                        continue
                    }
                    if let forced = Self.onlyValid(state, rootLabel: rootLabel) {
                        state.apply(ArcEagerTransition(classIndex: forced))
                        continue
                    }
                    scoreConfiguration(state, sentence, positions: positions, features: f, into: s.baseAddress!)
                    let best = Self.bestValid(state, scores: UnsafeBufferPointer(s), labels: relations.count, rootLabel: rootLabel)
                    state.apply(ArcEagerTransition(classIndex: best))
                }
            }
        }
        return Self.singleRoot(state, rootLabel: rootLabel, parataxis: parataxisLabel)
    }

    /// Writes into `scores` the score of every class at configuration `state` (whose stack is
    /// not empty): its position scores plus the rows of its other features, which are written
    /// into `features` (scratch space of ``ParserFeatures/configurationTemplates`` slots).
    @inline(__always)
    func scoreConfiguration(_ state: ArcEagerState, _ sentence: ParserFeatures.Sentence, positions: PositionScores,
                            features: UnsafeMutableBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        var k = 0
        ParserFeatures.extractConfiguration(state, sentence) { _, feature in features[k] = feature; k += 1 }
        positions.sum(front: state.front, stack: state.stack, into: scores)
        weights.score(UnsafeBufferPointer(features), into: scores)
    }

    /// The scores of a sentence's one-position features: for each n0 (0...n), each s0
    /// (0..<n) and each s1 (−1..<n), the summed rows of its templates' features.
    struct PositionScores {
        let classes: Int
        let buffer: [Float], stackTop: [Float], second: [Float]

        init(_ weights: SparseWeightTable, _ sentence: ParserFeatures.Sentence) {
            let n = sentence.words.count - 1
            classes = weights.classCount
            /// The scores of `templates` at each of `positions`.
            func scores(_ positions: ClosedRange<Int>, _ templates: Int, _ extract: (Int, (Int, UInt64) -> Void) -> Void) -> [Float] {
                var features = [UInt64](repeating: 0, count: positions.count * templates)
                var k = 0
                for i in positions { extract(i) { _, feature in features[k] = feature; k += 1 } }
                var scores = [Float](repeating: 0, count: positions.count * weights.classCount)
                features.withUnsafeBufferPointer { f in
                    scores.withUnsafeMutableBufferPointer { weights.score(items: f, featuresPerItem: templates, into: $0.baseAddress!) }
                }
                return scores
            }
            buffer = scores(0...n, ParserFeatures.bufferTemplates.count) { ParserFeatures.extractBuffer(front: $0, sentence, $1) }
            stackTop = scores(0...max(n - 1, 0), ParserFeatures.stackTopTemplates.count) { ParserFeatures.extractStackTop($0, sentence, $1) }
            second = scores(-1...max(n - 1, -1), ParserFeatures.secondTemplates.count) { ParserFeatures.extractSecond($0, sentence, $1) }
        }

        /// Writes into `scores` the sum of the position scores of a configuration whose stack is
        /// not empty.
        @inline(__always)
        func sum(front n0: Int, stack: [Int32], into scores: UnsafeMutablePointer<Float>) {
            let s0 = Int(stack[stack.count - 1])
            let s1 = stack.count >= 2 ? Int(stack[stack.count - 2]) : -1
            buffer.withUnsafeBufferPointer { b in
            stackTop.withUnsafeBufferPointer { t in
            second.withUnsafeBufferPointer { d in
                let b = b.baseAddress! + n0 * classes, t = t.baseAddress! + s0 * classes, d = d.baseAddress! + (s1 + 1) * classes
                for y in 0..<classes { scores[y] = b[y] + t[y] + d[y] }
            }
            }
            }
        }
    }

    /// The one valid class when there is only one, which needs no scoring: a shift when the
    /// stack is empty, and once the buffer holds only the root, a reduce of a stack top that
    /// has its head or the left arc `root` of one that has none.
    @inline(__always)
    static func onlyValid(_ state: ArcEagerState, rootLabel: Int) -> Int? {
        if state.stack.isEmpty { return state.canShift() ? 0 : nil }
        guard state.front == state.count else { return nil }
        return state.canReduce() ? 1 : 2 + 2 * rootLabel
    }

    /// The valid class of highest score (ties: lowest class).
    @inline(__always)
    static func bestValid(_ state: ArcEagerState, scores: UnsafeBufferPointer<Float>, labels: Int, rootLabel: Int) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        func consider(_ k: Int) { if best < 0 || scores[k] > bestScore { best = k; bestScore = scores[k] } }
        if state.canShift() { consider(0) }
        if state.canReduce() { consider(1) }
        if state.canLeft() {
            if state.front == state.count { consider(2 + 2 * rootLabel) }
            else { for l in 0..<labels where l != rootLabel { consider(2 + 2 * l) } }
        }
        if state.canRight() { for l in 0..<labels where l != rootLabel { consider(3 + 2 * l) } }
        return best
    }

    /// The final heads with one root: the first word attached to the root stays its dependent;
    /// any later one is attached to it as `parataxis` (the relation of loosely joined clauses).
    static func singleRoot(_ state: ArcEagerState, rootLabel: Int, parataxis: Int) -> (heads: [Int], labels: [Int]) {
        let n = state.count
        var heads = (0..<n).map { Int(state.heads[$0]) }
        var labels = (0..<n).map { Int(state.labels[$0]) }
        var root = -1
        for i in 0..<n where heads[i] == n {
            if root < 0 { root = i; heads[i] = -1 }
            else { heads[i] = root; labels[i] = parataxis }
        }
        return (heads, labels)
    }
}
