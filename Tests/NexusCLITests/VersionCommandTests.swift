import Testing

@Suite struct VersionCommandTests {
    @Test func versionPrintsAndExitsZero() throws {
        let result = try NexusBinary.run(["version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("0."))
    }

    @Test func unknownSubcommandFails() throws {
        let result = try NexusBinary.run(["no-such-command"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Error"))
    }
}
