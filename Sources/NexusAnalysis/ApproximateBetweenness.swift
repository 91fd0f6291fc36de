import Foundation

/// Betweenness estimated by sampling shortest paths, with its guarantee.
public struct ApproximateBetweenness: Sendable, Equatable {
    /// Estimated scores, on the same scale as ``AnalysisGraph/betweennessCentrality(weighted:normalized:threads:)``
    /// with `normalized: true` (NetworkX's normalization).
    public var scores: [Double]
    /// The number of sampled paths, `r`; 0 when ``isExact``.
    public var sampleSize: Int
    /// Whether the scores are exact: the sample asked for (``requestedSampleSize``) was at
    /// least as many paths as the exact computation has nodes to search from, so Brandes'
    /// algorithm was run instead (same cost or less, no error).
    public var isExact = false
    /// The Riondato–Kornaropoulos sample size for ε and δ, as a real number (it can exceed
    /// `Int.max` for a tiny ε); 0 when the graph needs no sample (n ≤ 2 or VD ≤ 2).
    public var requestedSampleSize: Double = 0
    /// The upper bound on the vertex diameter used to size the sample.
    public var vertexDiameterBound: Int
    /// The requested ε (on Riondato–Kornaropoulos' scale, pairs normalized by n(n − 1)) and δ.
    public var epsilon: Double
    public var delta: Double
    /// The bound on |estimate − exact| for every node at once, with probability ≥ 1 − δ, on
    /// the scale of ``scores``: `ε · n / (n − 2)`.
    public var errorBound: Double
}

extension AnalysisGraph {
    /// Betweenness estimated by uniform shortest-path sampling (M. Riondato & E. Kornaropoulos,
    /// "Fast approximation of betweenness centrality through sampling", Data Min. Knowl. Disc.
    /// 30, 2016), for graphs where the exact O(n·m) computation is too slow.
    ///
    /// Draws `r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉` node pairs `(s, t)` (c = 0.5), and for
    /// each one shortest `s`–`t` path chosen uniformly among all of them (backwards from `t`,
    /// picking predecessor `p` of `w` with probability σ_sp / σ_sw), adding `1/r` to each inner
    /// node. With probability at least `1 − δ`, every estimate is within ε of the exact value on
    /// the ordered-pair scale `Σ σ_st(v)/σ_st / (n(n − 1))`; the returned scores are rescaled to
    /// NetworkX's normalization (× `n / (n − 2)`), so their bound is ``ApproximateBetweenness/errorBound``.
    ///
    /// VD, the vertex diameter (most nodes on any shortest path), is bounded from above: for
    /// unweighted graphs by `2·ecc(x) + 1` from a breadth-first search from one node `x` of
    /// each component (the bound is at most twice the true value); for weighted graphs, where
    /// hop counts do not bound weighted shortest paths, by the size of the largest component.
    ///
    /// Pairs and per-path random choices derive from `seed` and the sample number, so results
    /// do not depend on `threads`, except for the order of floating-point sums.
    ///
    /// Unweighted searches stop once the sampled target's level is complete.
    ///
    /// The sample is never dearer than the exact answer: when `r ≥ n` (the exact computation
    /// searches from each of the n nodes once, the sample from r), and `exactWhenCheaper` is
    /// true, the exact normalized betweenness is returned with ``ApproximateBetweenness/isExact``
    /// set and an error bound of 0. With `exactWhenCheaper` false (to test the sampler on small
    /// graphs), a sample of more than 2³¹ paths is refused as an invalid ε.
    ///
    /// - Complexity: O(min(r, n) · m) unweighted (usually much less), O(min(r, n) · m log n) weighted.
    public func approximateBetweenness(
        epsilon: Double, delta: Double = 0.1, seed: UInt64, weighted: Bool = false, threads: Int = 1,
        exactWhenCheaper: Bool = true
    ) throws -> ApproximateBetweenness {
        guard epsilon > 0, epsilon < 1 else {
            throw AnalysisError.invalidParameter(name: "epsilon", value: "\(epsilon)", expected: "in (0, 1)")
        }
        guard delta > 0, delta < 1 else {
            throw AnalysisError.invalidParameter(name: "delta", value: "\(delta)", expected: "in (0, 1)")
        }
        let n = nodeCount
        let diameter = weighted ? largestComponentSize() : vertexDiameterUpperBound()
        let rescale = n > 2 ? Double(n) / Double(n - 2) : 1
        guard n > 2, diameter > 2 else {
            return ApproximateBetweenness(
                scores: [Double](repeating: 0, count: n), sampleSize: 0, vertexDiameterBound: diameter,
                epsilon: epsilon, delta: delta, errorBound: epsilon * rescale)
        }
        let requested = Self.riondatoKornaropoulosSampleSize(epsilon: epsilon, delta: delta, vertexDiameter: diameter)
        if exactWhenCheaper && requested >= Double(n) {
            return ApproximateBetweenness(
                scores: betweennessCentrality(weighted: weighted, normalized: true, threads: threads), sampleSize: 0,
                isExact: true, requestedSampleSize: requested, vertexDiameterBound: diameter,
                epsilon: epsilon, delta: delta, errorBound: 0)
        }
        guard requested <= Double(Int32.max) else {
            throw AnalysisError.invalidParameter(
                name: "epsilon", value: "\(epsilon)", expected: "large enough for a sample of at most 2^31 paths (it asks for \(requested))")
        }
        let r = Int(requested)
        let counts = samplePathCounts(samples: r, seed: seed, weighted: weighted, threads: threads)
        let scale = rescale / Double(r)
        return ApproximateBetweenness(
            scores: counts.map { $0 * scale }, sampleSize: r, requestedSampleSize: requested, vertexDiameterBound: diameter,
            epsilon: epsilon, delta: delta, errorBound: epsilon * rescale)
    }

    /// `r = ⌈(0.5 / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉`, for VD ≥ 3, as a real number: for a
    /// tiny ε it exceeds any integer type (ε = 10⁻¹⁰ asks for about 10²⁰ paths).
    public static func riondatoKornaropoulosSampleSize(epsilon: Double, delta: Double, vertexDiameter: Int) -> Double {
        let c = 0.5
        let bits = Double(Int.bitWidth - 1 - (vertexDiameter - 2).leadingZeroBitCount)  // ⌊log₂(VD − 2)⌋
        return (c / (epsilon * epsilon) * (bits + 1 + log(1 / delta))).rounded(.up)
    }

    /// An upper bound on the vertex diameter of an unweighted graph: over components,
    /// the largest `2·ecc(x) + 1` from the component's first node `x`.
    func vertexDiameterUpperBound() -> Int {
        var best = 1
        var depth = [Int](repeating: -1, count: nodeCount)
        var queue: [Int] = []
        for start in 0..<nodeCount where depth[start] < 0 {
            depth[start] = 0
            queue.removeAll(keepingCapacity: true)
            queue.append(start)
            var head = 0, eccentricity = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                eccentricity = depth[v]
                for w in neighbors(of: v) where depth[Int(w)] < 0 {
                    depth[Int(w)] = depth[v] + 1
                    queue.append(Int(w))
                }
            }
            best = max(best, min(2 * eccentricity + 1, queue.count))
        }
        return best
    }

    func largestComponentSize() -> Int {
        connectedComponents().map(\.count).max() ?? 0
    }

    /// How many sampled shortest paths pass through each node (as inner node).
    func samplePathCounts(samples: Int, seed: UInt64, weighted: Bool, threads: Int) -> [Double] {
        let n = nodeCount
        let workers = max(1, min(threads, samples))
        return sumOverKernelWorkers(workers, weighted: weighted) { kernel, counts, worker in
            var sample = worker
            while sample < samples {
                var generator = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(sample + 1))
                let s = Int.random(in: 0..<n, using: &generator)
                var t = Int.random(in: 0..<(n - 1), using: &generator)
                if t >= s { t += 1 }
                if weighted { kernel.searchWeighted(from: s) } else { kernel.searchUnweighted(from: s, until: t) }
                kernel.walkBackRandomPath(from: t, to: s, weighted: weighted, using: &generator) { counts[$0] += 1 }
                kernel.reset()
                sample += workers
            }
        }
    }
}

extension BrandesKernel {
    /// After a search from `source`, walks one shortest path from `target` back to `source`
    /// chosen uniformly among all of them, calling `visit` on each inner node. Does nothing
    /// when `target` was not reached.
    func walkBackRandomPath(
        from target: Int, to source: Int, weighted: Bool, using generator: inout SplitMix64, visit: (Int) -> Void
    ) {
        let reached = weighted ? dist[target].isFinite : hopCount(target) >= 0
        guard reached else { return }
        var w = target
        while true {
            var pick = Double.random(in: 0..<1, using: &generator) * pathCount(w, weighted: weighted)
            var chosen = -1
            for e in offsets[w]..<offsets[w + 1] {
                let v = Int(targets[e])
                let isPredecessor = weighted ? dist[v] + lengths[e] == dist[w] : hopCount(v) == hopCount(w) - 1
                guard isPredecessor else { continue }
                chosen = v
                pick -= pathCount(v, weighted: weighted)
                if pick < 0 { break }
            }
            if chosen == source || chosen < 0 { return }
            visit(chosen)
            w = chosen
        }
    }
}
