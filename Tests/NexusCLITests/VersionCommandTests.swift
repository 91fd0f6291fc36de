import Testing

@Suite struct VersionCommandTests {
    @Test func versionPrintsAndExitsZero() throws {
        let result = try NexusBinary.run(["version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("0."))
    }

    /// `nexus --version` prints exactly what `nexus version` prints: the version and a line feed.
    @Test func versionOptionMatchesVersionCommand() throws {
        let option = try NexusBinary.run(["--version"])
        let command = try NexusBinary.run(["version"])
        #expect(option.status == 0)
        #expect(option.stderr == "")
        #expect(option.stdout == "0.1.0\n")
        #expect(option.stdout == command.stdout)
    }

    @Test func unknownSubcommandFails() throws {
        let result = try NexusBinary.run(["no-such-command"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Error"))
    }
}
