import Foundation

/// Stops the fuzz run when an invariant of a reader does not hold: prints the reason to
/// standard error, then traps, so libFuzzer saves the input as a crash (`crash-<sha1>`) and
/// exits non-zero.
///
/// A fuzz target that only calls a reader finds crashes; these checks also find wrong answers
/// that do not crash (a token outside its text, a graph that does not survive a round trip).
public func fuzzCheck(_ condition: @autoclosure () -> Bool, _ reason: @autoclosure () -> String) {
    if condition() { return }
    FileHandle.standardError.write(Data("fuzz invariant broken: \(reason())\n".utf8))
    fatalError("fuzz invariant broken")
}

/// The fuzzer's input as bytes.
///
/// - Parameters:
///   - data: libFuzzer's buffer; `nil` when `size` is 0.
///   - size: its length.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}
