import ArgumentParser

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the version of nexus.")

    func run() throws {
        print(NexusVersion.string)
    }
}

enum NexusVersion {
    static let string = "0.1.0"
}
