import ArgumentParser

/// `nexus version`, the same as `nexus --version`.
struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the version of nexus (the same as `nexus --version`).")

    func run() throws {
        print(NexusVersion.string)
    }
}

/// The version of nexus, printed by `nexus version` and `nexus --version`.
enum NexusVersion {
    static let string = "0.1.0"
}
