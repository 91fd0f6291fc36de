import Foundation
import NexusCore
import NexusLearning

/// The tagger's binary model format (little-endian throughout).
///
/// ```
/// magic        8 bytes  "NEXUSNER"
/// version      u32      ModelFile.version
/// features     u32      FeaturesExtractor.version at training time
/// gazetteer    u32 length + UTF-8 name
/// tags         u32 count, then per tag u32 length + UTF-8
/// transitions  (T+1)·T f32, row T = sentence start
/// lexicon      u32 count, then per entry u64 hash + u8 class (sorted by hash)
/// profiles     u32 count, then per entry u64 hash + u8 label-profile class (sorted by hash), auxiliary corpus
/// profiles     the same for the training data
/// clusters     u32 count, then per entry u64 hash + u64 packed clusters (sorted by hash; see FeaturesLexicon)
/// web          u32 count, then per entry u64 hash + u32 packed web class and Brown path (sorted by hash)
/// weights      u32 count, then per feature u64 hash, u8 n, n × (u8 tag, f32 weight) (in the model's row order:
///              most frequent training features first)
/// end          4 bytes  "END."
/// ```
/// Weights with |w| below the pruning threshold are not written; a feature with none left is dropped.
public enum ModelFile {
    public static let magic = Array("NEXUSNER".utf8)
    public static let version: UInt32 = 3

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case notAModel(path: String)
        case unsupportedVersion(path: String, found: UInt32)
        case featureVersionMismatch(path: String, found: UInt32)
        case truncated(path: String)
        case corrupt(path: String, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "cannot read model '\(path)': \(reason); check the path"
            case .notAModel(let path): return "'\(path)' is not a Nexus tagger model (bad magic header); train one with `nexus train`"
            case .unsupportedVersion(let path, let found): return "model '\(path)' has format version \(found), this build reads version \(ModelFile.version); retrain with `nexus train`"
            case .featureVersionMismatch(let path, let found): return "model '\(path)' was trained with feature templates v\(found), this build uses v\(FeaturesExtractor.version); retrain with `nexus train`"
            case .truncated(let path): return "model '\(path)' is truncated; retrain or copy it again"
            case .corrupt(let path, let reason): return "model '\(path)' is corrupt: \(reason); retrain with `nexus train`"
            }
        }

        /// The same failure, from the byte reader.
        init(_ error: ModelReadError) {
            switch error {
            case .truncated(let path): self = .truncated(path: path)
            case .corrupt(let path, let reason): self = .corrupt(path: path, reason: reason)
            }
        }
    }

    /// Serialises a model.
    /// - Complexity: O(features · T).
    public static func data(for model: TaggerModel) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(model.features.count * 24)
        func u8(_ v: UInt8) { out.append(v) }
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        func string(_ s: String) { u32(UInt32(s.utf8.count)); out.append(contentsOf: s.utf8) }
        out.append(contentsOf: magic)
        u32(version)
        u32(model.featureVersion)
        string(model.gazetteerName)
        u32(UInt32(model.tagSet.count))
        model.tagSet.tags.forEach(string)
        model.transitions.forEach(f32)
        let lexicon = model.lexicon.classes.sorted { $0.key < $1.key }
        u32(UInt32(lexicon.count))
        for (key, value) in lexicon { u64(key); u8(value) }
        let profiles = model.lexicon.labels.sorted { $0.key < $1.key }
        u32(UInt32(profiles.count))
        for (key, value) in profiles { u64(key); u8(value) }
        let trainingProfiles = model.lexicon.trainingLabels.sorted { $0.key < $1.key }
        u32(UInt32(trainingProfiles.count))
        for (key, value) in trainingProfiles { u64(key); u8(value) }
        let clusters = model.lexicon.clusters.sorted { $0.key < $1.key }
        u32(UInt32(clusters.count))
        for (key, value) in clusters { u64(key); u64(value) }
        let web = model.lexicon.web
        u32(UInt32(web.keys.count))
        for (key, value) in zip(web.keys, web.values) { u64(key); u32(value) }
        let t = model.tagSet.count
        let table = model.features
        var written = 0
        var body = [UInt8]()
        swap(&out, &body)
        for row in table.rowKeys.indices {
            let nonZero = (0..<t).filter { table.weights[row * t + $0] != 0 }
            guard !nonZero.isEmpty else { continue }
            u64(table.rowKeys[row]); u8(UInt8(nonZero.count))
            for y in nonZero { u8(UInt8(y)); f32(table.weights[row * t + y]) }
            written += 1
        }
        swap(&out, &body)
        u32(UInt32(written))
        out.append(contentsOf: body)
        out.append(contentsOf: Array("END.".utf8))
        return Data(out)
    }

    /// Writes a model atomically.
    public static func write(_ model: TaggerModel, to url: URL) throws {
        try AtomicFile.write(data(for: model), to: url)
    }

    /// Reads a model file.
    public static func read(contentsOf url: URL) throws -> TaggerModel {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) }
        catch { throw Failure.unreadable(path: url.path, reason: (error as NSError).localizedDescription) }
        return try decode(data, path: url.path)
    }

    /// Parses model bytes; `path` only names the source in errors.
    /// - Complexity: O(file size).
    public static func decode(_ data: Data, path: String) throws -> TaggerModel {
        do { return try decodeBytes(data, path: path) }
        catch let error as ModelReadError { throw Failure(error) }
    }

    private static func decodeBytes(_ data: Data, path: String) throws -> TaggerModel {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> TaggerModel in
            var reader = ModelByteReader(raw, path: path)
            guard raw.count >= 8, Array(raw[0..<8]) == magic else { throw Failure.notAModel(path: path) }
            reader.offset = 8
            let fileVersion = try reader.u32()
            guard fileVersion == version else { throw Failure.unsupportedVersion(path: path, found: fileVersion) }
            let featureVersion = try reader.u32()
            guard featureVersion == FeaturesExtractor.version else { throw Failure.featureVersionMismatch(path: path, found: featureVersion) }
            let gazetteer = try reader.string()
            let tagCount = Int(try reader.u32())
            guard tagCount > 0 && tagCount < 256 else { throw Failure.corrupt(path: path, reason: "tag count \(tagCount)") }
            var tags: [String] = []
            for _ in 0..<tagCount { tags.append(try reader.string()) }
            guard let tagSet = PerceptronTagSet(tags: tags) else { throw Failure.corrupt(path: path, reason: "tags are not a BILOU set") }
            var transitions: [Float] = []
            for _ in 0..<((tagCount + 1) * tagCount) { transitions.append(try reader.f32()) }
            /// A table written as a count, then per entry a u64 key and a value.
            func table<Value>(_ value: (inout ModelByteReader) throws -> Value) throws -> [UInt64: Value] {
                let count = Int(try reader.u32())
                var out: [UInt64: Value] = [:]
                out.reserveCapacity(count)
                for _ in 0..<count {
                    let key = try reader.u64()
                    out[key] = try value(&reader)
                }
                return out
            }
            let classes = try table { try $0.u8() }
            let labels = try table { try $0.u8() }
            let trainingLabels = try table { try $0.u8() }
            let clusters = try table { try $0.u64() }
            let webCount = Int(try reader.u32())
            var webKeys = [UInt64](), webValues = [UInt32]()
            webKeys.reserveCapacity(webCount); webValues.reserveCapacity(webCount)
            for _ in 0..<webCount {
                let key = try reader.u64()
                guard key > (webKeys.last ?? 0) else { throw Failure.corrupt(path: path, reason: "web lexicon keys out of order") }
                webKeys.append(key)
                webValues.append(try reader.u32())
            }
            let web = FeaturesLexicon.WebEntries(keys: webKeys, values: webValues)
            let featureCount = Int(try reader.u32())
            var keys = [UInt64](); keys.reserveCapacity(featureCount)
            var weights = [Float](repeating: 0, count: featureCount * tagCount)
            for row in 0..<featureCount {
                let key = try reader.u64()
                guard key != 0 else { throw Failure.corrupt(path: path, reason: "feature hash 0") }
                keys.append(key)
                let n = Int(try reader.u8())
                for _ in 0..<n {
                    let y = Int(try reader.u8())
                    guard y < tagCount else { throw Failure.corrupt(path: path, reason: "tag index \(y)") }
                    weights[row * tagCount + y] = try reader.f32()
                }
            }
            guard try reader.bytes(4) == Array("END.".utf8) else { throw Failure.corrupt(path: path, reason: "missing end marker") }
            return TaggerModel(tagSet: tagSet, transitions: transitions,
                               features: ModelFeatureTable(keys: keys, weights: weights, tagCount: tagCount),
                               lexicon: FeaturesLexicon(classes: classes, labels: labels, trainingLabels: trainingLabels, clusters: clusters, web: web), gazetteerName: gazetteer,
                               featureVersion: featureVersion)
        }
    }
}
