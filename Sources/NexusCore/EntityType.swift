/// The kinds of named entity Nexus recognizes.
///
/// `country` is a sovereign state (typed through the country gazetteer); `location` is any
/// other place: a city, region, continent or landmark.
public enum EntityType: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case person
    case country
    case organization
    case location

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
