import NexusLearning

/// The hashed pieces of one word that the tagger's and the parser's feature templates combine.
///
/// Normalization: `lower` is the lower-cased form with every decimal digit replaced by `0`
/// (so "1,250" and "3,999" share one atom); `shape` maps upper-case letters to X, lower-case to
/// x, digits to d and keeps other characters, collapsing runs longer than two ("Al-Zaman" →
/// "Xx-Xx", "2021" → "dd"); affixes are taken from the lower-cased form, in Unicode scalars.
public struct WordAtoms: Sendable, Equatable {
    public var form: UInt64
    public var lower: UInt64
    public var shape: UInt64
    public var prefix1: UInt64
    public var prefix3: UInt64
    public var suffix1: UInt64
    public var suffix2: UInt64
    public var suffix3: UInt64
    public var suffix4: UInt64
    /// Cluster numbers at 64, 256 and 1,024 clusters (``WordClusters``), or a constant for
    /// words without a cluster.
    public var cluster64: UInt64
    public var cluster256: UInt64
    public var cluster1024: UInt64

    /// The atoms of a padding position before the first or after the last word.
    public static let boundary = WordAtoms(constant: 0x5eed_0000_0000_0001)
    /// The atoms of the artificial root.
    public static let root = WordAtoms(constant: 0x5eed_0000_0000_0002)

    private init(constant: UInt64) {
        form = constant; lower = constant; shape = constant
        prefix1 = constant; prefix3 = constant
        suffix1 = constant; suffix2 = constant; suffix3 = constant; suffix4 = constant
        cluster64 = constant; cluster256 = constant; cluster1024 = constant
    }

    /// The hash of the normalised word (lower case, digits as 0) of `word`.
    public static func lowerHash(_ word: String) -> UInt64 { WordAtoms(word).lower }

    public init(_ word: String, clusters: WordClusters = .empty) {
        form = FeaturesHasher.hash(word)
        var lowered: [Unicode.Scalar] = []
        lowered.reserveCapacity(word.utf8.count)
        var shapeBytes: [UInt8] = []
        var run = 0
        for scalar in word.unicodeScalars {
            let c: UInt8
            let v = scalar.value
            if v < 0x80 {
                // ASCII without the Unicode property tables (the same answers, much faster).
                switch v {
                case 0x30...0x39: lowered.append("0"); c = UInt8(ascii: "d")
                case 0x41...0x5A: lowered.append(Unicode.Scalar(UInt8(v + 0x20))); c = UInt8(ascii: "X")
                case 0x61...0x7A: lowered.append(scalar); c = UInt8(ascii: "x")
                default: lowered.append(scalar); c = UInt8(v)
                }
            } else {
                let properties = scalar.properties
                if properties.numericType == .decimal {
                    lowered.append("0"); c = UInt8(ascii: "d")
                } else if properties.isUppercase {
                    lowered.append(contentsOf: properties.lowercaseMapping.unicodeScalars); c = UInt8(ascii: "X")
                } else if properties.isLowercase {
                    lowered.append(scalar); c = UInt8(ascii: "x")
                } else {
                    lowered.append(scalar); c = UInt8(ascii: "*")
                }
            }
            if c == shapeBytes.last { run += 1 } else { run = 1 }
            if run <= 2 { shapeBytes.append(c) }
        }
        /// FNV-1a over the UTF-8 bytes of the scalars.
        func hash<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
            var h = FeaturesHasher.offsetBasis
            for s in scalars {
                if s.value < 0x80 { h = FeaturesHasher.add(UInt8(s.value), to: h); continue }
                for b in UTF8.encode(s)! { h = FeaturesHasher.add(b, to: h) }
            }
            return h
        }
        lower = hash(lowered)
        shape = FeaturesHasher.hash(bytes: shapeBytes)
        prefix1 = hash(lowered.prefix(1))
        prefix3 = hash(lowered.prefix(3))
        suffix1 = hash(lowered.suffix(1))
        suffix2 = hash(lowered.suffix(2))
        suffix3 = hash(lowered.suffix(3))
        suffix4 = hash(lowered.suffix(4))
        let none: UInt64 = 0x5eed_0000_0000_0004
        if let c = clusters.lookup(lower) {
            cluster64 = UInt64(c[0]) + 1; cluster256 = UInt64(c[1]) + 1; cluster1024 = UInt64(c[2]) + 1
        } else {
            cluster64 = none; cluster256 = none; cluster1024 = none
        }
    }
}
