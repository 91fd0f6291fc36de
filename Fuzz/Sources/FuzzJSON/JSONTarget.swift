import Foundation
import FuzzSupport
import NexusCore
import NexusExport

/// Fuzz target for the two JSON readers: every input is given to both the saved-graph reader
/// (``GraphJSON/decode(_:path:)``, `*.graph.json`, Foundation's JSON decoder) and the
/// extraction reader (``ExtractionJSON/read(_:file:)``, `nexus extract --format json` output,
/// Nexus's own ``JSONParser``), so a seed of either kind exercises both.
///
/// Checked on every input, besides "does not crash":
/// - a graph that is read is valid (no edge to a missing node, no id twice) and survives a
///   round trip: writing it with ``GraphJSON/encode(_:)`` and reading that back gives the same
///   graph in canonical order;
/// - an extraction that is read survives a round trip through the full writer
///   (``ExtractionJSON/Detail/full`` with syntax), which promises to give back exactly the
///   ``CorpusExtraction`` that was written;
/// - a refusal is a typed error with a message (never an empty one).
@_cdecl("LLVMFuzzerTestOneInput")
public func jsonTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    checkGraph(Data(bytes))
    checkExtraction(String(decoding: bytes, as: UTF8.self))
    return 0
}

func checkGraph(_ data: Data) {
    let graph: EntityGraph
    do {
        graph = try GraphJSON.decode(data, path: "fuzz.graph.json")
    } catch {
        fuzzCheck(!error.description.isEmpty, "graph JSON: refusal without a message")
        return
    }
    fuzzCheck(graph.validationProblems().isEmpty, "graph JSON: an invalid graph was accepted: \(graph.validationProblems())")
    let written: Data
    do {
        written = try GraphJSON.encode(graph)
    } catch {
        fuzzCheck(false, "graph JSON: a graph that was read cannot be written: \(error)")
        return
    }
    do {
        let again = try GraphJSON.decode(written, path: "written.graph.json")
        fuzzCheck(again == graph.sorted(), "graph JSON: the graph changed in a write and read")
    } catch {
        fuzzCheck(false, "graph JSON: the written graph cannot be read back: \(error)")
    }
}

func checkExtraction(_ text: String) {
    let corpus: CorpusExtraction
    do {
        corpus = try ExtractionJSON.read(text, file: "fuzz.json")
    } catch {
        fuzzCheck(!error.description.isEmpty, "extraction JSON: refusal without a message")
        return
    }
    let written = ExtractionJSON(detail: .full, syntax: true).string(corpus)
    do {
        let again = try ExtractionJSON.read(written, file: "written.json")
        fuzzCheck(again == corpus, "extraction JSON: the corpus changed in a full write and read")
    } catch {
        fuzzCheck(false, "extraction JSON: the written corpus cannot be read back: \(error)")
    }
}
