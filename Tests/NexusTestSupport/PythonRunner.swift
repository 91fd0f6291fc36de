import Foundation

/// Runs a short Python 3 script for the tests that check our files with an independent
/// reader (NetworkX, the csv and json modules).
///
/// Python 3 and NetworkX are required: CI installs them (`pip install networkx`). When either
/// is missing the test fails with a message saying so, rather than passing silently.
public enum PythonRunner {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `python3 -c script arguments...` and returns its standard output.
    public static func run(_ script: String, arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot start python3 (\(error)); install Python 3 and `pip install networkx` to run these tests")
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = String(decoding: errData, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 {
                throw Failure(description: "python3 is not installed; install Python 3 and `pip install networkx` to run these tests")
            }
            if stderr.contains("No module named 'networkx'") {
                throw Failure(description: "NetworkX is not installed; run `pip install networkx` (CI does) to run these tests")
            }
            throw Failure(description: "python3 failed (status \(process.terminationStatus)): \(stderr)")
        }
        return String(decoding: outData, as: UTF8.self)
    }

    /// Runs the script and decodes its standard output as JSON into `T`.
    public static func json<T: Decodable>(_ type: T.Type, _ script: String, arguments: [String]) throws -> T {
        let output = try run(script, arguments: arguments)
        return try JSONDecoder().decode(T.self, from: Data(output.utf8))
    }

    /// A fresh temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-export-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
