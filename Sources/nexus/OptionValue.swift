/// Checks of numeric option values, made in `run()` so that a bad value is one line on
/// stderr naming the option and the value ("--time-budget must be ..., got nan").
///
/// ArgumentParser accepts `nan`, `inf` and `1e300` for a `Double` option; none of them is a
/// meaningful weight, resolution or number of seconds.
enum OptionValue {
    /// The longest `--time-budget` accepted: an hour.
    static let maximumSeconds = 3_600.0

    /// `value` must be finite and at least `minimum`.
    static func atLeast(_ minimum: Double, _ value: Double, option: String) throws {
        guard value.isFinite, value >= minimum else {
            throw CommandFailure("\(option) must be a finite number of \(Number.plain(minimum)) or more, got \(value)")
        }
    }

    /// `value` must be finite and greater than 0.
    static func positive(_ value: Double, option: String) throws {
        guard value.isFinite, value > 0 else {
            throw CommandFailure("\(option) must be greater than 0 and finite, got \(value)")
        }
    }

    /// `value` must be a number of seconds greater than 0 and at most ``maximumSeconds``.
    static func seconds(_ value: Double, option: String) throws {
        guard value.isFinite, value > 0, value <= maximumSeconds else {
            throw CommandFailure("\(option) must be a number of seconds greater than 0 and at most \(Number.plain(maximumSeconds)), got \(value)")
        }
    }
}
