import Foundation
import Testing
@testable import NexusText

/// Issue 14: `nexus build Samples Samples` read every document twice and doubled the
/// commitments. A file is now read once, whichever way it is named, and a copy of a file's
/// text once.
@Suite struct DuplicateInputTests {
    @Test func eachFileAndEachTextIsReadOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-dup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Rome is in Italy.\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Rome is in Italy.\n".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "Paris is in France.\n".write(to: folder.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.lnk"),
                                                   withDestinationURL: folder.appendingPathComponent("c.txt"))
        let root = folder.path
        let inputs = [root, root, "\(root)/a.txt", "\(root)/../\(folder.lastPathComponent)/c.txt", "\(root)/link.lnk"]
        var documents: [String] = []
        var warnings: [DocumentWarning] = []
        for item in DocumentSource(inputs: inputs) {
            switch item {
            case .document(let document): documents.append(document.path)
            case .warning(let warning): warnings.append(warning)
            case .failure(let error): Issue.record("\(error)")
            }
        }
        #expect(documents == ["\(root)/a.txt", "\(root)/c.txt"])
        #expect(warnings.contains(.sameText(path: "\(root)/b.txt", first: "\(root)/a.txt")))
        #expect(warnings.contains(.sameFile(path: "\(root)/link.lnk", first: "\(root)/c.txt")))
        #expect(warnings.contains(.sameFile(path: "\(root)/a.txt", first: "\(root)/a.txt")))
        #expect(warnings.contains(.sameFile(path: "\(root)/../\(folder.lastPathComponent)/c.txt", first: "\(root)/c.txt")))
        #expect(warnings.count == 1 + 3 + 1 + 1 + 1, "\(warnings)")
    }
}
