import Foundation
import Testing

/// `Graphs/` is what `Scripts/make-graphs.sh` writes now.
///
/// A change-detection test, not a correctness test: its gold is Nexus's own earlier output, so
/// it says that the output changed, not whether the change is right (the Samples' hand-written
/// expectations, in SeedArticlesTests, say that). The script runs with the built `nexus` on a
/// copy of `Samples/` in a scratch folder; every file it writes must equal the committed one
/// byte for byte. The SVG, PNG and explorer page depend on the installed fonts
/// (`fonts-dejavu-core`); `explorer.png`, a browser screenshot, is not compared.
@Suite struct GraphsFolderTests {
    static let root = NexusBinary.packageRoot
    /// Files of Graphs/ the script makes that the test does not compare.
    static let uncompared: Set<String> = ["explorer.png"]

    @Test func graphsHoldsWhatTheScriptWritesNow() throws {
        let scratch = try NexusBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let fileManager = FileManager.default
        try fileManager.copyItem(at: Self.root.appendingPathComponent("Samples"), to: scratch.appendingPathComponent("Samples"))
        try fileManager.createDirectory(at: scratch.appendingPathComponent("Scripts"), withIntermediateDirectories: true)
        try fileManager.copyItem(at: Self.root.appendingPathComponent("Scripts/make-graphs.sh"),
                                 to: scratch.appendingPathComponent("Scripts/make-graphs.sh"))

        let result = try Shell.run(
            "NEXUS='\(NexusBinary.executableURL.path)' NEXUS_SCREENSHOT=0 Scripts/make-graphs.sh", in: scratch)
        #expect(result.status == 0, "Scripts/make-graphs.sh failed: \(result.stderr)")

        let committed = try Self.files(in: Self.root.appendingPathComponent("Graphs"))
        let fresh = try Self.files(in: scratch.appendingPathComponent("Graphs"))
        #expect(committed.subtracting(Self.uncompared) == fresh,
                "Graphs/ holds \(committed.sorted()), the script writes \(fresh.sorted()); run Scripts/make-graphs.sh")
        #expect(committed.isSuperset(of: Self.uncompared), "Graphs/ lacks \(Self.uncompared.subtracting(committed).sorted())")
        for name in fresh.intersection(committed).sorted() {
            let old = try Data(contentsOf: Self.root.appendingPathComponent("Graphs/\(name)"))
            let new = try Data(contentsOf: scratch.appendingPathComponent("Graphs/\(name)"))
            // Compared outside the macro: on a mismatch, swift-testing would diff the two byte
            // arrays (quadratic in their size; 300 KB files took over half an hour).
            let same = old == new
            #expect(same, "Graphs/\(name) is stale (\(old.count) bytes committed, \(new.count) written now): run Scripts/make-graphs.sh")
        }
    }

    /// The visible files of a folder (the build's lock and staging folders are hidden).
    static func files(in folder: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") })
    }
}
