import Dispatch

extension Array where Element: Sendable {
    /// `map` with the elements spread over the cores (`DispatchQueue.concurrentPerform`).
    ///
    /// The result is in input order and does not depend on scheduling, so it equals
    /// `map(transform)` whenever `transform` is a pure function. Arrays of one element run
    /// inline.
    ///
    /// - Complexity: O(n) calls of `transform`, spread over the available cores.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = ConcurrentSlots<Result>(count: count)
        withoutActuallyEscaping(transform) { transform in
            self.withUnsafeBufferPointer { elements in
                nonisolated(unsafe) let elements = elements
                DispatchQueue.concurrentPerform(iterations: elements.count) { i in
                    slots.set(i, transform(elements[i]))
                }
            }
        }
        return slots.values()
    }
}

/// Fixed slots filled concurrently, one writer per slot, read after all writers finish.
///
/// Invariant (why `@unchecked Sendable` is sound): every index is written by exactly one
/// iteration of `DispatchQueue.concurrentPerform`, and `values()` is called only after it
/// returns, so no slot is ever accessed by two threads at once.
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: Value) { buffer[index] = value }

    /// The values in order; every slot must have been set.
    func values() -> [Value] { buffer.map { $0! } }
}
