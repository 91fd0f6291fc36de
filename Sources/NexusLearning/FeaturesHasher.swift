/// 64-bit hashing of feature parts without building strings.
///
/// Atoms (a word, a shape, an affix) are hashed with FNV-1a over their UTF-8 bytes
/// (Fowler, Noll & Vo); a feature combines a template number with one to three atoms through
/// a multiply–xorshift mixer (the SplitMix64 finalizer, Steele, Lea & Flood 2014).
/// Values are stable across runs and platforms (no per-process seeding), which the model file relies on.
/// A hash is never 0: 0 marks an empty slot in ``ModelFeatureTable``.
public enum FeaturesHasher {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a of one byte appended to a running hash.
    @inlinable @inline(__always)
    public static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// FNV-1a of a byte sequence.
    @inlinable @inline(__always)
    public static func hash<S: Sequence>(bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = offsetBasis
        for b in bytes { h = add(b, to: h) }
        return h
    }

    /// FNV-1a of a string's UTF-8 bytes.
    @inlinable @inline(__always)
    public static func hash(_ string: String) -> UInt64 {
        hash(bytes: string.utf8)
    }

    /// SplitMix64 finalizer.
    @inlinable @inline(__always)
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The feature of `template` over one atom.
    @inlinable @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        nonZero(mix(mix(template &* 0x100_0000_01b3) ^ a))
    }

    /// The feature of `template` over two atoms (order matters).
    @inlinable @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        nonZero(mix(mix(mix(template &* 0x100_0000_01b3) ^ a) ^ b))
    }

    /// The feature of `template` over three atoms (order matters).
    @inlinable @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        nonZero(mix(mix(mix(mix(template &* 0x100_0000_01b3) ^ a) ^ b) ^ c))
    }

    @inlinable @inline(__always)
    static func nonZero(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }
}
