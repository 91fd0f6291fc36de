import FuzzSupport
import NexusAnalysis

/// Fuzz target for the edge-list reader (`nexus rank`, `nexus path` on `u<TAB>v[<TAB>weight]`
/// files): a differential test of its two implementations on the same text, decoded as UTF-8.
///
/// ``EdgeList/parse(_:file:)`` splits `String`s into edges, which ``AnalysisGraph/init(nodes:edges:)``
/// then builds; ``EdgeList/graph(_:file:)`` scans the bytes once straight into the graph. They
/// promise "the same format and the same errors", so on every input, besides "does not crash":
/// - both accept it and give equal graphs (same sorted node ids, CSR offsets, targets, weights),
///   or both refuse it with the same ``EdgeList/ParseError`` (same line, same problem);
/// - an accepted graph has one node per distinct id and, as a simple graph, an even number of
///   adjacency entries (each edge stored from both ends).
@_cdecl("LLVMFuzzerTestOneInput")
public func edgeListTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let viaEdges = Result { try AnalysisGraph(edges: EdgeList.parse(text, file: "fuzz.tsv")) }
    let direct = Result { try EdgeList.graph(text, file: "fuzz.tsv") }
    switch (viaEdges, direct) {
    case (.success(let a), .success(let b)):
        fuzzCheck(a == b, "the two readers built different graphs (\(a.nodeCount) and \(b.nodeCount) nodes, \(a.edgeCount) and \(b.edgeCount) edges)")
        fuzzCheck(Set(b.ids).count == b.nodeCount && b.ids == b.ids.sorted(), "node ids are not distinct and sorted")
        fuzzCheck(b.targets.count % 2 == 0 && b.offsets.count == b.nodeCount + 1, "the adjacency arrays do not describe an undirected graph")
    case (.failure(let a), .failure(let b)):
        let first = a as? EdgeList.ParseError, second = b as? EdgeList.ParseError
        fuzzCheck(first != nil && first == second, "the two readers refused differently: '\(a)' and '\(b)'")
    case (.success, .failure(let error)):
        fuzzCheck(false, "only the byte reader refused: \(error)")
    case (.failure(let error), .success):
        fuzzCheck(false, "only the String reader refused: \(error)")
    }
    return 0
}
