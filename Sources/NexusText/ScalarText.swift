/// A text laid out for fast scanning: its Unicode scalars in an array (so a scalar offset is
/// an array index, the convention of ``NexusCore/TextRange``), its UTF-8 bytes, and where each
/// scalar starts in those bytes, so substrings are cut from the bytes without re-walking the
/// string.
///
/// - Complexity: O(n) to build, O(length) per substring; 4 + 4 + 1..4 bytes per scalar.
struct ScalarText: Sendable {
    /// Scalar values, one per Unicode scalar of the text.
    let scalars: [UInt32]
    /// UTF-8 encoding of the text.
    let utf8: [UInt8]
    /// `byteOffsets[k]` is the UTF-8 offset of scalar `k`; the last element is `utf8.count`.
    let byteOffsets: [Int32]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var scalars: [UInt32] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        var position = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar.value)
            offsets.append(Int32(position))
            position += UTF8.width(scalar)
        }
        offsets.append(Int32(position))
        self.scalars = scalars
        self.utf8 = bytes
        self.byteOffsets = offsets
    }

    var count: Int { scalars.count }

    /// The text of scalars `start..<end`.
    func string(_ start: Int, _ end: Int) -> String {
        let lower = Int(byteOffsets[start])
        let upper = Int(byteOffsets[end])
        return utf8.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
        }
    }
}
