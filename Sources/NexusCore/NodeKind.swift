/// What a graph node stands for: an entity of one of the five types, or a commitment.
public enum NodeKind: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case person
    case country
    case organization
    case location
    case other
    case commitment

    public init(_ type: EntityType) {
        switch type {
        case .person: self = .person
        case .country: self = .country
        case .organization: self = .organization
        case .location: self = .location
        case .other: self = .other
        }
    }

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
