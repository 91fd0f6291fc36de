import Foundation

/// A Graphviz layout engine, named as Graphviz names it (`dot`, `neato`, `sfdp`, ...).
///
/// Any installed engine may be used; `Graphviz.availableEngines` lists them. The engines
/// Graphviz ships have a cost model (`estimatedSeconds(nodes:)`) used by `LayoutPolicy`.
public struct LayoutEngine: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var name: String

    public init(_ name: String) { self.name = name }

    public static let dot = LayoutEngine("dot")
    public static let neato = LayoutEngine("neato")
    public static let fdp = LayoutEngine("fdp")
    public static let sfdp = LayoutEngine("sfdp")
    public static let circo = LayoutEngine("circo")
    public static let twopi = LayoutEngine("twopi")
    public static let osage = LayoutEngine("osage")
    public static let patchwork = LayoutEngine("patchwork")

    public var description: String { name }

    public static func < (lhs: LayoutEngine, rhs: LayoutEngine) -> Bool { lhs.name < rhs.name }

    /// Seconds one SVG drawing took on a 500-node entity graph (about 1,000 edges), release
    /// build, 2 shared cores, Graphviz 2.43, with the styling Nexus applies (label
    /// measurement, overlap removal for neato and sfdp): `nexus-bench graphviz-engines 500`.
    /// dot, fdp and circo are layout-only figures measured on the same machine (the
    /// drawing adds about 0.5 s). `nil` for engines outside the table.
    var secondsFor500Nodes: Double? {
        switch name {
        case "osage": return 0.5
        case "patchwork": return 0.63
        case "twopi": return 0.66
        case "sfdp": return 2.3
        case "neato": return 8.4
        case "dot": return 10
        case "fdp": return 18
        case "circo": return 88
        default: return nil
        }
    }

    /// How run time grows with the node count: quadratic for the engines that compare all
    /// node pairs or iterate network simplex (dot, neato, fdp, circo); near-linear for the
    /// multilevel (sfdp) and the tree/packing engines (twopi, osage, patchwork).
    var growthExponent: Double {
        switch name {
        case "dot", "neato", "fdp", "circo": return 2
        default: return 1
        }
    }

    /// How run time grows with the edges per node, beyond the two per node of the measured
    /// graphs: dot's crossing minimisation and network simplex work on every edge's chain of
    /// virtual nodes: 200 nodes took 0.48 s with 400 edges, 8.9 s with 1,000 and 235 s with
    /// 2,000 (`dot -Tsvg`, Graphviz 2.42, this machine), an exponent of 3.2 to 4.7; 4 is used,
    /// for circo too (see docs/graphviz.md#cost-model). Force-directed and tree engines visit each edge once per
    /// iteration: linear.
    var edgeExponent: Double {
        switch name {
        case "dot", "circo": return 4
        default: return 1
        }
    }

    /// Estimated layout time for a graph of `nodes` nodes with about two edges per node:
    /// t₅₀₀ · (nodes / 500)^k, from the measurements in `secondsFor500Nodes`; `nil` for
    /// unmeasured engines.
    /// - Complexity: O(1).
    public func estimatedSeconds(nodes: Int) -> Double? {
        estimatedSeconds(nodes: nodes, edges: 2 * nodes)
    }

    /// Estimated layout time for `nodes` nodes and `edges` edges:
    /// t₅₀₀ · (nodes / 500)^k · max(1, edges / (2 · nodes))^e, with k ``growthExponent`` and e
    /// ``edgeExponent``; `nil` for unmeasured engines. A graph sparser than two edges a node is
    /// not assumed faster.
    /// - Complexity: O(1).
    public func estimatedSeconds(nodes: Int, edges: Int) -> Double? {
        guard let base = secondsFor500Nodes else { return nil }
        let ratio = Double(nodes) / 500
        let density = max(1, Double(edges) / Double(max(1, 2 * nodes)))
        return base * Foundation.pow(ratio, growthExponent) * Foundation.pow(density, edgeExponent)
    }
}
