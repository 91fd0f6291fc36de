import Foundation

/// `--key value` options of a benchmark, with typed accessors and clear errors.
struct BenchOptions {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private var values: [String: String] = [:]

    init(_ arguments: [String]) throws {
        var i = 0
        while i < arguments.count {
            let key = arguments[i]
            guard key.hasPrefix("--"), i + 1 < arguments.count else {
                throw Failure(description: "expected '--option value', found '\(key)'")
            }
            values[String(key.dropFirst(2))] = arguments[i + 1]
            i += 2
        }
    }

    func string(_ key: String) -> String? { values[key] }

    func int(_ key: String, default value: Int) throws -> Int {
        guard let text = values[key] else { return value }
        guard let parsed = Int(text) else { throw Failure(description: "--\(key) must be an integer, got '\(text)'") }
        return parsed
    }

    func ints(_ key: String, default value: [Int]) throws -> [Int] {
        guard let text = values[key] else { return value }
        return try text.split(separator: ",").map {
            guard let parsed = Int($0) else { throw Failure(description: "--\(key) must be integers separated by commas, got '\(text)'") }
            return parsed
        }
    }
}

/// Seconds taken by `body`, measured with the monotonic clock.
func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// CPU seconds (user + system, all threads) this process has used so far. Under contention
/// from other processes, CPU time varies less than wall time.
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}

/// The process's peak resident set size in MiB (getrusage; kilobytes on Linux).
func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Prints a `RESULT key value` line, the machine-readable form the comparison scripts read.
func report(_ key: String, _ value: String) {
    print("RESULT \(key) \(value)")
}

func fixed(_ value: Double, _ digits: Int = 4) -> String {
    String(format: "%.\(digits)f", value)
}
