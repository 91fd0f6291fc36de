/// Sequential little-endian reads with bounds checks.
public struct ModelByteReader {
    let raw: UnsafeRawBufferPointer
    let path: String
    public var offset = 0

    public init(_ raw: UnsafeRawBufferPointer, path: String) { self.raw = raw; self.path = path }

    private mutating func need(_ n: Int) throws {
        guard offset + n <= raw.count else { throw ModelReadError.truncated(path: path) }
    }
    public mutating func u8() throws -> UInt8 { try need(1); defer { offset += 1 }; return raw[offset] }
    public mutating func u16() throws -> UInt16 {
        try need(2); defer { offset += 2 }
        return UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }
    public mutating func u32() throws -> UInt32 {
        try need(4); defer { offset += 4 }
        return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
    public mutating func u64() throws -> UInt64 {
        try need(8); defer { offset += 8 }
        return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    public mutating func f32() throws -> Float { Float(bitPattern: try u32()) }
    public mutating func bytes(_ n: Int) throws -> [UInt8] {
        try need(n); defer { offset += n }
        return Array(raw[offset..<(offset + n)])
    }
    public mutating func string() throws -> String {
        let n = Int(try u32())
        guard n < 1 << 20 else { throw ModelReadError.corrupt(path: path, reason: "string length \(n)") }
        return String(decoding: try bytes(n), as: UTF8.self)
    }
}
