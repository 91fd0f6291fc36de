extension AnalysisGraph {
    /// Exact betweenness centrality by Brandes' algorithm (U. Brandes, "A faster algorithm for
    /// betweenness centrality", J. Math. Sociol. 25(2):163–177, 2001).
    ///
    /// The betweenness of `v` is `Σ_{s≠v≠t} σ_st(v) / σ_st`, summed over unordered pairs
    /// `{s, t}` of the undirected graph, where `σ_st` counts shortest `s`–`t` paths and
    /// `σ_st(v)` those through `v`. Endpoints are not counted.
    ///
    /// Normalization follows `networkx.betweenness_centrality` (its defaults, `normalized=True`,
    /// `endpoints=False`): normalized scores are divided by `(n − 1)(n − 2) / 2`, the number of
    /// pairs not containing `v`; graphs with `n ≤ 2` are left unscaled. Unnormalized scores count
    /// each unordered pair once (NetworkX's and igraph's undirected convention).
    ///
    /// With `weighted`, shortest paths use the length `1 / weight` of each edge (co-mention
    /// strength turned into distance) and Dijkstra's algorithm; otherwise every edge has length 1
    /// and breadth-first search is used. This matches
    /// `networkx.betweenness_centrality(G, weight="distance")` with `distance = 1 / weight`.
    ///
    /// Sources are split across `threads` workers (`DispatchQueue.concurrentPerform`); each
    /// accumulates into its own array and the arrays are summed in worker order, so the result
    /// is deterministic for a given thread count.
    ///
    /// - Parameters:
    ///   - weighted: use `1 / weight` as edge length.
    ///   - normalized: divide by `(n − 1)(n − 2) / 2`.
    ///   - threads: the number of workers, at least 1.
    /// - Returns: one score per node index.
    /// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted (binary heap); O(n + m) memory per worker.
    public func betweennessCentrality(weighted: Bool = false, normalized: Bool = true, threads: Int = 1) -> [Double] {
        let sums = brandesDependencySums(sources: nil, weighted: weighted, threads: threads)
        return rescaleBetweenness(sums, sampledSources: nil, normalized: normalized)
    }

    /// Betweenness estimated from `sourceCount` sources drawn without replacement with a seeded
    /// generator, extrapolated by `n / sourceCount` (Brandes & Pich 2007; NetworkX's `k`
    /// parameter). Prefer ``approximateBetweenness(epsilon:delta:seed:weighted:threads:)``,
    /// which comes with an error bound.
    public func betweennessCentrality(
        sampledSources sourceCount: Int, seed: UInt64, weighted: Bool = false, normalized: Bool = true, threads: Int = 1
    ) -> [Double] {
        var generator = SplitMix64(seed: seed)
        var all = (0..<Int32(nodeCount)).map { $0 }
        all.shuffle(using: &generator)
        let sources = Array(all.prefix(max(0, min(sourceCount, nodeCount)))).sorted()
        let sums = brandesDependencySums(sources: sources, weighted: weighted, threads: threads)
        return rescaleBetweenness(sums, sampledSources: sources.count, normalized: normalized)
    }

    /// Sums of the dependencies δ_s(v) over `sources` (all nodes when `nil`); each unordered
    /// pair is counted from both ends.
    func brandesDependencySums(sources: [Int32]?, weighted: Bool, threads: Int) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let sourceCount = sources?.count ?? n
        let workers = max(1, min(threads, sourceCount))
        return sumOverKernelWorkers(workers, weighted: weighted) { kernel, scores, worker in
            var i = worker
            while i < sourceCount {
                let s = sources.map { Int($0[i]) } ?? i
                if weighted {
                    kernel.searchWeighted(from: s)
                    kernel.accumulateWeighted(into: scores)
                } else {
                    kernel.searchUnweighted(from: s)
                    kernel.accumulateUnweighted(into: scores)
                }
                kernel.reset()
                i += workers
            }
        }
    }

    /// Runs `body(kernel, scores, worker)` on `workers` threads, each with its own
    /// ``BrandesKernel`` and its own row of `n` scores, then sums the rows in worker order, so
    /// the result does not depend on scheduling.
    func sumOverKernelWorkers(
        _ workers: Int, weighted: Bool,
        _ body: @escaping @Sendable (inout BrandesKernel, UnsafeMutablePointer<Double>, Int) -> Void
    ) -> [Double] {
        let n = nodeCount
        let lengths = weighted ? weights.map { 1 / $0 } : []
        let partials = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * n)
        partials.initialize(repeating: 0)
        defer { partials.deallocate() }
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { adj in
                lengths.withUnsafeBufferPointer { len in
                    let shared = SharedPointers((off, adj, len, partials))
                    runWorkers(workers) { worker in
                        let (off, adj, len, partials) = shared.value
                        var kernel = BrandesKernel(n: n, offsets: off, targets: adj, lengths: len)
                        body(&kernel, partials.baseAddress! + worker * n, worker)
                    }
                }
            }
        }
        var total = [Double](repeating: 0, count: n)
        for worker in 0..<workers {
            for v in 0..<n { total[v] += partials[worker * n + v] }
        }
        return total
    }

    /// NetworkX's `_rescale` for undirected graphs without endpoints.
    func rescaleBetweenness(_ sums: [Double], sampledSources: Int?, normalized: Bool) -> [Double] {
        let n = nodeCount
        var scale: Double?
        if normalized {
            scale = n <= 2 ? nil : 1 / (Double(n - 1) * Double(n - 2))
        } else {
            scale = 0.5
        }
        if var s = scale, let k = sampledSources, k > 0 { s *= Double(n) / Double(k); scale = s }
        guard let factor = scale else { return sums }
        return sums.map { $0 * factor }
    }
}
