import CFuzzerDriver
import Foundation

/// Runs libFuzzer on `testOneInput` with this process's command line and exits with its
/// status: 0 when the time or run budget ends, non-zero on a crash or a broken invariant.
///
/// Each target's `main.swift` calls this. SwiftPM gives every executable target a `main` of
/// its own, which would shadow the one libFuzzer supplies (the program would then exit at
/// once, having fuzzed nothing), so the driver is entered explicitly.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
    exit(status)
}
