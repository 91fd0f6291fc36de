/// A CAMEO root event category, "01" to "20" (Conflict and Mediation Event Observations,
/// Schrodt 2012, *CAMEO Event and Actor Codebook*, version 1.1b3).
///
/// Nexus codes events at the root level; a finer code from the lexicon ("073") is reduced
/// to its first two digits.
public struct EventCode: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// The root, 1...20.
    public let root: Int

    /// The code of `root` when it is 1...20.
    public init?(root: Int) {
        guard (1...20).contains(root) else { return nil }
        self.root = root
    }

    /// Reads "07", "7" or a finer code such as "073" (its first two digits); nil otherwise.
    public init?(_ text: String) {
        let digits = text.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal && $0.isASCII }
        guard digits, (1...4).contains(text.count) else { return nil }
        let rootText = text.count <= 2 ? text : String(text.prefix(2))
        guard let value = Int(rootText) else { return nil }
        self.init(root: value)
    }

    /// Two digits: "07".
    public var description: String { root < 10 ? "0\(root)" : "\(root)" }

    /// The root's label as Nexus prints it ("provide aid").
    public var label: String { EventCode.labels[root - 1] }

    public var quad: QuadClass { QuadClass(root: root)! }

    /// Labels of the 20 roots, after the codebook's category names.
    public static let labels = [
        "make public statement", "appeal", "express intent to cooperate", "consult",
        "engage in diplomatic cooperation", "engage in material cooperation", "provide aid", "yield",
        "investigate", "demand", "disapprove", "reject", "threaten", "protest", "exhibit force posture",
        "reduce relations", "coerce", "assault", "fight", "use unconventional mass violence",
    ]

    public static var all: [EventCode] { (1...20).map { EventCode(root: $0)! } }

    public static func < (lhs: EventCode, rhs: EventCode) -> Bool { lhs.root < rhs.root }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = EventCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a CAMEO root code 01-20"))
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
