/// Chooses the layout engine when none is asked for, and keeps slow engines from running
/// for minutes on large graphs.
///
/// Default engine: `neato` (stress majorization, readable for entity graphs) up to
/// `smallGraphLimit` nodes, `sfdp` (multilevel force-directed, near-linear) above it.
/// `dot` is never the default: entity graphs are cyclic and Graphviz 2.42/2.43's `dot`
/// leaks about 13 KB per layout of a cyclic graph, and it is slow on dense graphs.
///
/// Slow layouts: when the engine's estimated time (`LayoutEngine.estimatedSeconds`)
/// exceeds `timeBudget`, the graph is pruned to the largest node count that fits the
/// budget (keeping the most important nodes, see `GraphPruning`), or drawn whole with a
/// warning when `slowLayoutAction` is `.proceed`.
public struct LayoutPolicy: Hashable, Sendable {
    /// What to do when a layout would exceed the time budget.
    public enum SlowLayoutAction: String, Hashable, Sendable, CaseIterable {
        /// Draw only the most important nodes that fit the budget, with a warning.
        case prune
        /// Draw the whole graph anyway, with a warning.
        case proceed
    }

    /// Largest graph drawn with `neato` by default.
    public var smallGraphLimit: Int
    /// Estimated layout seconds above which `slowLayoutAction` applies.
    public var timeBudget: Double
    public var slowLayoutAction: SlowLayoutAction

    public init(smallGraphLimit: Int = 200, timeBudget: Double = 5, slowLayoutAction: SlowLayoutAction = .prune) {
        self.smallGraphLimit = smallGraphLimit
        self.timeBudget = timeBudget
        self.slowLayoutAction = slowLayoutAction
    }

    /// The engine used when the caller names none, among the installed `available` ones.
    public func defaultEngine(nodeCount: Int, available: [String]) -> LayoutEngine {
        let preferred: [LayoutEngine] = nodeCount <= smallGraphLimit ? [.neato, .sfdp, .fdp] : [.sfdp, .neato]
        return preferred.first { available.contains($0.name) } ?? LayoutEngine(available.first ?? "neato")
    }

    /// The largest node count `engine` lays out within `timeBudget`; `nil` when unbounded
    /// (unmeasured engines are not limited).
    /// - Complexity: O(1).
    public func nodeLimit(for engine: LayoutEngine) -> Int? {
        guard let base = engine.secondsFor500Nodes else { return nil }
        let ratio = timeBudget / base
        let root = engine.growthExponent == 2 ? ratio.squareRoot() : ratio
        return max(1, Int((500 * root).rounded(.down)))
    }
}
