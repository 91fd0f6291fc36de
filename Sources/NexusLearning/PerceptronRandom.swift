/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator for reproducible shuffles.
public struct PerceptronRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeaturesHasher.mix(state &- 0x9e37_79b9_7f4a_7c15)
    }
}
