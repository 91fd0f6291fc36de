import NexusLearning

/// Makes a dependency tree projective by lifting (Nivre & Nilsson 2005, "Pseudo-Projective
/// Dependency Parsing", without label encoding): while some arc h → d is non-projective (a
/// word between h and d does not descend from h), the shortest such arc is replaced by
/// head(h) → d. Relations are kept. Used on training trees only, for the arc-eager oracle.
/// - Complexity: O(n²) per lift, at most n lifts per arc.
public enum Projectivizer {
    /// - Parameter heads: word indices, `n` for the root.
    public static func lift(_ heads: [Int]) -> [Int] {
        var heads = heads
        let n = heads.count
        while let d = shortestNonProjective(heads, n: n) {
            let h = heads[d]
            heads[d] = h == n ? n : heads[h]
        }
        return heads
    }

    /// Whether every arc is projective.
    public static func isProjective(_ heads: [Int]) -> Bool {
        shortestNonProjective(heads, n: heads.count) == nil
    }

    private static func shortestNonProjective(_ heads: [Int], n: Int) -> Int? {
        var best: (length: Int, dependent: Int)? = nil
        for d in 0..<n {
            let h = heads[d]
            let lo = min(h, d), hi = max(h, d)
            guard hi - lo > 1 else { continue }
            for k in (lo + 1)..<hi where !descends(k, from: h, heads, n: n) {
                if best == nil || hi - lo < best!.length { best = (hi - lo, d) }
                break
            }
        }
        return best?.dependent
    }

    private static func descends(_ k: Int, from h: Int, _ heads: [Int], n: Int) -> Bool {
        if h == n { return true }
        var x = k
        var steps = 0
        while x != n && steps <= n {
            if x == h { return true }
            x = heads[x]; steps += 1
        }
        return false
    }
}
