/// Everything extraction found in one document: its entities (resolved inside the document,
/// with corpus-wide ids), the relations between them and the commitments made.
public struct DocumentExtraction: Hashable, Codable, Sendable {
    /// The document, with its sentences and raw mentions.
    public var document: Document
    /// Entities named in this document, sorted by id. Ids are corpus-wide: the same
    /// real-world entity has the same id in every document of one run.
    public var entities: [Entity]
    /// Affiliation and co-mention relations, each with its evidence.
    public var relations: [Relation]
    public var commitments: [Commitment]
    /// CAMEO-coded events (asserted, negated and hypothetical), in sentence order.
    public var events: [Event]

    public init(document: Document, entities: [Entity] = [], relations: [Relation] = [], commitments: [Commitment] = [], events: [Event] = []) {
        self.document = document
        self.entities = entities
        self.relations = relations
        self.commitments = commitments
        self.events = events
    }
}

/// How an alias came to be merged into an entity, so that every merge can be explained.
public enum MergeRule: String, Hashable, Codable, Sendable, CaseIterable {
    /// The alias is the entity's own name.
    case exact
    /// Same name after folding case, diacritics, possessives and a leading "the".
    case normalized
    /// A surname or partial name resolved to a full name in the same document.
    case partialName = "partial-name"
    /// An acronym defined in the text ("Economic Community of West African States (ECOWAS)").
    case acronymDefinition = "acronym-definition"
    /// An acronym matched to a name by its initials.
    case acronymInitials = "acronym-initials"
    /// A gazetteer entry (country names, codes and demonyms).
    case gazetteer
    /// The curated alias table (shipped, or given with --aliases).
    case aliasTable = "alias-table"
    /// A spelling variant accepted by string similarity under type and context guards.
    case spellingVariant = "spelling-variant"
    /// A social-media handle tied to a name by the text.
    case handle
    /// Merged, split, retyped or renamed by the user's corrections file (`--corrections`).
    case correction
}

/// One name under which a corpus entity appears, and the rule that merged it.
public struct Alias: Hashable, Codable, Sendable, Comparable {
    public var name: String
    public var rule: MergeRule

    public init(name: String, rule: MergeRule) {
        self.name = name
        self.rule = rule
    }

    public static func < (lhs: Alias, rhs: Alias) -> Bool {
        (lhs.name, lhs.rule.rawValue) < (rhs.name, rhs.rule.rawValue)
    }
}

/// An entity merged across the documents of one run.
public struct CorpusEntity: Hashable, Codable, Sendable {
    public var id: String
    public var name: String
    public var type: EntityType
    /// Every other name seen, with the rule that merged it, sorted.
    public var aliases: [Alias]
    /// Ids of the documents that name it, sorted.
    public var documents: [String]
    /// Roles from titles, sorted.
    public var roles: [String]

    public init(id: String, name: String, type: EntityType, aliases: [Alias] = [], documents: [String] = [], roles: [String] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.documents = documents
        self.roles = roles
    }
}

/// A document that could not be read, and why.
public struct SkippedDocument: Hashable, Codable, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// The result of extraction over a corpus: per-document findings and merged entities.
public struct CorpusExtraction: Hashable, Codable, Sendable {
    public var documents: [DocumentExtraction]
    public var entities: [CorpusEntity]
    public var skipped: [SkippedDocument]
    /// Problems with documents that were read all the same (a JSON Lines date that is no
    /// date), one line each, sorted. Reported on stderr; not written to the extraction JSON.
    public var warnings: [String]

    public init(documents: [DocumentExtraction] = [], entities: [CorpusEntity] = [], skipped: [SkippedDocument] = [], warnings: [String] = []) {
        self.documents = documents
        self.entities = entities
        self.skipped = skipped
        self.warnings = warnings
    }
}
