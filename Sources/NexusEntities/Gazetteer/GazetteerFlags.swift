/// Per-token gazetteer membership, in the BIO scheme: `B` on the first token of a match, `I` on
/// the following ones. A token can carry several flags (an overlap of kinds).
public struct GazetteerFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let beginCountry = GazetteerFlags(rawValue: 1 << 0)
    public static let insideCountry = GazetteerFlags(rawValue: 1 << 1)
    public static let beginLocation = GazetteerFlags(rawValue: 1 << 2)
    public static let insideLocation = GazetteerFlags(rawValue: 1 << 3)
    public static let beginOrganization = GazetteerFlags(rawValue: 1 << 4)
    public static let insideOrganization = GazetteerFlags(rawValue: 1 << 5)
    public static let beginDemonym = GazetteerFlags(rawValue: 1 << 6)
    public static let insideDemonym = GazetteerFlags(rawValue: 1 << 7)
    public static let beginTitle = GazetteerFlags(rawValue: 1 << 8)
    public static let insideTitle = GazetteerFlags(rawValue: 1 << 9)
    public static let honorific = GazetteerFlags(rawValue: 1 << 10)

    /// Every flag with a stable feature name, in bit order.
    public static let named: [(flag: GazetteerFlags, name: String)] = [
        (.beginCountry, "B-COUNTRY"), (.insideCountry, "I-COUNTRY"),
        (.beginLocation, "B-LOC"), (.insideLocation, "I-LOC"),
        (.beginOrganization, "B-ORG"), (.insideOrganization, "I-ORG"),
        (.beginDemonym, "B-DEMONYM"), (.insideDemonym, "I-DEMONYM"),
        (.beginTitle, "B-TITLE"), (.insideTitle, "I-TITLE"),
        (.honorific, "HONORIFIC"),
    ]

    /// The feature names of the flags set, in bit order ("B-COUNTRY", "I-TITLE", ...).
    public var names: [String] {
        Self.named.filter { contains($0.flag) }.map(\.name)
    }

    /// The begin and inside flags of a kind; honorifics use one flag for every token.
    static func flags(for kind: GazetteerKind) -> (begin: GazetteerFlags, inside: GazetteerFlags) {
        switch kind {
        case .country: return (.beginCountry, .insideCountry)
        case .location: return (.beginLocation, .insideLocation)
        case .organization: return (.beginOrganization, .insideOrganization)
        case .demonym: return (.beginDemonym, .insideDemonym)
        case .title: return (.beginTitle, .insideTitle)
        case .honorific: return (.honorific, .honorific)
        }
    }
}
