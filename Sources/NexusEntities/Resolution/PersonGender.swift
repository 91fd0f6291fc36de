/// The gender a text gives a person, used only as evidence against a merge or an antecedent:
/// "Mrs Clinton" is not Bill Clinton, "she" is not "Mr Straw".
///
/// Two sources, in this order: a courtesy title written before the name (``ofTitle(_:)``), and
/// the first name (``FirstNameGenders``). Neither says anything about titles such as "Dr" or
/// names used for both.
public enum PersonGender: String, Sendable, Hashable {
    case male
    case female

    /// The gender of a courtesy title, lower-cased ("mr", "mrs.", "lord", "dame"), if it has one.
    public static func ofTitle(_ lower: String) -> PersonGender? {
        if maleTitles.contains(lower) { return .male }
        if femaleTitles.contains(lower) { return .female }
        return nil
    }

    static let maleTitles: Set<String> = ["mr", "mr.", "mister", "messrs", "messrs.", "sir", "lord", "monsieur", "herr", "signor", "senor", "señor", "baron", "earl", "duke", "prince", "king"]
    static let femaleTitles: Set<String> = ["mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "mme.", "lady", "dame", "baroness", "frau", "signora", "senora", "señora", "duchess", "princess", "queen"]
}
