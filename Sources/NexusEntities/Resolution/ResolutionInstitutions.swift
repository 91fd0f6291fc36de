/// Generic institution names that every country has ("House of Representatives", "Senate",
/// "Foreign Ministry"). Alone, such a name says nothing about whose institution it is, so
/// the resolver qualifies it with the country the text ties it to ("Nigeria's House of
/// Representatives" → "House of Representatives (Nigeria)") and never merges a bare one
/// across documents. The House of Commons and the House of Lords are not on the list: news
/// means the British ones (Canada's is written "Canada's House of Commons"), and British
/// papers name them bare in every article.
public enum ResolutionInstitutions {
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

    /// The country whose body the gazetteer's bare name of a generic institution stands for
    /// (`gazetteers/organizations.tsv` reads "Senate" and "Congress" as the American ones, "Foreign
    /// Office" and "Ministry of Defence" as the British ones), by the institution's key. Written
    /// next to another country ("Nigeria's Senate", "the Senate of Nigeria"), the name is that
    /// country's body instead.
    static let homeCountries: [String: String] = [
        "senate": "United States", "congress": "United States", "house of representatives": "United States",
        "foreign office": "United Kingdom", "ministry of defence": "United Kingdom",
    ]

    static func homeCountry(of key: String) -> String? { homeCountries[key] }

    /// The legislatures among ``homeCountries``. A bare one in an article about one other
    /// country's politics is that country's ("In Equatorial Guinea ... swept all seats in the
    /// National Assembly and the Senate"); the home country's executive bodies are not, as its
    /// own press names them bare in stories about other countries ("the Foreign Office advised
    /// against travel to Iran").
    static let legislatures: Set<String> = ["senate", "congress", "house of representatives"]

    /// Bodies whose mention ties an article to a home country's politics, by the canonical names
    /// of the alias table and the gazetteer (lower case): "Senate Republicans blocked aid to
    /// Ukraine" names no country but Ukraine, yet its Senate is the American one.
    static let homeBodies: [String: Set<String>] = [
        "United States": ["republican party", "democratic party", "white house", "pentagon", "state department"],
    ]

    /// Legislative chambers, which news names by their head noun alone once the country is
    /// clear ("the House" for the House of Representatives, "the Assembly"). The Chamber of
    /// Deputies is left out: "the Chamber" is as often a chamber of commerce.
    static let chambers: Set<String> = [
        "house of representatives", "house of commons", "house of lords", "house of delegates", "house of councillors",
        "upper house", "lower house", "national assembly", "general assembly", "legislative assembly",
    ]

    /// The head nouns of ``chambers`` ("house", "assembly").
    public static let chamberHeads: Set<String> = Set(chambers.compactMap { DocumentResolver.head($0.split(separator: " ").map(String.init)) })

    /// Whether a bare organization head noun (lower case) can be the short form of a longer
    /// name (lower-cased tokens) that it heads. A chamber's head is the chamber's short form,
    /// so it names another organization with that head only when that one is a chamber too:
    /// "the House" is the House of Representatives, never the White House, which has the word
    /// but is no chamber ("House members say", "a Republican House member").
    public static func headMayShorten(_ head: String, _ longer: [String]) -> Bool {
        guard chamberHeads.contains(head) else { return true }
        let name = " " + longer.joined(separator: " ") + " "
        return chambers.contains { name.contains(" " + $0 + " ") }
    }
}
