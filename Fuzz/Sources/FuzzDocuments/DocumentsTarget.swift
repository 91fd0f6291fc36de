import Foundation
import FuzzSupport
import NexusCore
import NexusText

/// Fuzz target for the document readers: the input is a file's bytes, read the way
/// `nexus extract` reads it as plain text, as Markdown, as HTML (``DocumentReader``, which
/// decodes UTF-8 / UTF-16 / Windows-1252 through ``TextDecoding`` and reduces the markup), and
/// as a JSON Lines file (``DocumentSource`` over a scratch `.jsonl` file, one document per line).
///
/// Checked on every input, besides "does not crash":
/// - a document that is read has the id and path it was given, no sentences or mentions yet,
///   a text with a non-whitespace scalar and no carriage return (line endings are normalized);
/// - reading the same bytes twice gives the same document (no hidden state);
/// - refusals are the documented ones: empty or binary for bytes in memory; a bad line, a
///   warning about a date, or a document for JSON Lines; never a file-level error, since the
///   scratch file exists and is readable.
@_cdecl("LLVMFuzzerTestOneInput")
public func documentsTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    for format in [DocumentFormat.text, .markdown, .html] { readInMemory(bytes, format: format) }
    readJSONLines(bytes)
    return 0
}

let reader = DocumentReader()

func readInMemory(_ bytes: [UInt8], format: DocumentFormat) {
    let first: Result<Document, DocumentError> = Result { () throws(DocumentError) in
        try reader.document(bytes: bytes, id: "fuzz", path: "fuzz.\(format.rawValue)", format: format)
    }
    let second: Result<Document, DocumentError> = Result { () throws(DocumentError) in
        try reader.document(bytes: bytes, id: "fuzz", path: "fuzz.\(format.rawValue)", format: format)
    }
    fuzzCheck(first == second, "\(format): two reads of the same bytes differ")
    switch first {
    case .success(let document):
        checkDocument(document, id: "fuzz", path: "fuzz.\(format.rawValue)", context: "\(format)")
    case .failure(let error):
        switch error {
        case .empty, .binary: break
        default: fuzzCheck(false, "\(format): bytes in memory refused as \(error)")
        }
    }
}

func checkDocument(_ document: Document, id: String?, path: String, context: String) {
    if let id { fuzzCheck(document.id == id, "\(context): id \(document.id) instead of \(id)") }
    fuzzCheck(document.path == path, "\(context): path \(document.path) instead of \(path)")
    fuzzCheck(document.sentences.isEmpty && document.mentions.isEmpty, "\(context): sentences or mentions before splitting")
    fuzzCheck(document.text.unicodeScalars.contains { !$0.properties.isWhitespace }, "\(context): a blank text was accepted")
    fuzzCheck(!document.text.unicodeScalars.contains("\r"), "\(context): a carriage return is left in the text")
}

/// One scratch file per process, rewritten for every input.
let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("nexus-fuzz-\(ProcessInfo.processInfo.processIdentifier).jsonl").path

func readJSONLines(_ bytes: [UInt8]) {
    guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes)) else {
        fuzzCheck(false, "cannot write the scratch file \(scratch)")
        return
    }
    let stem = URL(fileURLWithPath: scratch).deletingPathExtension().lastPathComponent
    var lineNumbers: [Int] = []
    for item in DocumentSource(inputs: [scratch]) {
        switch item {
        case .document(let document):
            checkDocument(document, id: nil, path: document.path, context: "jsonl")
            fuzzCheck(document.path.hasPrefix(scratch + ":"), "jsonl: path \(document.path) does not name the file and line")
            fuzzCheck(!document.id.isEmpty, "jsonl: empty id (the default is \(stem)-LINE)")
            if let number = Int(document.path.dropFirst(scratch.count + 1)) { lineNumbers.append(number) }
        case .failure(.badJSONLine(_, let line, _)):
            lineNumbers.append(line)
        case .failure(let error):
            fuzzCheck(false, "jsonl: file-level refusal \(error)")
        case .warning:
            break
        }
    }
    fuzzCheck(lineNumbers == lineNumbers.sorted(), "jsonl: lines out of order \(lineNumbers)")
}
