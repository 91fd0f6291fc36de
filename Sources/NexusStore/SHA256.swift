import Foundation

/// The SHA-256 digest (FIPS 180-4, section 6.2) of a byte sequence, used as the content hash
/// of a stored document.
///
/// Foundation on Linux offers no SHA-256 and swift-crypto is not a dependency, so the
/// function is written out here: the message is padded with a 1 bit, zeros and its length in
/// bits (64-bit big-endian) to a multiple of 512 bits, and each 512-bit block runs the 64
/// rounds of the compression function over the eight 32-bit working variables.
///
/// ```swift
/// SHA256.hex(of: Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
///
/// - Complexity: O(n) for n bytes; the input is read once, block by block, with O(1) extra
///   memory beyond the 64-byte padding tail.
public enum SHA256 {
    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection>(of bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// A digest computed piece by piece, for input too large to hold at once (a file read a
    /// chunk at a time): `update` with each piece in order, then `finalize` once. The digest
    /// is that of the pieces concatenated.
    public struct Hasher: Sendable {
        private var state = SHA256.initialState
        /// The bytes of the current block not yet compressed (fewer than 64).
        private var block: [UInt8] = []
        private var length: UInt64 = 0

        public init() {
            block.reserveCapacity(64)
        }

        /// Adds `bytes` to the message.
        public mutating func update<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            length &+= UInt64(bytes.count)
            for byte in bytes {
                block.append(byte)
                if block.count == 64 {
                    SHA256.compress(&state, block)
                    block.removeAll(keepingCapacity: true)
                }
            }
        }

        /// The digest of everything added. Padding: 0x80, zeros up to 56 mod 64, then the
        /// message length in bits.
        public mutating func finalize() -> [UInt8] {
            let bitLength = length &* 8
            block.append(0x80)
            if block.count > 56 {
                block += [UInt8](repeating: 0, count: 64 - block.count)
                SHA256.compress(&state, block)
                block.removeAll(keepingCapacity: true)
            }
            block += [UInt8](repeating: 0, count: 56 - block.count)
            for shift in stride(from: 56, through: 0, by: -8) { block.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
            SHA256.compress(&state, block)
            return state.flatMap { word in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) } }
        }
    }

    /// The digest as 64 lowercase hexadecimal digits.
    public static func hex<Bytes: Collection>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hex(digest(of: bytes))
    }

    /// The hex digest of the file at `url` and its size in bytes, read 1 MiB at a time, so a
    /// file of any size costs 1 MiB of memory.
    public static func hex(ofFileAt url: URL) throws -> (hex: String, bytes: Int) {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = Hasher()
        var bytes = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(chunk)
            bytes += chunk.count
        }
        return (hex(hasher.finalize()), bytes)
    }

    private static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The hex digest of a string's UTF-8 bytes.
    public static func hex(of text: String) -> String { hex(of: Array(text.utf8)) }

    /// H(0): the first 32 bits of the fractional parts of the square roots of the first 8 primes.
    fileprivate static let initialState: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]

    /// K: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// One application of the compression function to a 64-byte block (FIPS 180-4, 6.2.2).
    fileprivate static func compress(_ state: inout [UInt32], _ block: [UInt8]) {
        var w = [UInt32](repeating: 0, count: 64)
        for t in 0..<16 {
            w[t] = UInt32(block[4 * t]) << 24 | UInt32(block[4 * t + 1]) << 16 | UInt32(block[4 * t + 2]) << 8 | UInt32(block[4 * t + 3])
        }
        for t in 16..<64 {
            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = state[0], b = state[1], c = state[2], d = state[3]
        var e = state[4], f = state[5], g = state[6], h = state[7]
        for t in 0..<64 {
            let sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choose = (e & f) ^ (~e & g)
            let t1 = h &+ sum1 &+ choose &+ roundConstants[t] &+ w[t]
            let sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = sum0 &+ majority
            h = g; g = f; f = e; e = d &+ t1
            d = c; c = b; b = a; a = t1 &+ t2
        }
        state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
        state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
    }
}
