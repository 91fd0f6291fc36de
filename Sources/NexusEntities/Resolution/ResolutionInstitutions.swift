/// Generic institution names that every country has ("House of Representatives", "Senate",
/// "Foreign Ministry"). Alone, such a name says nothing about whose institution it is, so
/// the resolver qualifies it with the country the text ties it to ("Nigeria's House of
/// Representatives" → "House of Representatives (Nigeria)") and never merges a bare one
/// across documents. The House of Commons and the House of Lords are not on the list: news
/// means the British ones (Canada's is written "Canada's House of Commons"), and British
/// papers name them bare in every article.
enum ResolutionInstitutions {
    static let generic: Set<String> = [
        "house of representatives", "senate", "parliament", "national assembly", "congress",
        "chamber of deputies", "upper house", "lower house",
        "supreme court", "constitutional court", "high court", "cabinet", "council of ministers",
        "government", "presidency", "ministry of foreign affairs", "foreign ministry", "foreign office",
        "ministry of defence", "ministry of defense", "defence ministry", "defense ministry",
        "ministry of interior", "ministry of the interior", "interior ministry", "ministry of finance",
        "finance ministry", "ministry of health", "health ministry", "ministry of justice",
        "justice ministry", "central bank", "armed forces", "army", "navy", "air force", "police",
        "national police", "coast guard", "special forces", "military", "intelligence service",
        "national security council", "election commission", "electoral commission", "senate foreign relations committee",
    ]

    static func isGeneric(key: String) -> Bool { generic.contains(key) }
}
