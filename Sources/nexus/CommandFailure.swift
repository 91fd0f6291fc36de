/// A failure of a `nexus` command, printed by ArgumentParser as one line on stderr
/// ("Error: <message>") with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }

    init(_ message: String) {
        self.message = message
    }

    init(_ error: some Error) {
        self.message = String(describing: error)
    }
}
