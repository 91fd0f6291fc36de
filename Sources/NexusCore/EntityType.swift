/// The kinds of named entity Nexus recognizes.
///
/// `country` is a sovereign state (typed through the country gazetteer); `location` is any
/// other place: a city, region, continent or landmark. `other` is a name that is none of these:
/// an agreement or treaty ("Good Friday Agreement"), a law ("Patriot Act"), an event or
/// operation ("Operation Desert Storm", "World Cup"), a project or programme ("Marshall
/// Plan"), a product or publication ("Annual Report"). Other names are kept in the extraction
/// JSON, drawn only on request (`--with-other`) and never counted as organizations.
public enum EntityType: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case person
    case country
    case organization
    case location
    case other

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
