import Foundation
import Testing
import NexusCore
@testable import NexusText

/// Path of a file in this target's Fixtures folder, as a user would type it.
func textFixturePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name).path
}

@Suite("DocumentReader")
struct DocumentReaderTests {
    let reader = DocumentReader()

    @Test func readsPlainTextWithIdAndPathAsGiven() throws {
        let path = textFixturePath("corpus/b.txt")
        let document = try reader.read(path: path)
        #expect(document.id == "b")
        #expect(document.path == path)
        #expect(document.text == "First doc.\n")
        #expect(document.encoding == "utf-8")
    }

    @Test func stripsMarkdownMarkup() throws {
        let document = try reader.read(path: textFixturePath("article.md"))
        #expect(document.id == "article")
        #expect(document.text == """
            Ministers meet in Rome

            The coalition met in Rome on Monday.
            It pledged 436 million dollars, said the US envoy; snake_case stays.

            First item

            Second item with a photo

            let code = "kept"

            Quoted line.
            """)
    }

    @Test func extractsHTMLText() throws {
        let document = try reader.read(path: textFixturePath("article.html"))
        #expect(document.text == "Ministers\u{A0}meet\n\nProfits & losses at AT&T, the minister\u{2019}s \u{201C}plan\u{201D}.\n\nSecond block\nnext line\n\nCafé &unknown; a < b")
    }

    @Test func decodesWindows1252AndReportsIt() throws {
        let document = try reader.read(path: textFixturePath("windows1252.txt"))
        #expect(document.encoding == "windows-1252")
        #expect(document.text == "Café \u{201C}quoted\u{201D} \u{2013} résumé\nline two\n")
    }

    @Test func bytesUndefinedInWindows1252AreLatin1() throws {
        let document = try reader.document(bytes: [0x41, 0x81, 0xE9], id: "x", path: "x.txt", format: .text)
        #expect(document.encoding == "iso-8859-1")
        #expect(document.text == "A\u{81}é")
    }

    @Test func dropsTheByteOrderMark() throws {
        let document = try reader.read(path: textFixturePath("bom.txt"))
        #expect(document.text == "Hello BOM.\n")
        #expect(document.encoding == "utf-8")
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00, 0x3D, 0xD8, 0x4D, 0xDC]
        let document = try reader.document(bytes: bytes, id: "u", path: "u.txt", format: .text)
        #expect(document.text == "Hi👍")
        #expect(document.encoding == "utf-16le")
    }

    @Test func byteOrderMarkWinsOverInvalidSequences() throws {
        let utf8 = try reader.document(bytes: [0xEF, 0xBB, 0xBF, 0x41, 0xFF, 0x42], id: "b", path: "b.txt", format: .text)
        #expect(utf8.text == "A\u{FFFD}B")
        #expect(utf8.encoding == "utf-8")
        let utf16 = try reader.document(bytes: [0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x00, 0x00, 0x42, 0x00], id: "b", path: "b.txt", format: .text)
        #expect(utf16.text == "A\u{FFFD}B")
        #expect(utf16.encoding == "utf-16be")
    }

    @Test func normalizesLineEndings() throws {
        let document = try reader.document(bytes: Array("a\r\nb\rc\n".utf8), id: "n", path: "n.txt", format: .text)
        #expect(document.text == "a\nb\nc\n")
    }

    @Test func refusesBadFilesWithTypedErrors() {
        #expect(throws: DocumentError.missing(path: textFixturePath("nope.txt"))) { try reader.read(path: textFixturePath("nope.txt")) }
        #expect(throws: DocumentError.isFolder(path: textFixturePath("corpus"))) { try reader.read(path: textFixturePath("corpus")) }
        #expect(throws: DocumentError.binary(path: textFixturePath("binary.txt"))) { try reader.read(path: textFixturePath("binary.txt")) }
        #expect(throws: DocumentError.empty(path: textFixturePath("empty.txt"))) { try reader.read(path: textFixturePath("empty.txt")) }
        #expect(throws: DocumentError.empty(path: textFixturePath("whitespace.txt"))) { try reader.read(path: textFixturePath("whitespace.txt")) }
    }

    @Test func mostlyControlBytesAreBinary() {
        let bytes: [UInt8] = Array(repeating: 0x01, count: 20) + Array("text".utf8)
        #expect(throws: DocumentError.binary(path: "c.txt")) {
            try reader.document(bytes: bytes, id: "c", path: "c.txt", format: .text)
        }
    }

    @Test func markupOnlyDocumentIsEmpty() {
        #expect(throws: DocumentError.empty(path: "m.html")) {
            try reader.document(bytes: Array("<html><script>x()</script></html>".utf8), id: "m", path: "m.html", format: .html)
        }
    }

    @Test func errorMessagesNameTheFileAndWhatToDo() {
        let message = DocumentError.binary(path: "photo.txt").description
        #expect(message.contains("'photo.txt'"))
        #expect(message.contains("binary"))
        #expect(!message.contains("\n"))
        #expect(DocumentError.badJSONLine(path: "a.jsonl", line: 3, reason: "not valid JSON").description
            == "'a.jsonl' line 3: not valid JSON; fix or remove that line")
    }

    @Test func sampleArticleSplitsIntoSentences() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("Samples/global-coalition-joint-communique-rome.txt").path
        let document = SentenceSplitter().split(try reader.read(path: path))
        #expect(document.id == "global-coalition-joint-communique-rome")
        #expect(document.sentences.count == 12)
        for sentence in document.sentences {
            #expect(document.substring(sentence.range) == sentence.text)
        }
    }
}

@Suite("DocumentSource")
struct DocumentSourceTests {
    @Test func walksFoldersSortedAndStreamsJSONLines() {
        let folder = textFixturePath("corpus")
        let items = Array(DocumentSource(inputs: [folder]))
        var described: [String] = []
        for item in items {
            switch item {
            case .document(let document): described.append("doc \(document.id) \(document.path.replacingOccurrences(of: folder + "/", with: "")): \(document.text)")
            case .failure(let error): described.append("error \(error.description.replacingOccurrences(of: folder + "/", with: ""))")
            case .warning(let warning): described.append("warning \(warning.description.replacingOccurrences(of: folder + "/", with: ""))")
            }
        }
        #expect(described == [
            "doc a a.html: HTML doc.",
            "doc b b.txt: First doc.\n",
            "doc d1 lines.jsonl:1: Line one text.",
            "doc 7 lines.jsonl:2: Numbered id.",
            "error 'lines.jsonl' line 3: not valid JSON; fix or remove that line",
            "error 'lines.jsonl' line 5: not a JSON object; fix or remove that line",
            "doc lines-6 lines.jsonl:6: No id here.",
            "error 'lines.jsonl' line 7: no string field 'text' (choose the text field with the text-field option); fix or remove that line",
            "error 'lines.jsonl' line 8: field 'text' is empty; fix or remove that line",
            "doc d7 lines.jsonl:9: Last line, no newline.",
            "doc c sub/c.md: Heading\n\nMarkdown doc.",
        ])
    }

    @Test func customJSONFields() {
        let items = Array(DocumentSource(inputs: [textFixturePath("corpus/lines.jsonl")], options: .init(textField: "body", idField: "id")))
        let documents = items.compactMap { item -> Document? in
            if case .document(let document) = item { return document } else { return nil }
        }
        #expect(documents.map(\.id) == ["7"])
        #expect(documents.map(\.text) == ["x"])
    }

    @Test func reportsBadInputsAndContinues() {
        let items = Array(DocumentSource(inputs: [textFixturePath("nope.txt"), textFixturePath("corpus/b.txt"), textFixturePath("corpus/.hidden/../../empty.txt")]))
        #expect(items.count == 3)
        #expect(items[0] == .failure(.missing(path: textFixturePath("nope.txt"))))
        if case .document(let document) = items[1] { #expect(document.id == "b") } else { Issue.record("expected a document") }
        if case .failure(.empty) = items[2] {} else { Issue.record("expected an empty-file error") }
    }

    @Test func folderWithoutDocumentsIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Array(DocumentSource(inputs: [folder.path])) == [.failure(.noDocuments(path: folder.path))])
    }
}
