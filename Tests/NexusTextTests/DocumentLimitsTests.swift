import Foundation
import Testing
import NexusCore
@testable import NexusText

/// Issue 14: a document size limit, files that are not regular files, and a UTF-8 file with a
/// stray byte.
@Suite struct DocumentLimitsTests {
    @Test func sizesAreReadAndWrittenAsTheOptionTakesThem() {
        #expect(ByteSize.parse("16M") == 16 << 20)
        #expect(ByteSize.parse("500k") == 500 << 10)
        #expect(ByteSize.parse("1G") == 1 << 30)
        #expect(ByteSize.parse("2MB") == 2 << 20 && ByteSize.parse("2MiB") == 2 << 20)
        #expect(ByteSize.parse("1000") == 1000)
        for bad in ["", "M", "0", "-1M", "1.5M", "1T", "9999999999999999999G", " 1M", "١M"] {
            #expect(ByteSize.parse(bad) == nil, "\(bad)")
        }
        #expect(ByteSize.written(16 << 20) == "16M" && ByteSize.written(1000) == "1000")
        #expect(ByteSize.described(209_715_200) == "200M")
        #expect(ByteSize.described(1_234_567) == "1,234,567 bytes (1.2M)")
    }

    /// Before: a 200 MB file was read and analysed, about 120 bytes a character, until memory
    /// ran out at 20 GB. Now a file over the limit is refused from its size, before it is read.
    @Test func aFileOverTheLimitIsSkippedWithItsSizeAndTheOption() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.txt").path
        let small = folder.appendingPathComponent("small.txt").path
        try String(repeating: "France pledged aid to Iraq. ", count: 2_000).write(toFile: big, atomically: true, encoding: .utf8)
        try "Italy hosted the meeting.".write(toFile: small, atomically: true, encoding: .utf8)
        let items = Array(DocumentSource(inputs: [folder.path], options: .init(maxDocumentBytes: 10_000)))
        #expect(items == [
            .failure(.tooLarge(path: big, bytes: 56_000, limit: 10_000)),
            .document(try DocumentReader().read(path: small)),
        ])
        #expect(DocumentError.tooLarge(path: big, bytes: 56_000, limit: 10_000).description
            == "'\(big)' holds 56,000 bytes, more than the document size limit of 10,000 bytes; split it into smaller files or raise --max-document-size")
        let lines = folder.appendingPathComponent("wire.jsonl").path
        try "{\"text\": \"\(String(repeating: "a", count: 200))\"}\n{\"text\": \"Short.\"}\n".write(toFile: lines, atomically: true, encoding: .utf8)
        let records = Array(DocumentSource(inputs: [lines], options: .init(maxDocumentBytes: 100)))
        #expect(records.first == .failure(.tooLarge(path: "\(lines):1", bytes: 212, limit: 100)))
        #expect(records.count == 2)
    }

    /// Before: a named pipe was "You don't have permission" (as root) and, in a folder,
    /// passed over in silence like a dangling link. Now a pipe named directly is read like a
    /// file, up to the limit; in a folder it is named and not opened (it could wait for ever),
    /// and so is a dangling link.
    @Test func pipesAreReadAndDanglingLinksAreNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("feed.txt").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let link = folder.appendingPathComponent("gone.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/nonexistent/article.txt")
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: pipe)
            handle?.write(Data("Germany pledged aid to Syria.\n".utf8))
            try? handle?.close()
        }
        writer.start()
        let walked = Array(DocumentSource(inputs: [folder.path]))
        #expect(walked == [.failure(.pipeInFolder(path: pipe)), .failure(.danglingLink(path: link, target: "/nonexistent/article.txt"))])
        let named = Array(DocumentSource(inputs: [pipe]))
        #expect(named.count == 1)
        guard case .document(let document) = named.first else { Issue.record("the pipe was not read: \(named)"); return }
        #expect(document.text == "Germany pledged aid to Syria.\n" && document.path == pipe)
    }

    /// Before: one bad byte in a UTF-8 file made the whole file Windows-1252 ("Ã©" everywhere).
    @Test func aStrayByteInUTF8IsReplacedNotARecoding() throws {
        let bytes = Array("Gérard Collomb met Angela Merkel".utf8) + [0xFF] + Array(" in Lyon.".utf8)
        let document = try DocumentReader().document(bytes: bytes, id: "x", path: "x.txt", format: .text)
        #expect(document.text == "Gérard Collomb met Angela Merkel\u{FFFD} in Lyon.")
        #expect(document.encoding == "utf-8 (1 invalid byte sequence replaced by U+FFFD)")
        // Windows-1252 text has no well-formed multi-byte sequence: still Windows-1252.
        let legacy = try DocumentReader().document(bytes: [0x43, 0x61, 0x66, 0xE9, 0x20, 0x92, 0x73], id: "y", path: "y.txt", format: .text)
        #expect(legacy.encoding == "windows-1252" && legacy.text == "Café \u{2019}s")
    }
}
