import Foundation
import NexusLearning

/// The binary format of a ``SyntaxModel`` (little-endian throughout).
///
/// ```
/// magic        8 bytes  "NEXUSUDP"
/// version      u32      SyntaxModelFile.version
/// templates    u32 TaggerFeatures.version, u32 ParserFeatures.version
/// tags         u32 count, then per class: UPOS and XPOS, each u32 length + UTF-8
/// relations    u32 count, then each u32 length + UTF-8
/// clusters     u32 count, then per word (sorted by hash) u64 word hash, 3 × u16 cluster numbers
/// tagger       weight table: f32 scale, u32 rows, then per row u64 feature hash, u16 n, n × u32 packed
///              entry (u16 class, i16 weight in units of scale; see SparseWeightTable)
/// parser       weight table, the same
/// temperature  f32      the parser's calibrated temperature (DependencyParser.temperature; 0 = none)
/// end          4 bytes  "END."
/// ```
/// Version 2 added the temperature; a version 1 file is read with temperature 0 (greedy parsing).
/// The tables are written in the row order of training, so the same training run writes the
/// same bytes.
public enum SyntaxModelFile {
    public static let magic = Array("NEXUSUDP".utf8)
    public static let version: UInt32 = 2

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case notAModel(path: String)
        case unsupportedVersion(path: String, found: UInt32)
        case templateVersionMismatch(path: String)
        case truncated(path: String)
        case corrupt(path: String, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "cannot read parser model '\(path)': \(reason); check the path"
            case .notAModel(let path): return "'\(path)' is not a Nexus parser model (bad magic header); train one with `nexus train-parser`"
            case .unsupportedVersion(let path, let found): return "parser model '\(path)' has format version \(found), this build reads version \(SyntaxModelFile.version); retrain with `nexus train-parser`"
            case .templateVersionMismatch(let path): return "parser model '\(path)' was trained with other feature templates than this build's; retrain with `nexus train-parser`"
            case .truncated(let path): return "parser model '\(path)' is truncated; retrain or copy it again"
            case .corrupt(let path, let reason): return "parser model '\(path)' is corrupt: \(reason); retrain with `nexus train-parser`"
            }
        }
    }

    /// Serialises a model.
    /// - Complexity: O(non-zero weights).
    public static func data(for model: SyntaxModel) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(model.parser.weights.entries.count * 4 + model.parser.weights.count * 10 + 1024)
        func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func string(_ s: String) { u32(UInt32(s.utf8.count)); out.append(contentsOf: s.utf8) }
        func table(_ t: SparseWeightTable) {
            u32(t.scale.bitPattern)
            u32(UInt32(t.count))
            for row in 0..<t.count {
                u64(t.keys[row])
                let range = Int(t.starts[row])..<Int(t.starts[row + 1])
                u16(UInt16(range.count))
                for e in range { u32(t.entries[e]) }
            }
        }
        out.append(contentsOf: magic)
        u32(version)
        u32(TaggerFeatures.version)
        u32(ParserFeatures.version)
        u32(UInt32(model.tagger.upos.count))
        for k in model.tagger.upos.indices { string(model.tagger.upos[k]); string(model.tagger.xpos[k]) }
        u32(UInt32(model.parser.relations.count))
        model.parser.relations.forEach(string)
        let clusters = model.clusters.clusters.sorted { $0.key < $1.key }
        u32(UInt32(clusters.count))
        for (key, c) in clusters { u64(key); u16(c[0]); u16(c[1]); u16(c[2]) }
        table(model.tagger.weights)
        table(model.parser.weights)
        u32(model.parser.temperature.bitPattern)
        out.append(contentsOf: Array("END.".utf8))
        return Data(out)
    }

    /// Reads a model file.
    public static func read(contentsOf url: URL) throws -> SyntaxModel {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) }
        catch { throw Failure.unreadable(path: url.path, reason: (error as NSError).localizedDescription) }
        return try decode(data, path: url.path)
    }

    /// Parses model bytes; `path` only names the source in errors.
    /// - Complexity: O(file size).
    public static func decode(_ data: Data, path: String) throws -> SyntaxModel {
        do {
            return try data.withUnsafeBytes { raw in try decode(raw, path: path) }
        } catch let error as ModelReadError {
            switch error {
            case .truncated(let path): throw Failure.truncated(path: path)
            case .corrupt(let path, let reason): throw Failure.corrupt(path: path, reason: reason)
            }
        }
    }

    private static func decode(_ raw: UnsafeRawBufferPointer, path: String) throws -> SyntaxModel {
        guard raw.count >= 8, Array(raw[0..<8]) == magic else { throw Failure.notAModel(path: path) }
        var reader = ModelByteReader(raw, path: path)
        reader.offset = 8
        let fileVersion = try reader.u32()
        guard fileVersion == 1 || fileVersion == version else { throw Failure.unsupportedVersion(path: path, found: fileVersion) }
        guard try reader.u32() == TaggerFeatures.version, try reader.u32() == ParserFeatures.version else {
            throw Failure.templateVersionMismatch(path: path)
        }
        let tagCount = Int(try reader.u32())
        guard tagCount > 0 && tagCount <= SparseWeightTable.maximumClasses else { throw Failure.corrupt(path: path, reason: "tag count \(tagCount)") }
        var upos: [String] = [], xpos: [String] = []
        for _ in 0..<tagCount { upos.append(try reader.string()); xpos.append(try reader.string()) }
        let relationCount = Int(try reader.u32())
        guard relationCount > 0 && relationCount <= ParserTrainer.maximumRelations else { throw Failure.corrupt(path: path, reason: "relation count \(relationCount)") }
        var relations: [String] = []
        for _ in 0..<relationCount { relations.append(try reader.string()) }
        guard relations.contains("root") else { throw Failure.corrupt(path: path, reason: "no 'root' relation") }
        let clusterCount = Int(try reader.u32())
        guard clusterCount < 1 << 24 else { throw Failure.corrupt(path: path, reason: "cluster count \(clusterCount)") }
        var clusters: [UInt64: SIMD4<UInt16>] = [:]
        clusters.reserveCapacity(clusterCount)
        for _ in 0..<clusterCount {
            let key = try reader.u64()
            clusters[key] = SIMD4(try reader.u16(), try reader.u16(), try reader.u16(), 1)
        }
        let taggerTable = try table(&reader, classCount: tagCount, path: path)
        let parserTable = try table(&reader, classCount: ArcEagerTransition.classCount(labels: relationCount), path: path)
        let temperature = fileVersion >= 2 ? try reader.f32() : 0
        guard temperature.isFinite && temperature >= 0 else { throw Failure.corrupt(path: path, reason: "temperature \(temperature)") }
        guard try reader.bytes(4) == Array("END.".utf8) else { throw Failure.corrupt(path: path, reason: "missing end marker") }
        return SyntaxModel(tagger: PartOfSpeechTagger(upos: upos, xpos: xpos, weights: taggerTable),
                           parser: DependencyParser(relations: relations, weights: parserTable, temperature: temperature),
                           clusters: WordClusters(clusters: clusters))
    }

    private static func table(_ reader: inout ModelByteReader, classCount: Int, path: String) throws -> SparseWeightTable {
        let scale = try reader.f32()
        guard scale.isFinite && scale > 0 else { throw Failure.corrupt(path: path, reason: "weight scale \(scale)") }
        let rows = Int(try reader.u32())
        var keys = [UInt64](), starts: [UInt32] = [0], entries: [UInt32] = []
        keys.reserveCapacity(rows)
        starts.reserveCapacity(rows + 1)
        for _ in 0..<rows {
            let key = try reader.u64()
            guard key != 0 else { throw Failure.corrupt(path: path, reason: "feature hash 0") }
            keys.append(key)
            let n = Int(try reader.u16())
            for _ in 0..<n {
                let entry = try reader.u32()
                guard Int(entry & 0xFFFF) < classCount else { throw Failure.corrupt(path: path, reason: "class \(entry & 0xFFFF) of \(classCount)") }
                entries.append(entry)
                guard entries.count <= SparseWeightTable.maximumEntries else { throw Failure.corrupt(path: path, reason: "more than \(SparseWeightTable.maximumEntries) weights") }
            }
            starts.append(UInt32(entries.count))
        }
        return SparseWeightTable(classCount: classCount, scale: scale, keys: keys, starts: starts, entries: entries)
    }
}
