import Foundation

extension EdgeList {
    /// Reads edge-list text straight into an ``AnalysisGraph``, with the same format and the
    /// same errors as ``parse(_:file:)`` but without materializing one `String` pair per edge:
    /// bytes are scanned once, node names are interned to integers, and duplicate edges are
    /// found with integer keys. This is what `nexus rank` uses, and it keeps memory close to
    /// the size of the final CSR arrays on large files.
    ///
    /// - Throws: ``ParseError`` naming `file:line`.
    /// - Complexity: O(length + m log m) time, O(n + m) memory beyond the text.
    public static func graph(_ text: String, file: String) throws -> AnalysisGraph {
        var text = text
        return try text.withUTF8 { bytes in try graph(bytes: bytes, file: file) }
    }

    private static func graph(bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> AnalysisGraph {
        let tab: UInt8 = 9, newline: UInt8 = 10, carriageReturn: UInt8 = 13, space: UInt8 = 32, hash: UInt8 = 35
        var indexByName: [String: Int32] = [:]
        var names: [String] = []
        var pairs: [(Int32, Int32, Double)] = []
        var firstLine: [UInt64: Int32] = [:]
        var lineNumber = 0
        var lineStart = 0
        var fieldEnds: [Int] = []
        func intern(_ name: String) -> Int32 {
            if let index = indexByName[name] { return index }
            let index = Int32(names.count)
            indexByName[name] = index
            names.append(name)
            return index
        }
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != newline { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == carriageReturn { lineEnd -= 1 }
            defer { lineStart = next }
            var first = lineStart
            while first < lineEnd && (bytes[first] == space || bytes[first] == tab) { first += 1 }
            if first == lineEnd || bytes[first] == hash { continue }
            fieldEnds.removeAll(keepingCapacity: true)
            for i in lineStart..<lineEnd where bytes[i] == tab { fieldEnds.append(i) }
            fieldEnds.append(lineEnd)
            func fail(_ problem: ParseError.Problem) -> ParseError {
                ParseError(file: file, line: lineNumber, problem: problem)
            }
            func field(_ k: Int) -> String {
                let start = k == 0 ? lineStart : fieldEnds[k - 1] + 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<fieldEnds[k]]), as: UTF8.self)
            }
            guard fieldEnds.count == 2 || fieldEnds.count == 3 else { throw fail(.fieldCount(fieldEnds.count)) }
            let u = field(0), v = field(1)
            guard !u.isEmpty, !v.isEmpty else { throw fail(.emptyNode) }
            guard u != v else { throw fail(.selfLoop(u)) }
            var weight = 1.0
            if fieldEnds.count == 3 {
                let raw = field(2)
                guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), AnalysisGraph.isUsableWeight(value) else { throw fail(.badWeight(raw)) }
                weight = value
            }
            let a = intern(u), b = intern(v)
            let key = UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
            if let earlier = firstLine.updateValue(Int32(lineNumber), forKey: key) {
                throw fail(.duplicate(u, v, firstLine: Int(earlier)))
            }
            pairs.append((a, b, weight))
        }
        firstLine = [:]
        // Number nodes by sorted name, as every AnalysisGraph does.
        let sortedOrder = names.indices.sorted { names[$0] < names[$1] }
        var rank = [Int32](repeating: 0, count: names.count)
        for (position, interned) in sortedOrder.enumerated() { rank[interned] = Int32(position) }
        for i in pairs.indices {
            let a = rank[Int(pairs[i].0)], b = rank[Int(pairs[i].1)]
            pairs[i] = (min(a, b), max(a, b), pairs[i].2)
        }
        let ids = sortedOrder.map { names[$0] }
        names = []
        return AnalysisGraph(ids: ids, indexByID: indexByName.mapValues { rank[Int($0)] }, undirectedPairs: pairs)
    }
}
