import NexusLearning

/// The dynamic oracle of the arc-eager system (Goldberg & Nivre 2012, "A Dynamic Oracle for
/// Arc-Eager Dependency Parsing"): the cost of a transition is the number of gold arcs that it
/// makes unreachable. Transitions of cost 0 are the correct ones from any configuration, also
/// one reached by earlier mistakes, so training can follow the parser's own errors.
///
/// The gold tree must be projective (``Projectivizer``); `goldHeads[i]` is a word index or the
/// root's index n.
/// - Complexity: O(stack + buffer) per cost.
public struct ArcEagerOracle: Sendable {
    public let goldHeads: [Int]
    public let goldLabels: [Int]
    public let rootLabel: Int

    public init(goldHeads: [Int], goldLabels: [Int], rootLabel: Int) {
        self.goldHeads = goldHeads; self.goldLabels = goldLabels; self.rootLabel = rootLabel
    }

    /// Whether each class is of zero cost in `state` (false for invalid ones).
    public func zeroCost(_ state: ArcEagerState, labels: Int) -> [Bool] {
        var out = [Bool](repeating: false, count: ArcEagerTransition.classCount(labels: labels))
        let n = state.count
        let b = state.front
        var onStack = [Bool](repeating: false, count: n + 1)
        for k in state.stack { onStack[Int(k)] = true }
        // Headless stack words whose gold head is x: they lose it when x leaves the buffer front.
        func headlessStackDependents(of x: Int) -> Int {
            var c = 0
            for k in state.stack where state.heads[Int(k)] < 0 && goldHeads[Int(k)] == x { c += 1 }
            return c
        }
        // Buffer words whose gold head is x (lost when x is popped).
        func bufferDependents(of x: Int) -> Int {
            var c = 0
            if b < n { for k in b..<n where goldHeads[k] == x { c += 1 } }
            return c
        }
        if state.canShift() {
            let cost = (onStack[goldHeads[b]] ? 1 : 0) + headlessStackDependents(of: b)
            out[0] = cost == 0
        }
        if state.canReduce() {
            out[1] = bufferDependents(of: state.top) == 0
        }
        if state.canLeft() {
            let s = state.top
            let h = goldHeads[s]
            let cost = (h != b && h >= b ? 1 : 0) + bufferDependents(of: s)
            if cost == 0 {
                let allowed = b == n ? [rootLabel] : (h == b ? [goldLabels[s]] : Array((0..<labels).filter { $0 != rootLabel }))
                for l in allowed { out[ArcEagerTransition.left(l).classIndex] = true }
            }
        }
        if state.canRight() {
            let s = state.top
            let h = goldHeads[b]
            let headLost = h != s && (onStack[h] || h > b) ? 1 : 0
            let cost = headLost + headlessStackDependents(of: b)
            if cost == 0 {
                let allowed = h == s ? [goldLabels[b]] : Array((0..<labels).filter { $0 != rootLabel })
                for l in allowed where l != rootLabel { out[ArcEagerTransition.right(l).classIndex] = true }
            }
        }
        return out
    }
}
