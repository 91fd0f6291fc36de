import Foundation
import NexusCore
@testable import NexusText
import Testing

/// The input `-` (``StandardInput``): JSON Lines when the first non-blank line starts with `{`,
/// otherwise one text document.
@Suite struct StandardInputTests {
    /// Standard input made of `text`, read by ``StandardInput/open(_:reader:)``.
    func open(_ text: String) throws -> StandardInput.Contents {
        let pipe = Pipe()
        try pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try pipe.fileHandleForWriting.close()
        return StandardInput.open(pipe.fileHandleForReading, reader: DocumentReader())
    }

    @Test func plainTextIsOneDocumentNamedStdin() throws {
        guard case .text(.success(let document)) = try open("\nRome, 28 June.\nThe ministers met.\n") else {
            Issue.record("expected one text document")
            return
        }
        #expect(document.id == "stdin")
        #expect(document.path == "-")
        // The lines joined by line feeds: the last line's line feed is not kept.
        #expect(document.text == "\nRome, 28 June.\nThe ministers met.")
    }

    @Test func aFirstLineStartingWithABraceIsJSONLines() throws {
        guard case .jsonLines(let file) = try open("\n  {\"id\": \"a\", \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n") else {
            Issue.record("expected JSON Lines")
            return
        }
        var ids: [String] = []
        var lines: [String] = []
        while let item = file.next(options: .init(), reader: DocumentReader()) {
            if case .document(let document) = item {
                ids.append(document.id)
                lines.append(document.path)
            }
        }
        // Line numbers count the blank first line: the records are lines 2 and 3.
        #expect(ids == ["a", "stdin-3"])
        #expect(lines == ["-:2", "-:3"])
    }

    @Test func emptyInputIsAnEmptyDocumentFailure() throws {
        guard case .text(.failure(let error)) = try open("  \n\n") else {
            Issue.record("expected a failure")
            return
        }
        #expect(error == .empty(path: "-"))
    }

    @Test func aByteOrderMarkBeforeTheBraceStillMeansJSONLines() {
        #expect(StandardInput.startsJSONObject([0xEF, 0xBB, 0xBF, UInt8(ascii: "{")]))
        #expect(!StandardInput.startsJSONObject(Array("Rome {".utf8)))
    }
}
