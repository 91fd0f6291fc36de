/// Why an analysis could not be run. Each message says what to change.
public enum AnalysisError: Error, Equatable, CustomStringConvertible, Sendable {
    case invalidWeight(source: String, target: String, weight: Double)
    case unknownNode(String)
    case notConverged(algorithm: String, iterations: Int)
    case invalidParameter(name: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .invalidWeight(let source, let target, let weight):
            return "edge '\(source)'–'\(target)' has weight \(weight); weights must be finite and at least 1e-300 (a path's length is the sum of 1 / weight)"
        case .unknownNode(let id):
            return "no node with id '\(id)' in the graph; check the id (ids are case-sensitive)"
        case .notConverged(let algorithm, let iterations):
            return "\(algorithm) did not converge in \(iterations) iterations; raise the iteration limit or loosen the tolerance"
        case .invalidParameter(let name, let value, let expected):
            return "\(name) is \(value); it must be \(expected)"
        }
    }
}
