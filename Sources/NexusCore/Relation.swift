/// What kind of tie a relation states.
public enum RelationKind: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    /// A person holds a role for a country or organization ("US Secretary of State").
    case affiliation
    /// Two entities are named in the same sentence.
    case comention
    /// An entity makes a commitment (edge from actor to commitment node).
    case commits
    /// A commitment is for a beneficiary or aimed at a target (edge from commitment node).
    case benefits
    /// A CAMEO-coded act from its actor to its target (label = the code's label).
    case event

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A directed, evidenced tie between two graph nodes.
public struct Relation: Hashable, Codable, Sendable {
    public var source: String
    public var target: String
    public var kind: RelationKind
    /// A short label such as the role ("Secretary of State"); `nil` for co-mentions.
    public var label: String?
    public var evidence: [Evidence]

    public init(source: String, target: String, kind: RelationKind, label: String? = nil, evidence: [Evidence]) {
        self.source = source
        self.target = target
        self.kind = kind
        self.label = label
        self.evidence = evidence
    }
}
