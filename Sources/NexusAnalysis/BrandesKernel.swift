/// Single-source shortest paths and dependency accumulation for Brandes' betweenness
/// (U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001).
///
/// Memory per kernel: O(n + m) — per-node slots, distances, order, and (unweighted) the DAG
/// successor lists, at most 2m entries.
///
/// One kernel owns preallocated buffers that are reused across sources and reset in
/// O(visited) after each source; the hot loops use raw pointers into the CSR arrays and do no
/// allocation, dictionary lookup or reference counting. In weighted searches predecessors are
/// not stored: during accumulation a neighbour `v` of `w` is a predecessor exactly when
/// `dist[v] + len(v,w) == dist[w]`, evaluated with the same floating-point expression as the
/// forward pass, so the predecessor sets are the ones the search found.
///
/// Not thread-safe: each thread uses its own kernel.
struct BrandesKernel: ~Copyable {
    let n: Int
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int32>
    /// Edge lengths (1 / weight), parallel to `targets`; empty for unweighted searches.
    let lengths: UnsafeBufferPointer<Double>

    /// Per node, for unweighted searches: the hop distance (−1 when unreached) and, in one
    /// 16-byte slot so that one cache line serves both, the path count σ (after the search)
    /// or `c = (1 + δ) / σ` (during accumulation). Weighted searches use `hop` only as the
    /// "settled" mark.
    let slots: UnsafeMutablePointer<HopSlot>
    /// Weighted distance, +∞ when unreached.
    let dist: UnsafeMutablePointer<Double>
    let sigma: UnsafeMutablePointer<Double>
    let delta: UnsafeMutablePointer<Double>
    /// Nodes in the order they were settled (a BFS queue for the unweighted search).
    let order: UnsafeMutablePointer<Int32>
    /// Successor lists of the last unweighted search's shortest-path DAG, in `order`: the
    /// successors of `order[i]` are `dagTargets[dagEnd[i − 1] ..< dagEnd[i]]` (from 0 for i = 0).
    let dagTargets: UnsafeMutablePointer<Int32>
    let dagEnd: UnsafeMutablePointer<Int>
    /// How many nodes the last search settled.
    private(set) var settled: Int = 0
    var heap: DistanceHeap

    init(n: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>, lengths: UnsafeBufferPointer<Double>) {
        self.n = n
        self.offsets = offsets
        self.targets = targets
        self.lengths = lengths
        slots = .allocate(capacity: max(n, 1))
        slots.initialize(repeating: HopSlot(hop: -1, value: 0), count: n)
        dist = .allocate(capacity: max(n, 1))
        dist.initialize(repeating: .infinity, count: n)
        sigma = .allocate(capacity: max(n, 1))
        sigma.initialize(repeating: 0, count: n)
        delta = .allocate(capacity: max(n, 1))
        delta.initialize(repeating: 0, count: n)
        order = .allocate(capacity: max(n, 1))
        dagTargets = .allocate(capacity: max(targets.count, 1))
        dagEnd = .allocate(capacity: max(n, 1))
        heap = DistanceHeap(capacity: lengths.isEmpty ? 0 : 2 * targets.count + 1)
    }

    deinit {
        slots.deallocate()
        dist.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
        dagTargets.deallocate()
        dagEnd.deallocate()
    }

    /// Breadth-first search from `s`: fills each slot's hop distance and path count σ, and
    /// `order` (nondecreasing distance).
    ///
    /// With `target`, the search stops as soon as the target's level is complete: the hop
    /// distances and path counts of the target and of every node closer than it are final
    /// (enough to sample a shortest path to it), the rest are partial.
    mutating func searchUnweighted(from s: Int, until target: Int? = nil) {
        let off = offsets.baseAddress!, adj = targets.baseAddress!
        slots[s] = HopSlot(hop: 0, value: 1)
        order[0] = Int32(s)
        var head = 0, tail = 1, dagCount = 0
        let stop = target ?? -1
        while head < tail {
            let v = Int(order[head])
            if stop >= 0 {
                let targetHop = slots[stop].hop
                if targetHop >= 0 && slots[v].hop >= targetHop { break }
            }
            let next = slots[v].hop &+ 1
            let sv = slots[v].value
            var e = off[v]
            let end = off[v &+ 1]
            while e < end {
                let w32 = adj[e]
                let w = Int(w32)
                let hw = slots[w].hop
                if hw < 0 {
                    slots[w] = HopSlot(hop: next, value: sv)
                    order[tail] = w32
                    tail &+= 1
                    dagTargets[dagCount] = w32
                    dagCount &+= 1
                } else if hw == next {
                    slots[w].value += sv
                    dagTargets[dagCount] = w32
                    dagCount &+= 1
                }
                e &+= 1
            }
            dagEnd[head] = dagCount
            head &+= 1
        }
        settled = tail
    }

    /// Dijkstra's search from `s` with edge lengths `lengths`: fills `dist`, `sigma` and `order`.
    mutating func searchWeighted(from s: Int) {
        let off = offsets.baseAddress!, adj = targets.baseAddress!, len = lengths.baseAddress!
        dist[s] = 0
        sigma[s] = 1
        heap.removeAll()
        heap.push(0, Int32(s))
        var count = 0
        while let (d, node) = heap.pop() {
            let v = Int(node)
            if slots[v].hop >= 0 { continue }  // already settled
            slots[v].hop = 0
            order[count] = node
            count += 1
            let sv = sigma[v]
            for e in off[v]..<off[v + 1] {
                let w = Int(adj[e])
                let candidate = d + len[e]
                let current = dist[w]
                if candidate < current {
                    dist[w] = candidate
                    sigma[w] = sv
                    heap.push(candidate, Int32(w))
                } else if candidate == current {
                    sigma[w] += sv
                }
            }
        }
        settled = count
    }

    /// Back-propagates dependencies over the last unweighted search and adds each node's
    /// dependency δ_s(v) to `into[v]` (the source itself excluded).
    ///
    /// Pull form of Brandes' recurrence: with `c(w) = (1 + δ(w)) / σ(w)`, a node's dependency
    /// is `δ(v) = σ(v) · Σ c(w)` over its successors `w` (neighbours one hop farther), and
    /// `c(v) = 1/σ(v) + Σ c(w)`. Visiting nodes farthest first, each node reads its
    /// successors' finished `c` — no per-edge division and no scattered writes; the slots hold
    /// `c` here. Successors come from the DAG lists the search recorded, so only DAG edges are
    /// read again, not the whole adjacency.
    mutating func accumulateUnweighted(into scores: UnsafeMutablePointer<Double>) {
        var i = settled &- 1
        while i > 0 {
            let v = Int(order[i])
            var sum = 0.0
            var e = dagEnd[i &- 1]
            let end = dagEnd[i]
            while e < end {
                sum += slots[Int(dagTargets[e])].value
                e &+= 1
            }
            let sv = slots[v].value
            scores[v] += sv * sum
            slots[v].value = 1 / sv + sum
            i &-= 1
        }
    }

    /// Back-propagates dependencies over the last weighted search into `scores`.
    mutating func accumulateWeighted(into scores: UnsafeMutablePointer<Double>) {
        let off = offsets.baseAddress!, adj = targets.baseAddress!, len = lengths.baseAddress!
        var i = settled - 1
        while i > 0 {
            let w = Int(order[i])
            let dw = dist[w]
            let coefficient = (1 + delta[w]) / sigma[w]
            for e in off[w]..<off[w + 1] {
                let v = Int(adj[e])
                if dist[v] + len[e] == dw { delta[v] += sigma[v] * coefficient }
            }
            scores[w] += delta[w]
            i -= 1
        }
    }

    /// Returns the buffers touched by the last search to their initial state in O(settled).
    /// For weighted searches, nodes reached but never settled cannot exist (the heap is drained).
    mutating func reset() {
        for i in 0..<settled {
            let v = Int(order[i])
            slots[v] = HopSlot(hop: -1, value: 0)
            dist[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
        }
        settled = 0
    }

    /// The hop distance of `v` after an unweighted search, −1 when unreached.
    func hopCount(_ v: Int) -> Int32 { slots[v].hop }

    /// The number of shortest paths from the source to `v` after a search (before accumulation).
    func pathCount(_ v: Int, weighted: Bool) -> Double { weighted ? sigma[v] : slots[v].value }

    /// The nodes settled by the last search, in order.
    var settledNodes: UnsafeBufferPointer<Int32> {
        UnsafeBufferPointer(start: order, count: settled)
    }
}

/// A node's hop distance and one floating-point value, packed together for locality.
struct HopSlot {
    var hop: Int32
    var value: Double
}
