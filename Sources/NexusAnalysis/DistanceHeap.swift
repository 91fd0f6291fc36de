/// A binary min-heap of (distance, node) for Dijkstra's algorithm, with lazy deletion (stale
/// entries are skipped by the caller). Equal distances pop by ascending node index so that
/// searches are deterministic.
struct DistanceHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        nodes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private func less(_ i: Int, _ j: Int) -> Bool {
        keys[i] < keys[j] || (keys[i] == keys[j] && nodes[i] < nodes[j])
    }

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            keys.swapAt(child, parent)
            nodes.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int32)? {
        guard let firstKey = keys.first else { return nil }
        let firstNode = nodes[0]
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey
            nodes[0] = lastNode
            var parent = 0
            let count = keys.count
            while true {
                let left = 2 * parent + 1
                if left >= count { break }
                var smallest = left
                if left + 1 < count && less(left + 1, left) { smallest = left + 1 }
                guard less(smallest, parent) else { break }
                keys.swapAt(smallest, parent)
                nodes.swapAt(smallest, parent)
                parent = smallest
            }
        }
        return (firstKey, firstNode)
    }
}
