import Dispatch

/// Raw pointers handed to parallel workers. Safe by construction at the call sites: the
/// pointed-to memory outlives the parallel section, shared inputs are only read, and each
/// worker writes only its own slice.
struct SharedPointers<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Runs `body(worker)` for `worker` in `0..<workers`, concurrently when `workers > 1`
/// (`DispatchQueue.concurrentPerform`), inline otherwise.
func runWorkers(_ workers: Int, _ body: @Sendable (Int) -> Void) {
    if workers <= 1 {
        body(0)
    } else {
        DispatchQueue.concurrentPerform(iterations: workers, execute: body)
    }
}
