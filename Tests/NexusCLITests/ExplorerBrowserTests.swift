import Foundation
import Testing

/// The explorer page `nexus build` writes, opened in headless Chromium through Selenium
/// (`Tests/Browser/explorer_test.py`): search, panel, clicks, paths, filters, tables, no console
/// errors, and an article whose text carries markup. `.ci/run` installs Chromium, its driver
/// and Selenium; where they are missing the test says so and passes without a browser.
@Suite(.serialized) struct ExplorerBrowserTests {
    static var browserAvailable: Bool {
        let tools = ["/usr/bin/chromium", "/usr/bin/chromedriver"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
        guard tools else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import selenium"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    @Test func theSamplesPagePassesTheBrowserChecks() throws {
        let folder = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = folder.appendingPathComponent("samples")
        let built = try NexusBinary.run(["build", "Samples", "-o", samples.path])
        #expect(built.status == 0, "\(built.stderr)")
        let page = samples.appendingPathComponent("nexus.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("id=\"nexus-data\""))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").dropFirst().allSatisfy { $0.hasPrefix("www.w3.org") })

        let articles = folder.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let hostile = "Acme <img src=x onerror=\"window.__nexusInjected=1\"> Corporation said on Monday that Acme Holdings would pay $5 million to Kenya. "
            + "Acme Holdings </script><script>window.__nexusInjected=2</script> denied it.\n"
        try hostile.write(to: articles.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let hostileOut = folder.appendingPathComponent("hostile-out")
        let second = try NexusBinary.run(["build", articles.path, "-o", hostileOut.path])
        #expect(second.status == 0, "\(second.stderr)")
        let hostilePage = try String(contentsOf: hostileOut.appendingPathComponent("nexus.html"), encoding: .utf8)
        #expect(hostilePage.components(separatedBy: "<script").count == 3, "only the page's own two script elements")

        guard Self.browserAvailable else {
            print("ExplorerBrowserTests: chromium, chromedriver or selenium missing; the browser checks did not run (.ci/run installs them)")
            return
        }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", NexusBinary.packageRoot.appendingPathComponent("Tests/Browser/explorer_test.py").path,
                            page.path, hostileOut.appendingPathComponent("nexus.html").path]
        let out = Pipe()
        python.standardOutput = out
        python.standardError = out
        try python.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0, "\(printed)")
    }
}
