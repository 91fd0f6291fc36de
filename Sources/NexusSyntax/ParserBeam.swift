/// How the parser searches for a sentence's transition sequence: greedily (width 1) or with a
/// beam of the `width` most probable partial sequences, ranked by the sum of the calibrated
/// log-probabilities of their transitions (``DependencyParser/temperature``).
///
/// A partial sequence whose log-probability falls more than `threshold` below the best one's
/// is dropped (threshold pruning, as in the beam decoders of statistical machine translation,
/// Koehn 2004): where the parser is sure of a transition the beam holds one sequence and costs
/// what the greedy parser does, and only where transitions are close does it follow several.
/// The parser was trained locally, one transition at a time (``ParserTrainer``); the beam
/// then prefers a sequence through configurations the parser is sure of to one that takes the
/// locally best transition into a configuration where it is not. A parser trained for the
/// beam (globally, Zhang & Clark 2008; Zhang & Nivre 2011) would gain more from it.
public struct ParserBeam: Sendable, Equatable {
    /// The most partial sequences kept; 1 is greedy.
    public var width: Int
    /// The largest log-probability (natural logarithm) a kept sequence may lie below the best.
    public var threshold: Double

    /// `threshold` defaults to 3 (a sequence e^3 ≈ 20 times less probable than the best),
    /// chosen on EWT dev for a width of 8 (docs/parser.md).
    public init(width: Int, threshold: Double = 3) {
        self.width = width
        self.threshold = threshold
    }

    /// One sequence: at each configuration the transition of highest score. The default of
    /// every command and of the pipeline.
    public static let greedy = ParserBeam(width: 1, threshold: 0)
}
