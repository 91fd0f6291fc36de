/// Fixed slots filled concurrently, one writer per slot, read after all writers finish.
///
/// Invariant (why `@unchecked Sendable` is sound): every index is written by exactly one
/// iteration of `DispatchQueue.concurrentPerform`, and `values()` is called only after it
/// returns, so no slot is ever accessed by two threads at once.
final class ResolutionSlots<Value>: @unchecked Sendable {
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
