/// One real-world actor or place, with every name it was given.
public struct Entity: Hashable, Codable, Sendable {
    /// Stable id, `<type>:<slug of name>` (see ``EntityID``).
    public var id: String
    /// The canonical display name.
    public var name: String
    public var type: EntityType
    /// Other names seen for this entity, sorted.
    public var aliases: [String]
    /// Roles given by titles ("Secretary of State"), sorted.
    public var roles: [String]
    /// Where it is named, in document order.
    public var mentions: [Mention]

    public init(
        id: String, name: String, type: EntityType, aliases: [String] = [], roles: [String] = [],
        mentions: [Mention] = []
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
    }
}
