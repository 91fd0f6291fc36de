/// The one number format of every Nexus writer (JSON, GraphML, GEXF, CSV).
public enum ExportNumber {
    /// Formats `value` the same way on every platform and run.
    ///
    /// - Integral values with magnitude below 10^18 print as integers: `436000000`, `-3`, `0`
    ///   (negative zero prints as `0`). Every such `Double` is exactly an `Int64`.
    /// - Other finite values print as Swift's shortest round-trip representation
    ///   (`0.25`, `1e-07`, `1.5e+300`), which reads back to the same `Double`.
    /// - NaN and infinities, which JSON cannot represent, print as `null`; writers that
    ///   cannot hold `null` check ``isWritable(_:)`` first.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e18 {
            return String(Int64(value))
        }
        return value.description
    }

    /// Whether `value` can be written as a number (it is finite).
    public static func isWritable(_ value: Double) -> Bool {
        value.isFinite
    }
}
